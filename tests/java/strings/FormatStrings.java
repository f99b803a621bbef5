// String.format and printf with the common conversions: %d %s %x %X %o %c
// %b %e %f %n %%, widths, precision, flags - 0 , + ( and space.
public class FormatStrings {
    public static void main(String[] args) {
        System.out.println(String.format("%d|%5d|%-5d|%05d|%+d|%,d|%(d|% d", 42, 42, 42, 42, 42, 1234567, -42, 42));
        System.out.println(String.format("%d %d %d %d", Integer.MIN_VALUE, Long.MAX_VALUE, (byte) -5, (short) 300));
        System.out.println(String.format("%08d|%-10s|%10s|%.3s|%-6.2s|", -123, "left", "right", "truncate", "ab"));
        System.out.println(String.format("%x %X %o %x %x", 255, 255, 8, -1, 0x7fffffffffffffffL));
        System.out.println(String.format("%#x %#o %08X", 255, 8, 48879));
        System.out.println(String.format("%s %s %s %s", null, true, 'c', 3.5));
        System.out.println(String.format("%S %b %B %b %b", "upper", null, true, "non-null", false));
        System.out.println(String.format("%c%c%c %c", 'a', 'b', 'c', 65));
        System.out.println(String.format("%f|%.2f|%5.2f|%-8.3f|%08.2f|%+.1f|%.0f|%,.2f", 3.14159, 3.14159, 3.14159, 2.5, -3.5, 2.25, 2.5, 1234567.891));
        System.out.println(String.format("%.2f %.2f %.2f %.2f %.1f %.1f", 0.125, 0.375, 1.005, -0.005, 0.05, 0.15));
        System.out.println(String.format("%e|%.3e|%E|%12.4e|%.0e", 12345.678, 0.000123456, 1e100, -2.5, 5e10));
        System.out.println(String.format("%f %f %f", Double.NaN, Double.POSITIVE_INFINITY, -0.0));
        System.out.println(String.format("%.3f %.10f %.15f", 1.0 / 3, Math.PI, 0.1));
        System.out.println(String.format("%5.1f%%", 99.44));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("no args"));
        System.out.println(String.format("line1%nline2").length());
        System.out.printf("printf %d + %d = %d%n", 2, 3, 5);
        System.out.printf("%-12s|%8.3f|%6d|%n", "row", 1.5, 7);
        System.out.printf("%s%n", "plain");
        System.out.print(String.format("%-6s%6s%n", "ab", "cd"));
        // A formatted table.
        String[] names = { "alpha", "beta", "gamma", "delta" };
        double[] vals = { 1.5, -22.25, 333.125, 0.0625 };
        for (int i = 0; i < names.length; i++) {
            System.out.println(String.format("%-8s|%10.3f|%6d|%5x|%s", names[i], vals[i], i * 1000, i * 255, i % 2 == 0));
        }
        System.out.println(String.format("%,d %,d %,d", 0, -1000, 999));
        System.out.println(String.format("%10.4s|", "abcdefgh"));
        System.out.println(String.format("%d%%", 50));
    }
}
