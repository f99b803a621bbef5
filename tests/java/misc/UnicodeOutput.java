// Non-ASCII output: System.out encodes as UTF-8 under LC_ALL=C.UTF-8 (the
// harness runs both VMs that way). Lone surrogates become '?'.
public class UnicodeOutput {
    public static void main(String[] args) {
        System.out.println("caf\u00e9 na\u00efve \u00fcber \u00c5ngstr\u00f6m");
        System.out.println("euro \u20ac, pound \u00a3, yen \u00a5, section \u00a7");
        System.out.println("greek \u03b1\u03b2\u03b3\u03b4 \u03a9, cyrillic \u043f\u0440\u0438\u0432\u0435\u0442");
        System.out.println("cjk \u4e2d\u6587 \u65e5\u672c\u8a9e, hangul \ud55c\uad6d\uc5b4");
        System.out.println("emoji \ud83d\ude00 \ud83c\udf89 (surrogate pairs)");
        String s = "a\u00e9\u4e2d\ud83d\ude00";
        System.out.println(s + " length " + s.length() + " code points " + s.codePointCount(0, s.length()));
        System.out.println("lone high surrogate [\ud83d] and lone low surrogate [\ude00]");
        System.out.println("upper " + "stra\u00dfe \u00e9t\u00e9".toUpperCase() + ", lower " + "\u00c9T\u00c9 \u00c0".toLowerCase());
        StringBuilder sb = new StringBuilder();
        for (char c = '\u00c0'; c <= '\u00ff'; c++) sb.append(c);
        System.out.println(sb);
        System.out.println(new StringBuilder("abc\ud83d\ude00\u00e9").reverse());
        System.out.printf("%s|%5s|%-5s|%c%n", "\u00e9", "\u4e2d", "\u00fc", '\u20ac');
        char[] chars = { '\u2603', ' ', '\u2764' };
        System.out.println(chars);
        System.out.print('\u00b5');
        System.out.println();
    }
}
