// Bit manipulation puzzles: Gray codes, subset enumeration, popcount
// tricks, next permutation of bits, bit reversal, Morton codes, and a
// bitboard knight-move counter.
public class BitPuzzles {
    static String bin(int v, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = width - 1; i >= 0; i--) sb.append((v >>> i) & 1);
        return sb.toString();
    }

    static int nextSameBits(int v) {
        int t = v | (v - 1);
        return (t + 1) | (((~t & -~t) - 1) >>> (Integer.numberOfTrailingZeros(v) + 1));
    }

    static long interleave(int x, int y) {
        long z = 0;
        for (int i = 0; i < 32; i++) z |= ((long) (x >>> i & 1) << (2 * i)) | ((long) (y >>> i & 1) << (2 * i + 1));
        return z;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 16; i++) {
            int g = i ^ (i >>> 1);
            int back = g;
            for (int s = 1; s < 32; s <<= 1) back ^= back >>> s;
            System.out.println(i + ": gray " + bin(g, 4) + " decoded " + back);
        }
        StringBuilder subsets = new StringBuilder();
        int set = 0b10110;
        for (int sub = set; ; sub = (sub - 1) & set) {
            subsets.append(bin(sub, 5)).append(' ');
            if (sub == 0) break;
        }
        System.out.println("subsets of 10110: " + subsets);
        StringBuilder combos = new StringBuilder();
        for (int v = 0b000111; v < (1 << 6); v = nextSameBits(v)) combos.append(bin(v, 6)).append(' ');
        System.out.println("3-of-6 combinations: " + combos);
        int[] tests = { 0, 1, 6, 8, 96, 1 << 30, -8, 0x7fffffff };
        for (int v : tests) {
            System.out.println(v + ": pow2 " + (v > 0 && (v & (v - 1)) == 0) + " lowest " + (v & -v) + " clear lowest " + (v & (v - 1))
                    + " abs " + ((v ^ (v >> 31)) - (v >> 31)) + " sign " + ((v >> 31) | (-v >>> 31)) + " isOdd " + ((v & 1) == 1));
        }
        int x = 12345, y = -678;
        System.out.println("min/max without branches: " + (y ^ ((x ^ y) & -((x < y) ? 1 : 0))) + " " + (x ^ ((x ^ y) & -((x < y) ? 1 : 0))));
        System.out.println("average without overflow: " + ((Integer.MAX_VALUE & 2147483645) + ((Integer.MAX_VALUE ^ 2147483645) >> 1)) + " " + ((Integer.MAX_VALUE + 2147483645) >>> 1));
        for (int i = 0; i < 4; i++) System.out.println("morton(" + (i * 3) + "," + (i * 5) + ") = " + interleave(i * 3, i * 5));
        // Count knight moves on a bitboard.
        long total = 0;
        for (int sq = 0; sq < 64; sq++) {
            long b = 1L << sq;
            long notA = 0xfefefefefefefefeL, notAB = 0xfcfcfcfcfcfcfcfcL, notH = 0x7f7f7f7f7f7f7f7fL, notGH = 0x3f3f3f3f3f3f3f3fL;
            long moves = ((b << 17) & notA) | ((b << 15) & notH) | ((b << 10) & notAB) | ((b << 6) & notGH)
                       | ((b >>> 17) & notH) | ((b >>> 15) & notA) | ((b >>> 10) & notGH) | ((b >>> 6) & notAB);
            total += Long.bitCount(moves);
            if (sq % 9 == 0) System.out.println("knight on " + sq + ": " + Long.bitCount(moves) + " moves, mask " + Long.toHexString(moves));
        }
        System.out.println("total knight moves " + total);
        // Single number: every value appears twice except one.
        int[] pairs = { 4, 9, 7, 4, 12, 9, 7, 33, 12 };
        int single = 0;
        for (int v : pairs) single ^= v;
        System.out.println("unpaired value " + single);
        // Reverse bits by hand vs Integer.reverse.
        int v = 0x12345678, r = 0;
        for (int i = 0; i < 32; i++) r = (r << 1) | (v >>> i & 1);
        System.out.println("reverse " + Integer.toHexString(r) + " " + (r == Integer.reverse(v)));
    }
}
