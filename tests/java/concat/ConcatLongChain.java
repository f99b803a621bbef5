// A concatenation with more than 200 operands (250 variables of ten types
// plus constants): javac's invokedynamic strategy takes at most 200
// argument slots per call site, so it splits the chain into several call
// sites whose results are concatenated again. Two-slot long and double
// operands make the split happen earlier. Also 120 long operands (240
// slots) with constants between them, and a string built by repeated +=.
public class ConcatLongChain {
    static String wide() {
        int v0 = -300;
        long v1 = 1L * 100000000000L;
        double v2 = 2 / 8.0;
        char v3 = (char) ('A' + 3);
        boolean v4 = true;
        String v5 = "s5";
        Object v6 = Integer.valueOf(6);
        float v7 = 7 / 4.0f;
        short v8 = (short) -8;
        byte v9 = (byte) 9;
        int v10 = -230;
        long v11 = 11L * 100000000000L;
        double v12 = 12 / 8.0;
        char v13 = (char) ('A' + 13);
        boolean v14 = true;
        String v15 = "s15";
        Object v16 = Integer.valueOf(16);
        float v17 = 17 / 4.0f;
        short v18 = (short) -18;
        byte v19 = (byte) 19;
        int v20 = -160;
        long v21 = 21L * 100000000000L;
        double v22 = 22 / 8.0;
        char v23 = (char) ('A' + 23);
        boolean v24 = false;
        String v25 = "s25";
        Object v26 = Integer.valueOf(26);
        float v27 = 27 / 4.0f;
        short v28 = (short) -28;
        byte v29 = (byte) 29;
        int v30 = -90;
        long v31 = 31L * 100000000000L;
        double v32 = 32 / 8.0;
        char v33 = (char) ('A' + 7);
        boolean v34 = true;
        String v35 = "s35";
        Object v36 = Integer.valueOf(36);
        float v37 = 37 / 4.0f;
        short v38 = (short) -38;
        byte v39 = (byte) 39;
        int v40 = -20;
        long v41 = 41L * 100000000000L;
        double v42 = 42 / 8.0;
        char v43 = (char) ('A' + 17);
        boolean v44 = true;
        String v45 = "s45";
        Object v46 = Integer.valueOf(46);
        float v47 = 47 / 4.0f;
        short v48 = (short) -48;
        byte v49 = (byte) 49;
        int v50 = 50;
        long v51 = 51L * 100000000000L;
        double v52 = 52 / 8.0;
        char v53 = (char) ('A' + 1);
        boolean v54 = false;
        String v55 = "s55";
        Object v56 = Integer.valueOf(56);
        float v57 = 57 / 4.0f;
        short v58 = (short) -58;
        byte v59 = (byte) 59;
        int v60 = 120;
        long v61 = 61L * 100000000000L;
        double v62 = 62 / 8.0;
        char v63 = (char) ('A' + 11);
        boolean v64 = true;
        String v65 = "s65";
        Object v66 = Integer.valueOf(66);
        float v67 = 67 / 4.0f;
        short v68 = (short) -68;
        byte v69 = (byte) 69;
        int v70 = 190;
        long v71 = 71L * 100000000000L;
        double v72 = 72 / 8.0;
        char v73 = (char) ('A' + 21);
        boolean v74 = true;
        String v75 = "s75";
        Object v76 = Integer.valueOf(76);
        float v77 = 77 / 4.0f;
        short v78 = (short) -78;
        byte v79 = (byte) 79;
        int v80 = 260;
        long v81 = 81L * 100000000000L;
        double v82 = 82 / 8.0;
        char v83 = (char) ('A' + 5);
        boolean v84 = false;
        String v85 = "s85";
        Object v86 = Integer.valueOf(86);
        float v87 = 87 / 4.0f;
        short v88 = (short) -88;
        byte v89 = (byte) 89;
        int v90 = 330;
        long v91 = 91L * 100000000000L;
        double v92 = 92 / 8.0;
        char v93 = (char) ('A' + 15);
        boolean v94 = true;
        String v95 = "s95";
        Object v96 = Integer.valueOf(96);
        float v97 = 97 / 4.0f;
        short v98 = (short) -98;
        byte v99 = (byte) 99;
        int v100 = 400;
        long v101 = 101L * 100000000000L;
        double v102 = 102 / 8.0;
        char v103 = (char) ('A' + 25);
        boolean v104 = true;
        String v105 = "s105";
        Object v106 = Integer.valueOf(106);
        float v107 = 107 / 4.0f;
        short v108 = (short) -108;
        byte v109 = (byte) 109;
        int v110 = 470;
        long v111 = 111L * 100000000000L;
        double v112 = 112 / 8.0;
        char v113 = (char) ('A' + 9);
        boolean v114 = false;
        String v115 = "s115";
        Object v116 = Integer.valueOf(116);
        float v117 = 117 / 4.0f;
        short v118 = (short) -118;
        byte v119 = (byte) 119;
        int v120 = 540;
        long v121 = 121L * 100000000000L;
        double v122 = 122 / 8.0;
        char v123 = (char) ('A' + 19);
        boolean v124 = true;
        String v125 = "s125";
        Object v126 = Integer.valueOf(126);
        float v127 = 127 / 4.0f;
        short v128 = (short) -128;
        byte v129 = (byte) 1;
        int v130 = 610;
        long v131 = 131L * 100000000000L;
        double v132 = 132 / 8.0;
        char v133 = (char) ('A' + 3);
        boolean v134 = true;
        String v135 = "s135";
        Object v136 = Integer.valueOf(136);
        float v137 = 137 / 4.0f;
        short v138 = (short) -138;
        byte v139 = (byte) 11;
        int v140 = 680;
        long v141 = 141L * 100000000000L;
        double v142 = 142 / 8.0;
        char v143 = (char) ('A' + 13);
        boolean v144 = false;
        String v145 = "s145";
        Object v146 = Integer.valueOf(146);
        float v147 = 147 / 4.0f;
        short v148 = (short) -148;
        byte v149 = (byte) 21;
        int v150 = 750;
        long v151 = 151L * 100000000000L;
        double v152 = 152 / 8.0;
        char v153 = (char) ('A' + 23);
        boolean v154 = true;
        String v155 = "s155";
        Object v156 = Integer.valueOf(156);
        float v157 = 157 / 4.0f;
        short v158 = (short) -158;
        byte v159 = (byte) 31;
        int v160 = 820;
        long v161 = 161L * 100000000000L;
        double v162 = 162 / 8.0;
        char v163 = (char) ('A' + 7);
        boolean v164 = true;
        String v165 = "s165";
        Object v166 = Integer.valueOf(166);
        float v167 = 167 / 4.0f;
        short v168 = (short) -168;
        byte v169 = (byte) 41;
        int v170 = 890;
        long v171 = 171L * 100000000000L;
        double v172 = 172 / 8.0;
        char v173 = (char) ('A' + 17);
        boolean v174 = false;
        String v175 = "s175";
        Object v176 = Integer.valueOf(176);
        float v177 = 177 / 4.0f;
        short v178 = (short) -178;
        byte v179 = (byte) 51;
        int v180 = 960;
        long v181 = 181L * 100000000000L;
        double v182 = 182 / 8.0;
        char v183 = (char) ('A' + 1);
        boolean v184 = true;
        String v185 = "s185";
        Object v186 = Integer.valueOf(186);
        float v187 = 187 / 4.0f;
        short v188 = (short) -188;
        byte v189 = (byte) 61;
        int v190 = 1030;
        long v191 = 191L * 100000000000L;
        double v192 = 192 / 8.0;
        char v193 = (char) ('A' + 11);
        boolean v194 = true;
        String v195 = "s195";
        Object v196 = Integer.valueOf(196);
        float v197 = 197 / 4.0f;
        short v198 = (short) -198;
        byte v199 = (byte) 71;
        int v200 = 1100;
        long v201 = 201L * 100000000000L;
        double v202 = 202 / 8.0;
        char v203 = (char) ('A' + 21);
        boolean v204 = false;
        String v205 = "s205";
        Object v206 = Integer.valueOf(206);
        float v207 = 207 / 4.0f;
        short v208 = (short) -208;
        byte v209 = (byte) 81;
        int v210 = 1170;
        long v211 = 211L * 100000000000L;
        double v212 = 212 / 8.0;
        char v213 = (char) ('A' + 5);
        boolean v214 = true;
        String v215 = "s215";
        Object v216 = Integer.valueOf(216);
        float v217 = 217 / 4.0f;
        short v218 = (short) -218;
        byte v219 = (byte) 91;
        int v220 = 1240;
        long v221 = 221L * 100000000000L;
        double v222 = 222 / 8.0;
        char v223 = (char) ('A' + 15);
        boolean v224 = true;
        String v225 = "s225";
        Object v226 = Integer.valueOf(226);
        float v227 = 227 / 4.0f;
        short v228 = (short) -228;
        byte v229 = (byte) 101;
        int v230 = 1310;
        long v231 = 231L * 100000000000L;
        double v232 = 232 / 8.0;
        char v233 = (char) ('A' + 25);
        boolean v234 = false;
        String v235 = "s235";
        Object v236 = Integer.valueOf(236);
        float v237 = 237 / 4.0f;
        short v238 = (short) -238;
        byte v239 = (byte) 111;
        int v240 = 1380;
        long v241 = 241L * 100000000000L;
        double v242 = 242 / 8.0;
        char v243 = (char) ('A' + 9);
        boolean v244 = true;
        String v245 = "s245";
        Object v246 = Integer.valueOf(246);
        float v247 = 247 / 4.0f;
        short v248 = (short) -248;
        byte v249 = (byte) 121;
        return "<" + v0 + v1 + v2 + v3 + v4 + "|" + v5 + v6
                + v7 + v8 + v9 + "|" + v10 + v11 + v12 + v13
                + v14 + "|" + v15 + v16 + v17 + v18 + v19 + "|"
                + v20 + v21 + v22 + v23 + v24 + "|" + v25 + v26
                + v27 + v28 + v29 + "|" + v30 + v31 + v32 + v33
                + v34 + "|" + v35 + v36 + v37 + v38 + v39 + "|"
                + v40 + v41 + v42 + v43 + v44 + "|" + v45 + v46
                + v47 + v48 + v49 + "|" + v50 + v51 + v52 + v53
                + v54 + "|" + v55 + v56 + v57 + v58 + v59 + "|"
                + v60 + v61 + v62 + v63 + v64 + "|" + v65 + v66
                + v67 + v68 + v69 + "|" + v70 + v71 + v72 + v73
                + v74 + "|" + v75 + v76 + v77 + v78 + v79 + "|"
                + v80 + v81 + v82 + v83 + v84 + "|" + v85 + v86
                + v87 + v88 + v89 + "|" + v90 + v91 + v92 + v93
                + v94 + "|" + v95 + v96 + v97 + v98 + v99 + "|"
                + v100 + v101 + v102 + v103 + v104 + "|" + v105 + v106
                + v107 + v108 + v109 + "|" + v110 + v111 + v112 + v113
                + v114 + "|" + v115 + v116 + v117 + v118 + v119 + "|"
                + v120 + v121 + v122 + v123 + v124 + "|" + v125 + v126
                + v127 + v128 + v129 + "|" + v130 + v131 + v132 + v133
                + v134 + "|" + v135 + v136 + v137 + v138 + v139 + "|"
                + v140 + v141 + v142 + v143 + v144 + "|" + v145 + v146
                + v147 + v148 + v149 + "|" + v150 + v151 + v152 + v153
                + v154 + "|" + v155 + v156 + v157 + v158 + v159 + "|"
                + v160 + v161 + v162 + v163 + v164 + "|" + v165 + v166
                + v167 + v168 + v169 + "|" + v170 + v171 + v172 + v173
                + v174 + "|" + v175 + v176 + v177 + v178 + v179 + "|"
                + v180 + v181 + v182 + v183 + v184 + "|" + v185 + v186
                + v187 + v188 + v189 + "|" + v190 + v191 + v192 + v193
                + v194 + "|" + v195 + v196 + v197 + v198 + v199 + "|"
                + v200 + v201 + v202 + v203 + v204 + "|" + v205 + v206
                + v207 + v208 + v209 + "|" + v210 + v211 + v212 + v213
                + v214 + "|" + v215 + v216 + v217 + v218 + v219 + "|"
                + v220 + v221 + v222 + v223 + v224 + "|" + v225 + v226
                + v227 + v228 + v229 + "|" + v230 + v231 + v232 + v233
                + v234 + "|" + v235 + v236 + v237 + v238 + v239 + "|"
                + v240 + v241 + v242 + v243 + v244 + "|" + v245 + v246
                + v247 + v248 + v249 + "|";
    }

    static String allLongs(long a, long b, long c, long d) {
        return "" + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d + "," + a + "," + b + "," + c + "," + d;
    }

    public static void main(String[] args) {
        String s = wide();
        System.out.println("length " + s.length());
        System.out.println("hash " + s.hashCode());
        for (int i = 0; i < s.length(); i += 100) {
            System.out.println(s.substring(i, Math.min(s.length(), i + 100)));
        }
        String l = allLongs(1L, -2L, Long.MAX_VALUE, Long.MIN_VALUE);
        System.out.println("longs length " + l.length() + " hash " + l.hashCode());
        System.out.println(l.substring(0, 80));
        System.out.println(l.substring(l.length() - 80));
        String k = "";
        for (int i = 0; i < 300; i++) {
            k += i % 10;
        }
        System.out.println("loop " + k.length() + " " + k.hashCode());
    }
}
