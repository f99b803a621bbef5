// long arithmetic wraps around modulo 2^64.
public class LongOverflow {
    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long mul(long a, long b) { return a * b; }

    public static void main(String[] args) {
        long max = Long.MAX_VALUE;
        long min = Long.MIN_VALUE;
        System.out.println("max = " + max);
        System.out.println("min = " + min);
        System.out.println("max + 1 = " + add(max, 1));
        System.out.println("min - 1 = " + sub(min, 1));
        System.out.println("-min = " + (-min));
        System.out.println("max * max = " + mul(max, max));
        System.out.println("min * -1 = " + mul(min, -1L));
        System.out.println("2^32 * 2^32 = " + mul(1L << 32, 1L << 32));
        System.out.println("3037000500^2 = " + mul(3037000500L, 3037000500L));
        System.out.println("Math.abs(min) = " + Math.abs(min));

        // int operands overflow before widening; long operands don't.
        int big = 2000000000;
        long wrong = big * 2;
        long right = big * 2L;
        System.out.println("int product widened = " + wrong + ", long product = " + right);
        long micros = 24 * 60 * 60 * 1000 * 1000;
        long microsL = 24L * 60 * 60 * 1000 * 1000;
        System.out.println("micros per day: " + micros + " vs " + microsL);

        // FNV-1a 64-bit hash over some strings.
        String[] words = { "", "a", "foobar", "Cortado", "The quick brown fox" };
        for (String w : words) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < w.length(); i++) {
                h ^= w.charAt(i);
                h *= 0x100000001b3L;
            }
            System.out.println("fnv1a(\"" + w + "\") = " + h + " = 0x" + Long.toHexString(h));
        }

        // xorshift64*
        long s = 88172645463325252L;
        for (int i = 0; i < 10; i++) {
            s ^= s >>> 12;
            s ^= s << 25;
            s ^= s >>> 27;
            System.out.println("xorshift " + s + " -> " + (s * 2685821657736338717L));
        }

        long[] vals = { 0, 1, -1, 3, -3, 1L << 40, max, min, 0x5555555555555555L, 1234567890123456789L };
        for (long a : vals) {
            StringBuilder sb = new StringBuilder();
            for (long b : vals) {
                sb.append(a + b).append(',').append(a - b).append(',').append(a * b).append(' ');
            }
            System.out.println(a + ": " + sb);
        }
        long c = max - 2;
        for (int i = 0; i < 5; i++) {
            c++;
            System.out.println("c = " + c);
        }
    }
}
