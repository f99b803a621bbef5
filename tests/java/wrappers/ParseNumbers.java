// Integer/Long/Short/Byte parsing in radices 2..36, signs, valueOf and
// decode, parseUnsignedInt, and the limits.
public class ParseNumbers {
    public static void main(String[] args) {
        String[] decimals = { "0", "-0", "+0", "42", "-42", "+42", "2147483647", "-2147483648", "007", "-007" };
        for (String s : decimals) System.out.println("parseInt(" + s + ") = " + Integer.parseInt(s) + ", valueOf = " + Integer.valueOf(s));
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-FF", 16) + " " + Integer.parseInt("1010", 2) + " "
                + Integer.parseInt("777", 8) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("-ZZ", 36) + " "
                + Integer.parseInt("7fffffff", 16) + " " + Integer.parseInt("-80000000", 16) + " " + Integer.valueOf("12", 3));
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-9223372036854775808") + " "
                + Long.parseLong("-8000000000000000", 16) + " " + Long.parseLong("1y2p0ij32e8e7", 36) + " " + Long.valueOf("123456789012"));
        System.out.println(Short.parseShort("-32768") + " " + Short.parseShort("7fff", 16) + " " + Byte.parseByte("-128") + " "
                + Byte.parseByte("7f", 16) + " " + Byte.valueOf("12") + " " + Short.valueOf("-5"));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-0X10") + " " + Integer.decode("#ff") + " " + Integer.decode("010")
                + " " + Integer.decode("0") + " " + Long.decode("-0x7fffffffffffffff") + " " + Integer.decode("+12"));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-1) + " "
                + Integer.parseUnsignedInt("ffffffff", 16) + " " + Long.toUnsignedString(-1L) + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1) + " "
                + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(1, -1));
        // Round trips through every radix.
        int[] vals = { 0, 1, -1, 123456789, -987654321, Integer.MAX_VALUE, Integer.MIN_VALUE };
        long check = 0;
        for (int radix = Character.MIN_RADIX; radix <= Character.MAX_RADIX; radix++) {
            for (int v : vals) {
                String s = Integer.toString(v, radix);
                int back = Integer.parseInt(s, radix);
                if (back != v) System.out.println("MISMATCH " + v + " radix " + radix);
                check = check * 31 + s.hashCode();
            }
            long lv = Long.MIN_VALUE + radix;
            if (Long.parseLong(Long.toString(lv, radix), radix) != lv) System.out.println("LONG MISMATCH radix " + radix);
        }
        System.out.println("round-trip checksum " + check);
        // Parse digits of other scripts? Character.digit accepts them; only ASCII here.
        System.out.println("digit values: " + Character.digit('7', 10) + " " + Character.digit('a', 16) + " " + Character.digit('Z', 36)
                + " " + Character.digit('g', 16) + " " + Character.digit('5', 2) + " " + Character.forDigit(11, 16) + " " + Character.forDigit(5, 10)
                + " " + (int) Character.forDigit(20, 10));
    }
}
