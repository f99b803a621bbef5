// NumberFormatException messages of the parse methods, as JDK 17 words them.
public class NumberFormatErrors {
    interface Parse { Object run(String s); }

    static void attempt(String label, String input, Parse p) {
        try {
            System.out.println(label + "(" + (input == null ? "null" : "\"" + input + "\"") + ") = " + p.run(input));
        } catch (NumberFormatException e) {
            System.out.println(label + ": NumberFormatException: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        }
    }

    public static void main(String[] args) {
        Parse parseInt = new Parse() { public Object run(String s) { return Integer.parseInt(s); } };
        Parse parseHex = new Parse() { public Object run(String s) { return Integer.parseInt(s, 16); } };
        Parse parseLong = new Parse() { public Object run(String s) { return Long.parseLong(s); } };
        Parse parseShort = new Parse() { public Object run(String s) { return Short.parseShort(s); } };
        Parse parseByte = new Parse() { public Object run(String s) { return Byte.parseByte(s); } };
        Parse parseDouble = new Parse() { public Object run(String s) { return Double.parseDouble(s); } };
        Parse parseFloat = new Parse() { public Object run(String s) { return Float.parseFloat(s); } };
        Parse decode = new Parse() { public Object run(String s) { return Integer.decode(s); } };
        String[] bad = { "12x", "", " 1", "1 ", "-", "+", "2147483648", "-2147483649", "99999999999", "0x10", "1.0", "--1", "+-1", null };
        for (String s : bad) attempt("parseInt", s, parseInt);
        String[] badHex = { "fg", "80000000", "-80000001", "", "0x1" };
        for (String s : badHex) attempt("parseInt radix 16", s, parseHex);
        String[] badLong = { "9223372036854775808", "-9223372036854775809", "12L", "", null };
        for (String s : badLong) attempt("parseLong", s, parseLong);
        String[] badShort = { "32768", "-32769", "abc" };
        for (String s : badShort) attempt("parseShort", s, parseShort);
        String[] badByte = { "128", "-129", "1e2" };
        for (String s : badByte) attempt("parseByte", s, parseByte);
        String[] doubles = { "abc", "", "1.2.3", "1e", "--1", "0x", "NaNx", "1,5", null };
        for (String s : doubles) attempt("parseDouble", s, parseDouble);
        String[] floats = { "x1", "   ", "1.0ff" };
        for (String s : floats) attempt("parseFloat", s, parseFloat);
        String[] decodes = { "0x", "#", "0xZZ", "", "-", "09" };
        for (String s : decodes) attempt("decode", s, decode);
        try {
            Integer.parseInt("1", 1);
        } catch (NumberFormatException e) {
            System.out.println("radix 1: " + e.getMessage());
        }
        try {
            Integer.parseInt("1", 37);
        } catch (NumberFormatException e) {
            System.out.println("radix 37: " + e.getMessage());
        }
        try {
            Long.parseLong("1", 99);
        } catch (NumberFormatException e) {
            System.out.println("long radix 99: " + e.getMessage());
        }
        try {
            Integer.parseUnsignedInt("-1");
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedInt(-1): " + e.getMessage());
        }
        try {
            Integer.parseUnsignedInt("4294967296");
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedInt(2^32): " + e.getMessage());
        }
        System.out.println("NumberFormatException is an IllegalArgumentException: " + (new NumberFormatException("x") instanceof IllegalArgumentException));
    }
}
