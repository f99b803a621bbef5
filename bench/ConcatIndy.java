// Benchmark: string concatenation with `+`, compiled with javac's defaults
// so that each `+` expression is one invokedynamic call site
// (StringConcatFactory) - compare with ConcatBuilder, which builds the same
// strings with explicit StringBuilder chains. Operands: String, int, long,
// char, boolean. Argument: strings built, in thousands (default 300).
public class ConcatIndy {
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
            String s = name + "[" + i + "]=" + big + c + even;
            String t = s + ';' + name;
            total += t.length();
            hash = hash * 31 + t.charAt(t.length() / 2);
        }
        System.out.println("concat " + n + ": " + total + " " + hash);
    }
}
