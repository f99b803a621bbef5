// String concatenation with an operand of every primitive type, including
// the edge values of each (char 0 and surrogates, boolean, byte/short
// extremes, float/double NaN, infinities, -0.0, MIN_VALUE/MAX_VALUE), in
// first, middle and last position, and arithmetic vs concatenation order.
public class ConcatPrimitives {
    static void show(String label, String s) {
        System.out.println(label + " [" + s + "] length " + s.length());
    }

    public static void main(String[] args) {
        boolean t = true, f = false;
        byte b0 = 0, bmin = Byte.MIN_VALUE, bmax = Byte.MAX_VALUE;
        short smin = Short.MIN_VALUE, smax = Short.MAX_VALUE;
        char c = 'x', cz = '\u00e9', cnul = '\0', chi = '\uffff';
        int imin = Integer.MIN_VALUE, imax = Integer.MAX_VALUE, izero = 0, ineg = -1;
        long lmin = Long.MIN_VALUE, lmax = Long.MAX_VALUE, lneg = -42L;
        float fnan = Float.NaN, fpinf = Float.POSITIVE_INFINITY, fninf = Float.NEGATIVE_INFINITY;
        float fnz = -0.0f, fpz = 0.0f, fmin = Float.MIN_VALUE, fmax = Float.MAX_VALUE, fone = 1.0f;
        float ftenth = 0.1f, fbig = 1.0e10f, fsmall = 1.0e-5f;
        double dnan = Double.NaN, dpinf = Double.POSITIVE_INFINITY, dninf = Double.NEGATIVE_INFINITY;
        double dnz = -0.0, dpz = 0.0, dmin = Double.MIN_VALUE, dmax = Double.MAX_VALUE;
        double dtenth = 0.1, dthird = 1.0 / 3.0, dbig = 1.0e7, dbelow = 9999999.0, dsmall = 0.001;
        double dtiny = 0.0001, dminnorm = Double.MIN_NORMAL;

        show("booleans", t + "|" + f);
        show("boolean first", t + "x");
        show("boolean last", "x" + f);
        show("bytes", b0 + "," + bmin + "," + bmax);
        show("shorts", "s" + smin + "," + smax);
        show("chars", c + "" + cz + "-" + chi);
        show("nul char", "a" + cnul + "b");
        show("char plus int is arithmetic", "" + (c + 1));
        show("char then int", c + "" + 1);
        show("int then char", 1 + "" + c);
        show("chars added before string", c + c + "!");
        show("ints", imin + " " + imax + " " + izero + " " + ineg);
        show("arith before string", 1 + 2 + "3" + 4 + 5);
        show("longs", lmin + "/" + lmax + "/" + lneg);
        show("long arith", "" + (lmax + 1));
        show("floats", fnan + " " + fpinf + " " + fninf);
        show("float zeros", fnz + " " + fpz);
        show("float extremes", fmin + " " + fmax);
        show("float ordinary", fone + " " + ftenth + " " + fbig + " " + fsmall);
        show("doubles", dnan + " " + dpinf + " " + dninf);
        show("double zeros", dnz + " " + dpz);
        show("double extremes", dmin + " " + dmax + " " + dminnorm);
        show("double ordinary", dtenth + " " + dthird + " " + dbig + " " + dbelow + " " + dsmall + " " + dtiny);
        show("float widened", "" + (double) ftenth);
        show("all types", t + "" + b0 + smax + c + imax + lmin + fone + dtenth);
        show("all types spaced", "<" + t + ":" + bmin + ":" + smin + ":" + cz + ":" + imin + ":" + lmax + ":" + fninf + ":" + dnz + ">");

        // the same values in a loop, so the call site is reused with
        // different arguments
        for (int i = -2; i <= 2; i++) {
            long l = i * 1000000000000L;
            double d = i / 4.0;
            float fl = i / 3.0f;
            char ch = (char) ('m' + i);
            boolean even = (i & 1) == 0;
            show("loop " + i, i + ":" + l + ":" + d + ":" + (double) fl + ":" + ch + ":" + even);
        }

        // compound assignment on every type
        String s = "";
        s += t;
        s += bmax;
        s += smin;
        s += c;
        s += imax;
        s += lneg;
        s += fnan;
        s += dnz;
        show("compound", s);

        // a concatenation in a char context
        char[] letters = { 'a', 'b', 'c' };
        String joined = "";
        for (char ch : letters) joined = ch + joined + ch;
        show("palindrome", joined);
    }
}
