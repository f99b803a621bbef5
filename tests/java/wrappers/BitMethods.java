// Integer and Long bit-twiddling methods.
public class BitMethods {
    public static void main(String[] args) {
        int[] is = { 0, 1, -1, 2, 3, 6, 0x80000000, 0x7fffffff, 0x12345678, 0xF0F0F0F0, 1 << 20, 0x00010000, 100 };
        for (int v : is) {
            System.out.println(Integer.toHexString(v) + ": bitCount " + Integer.bitCount(v) + " highest " + Integer.toHexString(Integer.highestOneBit(v))
                    + " lowest " + Integer.toHexString(Integer.lowestOneBit(v)) + " nlz " + Integer.numberOfLeadingZeros(v) + " ntz "
                    + Integer.numberOfTrailingZeros(v) + " rotl3 " + Integer.toHexString(Integer.rotateLeft(v, 3)) + " rotr3 "
                    + Integer.toHexString(Integer.rotateRight(v, 3)) + " rotl-1 " + Integer.toHexString(Integer.rotateLeft(v, -1)) + " reverse "
                    + Integer.toHexString(Integer.reverse(v)) + " reverseBytes " + Integer.toHexString(Integer.reverseBytes(v)) + " signum " + Integer.signum(v));
        }
        long[] ls = { 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789ABCDEF0L, 1L << 40, 0xFFL };
        for (long v : ls) {
            System.out.println(Long.toHexString(v) + ": bitCount " + Long.bitCount(v) + " highest " + Long.toHexString(Long.highestOneBit(v))
                    + " lowest " + Long.toHexString(Long.lowestOneBit(v)) + " nlz " + Long.numberOfLeadingZeros(v) + " ntz "
                    + Long.numberOfTrailingZeros(v) + " rotl7 " + Long.toHexString(Long.rotateLeft(v, 7)) + " rotr65 "
                    + Long.toHexString(Long.rotateRight(v, 65)) + " reverse " + Long.toHexString(Long.reverse(v)) + " reverseBytes "
                    + Long.toHexString(Long.reverseBytes(v)) + " signum " + Long.signum(v));
        }
        System.out.println("Short.reverseBytes " + Short.reverseBytes((short) 0x1234) + " Character.reverseBytes " + (int) Character.reverseBytes('\u1234'));
        // Cross-check bitCount against a loop for many values.
        int mismatches = 0;
        long total = 0;
        for (int i = -100000; i < 100000; i += 7) {
            int v = i * 0x9E3779B9;
            int c = 0;
            for (int w = v; w != 0; w >>>= 1) c += w & 1;
            if (c != Integer.bitCount(v)) mismatches++;
            total += Integer.numberOfLeadingZeros(v) + Integer.numberOfTrailingZeros(v) + Long.bitCount((long) v * v);
        }
        System.out.println("mismatches " + mismatches + " total " + total);
        // Powers of two and log2 via numberOfLeadingZeros.
        for (int v = 1; v < 2000; v = v * 3 + 1) {
            int log2 = 31 - Integer.numberOfLeadingZeros(v);
            int nextPow = v == 1 ? 1 : Integer.highestOneBit(v - 1) << 1;
            System.out.println(v + ": floor(log2) " + log2 + " next power of two " + nextPow + " isPow2 " + ((v & (v - 1)) == 0));
        }
    }
}
