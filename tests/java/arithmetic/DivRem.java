// Integer division truncates toward zero; remainder takes the dividend's
// sign; MIN_VALUE / -1 overflows silently; division by zero throws.
public class DivRem {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static long ldiv(long a, long b) { return a / b; }
    static long lrem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        int[] as = { 7, -7, 0, 1, -1, 100, Integer.MAX_VALUE, Integer.MIN_VALUE };
        int[] bs = { 2, -2, 3, -3, 1, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int a : as) {
            for (int b : bs) {
                System.out.println(a + " / " + b + " = " + div(a, b) + ", " + a + " % " + b + " = " + rem(a, b));
            }
        }
        long[] las = { 7, -7, 0, Long.MAX_VALUE, Long.MIN_VALUE, 1000000000000L };
        long[] lbs = { 2, -2, 3, -1, 1, Long.MAX_VALUE, Long.MIN_VALUE, 1000000L };
        for (long a : las) {
            for (long b : lbs) {
                System.out.println(a + "L / " + b + " = " + ldiv(a, b) + ", % = " + lrem(a, b));
            }
        }

        System.out.println("MIN / -1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN % -1 = " + rem(Integer.MIN_VALUE, -1));
        System.out.println("LMIN / -1 = " + ldiv(Long.MIN_VALUE, -1));
        System.out.println("LMIN % -1 = " + lrem(Long.MIN_VALUE, -1));

        try {
            System.out.println(div(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("idiv: " + e);
        }
        try {
            System.out.println(rem(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("irem: " + e.getMessage());
        }
        try {
            System.out.println(ldiv(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("ldiv: " + e);
        }
        try {
            System.out.println(lrem(5, 0L));
        } catch (ArithmeticException e) {
            System.out.println("lrem: " + e.getMessage());
        }
        try {
            int zero = 0;
            int x = 0 / zero;
            System.out.println("not reached " + x);
        } catch (ArithmeticException e) {
            System.out.println("0/0: " + e.getMessage());
        }
        // Compound assignment forms.
        int v = 100;
        try {
            v /= 0;
        } catch (ArithmeticException e) {
            System.out.println("v /= 0: " + e.getMessage() + ", v still " + v);
        }
        v %= 7;
        System.out.println("v %= 7 -> " + v);
        // Floating point division by zero does not throw.
        double dz = 0.0;
        System.out.println("1.0/0 = " + (1.0 / dz) + ", -1.0/0 = " + (-1.0 / dz) + ", 0.0/0 = " + (0.0 / dz));
        System.out.println("5.5 % 0 = " + (5.5 % dz) + ", 5.5 % 2 = " + (5.5 % 2) + ", -5.5 % 2 = " + (-5.5 % 2));
        System.out.println("5.5 % -2 = " + (5.5 % -2.0) + ", 1e300 % 3 = " + (1e300 % 3.0));
        float fz = 0f;
        System.out.println("1f/0 = " + (1f / fz) + ", 7.25f % 2 = " + (7.25f % 2f) + ", -7.25f % 2 = " + (-7.25f % 2f));
        // byte/short/char operands are promoted to int.
        byte b = -128;
        short s = -32768;
        System.out.println("byte -128 / -1 = " + (b / -1) + ", short -32768 / -1 = " + (s / -1));
        // Division loop.
        int n = 1000000007;
        StringBuilder digits = new StringBuilder();
        while (n != 0) {
            digits.append(n % 10);
            n /= 10;
        }
        System.out.println("reversed digits: " + digits);
        int m = -987654321;
        StringBuilder nd = new StringBuilder();
        while (m != 0) {
            nd.append(m % 10).append(' ');
            m /= 10;
        }
        System.out.println("negative digits: " + nd);
    }
}
