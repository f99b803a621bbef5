// Arbitrary-precision arithmetic on int arrays (base 10^4 limbs): 100!,
// 2^1000, Fibonacci(500), digit sums, and a comparison with long results.
public class BigFactorial {
    static final int BASE = 10000;

    static int[] fromLong(long v) {
        int[] r = new int[20];
        int n = 0;
        do {
            r[n++] = (int) (v % BASE);
            v /= BASE;
        } while (v > 0);
        int[] out = new int[n];
        System.arraycopy(r, 0, out, 0, n);
        return out;
    }

    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 3];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long v = (long) a[i] * m + carry;
            r[i] = (int) (v % BASE);
            carry = v / BASE;
        }
        int n = a.length;
        while (carry > 0) {
            r[n++] = (int) (carry % BASE);
            carry /= BASE;
        }
        int[] out = new int[n];
        System.arraycopy(r, 0, out, 0, n);
        return out;
    }

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] r = new int[n + 1];
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int v = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
            r[i] = v % BASE;
            carry = v / BASE;
        }
        r[n] = carry;
        int len = carry > 0 ? n + 1 : n;
        int[] out = new int[len];
        System.arraycopy(r, 0, out, 0, len);
        return out;
    }

    static int[] mul(int[] a, int[] b) {
        long[] acc = new long[a.length + b.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < b.length; j++) acc[i + j] += (long) a[i] * b[j];
        int[] r = new int[acc.length + 1];
        long carry = 0;
        for (int i = 0; i < acc.length; i++) {
            long v = acc[i] + carry;
            r[i] = (int) (v % BASE);
            carry = v / BASE;
        }
        r[acc.length] = (int) carry;
        int len = r.length;
        while (len > 1 && r[len - 1] == 0) len--;
        int[] out = new int[len];
        System.arraycopy(r, 0, out, 0, len);
        return out;
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder(Integer.toString(a[a.length - 1]));
        for (int i = a.length - 2; i >= 0; i--) {
            String s = Integer.toString(a[i]);
            for (int k = s.length(); k < 4; k++) sb.append('0');
            sb.append(s);
        }
        return sb.toString();
    }

    static int digitSum(String s) {
        int t = 0;
        for (int i = 0; i < s.length(); i++) t += s.charAt(i) - '0';
        return t;
    }

    public static void main(String[] args) {
        int[] f = fromLong(1);
        for (int i = 1; i <= 100; i++) {
            f = mulSmall(f, i);
            if (i <= 20) {
                long exact = 1;
                for (int k = 2; k <= i; k++) exact *= k;
                if (!str(f).equals(Long.toString(exact))) System.out.println("MISMATCH at " + i);
            }
            if (i % 25 == 0) System.out.println(i + "! = " + str(f));
        }
        String hundred = str(f);
        System.out.println("100! has " + hundred.length() + " digits, digit sum " + digitSum(hundred));
        int[] p = fromLong(1);
        for (int i = 0; i < 1000; i++) p = mulSmall(p, 2);
        String twoK = str(p);
        System.out.println("2^1000 has " + twoK.length() + " digits, digit sum " + digitSum(twoK) + ", starts " + twoK.substring(0, 20));
        int[] a = fromLong(0), b = fromLong(1);
        for (int i = 0; i < 500; i++) {
            int[] t = add(a, b);
            a = b;
            b = t;
        }
        System.out.println("fib(500) = " + str(a));
        int[] sq = mul(f, f);
        String s = str(sq);
        System.out.println("(100!)^2 has " + s.length() + " digits, starts " + s.substring(0, 30) + ", digit sum " + digitSum(s));
        System.out.println("12345678901234567 * 98765432109876543 = " + str(mul(fromLong(12345678901234567L), fromLong(98765432109876543L))));
    }
}
