// String.valueOf and the toString methods of the wrappers for each
// primitive type; Integer/Long.toString with the sign handling.
public class StringValueOf {
    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf(false));
        System.out.println(String.valueOf('x') + " " + String.valueOf((char) 0x41));
        int[] ints = { 0, 1, -1, 9, 10, -10, 99, 100, 12345, -12345, 1000000000, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int v : ints) System.out.println("int " + String.valueOf(v) + " " + Integer.toString(v) + " " + Integer.valueOf(v).toString());
        long[] longs = { 0, -1, 4294967296L, -4294967296L, 999999999999999999L, Long.MAX_VALUE, Long.MIN_VALUE };
        for (long v : longs) System.out.println("long " + String.valueOf(v) + " " + Long.toString(v));
        System.out.println(String.valueOf(1.0f) + " " + String.valueOf(1e-7f) + " " + String.valueOf(2.5) + " " + String.valueOf(-1e-7));
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf((Object) "obj") + " " + String.valueOf(new char[] { 'c', 'h' }));
        System.out.println(Boolean.toString(true) + " " + Character.toString('q') + " " + Byte.toString((byte) -128) + " " + Short.toString((short) 32767));
        System.out.println(Double.toString(0.25) + " " + Float.toString(0.25f));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 16) + " " + Integer.toString(255, 2) + " " + Integer.toString(35, 36)
                + " " + Integer.toString(10, 99) + " " + Long.toString(-1L, 7) + " " + Long.toString(Long.MIN_VALUE, 36));
        StringBuilder sb = new StringBuilder();
        for (int r = 2; r <= 36; r += 5) sb.append(Integer.toString(123456789, r)).append(' ');
        System.out.println(sb);
        Object[] objs = { 1, 2L, 3.5f, 4.5, 'c', true, (byte) 1, (short) 2, "s" };
        for (Object o : objs) System.out.println(o.getClass().getSimpleName() + " " + String.valueOf(o));
    }
}
