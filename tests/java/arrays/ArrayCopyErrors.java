// The exceptions of System.arraycopy and HotSpot 17's detail messages for
// them (bounds, negative lengths, type mismatches, null arguments).
public class ArrayCopyErrors {
    static void copy(String what, Object src, int srcPos, Object dst, int dstPos, int len) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, len);
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            String msg = e instanceof NullPointerException ? "" : ": " + e.getMessage();
            System.out.println(what + ": " + e.getClass().getName() + msg);
        }
    }

    public static void main(String[] args) {
        int[] a = new int[10];
        int[] b = new int[5];
        copy("src too short", a, 8, b, 0, 3);
        copy("dst too short", a, 0, b, 3, 3);
        copy("negative srcPos", a, -1, b, 0, 1);
        copy("negative dstPos", a, 0, b, -2, 1);
        copy("negative length", a, 0, b, 0, -3);
        copy("zero length at end", a, 10, b, 5, 0);
        copy("zero length past end", a, 11, b, 0, 0);
        copy("null src", null, 0, b, 0, 1);
        copy("null dst", a, 0, null, 0, 1);
        copy("null both, zero length", null, 0, null, 0, 0);
        copy("int to long", a, 0, new long[10], 0, 1);
        copy("long to int", new long[3], 0, a, 0, 1);
        copy("int to Object[]", a, 0, new Object[10], 0, 1);
        copy("Object[] to int[]", new Object[3], 0, a, 0, 1);
        copy("not an array (src)", "string", 0, a, 0, 1);
        copy("not an array (dst)", a, 0, new Object(), 0, 1);
        copy("String[] to Integer[]", new String[] { "s" }, 0, new Integer[1], 0, 1);
        copy("null String to Integer[]", new String[1], 0, new Integer[1], 0, 1);
        copy("byte to byte ok", new byte[4], 0, new byte[4], 0, 4);
        copy("char to short", new char[4], 0, new short[4], 0, 4);
        copy("double to float", new double[2], 0, new float[2], 0, 2);
        copy("boolean to byte", new boolean[2], 0, new byte[2], 0, 2);
        copy("int[][] to Object[]", new int[2][2], 0, new Object[2], 0, 2);
        copy("Object[] of ints to String[]", new Object[] { 1 }, 0, new String[1], 0, 1);
        copy("overflowing srcPos+length", a, 5, b, 0, Integer.MAX_VALUE);
        copy("long array bounds", new long[4], 2, new long[4], 0, 3);
        copy("object array bounds", new String[4], 0, new Object[2], 1, 2);
    }
}
