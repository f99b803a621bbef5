// Many invokedynamic call sites in one class: 300 distinct lambda
// expressions (each its own call site and generated class), of several
// shapes, and 300 distinct concatenation sites; each is linked on first
// use and then called again. Written out long-hand on purpose, so that
// every call site is a different one.
public class LambdaManySites {
    interface IntFn { int apply(int x); }
    interface Text { String get(int i, long l); }

    static IntFn[] fns() {
        return new IntFn[] {
            x -> x + 0,
            x -> x * 2 - 1,
            x -> (x ^ 2) & 0xffff,
            x -> Integer.rotateLeft(x, 3) + 3,
            x -> x + 4,
            x -> x * 6 - 5,
            x -> (x ^ 6) & 0xffff,
            x -> Integer.rotateLeft(x, 7) + 7,
            x -> x + 8,
            x -> x * 3 - 9,
            x -> (x ^ 10) & 0xffff,
            x -> Integer.rotateLeft(x, 11) + 11,
            x -> x + 12,
            x -> x * 7 - 13,
            x -> (x ^ 14) & 0xffff,
            x -> Integer.rotateLeft(x, 15) + 15,
            x -> x + 16,
            x -> x * 4 - 17,
            x -> (x ^ 18) & 0xffff,
            x -> Integer.rotateLeft(x, 19) + 19,
            x -> x + 20,
            x -> x * 1 - 21,
            x -> (x ^ 22) & 0xffff,
            x -> Integer.rotateLeft(x, 23) + 23,
            x -> x + 24,
            x -> x * 5 - 25,
            x -> (x ^ 26) & 0xffff,
            x -> Integer.rotateLeft(x, 27) + 27,
            x -> x + 28,
            x -> x * 2 - 29,
            x -> (x ^ 30) & 0xffff,
            x -> Integer.rotateLeft(x, 0) + 31,
            x -> x + 32,
            x -> x * 6 - 33,
            x -> (x ^ 34) & 0xffff,
            x -> Integer.rotateLeft(x, 4) + 35,
            x -> x + 36,
            x -> x * 3 - 37,
            x -> (x ^ 38) & 0xffff,
            x -> Integer.rotateLeft(x, 8) + 39,
            x -> x + 40,
            x -> x * 7 - 41,
            x -> (x ^ 42) & 0xffff,
            x -> Integer.rotateLeft(x, 12) + 43,
            x -> x + 44,
            x -> x * 4 - 45,
            x -> (x ^ 46) & 0xffff,
            x -> Integer.rotateLeft(x, 16) + 47,
            x -> x + 48,
            x -> x * 1 - 49,
            x -> (x ^ 50) & 0xffff,
            x -> Integer.rotateLeft(x, 20) + 51,
            x -> x + 52,
            x -> x * 5 - 53,
            x -> (x ^ 54) & 0xffff,
            x -> Integer.rotateLeft(x, 24) + 55,
            x -> x + 56,
            x -> x * 2 - 57,
            x -> (x ^ 58) & 0xffff,
            x -> Integer.rotateLeft(x, 28) + 59,
            x -> x + 60,
            x -> x * 6 - 61,
            x -> (x ^ 62) & 0xffff,
            x -> Integer.rotateLeft(x, 1) + 63,
            x -> x + 64,
            x -> x * 3 - 65,
            x -> (x ^ 66) & 0xffff,
            x -> Integer.rotateLeft(x, 5) + 67,
            x -> x + 68,
            x -> x * 7 - 69,
            x -> (x ^ 70) & 0xffff,
            x -> Integer.rotateLeft(x, 9) + 71,
            x -> x + 72,
            x -> x * 4 - 73,
            x -> (x ^ 74) & 0xffff,
            x -> Integer.rotateLeft(x, 13) + 75,
            x -> x + 76,
            x -> x * 1 - 77,
            x -> (x ^ 78) & 0xffff,
            x -> Integer.rotateLeft(x, 17) + 79,
            x -> x + 80,
            x -> x * 5 - 81,
            x -> (x ^ 82) & 0xffff,
            x -> Integer.rotateLeft(x, 21) + 83,
            x -> x + 84,
            x -> x * 2 - 85,
            x -> (x ^ 86) & 0xffff,
            x -> Integer.rotateLeft(x, 25) + 87,
            x -> x + 88,
            x -> x * 6 - 89,
            x -> (x ^ 90) & 0xffff,
            x -> Integer.rotateLeft(x, 29) + 91,
            x -> x + 92,
            x -> x * 3 - 93,
            x -> (x ^ 94) & 0xffff,
            x -> Integer.rotateLeft(x, 2) + 95,
            x -> x + 96,
            x -> x * 7 - 97,
            x -> (x ^ 98) & 0xffff,
            x -> Integer.rotateLeft(x, 6) + 99,
            x -> x + 100,
            x -> x * 4 - 101,
            x -> (x ^ 102) & 0xffff,
            x -> Integer.rotateLeft(x, 10) + 103,
            x -> x + 104,
            x -> x * 1 - 105,
            x -> (x ^ 106) & 0xffff,
            x -> Integer.rotateLeft(x, 14) + 107,
            x -> x + 108,
            x -> x * 5 - 109,
            x -> (x ^ 110) & 0xffff,
            x -> Integer.rotateLeft(x, 18) + 111,
            x -> x + 112,
            x -> x * 2 - 113,
            x -> (x ^ 114) & 0xffff,
            x -> Integer.rotateLeft(x, 22) + 115,
            x -> x + 116,
            x -> x * 6 - 117,
            x -> (x ^ 118) & 0xffff,
            x -> Integer.rotateLeft(x, 26) + 119,
            x -> x + 120,
            x -> x * 3 - 121,
            x -> (x ^ 122) & 0xffff,
            x -> Integer.rotateLeft(x, 30) + 123,
            x -> x + 124,
            x -> x * 7 - 125,
            x -> (x ^ 126) & 0xffff,
            x -> Integer.rotateLeft(x, 3) + 127,
            x -> x + 128,
            x -> x * 4 - 129,
            x -> (x ^ 130) & 0xffff,
            x -> Integer.rotateLeft(x, 7) + 131,
            x -> x + 132,
            x -> x * 1 - 133,
            x -> (x ^ 134) & 0xffff,
            x -> Integer.rotateLeft(x, 11) + 135,
            x -> x + 136,
            x -> x * 5 - 137,
            x -> (x ^ 138) & 0xffff,
            x -> Integer.rotateLeft(x, 15) + 139,
            x -> x + 140,
            x -> x * 2 - 141,
            x -> (x ^ 142) & 0xffff,
            x -> Integer.rotateLeft(x, 19) + 143,
            x -> x + 144,
            x -> x * 6 - 145,
            x -> (x ^ 146) & 0xffff,
            x -> Integer.rotateLeft(x, 23) + 147,
            x -> x + 148,
            x -> x * 3 - 149,
            x -> (x ^ 150) & 0xffff,
            x -> Integer.rotateLeft(x, 27) + 151,
            x -> x + 152,
            x -> x * 7 - 153,
            x -> (x ^ 154) & 0xffff,
            x -> Integer.rotateLeft(x, 0) + 155,
            x -> x + 156,
            x -> x * 4 - 157,
            x -> (x ^ 158) & 0xffff,
            x -> Integer.rotateLeft(x, 4) + 159,
            x -> x + 160,
            x -> x * 1 - 161,
            x -> (x ^ 162) & 0xffff,
            x -> Integer.rotateLeft(x, 8) + 163,
            x -> x + 164,
            x -> x * 5 - 165,
            x -> (x ^ 166) & 0xffff,
            x -> Integer.rotateLeft(x, 12) + 167,
            x -> x + 168,
            x -> x * 2 - 169,
            x -> (x ^ 170) & 0xffff,
            x -> Integer.rotateLeft(x, 16) + 171,
            x -> x + 172,
            x -> x * 6 - 173,
            x -> (x ^ 174) & 0xffff,
            x -> Integer.rotateLeft(x, 20) + 175,
            x -> x + 176,
            x -> x * 3 - 177,
            x -> (x ^ 178) & 0xffff,
            x -> Integer.rotateLeft(x, 24) + 179,
            x -> x + 180,
            x -> x * 7 - 181,
            x -> (x ^ 182) & 0xffff,
            x -> Integer.rotateLeft(x, 28) + 183,
            x -> x + 184,
            x -> x * 4 - 185,
            x -> (x ^ 186) & 0xffff,
            x -> Integer.rotateLeft(x, 1) + 187,
            x -> x + 188,
            x -> x * 1 - 189,
            x -> (x ^ 190) & 0xffff,
            x -> Integer.rotateLeft(x, 5) + 191,
            x -> x + 192,
            x -> x * 5 - 193,
            x -> (x ^ 194) & 0xffff,
            x -> Integer.rotateLeft(x, 9) + 195,
            x -> x + 196,
            x -> x * 2 - 197,
            x -> (x ^ 198) & 0xffff,
            x -> Integer.rotateLeft(x, 13) + 199,
            x -> x + 200,
            x -> x * 6 - 201,
            x -> (x ^ 202) & 0xffff,
            x -> Integer.rotateLeft(x, 17) + 203,
            x -> x + 204,
            x -> x * 3 - 205,
            x -> (x ^ 206) & 0xffff,
            x -> Integer.rotateLeft(x, 21) + 207,
            x -> x + 208,
            x -> x * 7 - 209,
            x -> (x ^ 210) & 0xffff,
            x -> Integer.rotateLeft(x, 25) + 211,
            x -> x + 212,
            x -> x * 4 - 213,
            x -> (x ^ 214) & 0xffff,
            x -> Integer.rotateLeft(x, 29) + 215,
            x -> x + 216,
            x -> x * 1 - 217,
            x -> (x ^ 218) & 0xffff,
            x -> Integer.rotateLeft(x, 2) + 219,
            x -> x + 220,
            x -> x * 5 - 221,
            x -> (x ^ 222) & 0xffff,
            x -> Integer.rotateLeft(x, 6) + 223,
            x -> x + 224,
            x -> x * 2 - 225,
            x -> (x ^ 226) & 0xffff,
            x -> Integer.rotateLeft(x, 10) + 227,
            x -> x + 228,
            x -> x * 6 - 229,
            x -> (x ^ 230) & 0xffff,
            x -> Integer.rotateLeft(x, 14) + 231,
            x -> x + 232,
            x -> x * 3 - 233,
            x -> (x ^ 234) & 0xffff,
            x -> Integer.rotateLeft(x, 18) + 235,
            x -> x + 236,
            x -> x * 7 - 237,
            x -> (x ^ 238) & 0xffff,
            x -> Integer.rotateLeft(x, 22) + 239,
            x -> x + 240,
            x -> x * 4 - 241,
            x -> (x ^ 242) & 0xffff,
            x -> Integer.rotateLeft(x, 26) + 243,
            x -> x + 244,
            x -> x * 1 - 245,
            x -> (x ^ 246) & 0xffff,
            x -> Integer.rotateLeft(x, 30) + 247,
            x -> x + 248,
            x -> x * 5 - 249,
            x -> (x ^ 250) & 0xffff,
            x -> Integer.rotateLeft(x, 3) + 251,
            x -> x + 252,
            x -> x * 2 - 253,
            x -> (x ^ 254) & 0xffff,
            x -> Integer.rotateLeft(x, 7) + 255,
            x -> x + 256,
            x -> x * 6 - 257,
            x -> (x ^ 258) & 0xffff,
            x -> Integer.rotateLeft(x, 11) + 259,
            x -> x + 260,
            x -> x * 3 - 261,
            x -> (x ^ 262) & 0xffff,
            x -> Integer.rotateLeft(x, 15) + 263,
            x -> x + 264,
            x -> x * 7 - 265,
            x -> (x ^ 266) & 0xffff,
            x -> Integer.rotateLeft(x, 19) + 267,
            x -> x + 268,
            x -> x * 4 - 269,
            x -> (x ^ 270) & 0xffff,
            x -> Integer.rotateLeft(x, 23) + 271,
            x -> x + 272,
            x -> x * 1 - 273,
            x -> (x ^ 274) & 0xffff,
            x -> Integer.rotateLeft(x, 27) + 275,
            x -> x + 276,
            x -> x * 5 - 277,
            x -> (x ^ 278) & 0xffff,
            x -> Integer.rotateLeft(x, 0) + 279,
            x -> x + 280,
            x -> x * 2 - 281,
            x -> (x ^ 282) & 0xffff,
            x -> Integer.rotateLeft(x, 4) + 283,
            x -> x + 284,
            x -> x * 6 - 285,
            x -> (x ^ 286) & 0xffff,
            x -> Integer.rotateLeft(x, 8) + 287,
            x -> x + 288,
            x -> x * 3 - 289,
            x -> (x ^ 290) & 0xffff,
            x -> Integer.rotateLeft(x, 12) + 291,
            x -> x + 292,
            x -> x * 7 - 293,
            x -> (x ^ 294) & 0xffff,
            x -> Integer.rotateLeft(x, 16) + 295,
            x -> x + 296,
            x -> x * 4 - 297,
            x -> (x ^ 298) & 0xffff,
            x -> Integer.rotateLeft(x, 20) + 299
        };
    }

    static String concats(int i, long l) {
        StringBuilder sb = new StringBuilder();
        sb.append("c0:" + i + "/" + l).append(';');
        sb.append(i + 1 + "#" + (char) ('a' + 1) + l).append(';');
        sb.append("<" + (l * 2) + ">" + (i == 2) + 0.5f).append(';');
        sb.append("c3:" + i + "/" + l).append(';');
        sb.append(i + 4 + "#" + (char) ('a' + 4) + l).append(';');
        sb.append("<" + (l * 5) + ">" + (i == 5) + 0.5f).append(';');
        sb.append("c6:" + i + "/" + l).append(';');
        sb.append(i + 7 + "#" + (char) ('a' + 7) + l).append(';');
        sb.append("<" + (l * 8) + ">" + (i == 8) + 0.5f).append(';');
        sb.append("c9:" + i + "/" + l).append(';');
        sb.append(i + 10 + "#" + (char) ('a' + 10) + l).append(';');
        sb.append("<" + (l * 11) + ">" + (i == 11) + 0.5f).append(';');
        sb.append("c12:" + i + "/" + l).append(';');
        sb.append(i + 13 + "#" + (char) ('a' + 13) + l).append(';');
        sb.append("<" + (l * 14) + ">" + (i == 14) + 0.5f).append(';');
        sb.append("c15:" + i + "/" + l).append(';');
        sb.append(i + 16 + "#" + (char) ('a' + 16) + l).append(';');
        sb.append("<" + (l * 17) + ">" + (i == 17) + 0.5f).append(';');
        sb.append("c18:" + i + "/" + l).append(';');
        sb.append(i + 19 + "#" + (char) ('a' + 19) + l).append(';');
        sb.append("<" + (l * 20) + ">" + (i == 20) + 0.5f).append(';');
        sb.append("c21:" + i + "/" + l).append(';');
        sb.append(i + 22 + "#" + (char) ('a' + 22) + l).append(';');
        sb.append("<" + (l * 23) + ">" + (i == 23) + 0.5f).append(';');
        sb.append("c24:" + i + "/" + l).append(';');
        sb.append(i + 25 + "#" + (char) ('a' + 25) + l).append(';');
        sb.append("<" + (l * 26) + ">" + (i == 26) + 0.5f).append(';');
        sb.append("c27:" + i + "/" + l).append(';');
        sb.append(i + 28 + "#" + (char) ('a' + 2) + l).append(';');
        sb.append("<" + (l * 29) + ">" + (i == 29) + 0.5f).append(';');
        sb.append("c30:" + i + "/" + l).append(';');
        sb.append(i + 31 + "#" + (char) ('a' + 5) + l).append(';');
        sb.append("<" + (l * 32) + ">" + (i == 32) + 0.5f).append(';');
        sb.append("c33:" + i + "/" + l).append(';');
        sb.append(i + 34 + "#" + (char) ('a' + 8) + l).append(';');
        sb.append("<" + (l * 35) + ">" + (i == 35) + 0.5f).append(';');
        sb.append("c36:" + i + "/" + l).append(';');
        sb.append(i + 37 + "#" + (char) ('a' + 11) + l).append(';');
        sb.append("<" + (l * 38) + ">" + (i == 38) + 0.5f).append(';');
        sb.append("c39:" + i + "/" + l).append(';');
        sb.append(i + 40 + "#" + (char) ('a' + 14) + l).append(';');
        sb.append("<" + (l * 41) + ">" + (i == 41) + 0.5f).append(';');
        sb.append("c42:" + i + "/" + l).append(';');
        sb.append(i + 43 + "#" + (char) ('a' + 17) + l).append(';');
        sb.append("<" + (l * 44) + ">" + (i == 44) + 0.5f).append(';');
        sb.append("c45:" + i + "/" + l).append(';');
        sb.append(i + 46 + "#" + (char) ('a' + 20) + l).append(';');
        sb.append("<" + (l * 47) + ">" + (i == 47) + 0.5f).append(';');
        sb.append("c48:" + i + "/" + l).append(';');
        sb.append(i + 49 + "#" + (char) ('a' + 23) + l).append(';');
        sb.append("<" + (l * 50) + ">" + (i == 50) + 0.5f).append(';');
        sb.append("c51:" + i + "/" + l).append(';');
        sb.append(i + 52 + "#" + (char) ('a' + 0) + l).append(';');
        sb.append("<" + (l * 53) + ">" + (i == 53) + 0.5f).append(';');
        sb.append("c54:" + i + "/" + l).append(';');
        sb.append(i + 55 + "#" + (char) ('a' + 3) + l).append(';');
        sb.append("<" + (l * 56) + ">" + (i == 56) + 0.5f).append(';');
        sb.append("c57:" + i + "/" + l).append(';');
        sb.append(i + 58 + "#" + (char) ('a' + 6) + l).append(';');
        sb.append("<" + (l * 59) + ">" + (i == 59) + 0.5f).append(';');
        sb.append("c60:" + i + "/" + l).append(';');
        sb.append(i + 61 + "#" + (char) ('a' + 9) + l).append(';');
        sb.append("<" + (l * 62) + ">" + (i == 62) + 0.5f).append(';');
        sb.append("c63:" + i + "/" + l).append(';');
        sb.append(i + 64 + "#" + (char) ('a' + 12) + l).append(';');
        sb.append("<" + (l * 65) + ">" + (i == 65) + 0.5f).append(';');
        sb.append("c66:" + i + "/" + l).append(';');
        sb.append(i + 67 + "#" + (char) ('a' + 15) + l).append(';');
        sb.append("<" + (l * 68) + ">" + (i == 68) + 0.5f).append(';');
        sb.append("c69:" + i + "/" + l).append(';');
        sb.append(i + 70 + "#" + (char) ('a' + 18) + l).append(';');
        sb.append("<" + (l * 71) + ">" + (i == 71) + 0.5f).append(';');
        sb.append("c72:" + i + "/" + l).append(';');
        sb.append(i + 73 + "#" + (char) ('a' + 21) + l).append(';');
        sb.append("<" + (l * 74) + ">" + (i == 74) + 0.5f).append(';');
        sb.append("c75:" + i + "/" + l).append(';');
        sb.append(i + 76 + "#" + (char) ('a' + 24) + l).append(';');
        sb.append("<" + (l * 77) + ">" + (i == 77) + 0.5f).append(';');
        sb.append("c78:" + i + "/" + l).append(';');
        sb.append(i + 79 + "#" + (char) ('a' + 1) + l).append(';');
        sb.append("<" + (l * 80) + ">" + (i == 80) + 0.5f).append(';');
        sb.append("c81:" + i + "/" + l).append(';');
        sb.append(i + 82 + "#" + (char) ('a' + 4) + l).append(';');
        sb.append("<" + (l * 83) + ">" + (i == 83) + 0.5f).append(';');
        sb.append("c84:" + i + "/" + l).append(';');
        sb.append(i + 85 + "#" + (char) ('a' + 7) + l).append(';');
        sb.append("<" + (l * 86) + ">" + (i == 86) + 0.5f).append(';');
        sb.append("c87:" + i + "/" + l).append(';');
        sb.append(i + 88 + "#" + (char) ('a' + 10) + l).append(';');
        sb.append("<" + (l * 89) + ">" + (i == 89) + 0.5f).append(';');
        sb.append("c90:" + i + "/" + l).append(';');
        sb.append(i + 91 + "#" + (char) ('a' + 13) + l).append(';');
        sb.append("<" + (l * 92) + ">" + (i == 92) + 0.5f).append(';');
        sb.append("c93:" + i + "/" + l).append(';');
        sb.append(i + 94 + "#" + (char) ('a' + 16) + l).append(';');
        sb.append("<" + (l * 95) + ">" + (i == 95) + 0.5f).append(';');
        sb.append("c96:" + i + "/" + l).append(';');
        sb.append(i + 97 + "#" + (char) ('a' + 19) + l).append(';');
        sb.append("<" + (l * 98) + ">" + (i == 98) + 0.5f).append(';');
        sb.append("c99:" + i + "/" + l).append(';');
        sb.append(i + 100 + "#" + (char) ('a' + 22) + l).append(';');
        sb.append("<" + (l * 101) + ">" + (i == 101) + 0.5f).append(';');
        sb.append("c102:" + i + "/" + l).append(';');
        sb.append(i + 103 + "#" + (char) ('a' + 25) + l).append(';');
        sb.append("<" + (l * 104) + ">" + (i == 104) + 0.5f).append(';');
        sb.append("c105:" + i + "/" + l).append(';');
        sb.append(i + 106 + "#" + (char) ('a' + 2) + l).append(';');
        sb.append("<" + (l * 107) + ">" + (i == 107) + 0.5f).append(';');
        sb.append("c108:" + i + "/" + l).append(';');
        sb.append(i + 109 + "#" + (char) ('a' + 5) + l).append(';');
        sb.append("<" + (l * 110) + ">" + (i == 110) + 0.5f).append(';');
        sb.append("c111:" + i + "/" + l).append(';');
        sb.append(i + 112 + "#" + (char) ('a' + 8) + l).append(';');
        sb.append("<" + (l * 113) + ">" + (i == 113) + 0.5f).append(';');
        sb.append("c114:" + i + "/" + l).append(';');
        sb.append(i + 115 + "#" + (char) ('a' + 11) + l).append(';');
        sb.append("<" + (l * 116) + ">" + (i == 116) + 0.5f).append(';');
        sb.append("c117:" + i + "/" + l).append(';');
        sb.append(i + 118 + "#" + (char) ('a' + 14) + l).append(';');
        sb.append("<" + (l * 119) + ">" + (i == 119) + 0.5f).append(';');
        sb.append("c120:" + i + "/" + l).append(';');
        sb.append(i + 121 + "#" + (char) ('a' + 17) + l).append(';');
        sb.append("<" + (l * 122) + ">" + (i == 122) + 0.5f).append(';');
        sb.append("c123:" + i + "/" + l).append(';');
        sb.append(i + 124 + "#" + (char) ('a' + 20) + l).append(';');
        sb.append("<" + (l * 125) + ">" + (i == 125) + 0.5f).append(';');
        sb.append("c126:" + i + "/" + l).append(';');
        sb.append(i + 127 + "#" + (char) ('a' + 23) + l).append(';');
        sb.append("<" + (l * 128) + ">" + (i == 128) + 0.5f).append(';');
        sb.append("c129:" + i + "/" + l).append(';');
        sb.append(i + 130 + "#" + (char) ('a' + 0) + l).append(';');
        sb.append("<" + (l * 131) + ">" + (i == 131) + 0.5f).append(';');
        sb.append("c132:" + i + "/" + l).append(';');
        sb.append(i + 133 + "#" + (char) ('a' + 3) + l).append(';');
        sb.append("<" + (l * 134) + ">" + (i == 134) + 0.5f).append(';');
        sb.append("c135:" + i + "/" + l).append(';');
        sb.append(i + 136 + "#" + (char) ('a' + 6) + l).append(';');
        sb.append("<" + (l * 137) + ">" + (i == 137) + 0.5f).append(';');
        sb.append("c138:" + i + "/" + l).append(';');
        sb.append(i + 139 + "#" + (char) ('a' + 9) + l).append(';');
        sb.append("<" + (l * 140) + ">" + (i == 140) + 0.5f).append(';');
        sb.append("c141:" + i + "/" + l).append(';');
        sb.append(i + 142 + "#" + (char) ('a' + 12) + l).append(';');
        sb.append("<" + (l * 143) + ">" + (i == 143) + 0.5f).append(';');
        sb.append("c144:" + i + "/" + l).append(';');
        sb.append(i + 145 + "#" + (char) ('a' + 15) + l).append(';');
        sb.append("<" + (l * 146) + ">" + (i == 146) + 0.5f).append(';');
        sb.append("c147:" + i + "/" + l).append(';');
        sb.append(i + 148 + "#" + (char) ('a' + 18) + l).append(';');
        sb.append("<" + (l * 149) + ">" + (i == 149) + 0.5f).append(';');
        sb.append("c150:" + i + "/" + l).append(';');
        sb.append(i + 151 + "#" + (char) ('a' + 21) + l).append(';');
        sb.append("<" + (l * 152) + ">" + (i == 152) + 0.5f).append(';');
        sb.append("c153:" + i + "/" + l).append(';');
        sb.append(i + 154 + "#" + (char) ('a' + 24) + l).append(';');
        sb.append("<" + (l * 155) + ">" + (i == 155) + 0.5f).append(';');
        sb.append("c156:" + i + "/" + l).append(';');
        sb.append(i + 157 + "#" + (char) ('a' + 1) + l).append(';');
        sb.append("<" + (l * 158) + ">" + (i == 158) + 0.5f).append(';');
        sb.append("c159:" + i + "/" + l).append(';');
        sb.append(i + 160 + "#" + (char) ('a' + 4) + l).append(';');
        sb.append("<" + (l * 161) + ">" + (i == 161) + 0.5f).append(';');
        sb.append("c162:" + i + "/" + l).append(';');
        sb.append(i + 163 + "#" + (char) ('a' + 7) + l).append(';');
        sb.append("<" + (l * 164) + ">" + (i == 164) + 0.5f).append(';');
        sb.append("c165:" + i + "/" + l).append(';');
        sb.append(i + 166 + "#" + (char) ('a' + 10) + l).append(';');
        sb.append("<" + (l * 167) + ">" + (i == 167) + 0.5f).append(';');
        sb.append("c168:" + i + "/" + l).append(';');
        sb.append(i + 169 + "#" + (char) ('a' + 13) + l).append(';');
        sb.append("<" + (l * 170) + ">" + (i == 170) + 0.5f).append(';');
        sb.append("c171:" + i + "/" + l).append(';');
        sb.append(i + 172 + "#" + (char) ('a' + 16) + l).append(';');
        sb.append("<" + (l * 173) + ">" + (i == 173) + 0.5f).append(';');
        sb.append("c174:" + i + "/" + l).append(';');
        sb.append(i + 175 + "#" + (char) ('a' + 19) + l).append(';');
        sb.append("<" + (l * 176) + ">" + (i == 176) + 0.5f).append(';');
        sb.append("c177:" + i + "/" + l).append(';');
        sb.append(i + 178 + "#" + (char) ('a' + 22) + l).append(';');
        sb.append("<" + (l * 179) + ">" + (i == 179) + 0.5f).append(';');
        sb.append("c180:" + i + "/" + l).append(';');
        sb.append(i + 181 + "#" + (char) ('a' + 25) + l).append(';');
        sb.append("<" + (l * 182) + ">" + (i == 182) + 0.5f).append(';');
        sb.append("c183:" + i + "/" + l).append(';');
        sb.append(i + 184 + "#" + (char) ('a' + 2) + l).append(';');
        sb.append("<" + (l * 185) + ">" + (i == 185) + 0.5f).append(';');
        sb.append("c186:" + i + "/" + l).append(';');
        sb.append(i + 187 + "#" + (char) ('a' + 5) + l).append(';');
        sb.append("<" + (l * 188) + ">" + (i == 188) + 0.5f).append(';');
        sb.append("c189:" + i + "/" + l).append(';');
        sb.append(i + 190 + "#" + (char) ('a' + 8) + l).append(';');
        sb.append("<" + (l * 191) + ">" + (i == 191) + 0.5f).append(';');
        sb.append("c192:" + i + "/" + l).append(';');
        sb.append(i + 193 + "#" + (char) ('a' + 11) + l).append(';');
        sb.append("<" + (l * 194) + ">" + (i == 194) + 0.5f).append(';');
        sb.append("c195:" + i + "/" + l).append(';');
        sb.append(i + 196 + "#" + (char) ('a' + 14) + l).append(';');
        sb.append("<" + (l * 197) + ">" + (i == 197) + 0.5f).append(';');
        sb.append("c198:" + i + "/" + l).append(';');
        sb.append(i + 199 + "#" + (char) ('a' + 17) + l).append(';');
        sb.append("<" + (l * 200) + ">" + (i == 200) + 0.5f).append(';');
        sb.append("c201:" + i + "/" + l).append(';');
        sb.append(i + 202 + "#" + (char) ('a' + 20) + l).append(';');
        sb.append("<" + (l * 203) + ">" + (i == 203) + 0.5f).append(';');
        sb.append("c204:" + i + "/" + l).append(';');
        sb.append(i + 205 + "#" + (char) ('a' + 23) + l).append(';');
        sb.append("<" + (l * 206) + ">" + (i == 206) + 0.5f).append(';');
        sb.append("c207:" + i + "/" + l).append(';');
        sb.append(i + 208 + "#" + (char) ('a' + 0) + l).append(';');
        sb.append("<" + (l * 209) + ">" + (i == 209) + 0.5f).append(';');
        sb.append("c210:" + i + "/" + l).append(';');
        sb.append(i + 211 + "#" + (char) ('a' + 3) + l).append(';');
        sb.append("<" + (l * 212) + ">" + (i == 212) + 0.5f).append(';');
        sb.append("c213:" + i + "/" + l).append(';');
        sb.append(i + 214 + "#" + (char) ('a' + 6) + l).append(';');
        sb.append("<" + (l * 215) + ">" + (i == 215) + 0.5f).append(';');
        sb.append("c216:" + i + "/" + l).append(';');
        sb.append(i + 217 + "#" + (char) ('a' + 9) + l).append(';');
        sb.append("<" + (l * 218) + ">" + (i == 218) + 0.5f).append(';');
        sb.append("c219:" + i + "/" + l).append(';');
        sb.append(i + 220 + "#" + (char) ('a' + 12) + l).append(';');
        sb.append("<" + (l * 221) + ">" + (i == 221) + 0.5f).append(';');
        sb.append("c222:" + i + "/" + l).append(';');
        sb.append(i + 223 + "#" + (char) ('a' + 15) + l).append(';');
        sb.append("<" + (l * 224) + ">" + (i == 224) + 0.5f).append(';');
        sb.append("c225:" + i + "/" + l).append(';');
        sb.append(i + 226 + "#" + (char) ('a' + 18) + l).append(';');
        sb.append("<" + (l * 227) + ">" + (i == 227) + 0.5f).append(';');
        sb.append("c228:" + i + "/" + l).append(';');
        sb.append(i + 229 + "#" + (char) ('a' + 21) + l).append(';');
        sb.append("<" + (l * 230) + ">" + (i == 230) + 0.5f).append(';');
        sb.append("c231:" + i + "/" + l).append(';');
        sb.append(i + 232 + "#" + (char) ('a' + 24) + l).append(';');
        sb.append("<" + (l * 233) + ">" + (i == 233) + 0.5f).append(';');
        sb.append("c234:" + i + "/" + l).append(';');
        sb.append(i + 235 + "#" + (char) ('a' + 1) + l).append(';');
        sb.append("<" + (l * 236) + ">" + (i == 236) + 0.5f).append(';');
        sb.append("c237:" + i + "/" + l).append(';');
        sb.append(i + 238 + "#" + (char) ('a' + 4) + l).append(';');
        sb.append("<" + (l * 239) + ">" + (i == 239) + 0.5f).append(';');
        sb.append("c240:" + i + "/" + l).append(';');
        sb.append(i + 241 + "#" + (char) ('a' + 7) + l).append(';');
        sb.append("<" + (l * 242) + ">" + (i == 242) + 0.5f).append(';');
        sb.append("c243:" + i + "/" + l).append(';');
        sb.append(i + 244 + "#" + (char) ('a' + 10) + l).append(';');
        sb.append("<" + (l * 245) + ">" + (i == 245) + 0.5f).append(';');
        sb.append("c246:" + i + "/" + l).append(';');
        sb.append(i + 247 + "#" + (char) ('a' + 13) + l).append(';');
        sb.append("<" + (l * 248) + ">" + (i == 248) + 0.5f).append(';');
        sb.append("c249:" + i + "/" + l).append(';');
        sb.append(i + 250 + "#" + (char) ('a' + 16) + l).append(';');
        sb.append("<" + (l * 251) + ">" + (i == 251) + 0.5f).append(';');
        sb.append("c252:" + i + "/" + l).append(';');
        sb.append(i + 253 + "#" + (char) ('a' + 19) + l).append(';');
        sb.append("<" + (l * 254) + ">" + (i == 254) + 0.5f).append(';');
        sb.append("c255:" + i + "/" + l).append(';');
        sb.append(i + 256 + "#" + (char) ('a' + 22) + l).append(';');
        sb.append("<" + (l * 257) + ">" + (i == 257) + 0.5f).append(';');
        sb.append("c258:" + i + "/" + l).append(';');
        sb.append(i + 259 + "#" + (char) ('a' + 25) + l).append(';');
        sb.append("<" + (l * 260) + ">" + (i == 260) + 0.5f).append(';');
        sb.append("c261:" + i + "/" + l).append(';');
        sb.append(i + 262 + "#" + (char) ('a' + 2) + l).append(';');
        sb.append("<" + (l * 263) + ">" + (i == 263) + 0.5f).append(';');
        sb.append("c264:" + i + "/" + l).append(';');
        sb.append(i + 265 + "#" + (char) ('a' + 5) + l).append(';');
        sb.append("<" + (l * 266) + ">" + (i == 266) + 0.5f).append(';');
        sb.append("c267:" + i + "/" + l).append(';');
        sb.append(i + 268 + "#" + (char) ('a' + 8) + l).append(';');
        sb.append("<" + (l * 269) + ">" + (i == 269) + 0.5f).append(';');
        sb.append("c270:" + i + "/" + l).append(';');
        sb.append(i + 271 + "#" + (char) ('a' + 11) + l).append(';');
        sb.append("<" + (l * 272) + ">" + (i == 272) + 0.5f).append(';');
        sb.append("c273:" + i + "/" + l).append(';');
        sb.append(i + 274 + "#" + (char) ('a' + 14) + l).append(';');
        sb.append("<" + (l * 275) + ">" + (i == 275) + 0.5f).append(';');
        sb.append("c276:" + i + "/" + l).append(';');
        sb.append(i + 277 + "#" + (char) ('a' + 17) + l).append(';');
        sb.append("<" + (l * 278) + ">" + (i == 278) + 0.5f).append(';');
        sb.append("c279:" + i + "/" + l).append(';');
        sb.append(i + 280 + "#" + (char) ('a' + 20) + l).append(';');
        sb.append("<" + (l * 281) + ">" + (i == 281) + 0.5f).append(';');
        sb.append("c282:" + i + "/" + l).append(';');
        sb.append(i + 283 + "#" + (char) ('a' + 23) + l).append(';');
        sb.append("<" + (l * 284) + ">" + (i == 284) + 0.5f).append(';');
        sb.append("c285:" + i + "/" + l).append(';');
        sb.append(i + 286 + "#" + (char) ('a' + 0) + l).append(';');
        sb.append("<" + (l * 287) + ">" + (i == 287) + 0.5f).append(';');
        sb.append("c288:" + i + "/" + l).append(';');
        sb.append(i + 289 + "#" + (char) ('a' + 3) + l).append(';');
        sb.append("<" + (l * 290) + ">" + (i == 290) + 0.5f).append(';');
        sb.append("c291:" + i + "/" + l).append(';');
        sb.append(i + 292 + "#" + (char) ('a' + 6) + l).append(';');
        sb.append("<" + (l * 293) + ">" + (i == 293) + 0.5f).append(';');
        sb.append("c294:" + i + "/" + l).append(';');
        sb.append(i + 295 + "#" + (char) ('a' + 9) + l).append(';');
        sb.append("<" + (l * 296) + ">" + (i == 296) + 0.5f).append(';');
        sb.append("c297:" + i + "/" + l).append(';');
        sb.append(i + 298 + "#" + (char) ('a' + 12) + l).append(';');
        sb.append("<" + (l * 299) + ">" + (i == 299) + 0.5f).append(';');
        return sb.toString();
    }

    public static void main(String[] args) {
        IntFn[] f = fns();
        long sum = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < f.length; i++) {
                sum += f[i].apply(i * 1000 + round);
            }
        }
        System.out.println("lambdas " + f.length + " sum " + sum);
        System.out.println("distinct classes " + (f[0].getClass() != f[1].getClass()) + " " + (f[0].getClass() != f[299].getClass()));
        for (int round = 0; round < 3; round++) {
            String s = concats(round, round * 1000000007L);
            System.out.println("concats round " + round + " length " + s.length() + " hash " + s.hashCode());
            if (round == 2) {
                System.out.println(s.substring(0, 120));
                System.out.println(s.substring(s.length() - 120));
            }
        }
    }
}
