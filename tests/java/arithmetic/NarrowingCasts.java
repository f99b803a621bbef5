// i2b, i2c, i2s, l2i and compound assignments that narrow implicitly.
public class NarrowingCasts {
    static byte toByte(int i) { return (byte) i; }
    static char toChar(int i) { return (char) i; }
    static short toShort(int i) { return (short) i; }
    static int toInt(long l) { return (int) l; }

    public static void main(String[] args) {
        int[] vals = { 0, 1, -1, 127, 128, 129, 255, 256, -128, -129, 32767, 32768, 65535, 65536, 65537,
                       -32768, -32769, 0x12345678, 0xCAFEBABE, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int v : vals) {
            System.out.println(v + " -> byte " + toByte(v) + ", char " + (int) toChar(v) + ", short " + toShort(v));
        }
        long[] lvals = { 0x100000000L, 0xFFFFFFFFL, 0x80000000L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL };
        for (long l : lvals) {
            System.out.println(l + " -> int " + toInt(l) + ", byte " + (byte) l + ", char " + (int) (char) l + ", short " + (short) l);
        }
        byte b = 100;
        b += 100;
        System.out.println("byte 100 += 100 -> " + b);
        b *= 3;
        System.out.println("byte *= 3 -> " + b);
        b -= 300;
        System.out.println("byte -= 300 -> " + b);
        b = 127;
        b++;
        System.out.println("byte 127++ -> " + b);
        b--;
        System.out.println("byte -128-- -> " + b);
        b = -1;
        b >>>= 1;
        System.out.println("byte -1 >>>= 1 -> " + b + " (the int result 0x7fffffff is narrowed)");
        b = 64;
        b <<= 1;
        System.out.println("byte 64 <<= 1 -> " + b);
        short s = 30000;
        s += 30000;
        System.out.println("short 30000 += 30000 -> " + s);
        s = Short.MIN_VALUE;
        s--;
        System.out.println("short MIN-- -> " + s);
        s = 1000;
        s *= s;
        System.out.println("short 1000 *= 1000 -> " + s);
        s = 7;
        s /= 2.5;
        System.out.println("short 7 /= 2.5 -> " + s);
        char c = 'A';
        c += 1;
        System.out.println("char 'A' += 1 -> " + c);
        c = 0;
        c--;
        System.out.println("char 0-- -> " + (int) c);
        c = 65535;
        c++;
        System.out.println("char 65535++ -> " + (int) c);
        c = 'a';
        c *= 2;
        System.out.println("char 'a' *= 2 -> " + (int) c);
        int i = 10;
        i += 3.7;
        System.out.println("int 10 += 3.7 -> " + i);
        i -= 0.5;
        System.out.println("int -= 0.5 -> " + i);
        i *= 1e10;
        System.out.println("int *= 1e10 -> " + i + " (saturates)");
        i = 5;
        i += Long.MAX_VALUE;
        System.out.println("int 5 += Long.MAX -> " + i);
        long l = 1;
        l += 0.5f;
        System.out.println("long 1 += 0.5f -> " + l);
        float f = 1;
        f += 1e-8;
        System.out.println("float 1 += 1e-8 -> " + f);
        f = 16777216f;
        f += 1;
        System.out.println("float 2^24 += 1 -> " + f);
        // Arrays of small types store the narrowed value.
        byte[] ba = new byte[4];
        ba[0] = (byte) 200;
        ba[1] += 200;
        ba[2] = 127;
        ba[2]++;
        ba[3] -= 1;
        System.out.println("bytes " + ba[0] + " " + ba[1] + " " + ba[2] + " " + ba[3]);
        short[] sa = { 32767 };
        sa[0]++;
        char[] ca = { '\uffff' };
        ca[0]++;
        System.out.println("short[] " + sa[0] + " char[] " + (int) ca[0]);
        // Checksum over byte narrowing of a sequence.
        int sum = 0;
        for (int k = 0; k < 1000; k++) sum += (byte) (k * 37) + (short) (k * 40503) + (char) (k * -7);
        System.out.println("narrowing checksum " + sum);
    }
}
