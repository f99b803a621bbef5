// Shift counts are masked: & 31 for int, & 63 for long (JLS 15.19).
public class ShiftMasking {
    static int shl(int a, int n) { return a << n; }
    static int shr(int a, int n) { return a >> n; }
    static int ushr(int a, int n) { return a >>> n; }
    static long lshl(long a, int n) { return a << n; }
    static long lshr(long a, int n) { return a >> n; }
    static long lushr(long a, int n) { return a >>> n; }

    public static void main(String[] args) {
        int[] counts = { 0, 1, 4, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE };
        int[] values = { 1, -1, 0x12345678, 0x80000000, -17, 0x7fffffff };
        for (int v : values) {
            for (int n : counts) {
                System.out.println(v + " <<" + n + " = " + shl(v, n) + ", >> = " + shr(v, n) + ", >>> = " + ushr(v, n));
            }
        }
        long[] lvalues = { 1L, -1L, 0x123456789abcdef0L, Long.MIN_VALUE, -17L };
        for (long v : lvalues) {
            for (int n : counts) {
                System.out.println(v + "L <<" + n + " = " + lshl(v, n) + ", >> = " + lshr(v, n) + ", >>> = " + lushr(v, n));
            }
        }
        // The count of a long shift is an int; a long count is narrowed.
        long count = 65L;
        System.out.println("1L << 65L = " + (1L << count) + ", 1 << 65L = " + (1 << count));
        // byte and short are promoted to int before shifting.
        byte b = (byte) 0x80;
        System.out.println("byte 0x80 >>> 4 = " + (b >>> 4) + ", (byte)(b >>> 4) = " + (byte) (b >>> 4));
        short s = (short) 0xF000;
        System.out.println("short 0xF000 >> 8 = " + (s >> 8) + ", >>> 8 = " + (s >>> 8));
        char c = '\uFFFF';
        System.out.println("char 0xFFFF >> 4 = " + (c >> 4) + ", << 20 = " + (c << 20));
        // Compound shifts.
        int x = 1;
        x <<= 35;
        System.out.println("x <<= 35 -> " + x);
        long y = -1;
        y >>>= 60;
        System.out.println("y >>>= 60 -> " + y);
        b >>= 1;
        System.out.println("b >>= 1 -> " + b);
        b >>>= 1;
        System.out.println("b >>>= 1 -> " + b);
        // Shifts by a variable inside a loop.
        for (int i = 0; i < 70; i += 3) {
            System.out.println("i=" + i + " " + (1 << i) + " " + (1L << i) + " " + (0x80000000 >> i) + " " + (Long.MIN_VALUE >>> i));
        }
    }
}
