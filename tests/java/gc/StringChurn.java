// vm-args: -Xmx32m
// Strings built in loops (concatenation, builders, substrings, toString of
// numbers) produce lots of garbage; results are checked via hashes.
public class StringChurn {
    public static void main(String[] args) {
        int h = 0;
        for (int i = 0; i < 100000; i++) {
            String s = "item-" + i + "-" + (i * 31) + ":" + (i % 7 == 0);
            h = h * 31 + s.hashCode();
            if (i % 20000 == 0) System.out.println(s + " -> " + h);
        }
        System.out.println("concat hash " + h);
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 50; round++) {
            sb.setLength(0);
            for (int i = 0; i < 20000; i++) sb.append((char) ('a' + (i + round) % 26));
            String big = sb.toString();
            h ^= big.hashCode() + big.substring(round, round + 100).hashCode();
        }
        System.out.println("builder hash " + h);
        String kept = "";
        for (int i = 0; i < 2000; i++) {
            kept = kept + (char) ('A' + i % 26);
            if (kept.length() > 500) kept = kept.substring(250);
        }
        System.out.println("kept " + kept.length() + " " + kept.hashCode() + " " + kept.substring(0, 30));
        String[] pool = new String[1000];
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < pool.length; i++) pool[i] = Integer.toString(i * round, 16) + Long.toString((long) i << round);
        }
        long len = 0;
        for (String s : pool) len += s.length();
        System.out.println("pool total length " + len + " first " + pool[1] + " last " + pool[999]);
    }
}
