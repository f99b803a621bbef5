// The methods of java.lang.String (Java 8 API, no regular expressions).
public class StringMethods {
    static void p(String label, Object v) { System.out.println(label + " = " + v); }

    public static void main(String[] args) {
        String s = "Hello, Cortado World";
        p("length", s.length());
        p("isEmpty", s.isEmpty() + " " + "".isEmpty());
        p("charAt(0), charAt(7), charAt(last)", "" + s.charAt(0) + s.charAt(7) + s.charAt(s.length() - 1));
        p("indexOf('o')", s.indexOf('o'));
        p("indexOf('o', 5)", s.indexOf('o', 5));
        p("indexOf('o', -10)", s.indexOf('o', -10));
        p("indexOf('o', 100)", s.indexOf('o', 100));
        p("indexOf('z')", s.indexOf('z'));
        p("indexOf(\"World\")", s.indexOf("World"));
        p("indexOf(\"o\", 9)", s.indexOf("o", 9));
        p("indexOf(\"\")", s.indexOf(""));
        p("indexOf(\"\", 5)", s.indexOf("", 5));
        p("indexOf(\"\", 99)", s.indexOf("", 99));
        p("lastIndexOf('o')", s.lastIndexOf('o'));
        p("lastIndexOf('o', 10)", s.lastIndexOf('o', 10));
        p("lastIndexOf('o', -1)", s.lastIndexOf('o', -1));
        p("lastIndexOf(\"o\")", s.lastIndexOf("o"));
        p("lastIndexOf(\"l\", 10)", s.lastIndexOf("l", 10));
        p("lastIndexOf(\"\")", s.lastIndexOf(""));
        p("indexOf(int codepoint 0x1F600)", s.indexOf(0x1F600));
        p("substring(7)", s.substring(7));
        p("substring(7, 14)", s.substring(7, 14));
        p("substring(0, 0)", "[" + s.substring(0, 0) + "]");
        p("substring(len)", "[" + s.substring(s.length()) + "]");
        p("subSequence(1, 4)", s.subSequence(1, 4));
        p("concat", s.concat("!").concat(""));
        p("replace('o', '0')", s.replace('o', '0'));
        p("replace('q', 'x') same object", s.replace('q', 'x') == s);
        p("replace(\"l\", \"L\")", s.replace("l", "L"));
        p("replace(\"ll\", \"\")", s.replace("ll", ""));
        p("replace(\"\", \"-\")", "abc".replace("", "-"));
        p("replace(\"aa\", \"b\") on aaaaa", "aaaaa".replace("aa", "b"));
        p("contains(\"Cort\")", s.contains("Cort") + " " + s.contains("cort") + " " + s.contains(""));
        p("startsWith", s.startsWith("Hello") + " " + s.startsWith("Cortado", 7) + " " + s.startsWith("", 3) + " " + s.startsWith("H", -1) + " " + s.startsWith("World", 100));
        p("endsWith", s.endsWith("World") + " " + s.endsWith("") + " " + s.endsWith("world"));
        p("toUpperCase", s.toUpperCase());
        p("toLowerCase", s.toLowerCase());
        p("trim", "[" + "  \t padded \n ".trim() + "]");
        p("trim nothing to do same object", s.trim() == s);
        p("trim control chars", "[" + "\u0001\u0000x\u001f".trim() + "]");
        p("trim all", "[" + "   ".trim() + "]");
        p("equals", s.equals("Hello, Cortado World") + " " + s.equals(null) + " " + s.equals(new StringBuilder(s)));
        p("equalsIgnoreCase", "CorTADO".equalsIgnoreCase("cortado") + " " + "a".equalsIgnoreCase("b") + " " + "a".equalsIgnoreCase(null));
        p("contentEquals", s.contentEquals(new StringBuilder("Hello, Cortado World")) + " " + s.contentEquals("x"));
        p("regionMatches", s.regionMatches(7, "xCortado", 1, 7) + " " + s.regionMatches(true, 7, "CORTADO", 0, 7) + " " + s.regionMatches(false, 7, "CORTADO", 0, 7)
                + " " + s.regionMatches(-1, "H", 0, 1) + " " + s.regionMatches(0, "H", 0, 5));
        char[] chars = s.toCharArray();
        p("toCharArray length", chars.length + " first " + chars[0]);
        char[] dst = new char[10];
        s.getChars(7, 14, dst, 2);
        p("getChars", new String(dst, 2, 7));
        p("valueOf(char[])", String.valueOf(chars, 0, 5));
        p("copyValueOf", String.copyValueOf(chars, 7, 7) + " " + String.copyValueOf(new char[] { 'o', 'k' }));
        p("join", String.join("-", "a", "b", "c") + " " + String.join(", ", new String[] { "x" }) + " [" + String.join("/", new String[0]) + "]");
        p("join with null element", String.join("+", "a", null, "c"));
        p("codePointAt", s.codePointAt(0) + " " + "\uD83D\uDE00".codePointAt(0) + " " + "\uD83D\uDE00".codePointAt(1));
        p("codePointBefore", "ab".codePointBefore(1) + " " + "\uD83D\uDE00".codePointBefore(2));
        p("codePointCount", "a\uD83D\uDE00b".codePointCount(0, 4) + " length " + "a\uD83D\uDE00b".length());
        p("offsetByCodePoints", "a\uD83D\uDE00b".offsetByCodePoints(0, 2));
        p("toString same object", s.toString() == s);
        p("chained", "  MiXeD Case  ".trim().toLowerCase().replace(' ', '_').concat("!").substring(2));
        // Counting and searching loops.
        String text = "the cat sat on the mat with the hat";
        int count = 0;
        for (int i = text.indexOf("the"); i >= 0; i = text.indexOf("the", i + 1)) count++;
        p("occurrences of 'the'", count);
        int at = 0;
        StringBuilder words = new StringBuilder();
        while (at < text.length()) {
            int sp = text.indexOf(' ', at);
            if (sp < 0) sp = text.length();
            words.append('[').append(text.substring(at, sp)).append(']');
            at = sp + 1;
        }
        p("words", words);
        p("empty string ops", "".length() + " " + "".indexOf('a') + " " + "".concat("") + "|" + "".toUpperCase() + "|" + "".trim() + "|" + "".hashCode());
    }
}
