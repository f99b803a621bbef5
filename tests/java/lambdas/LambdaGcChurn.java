// vm-args: -Xmx24m
// Lambdas and concatenations under garbage-collection pressure: hundreds
// of thousands of capturing lambda objects (their captured references must
// be traced as the fields they are), lambdas that capture other lambdas in
// long chains, lambdas kept alive only through other lambdas' captures, and
// string concatenation garbage, all in a small heap; checksums of what the
// surviving lambdas compute show nothing captured was lost or moved wrongly.
public class LambdaGcChurn {
    interface Text { String get(); }
    interface IntFn { int apply(int x); }

    static IntFn chain(int length) {
        IntFn f = x -> x;
        for (int i = 1; i <= length; i++) {
            IntFn prev = f;
            int k = i;
            String tag = "t" + i;
            f = x -> prev.apply(x) + k + tag.length();
        }
        return f;
    }

    public static void main(String[] args) {
        Text[] kept = new Text[1000];
        long churn = 0;
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < 1000; i++) {
                String s = "r" + round + "i" + i;
                long big = (long) round * i;
                double d = i / 8.0;
                Text t = () -> s + ":" + big + ":" + d;
                if ((i + round) % 97 == 0) kept[i] = t;
                churn += t.get().length();
            }
        }
        long keptSum = 0;
        int keptCount = 0;
        for (Text t : kept) {
            if (t != null) {
                keptSum += t.get().hashCode();
                keptCount++;
            }
        }
        System.out.println("churn " + churn + " kept " + keptCount + " sum " + keptSum);
        System.out.println("kept[0] " + kept[0].get() + " kept[500] " + (kept[500] == null ? "null" : kept[500].get()));

        IntFn[] chains = new IntFn[20];
        for (int i = 0; i < chains.length; i++) chains[i] = chain(200 + i);
        // garbage between building and calling
        String junk = "";
        for (int i = 0; i < 3000; i++) {
            junk = i + "," + junk.length() + "," + (junk.length() > 100 ? junk.substring(50) : junk);
        }
        long total = 0;
        for (IntFn c : chains) total += c.apply(1);
        System.out.println("chains " + total + " junk " + junk.length());

        Text[] holders = new Text[50];
        for (int i = 0; i < holders.length; i++) {
            int[] big = new int[20000];
            big[19999] = i;
            Text inner = () -> "inner" + big[19999] + "/" + big.length;
            holders[i] = () -> "outer(" + inner.get() + ")";
            int[][] pressure = new int[20][];
            for (int j = 0; j < pressure.length; j++) pressure[j] = new int[5000];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < holders.length; i += 7) sb.append(holders[i].get()).append(' ');
        System.out.println(sb);
    }
}
