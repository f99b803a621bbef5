// String.hashCode is specified: s[0]*31^(n-1) + ... + s[n-1], int arithmetic.
public class StringHashes {
    static int manual(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    public static void main(String[] args) {
        String[] samples = { "", "a", "A", "ab", "Aa", "BB", "hello", "Hello", "hello world", "The quick brown fox jumps over the lazy dog",
                             "0", "00", "000", "\u0000", "\u0000\u0000", "\uffff", "\u00e9t\u00e9", "\uD83D\uDE00", "polygenelubricants",
                             "GydZG_", "DESIGNING WORKHOUSES", "java.lang.String", "Cortado" };
        for (String s : samples) {
            int h = s.hashCode();
            System.out.println(s.length() + " chars: " + h + " manual " + manual(s) + " again " + s.hashCode() + " hex " + Integer.toHexString(h));
        }
        // Equal strings built in different ways have equal hashes.
        String built = new StringBuilder("hel").append("lo").toString();
        System.out.println("built == literal: " + (built == "hello") + ", hashes equal: " + (built.hashCode() == "hello".hashCode()));
        // Long strings and many strings.
        StringBuilder sb = new StringBuilder();
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            sb.append((char) ('a' + i % 26));
            if (i % 100 == 99) {
                int h = sb.toString().hashCode();
                sum += h;
                System.out.println("prefix " + (i + 1) + ": " + h);
            }
        }
        System.out.println("sum " + sum);
        int x = 0;
        for (int i = 0; i < 10000; i++) x ^= Integer.toString(i).hashCode() * (i | 1);
        System.out.println("number strings checksum " + x);
        // Hash of a string whose cached hash would be zero.
        System.out.println("zero hash: " + "".hashCode() + " " + "\u0000".hashCode());
    }
}
