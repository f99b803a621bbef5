// &, |, ^, ~ on int and long, and the promotions between them.
public class BitwiseOps {
    public static void main(String[] args) {
        int[] vals = { 0, -1, 1, 0x0F0F0F0F, 0xF0F0F0F0, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (int a : vals) {
            for (int b : vals) {
                System.out.println(hex(a) + " " + hex(b) + " & " + hex(a & b) + " | " + hex(a | b) + " ^ " + hex(a ^ b));
            }
            System.out.println("~" + hex(a) + " = " + hex(~a) + " = " + ~a);
        }
        long[] lvals = { 0L, -1L, 0x00FF00FF00FF00FFL, 0x123456789ABCDEF0L, Long.MIN_VALUE };
        for (long a : lvals) {
            for (long b : lvals) {
                System.out.println(Long.toHexString(a) + " " + Long.toHexString(b) + " & " + Long.toHexString(a & b)
                        + " | " + Long.toHexString(a | b) + " ^ " + Long.toHexString(a ^ b));
            }
            System.out.println("~" + a + " = " + ~a);
        }
        // int operand sign-extends when mixed with long.
        int neg = -2;
        long mask = 0xFFFFFFFFL;
        System.out.println("(-2 & 0xFFFFFFFFL) = " + (neg & mask));
        System.out.println("(-2 | 0L) = " + (neg | 0L));
        System.out.println("0x80000000 as long: " + (long) 0x80000000 + " unsigned: " + (0x80000000 & 0xFFFFFFFFL));
        // Boolean logical operators evaluate both sides.
        int calls = 0;
        boolean t = true, f = false;
        if (f & (++calls > 0)) System.out.println("no");
        if (t | (++calls > 0)) System.out.println("calls after & and | = " + calls);
        if (f && (++calls > 0)) System.out.println("no");
        if (t || (++calls > 0)) System.out.println("calls after && and || = " + calls);
        System.out.println("t ^ f = " + (t ^ f) + ", t ^ t = " + (t ^ t) + ", !t = " + !t);
        boolean acc = false;
        acc |= true;
        acc &= true;
        acc ^= true;
        System.out.println("compound boolean " + acc);
        // Byte masking idioms.
        byte b = (byte) 0xE5;
        System.out.println("byte " + b + " & 0xFF = " + (b & 0xFF) + ", >> 4 & 0xF = " + ((b >> 4) & 0xF));
        // Parity, popcount by hand, swapping with xor.
        int x = 0x12345678, y = 0x0BADF00D;
        x ^= y;
        y ^= x;
        x ^= y;
        System.out.println("swapped " + hex(x) + " " + hex(y));
        int v = 0xDEADBEEF;
        int count = 0;
        for (int w = v; w != 0; w &= w - 1) count++;
        System.out.println("popcount(" + hex(v) + ") = " + count);
        int p = v ^ (v >>> 16);
        p ^= p >>> 8;
        p ^= p >>> 4;
        p ^= p >>> 2;
        p ^= p >>> 1;
        System.out.println("parity = " + (p & 1));
        // Compound bitwise on arrays.
        int[] bits = new int[4];
        for (int i = 0; i < 128; i += 3) bits[i >> 5] |= 1 << i;
        for (int i = 0; i < 128; i += 6) bits[i >> 5] &= ~(1 << i);
        for (int i = 0; i < 4; i++) System.out.println("bits[" + i + "] = " + hex(bits[i]));
        long lb = 0;
        for (int i = 0; i < 64; i += 5) lb ^= 1L << i;
        System.out.println("long bits " + Long.toBinaryString(lb));
    }

    static String hex(int v) { return Integer.toHexString(v); }
}
