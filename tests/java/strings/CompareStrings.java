// compareTo (difference of the first differing chars, or of the lengths),
// compareToIgnoreCase, and a sort built on them.
public class CompareStrings {
    public static void main(String[] args) {
        String[][] pairs = { { "a", "b" }, { "b", "a" }, { "abc", "abc" }, { "abc", "abd" }, { "abc", "ab" }, { "ab", "abc" },
                             { "", "a" }, { "a", "" }, { "", "" }, { "A", "a" }, { "Z", "a" }, { "apple", "Apple" },
                             { "\u00e9", "e" }, { "\uffff", "\u0000" }, { "hello", "help" }, { "10", "9" }, { "abc", "ABC" },
                             { "Stra\u00dfe", "STRASSE" } };
        for (String[] p : pairs) {
            System.out.println(p[0].length() + ":" + p[1].length() + " compareTo " + p[0].compareTo(p[1]) + " ignoreCase "
                    + p[0].compareToIgnoreCase(p[1]) + " equals " + p[0].equals(p[1]) + " equalsIgnoreCase " + p[0].equalsIgnoreCase(p[1]));
        }
        String[] words = { "pear", "Apple", "banana", "apple", "Banana", "cherry", "", "b", "APPLE", "zebra", "Zebra", "a" };
        String[] sorted = words.clone();
        for (int i = 1; i < sorted.length; i++) {
            for (int j = i; j > 0 && sorted[j - 1].compareTo(sorted[j]) > 0; j--) {
                String t = sorted[j];
                sorted[j] = sorted[j - 1];
                sorted[j - 1] = t;
            }
        }
        System.out.println("sorted: " + String.join(",", sorted));
        String[] ci = words.clone();
        for (int i = 1; i < ci.length; i++) {
            for (int j = i; j > 0 && ci[j - 1].compareToIgnoreCase(ci[j]) > 0; j--) {
                String t = ci[j];
                ci[j] = ci[j - 1];
                ci[j - 1] = t;
            }
        }
        System.out.println("case-insensitive (stable): " + String.join(",", ci));
        System.out.println("CASE_INSENSITIVE_ORDER: " + String.CASE_INSENSITIVE_ORDER.compare("abc", "ABD"));
        Comparable<String> c = "m";
        System.out.println("via Comparable: " + c.compareTo("a") + " " + c.compareTo("z"));
    }
}
