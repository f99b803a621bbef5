// Benchmark: tight loops over int[] and double[] - array loads and stores,
// bounds checks, integer and floating-point arithmetic. Argument: number of
// passes (default 100).
public class ArrayLoop {
    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int n = 1 << 18;
        int[] ints = new int[n];
        double[] doubles = new double[n];
        for (int i = 0; i < n; i++) {
            ints[i] = i * 7 - n;
            doubles[i] = i * 0.25;
        }
        long isum = 0;
        double dsum = 0;
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < n; i++) ints[i] = ints[i] * 3 + (ints[i] >>> 5) ^ p;
            for (int i = 1; i < n; i++) isum += ints[i] - ints[i - 1];
            for (int i = 0; i < n; i++) doubles[i] = doubles[i] * 0.999 + 0.5;
            for (int i = 0; i < n; i += 2) dsum += doubles[i] - doubles[i + 1] * 0.5;
        }
        System.out.println("int checksum " + isum + ", double checksum " + dsum);
    }
}
