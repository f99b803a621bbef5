// Sparse switches compile to lookupswitch: keys far apart, negative keys,
// Integer.MIN_VALUE and MAX_VALUE, and long/char keys narrowed to int.
public class SparseSwitch {
    static String sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "MIN_VALUE";
            case -1000000: return "minus a million";
            case -1: return "minus one";
            case 0: return "zero";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 1 << 30: return "2^30";
            case Integer.MAX_VALUE: return "MAX_VALUE";
            default: return "default";
        }
    }

    static int http(int code) {
        switch (code) {
            case 200: return 1;
            case 201: return 1;
            case 301: return 3;
            case 302: return 3;
            case 404: return 4;
            case 500: return 5;
            case 503: return 5;
            default: return 0;
        }
    }

    static String extremes(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "min";
            case Integer.MAX_VALUE: return "max";
            default: return "neither";
        }
    }

    static String single(int x) {
        switch (x) {
            case 42: return "the answer";
            default: return "not the answer";
        }
    }

    static String empty(int x) {
        switch (x) {
            default: return "only default";
        }
    }

    static String chars(char c) {
        switch (c) {
            case '\u0000': return "NUL";
            case '\n': return "newline";
            case ' ': return "space";
            case 'Z': return "Z";
            case '\u00e9': return "e-acute";
            case '\uffff': return "FFFF";
            default: return "char " + (int) c;
        }
    }

    public static void main(String[] args) {
        int[] probes = { Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000001, -1000000, -999999, -2, -1, 0, 1, 6, 7, 8,
                         999, 1000, 1001, 65535, 65536, 65537, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE - 1,
                         Integer.MAX_VALUE };
        for (int p : probes) System.out.println("sparse(" + p + ") = " + sparse(p));
        int score = 0;
        for (int code = 100; code < 600; code++) score = score * 7 + http(code);
        System.out.println("http checksum " + score);
        int[] codes = { 200, 201, 202, 301, 302, 303, 404, 500, 503, -200 };
        for (int c : codes) System.out.println("http(" + c + ") = " + http(c));
        for (int p : probes) System.out.println("extremes(" + p + ") = " + extremes(p));
        System.out.println(single(41) + ", " + single(42) + ", " + empty(3));
        char[] cs = { 0, '\n', ' ', 'Y', 'Z', '\u00e9', '\ufffe', '\uffff' };
        for (char c : cs) System.out.println("chars(" + (int) c + ") = " + chars(c));
        // Binary search behaviour across many keys: the default path for gaps.
        int hits = 0;
        for (int i = -2000000; i <= 2000000; i += 997) if (!sparse(i).equals("default")) hits++;
        System.out.println("hits " + hits);
    }
}
