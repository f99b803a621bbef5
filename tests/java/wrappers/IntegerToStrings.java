// toString/toHexString/toOctalString/toBinaryString of int and long,
// including negatives (two's complement for the unsigned forms).
public class IntegerToStrings {
    public static void main(String[] args) {
        int[] ints = { 0, 1, -1, 7, 8, 15, 16, 255, 256, -256, 1000, 65535, 0x12345678, 0x7fffffff, 0x80000000, 0xDEADBEEF };
        for (int v : ints) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v)
                    + " r7 " + Integer.toString(v, 7) + " r36 " + Integer.toString(v, 36));
        }
        long[] longs = { 0L, 1L, -1L, 0xFFFFFFFFL, 0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE, 0xCAFEBABEDEADBEEFL, 1234567890123L };
        for (long v : longs) {
            System.out.println(v + "L: hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " bin " + Long.toBinaryString(v)
                    + " r36 " + Long.toString(v, 36));
        }
        System.out.println("Short/Byte via Integer: " + Integer.toHexString((short) -1) + " " + Integer.toHexString((byte) -1 & 0xFF)
                + " " + Integer.toHexString(Short.toUnsignedInt((short) -1)) + " " + Byte.toUnsignedInt((byte) -2));
        // Zero-padded hex formatting by hand.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            String h = Integer.toHexString(i * 17);
            sb.append(h.length() < 2 ? "0" + h : h).append(' ');
        }
        System.out.println(sb);
        // Hex dump of a string.
        String text = "Cortado!";
        sb.setLength(0);
        for (int i = 0; i < text.length(); i++) sb.append(Integer.toHexString(text.charAt(i))).append(':').append(Integer.toBinaryString(text.charAt(i))).append(' ');
        System.out.println(sb);
        System.out.println("Character.getNumericValue: " + Character.getNumericValue('z') + " " + Character.getNumericValue('5') + " " + Character.getNumericValue('-'));
    }
}
