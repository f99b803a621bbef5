// Concatenation recipes with constants: the recipe string of
// makeConcatWithConstants uses \u0001 for an argument and \u0002 for a
// constant passed separately, so literal \u0001 and \u0002 characters in
// the program's own constants must survive. Also compile-time constant
// folding (static finals, char and number constants), non-ASCII text,
// surrogate pairs, control characters and empty constants.
public class ConcatConstants {
    static final String GREETING = "hello";
    static final int ANSWER = 42;
    static final char SEP = ':';
    static final long BIG = 1L << 40;
    static final double HALF = 0.5;
    static final boolean YES = true;
    static final String FOLDED = GREETING + SEP + ANSWER + SEP + BIG + SEP + HALF + YES;

    static String describe(String s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.length()).append(" chars:");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127) {
                sb.append(' ').append(c);
            } else {
                sb.append(" \\u").append(Integer.toHexString(c));
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String x = args.length == 0 ? "X" : args[0];
        int n = args.length + 7;

        System.out.println("folded " + FOLDED);
        System.out.println(describe("\u0001" + x + "\u0002"));
        System.out.println(describe(x + "\u0001\u0002\u0001" + n));
        System.out.println(describe("a\u0001b" + x + "c\u0002d" + n + "\u0002"));
        System.out.println(describe("\u0000" + x + "\u0000"));
        System.out.println(describe("tab\t" + x + "\nnewline\r" + n));
        System.out.println(describe("\u00e9t\u00e9 " + x + " \u20ac" + n + " \u4e2d\u6587"));
        System.out.println(describe("\ud83d\ude00" + x + "\ud83d" + n + "\ude00"));
        System.out.println(describe("" + x + "" + "" + n + ""));
        System.out.println(describe(GREETING + x + ANSWER + n + SEP + BIG + HALF + YES));
        System.out.println(describe(x + 'q' + n + 'r' + 1.5f + 2L + (byte) 3 + (short) 4));
        System.out.println(describe(x + null + n));
        System.out.println(describe("%s %d {0} \\1 $1 " + x + " \\ \" '"));
        System.out.println(describe(x + "0123456789012345678901234567890123456789012345678901234567890123456789"
                + n + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        // only constants: folded by javac into one literal
        System.out.println(describe("a" + 1 + 'b' + 2L + true + 1.25 + "\u0001"));
        // compile-time constant strings are interned
        String lit = "hello:42";
        System.out.println("interned " + (lit == (GREETING + SEP + ANSWER)));
        System.out.println("runtime not interned " + (lit == (GREETING + SEP + (ANSWER + args.length))));
        System.out.println("after intern " + (lit == (GREETING + SEP + (ANSWER + args.length)).intern()));
    }
}
