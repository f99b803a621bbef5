// toUpperCase/toLowerCase and Character case methods over ASCII and
// Latin-1; only character codes are printed (ASCII output).
public class CaseConversion {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(i == 0 ? "" : " ").append(Integer.toHexString(s.charAt(i)));
        return sb.toString();
    }

    public static void main(String[] args) {
        String ascii = "Hello World 123 !@# abcXYZ [\\]^_`{|}~";
        System.out.println(ascii.toUpperCase());
        System.out.println(ascii.toLowerCase());
        System.out.println("already upper same object: " + ("ABC".toUpperCase() == "ABC") + ", lower: " + ("abc".toLowerCase() == "abc"));
        StringBuilder upperRow = new StringBuilder(), lowerRow = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            char u = Character.toUpperCase(c), l = Character.toLowerCase(c);
            if (u != c) upperRow.append(c).append(u);
            if (l != c) lowerRow.append(c).append(l);
        }
        System.out.println("ASCII upper map: " + upperRow);
        System.out.println("ASCII lower map: " + lowerRow);
        String latin = "\u00e0\u00e9\u00ee\u00f5\u00fc\u00e7\u00f1\u00c0\u00c9\u00ff\u00b5\u00f7\u00d7";
        System.out.println("latin1 upper: " + codes(latin.toUpperCase()));
        System.out.println("latin1 lower: " + codes(latin.toLowerCase()));
        int changes = 0;
        for (int c = 128; c < 256; c++) {
            if (Character.toUpperCase((char) c) != c) changes++;
            if (Character.toLowerCase((char) c) != c) changes += 1000;
        }
        System.out.println("latin1 case changes " + changes);
        System.out.println("greek: " + codes("\u03b1\u03b2\u03b3".toUpperCase()) + " / " + codes("\u0391\u0392\u0393".toLowerCase()));
        System.out.println("isUpperCase/isLowerCase: " + Character.isUpperCase('A') + Character.isUpperCase('a') + Character.isLowerCase('a')
                + Character.isLowerCase('1') + Character.isUpperCase('\u00c9') + Character.isLowerCase('\u00e9'));
        System.out.println("mixed: " + "cOrTaDo 2024".toUpperCase() + " " + "cOrTaDo 2024".toLowerCase());
        // Title-case a sentence by hand.
        String sentence = "the quick brown fox jumps over the lazy dog";
        StringBuilder title = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            title.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ';
        }
        System.out.println(title);
        System.out.println("equalsIgnoreCase latin1: " + "\u00e9T\u00c9".equalsIgnoreCase("\u00c9t\u00e9"));
    }
}
