// Benchmark: the strings of ConcatIndy built with explicit StringBuilder
// chains - the baseline for invokedynamic string concatenation. Argument:
// strings built, in thousands (default 300).
public class ConcatBuilder {
    public static void main(String[] args) {
        int thousands = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int n = thousands * 1000;
        String[] names = { "alpha", "beta", "gamma", "delta" };
        long total = 0;
        int hash = 0;
        for (int i = 0; i < n; i++) {
            String name = names[i & 3];
            long big = (long) i * 1000003L;
            char c = (char) ('a' + i % 26);
            boolean even = (i & 1) == 0;
            String s = new StringBuilder().append(name).append('[').append(i).append("]=").append(big)
                    .append(c).append(even).toString();
            String t = new StringBuilder().append(s).append(';').append(name).toString();
            total += t.length();
            hash = hash * 31 + t.charAt(t.length() / 2);
        }
        System.out.println(new StringBuilder().append("concat ").append(n).append(": ").append(total)
                .append(' ').append(hash).toString());
    }
}
