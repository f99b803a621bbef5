// Float/Double bit conversions, NaN canonicalization, classification,
// toHexString, and parsing of decimal and hexadecimal strings.
public class DoubleBits {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 1.0, -2.0, 0.1, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.NaN, Math.PI };
        for (double d : ds) {
            long bits = Double.doubleToLongBits(d);
            System.out.println(d + ": bits " + Long.toHexString(bits) + " raw " + Long.toHexString(Double.doubleToRawLongBits(d)) + " back "
                    + Double.longBitsToDouble(bits) + " hex " + Double.toHexString(d) + " isNaN " + Double.isNaN(d) + " isInfinite "
                    + Double.isInfinite(d) + " isFinite " + Double.isFinite(d));
        }
        float[] fs = { 0f, -0f, 1f, 0.1f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.NEGATIVE_INFINITY };
        for (float f : fs) {
            int bits = Float.floatToIntBits(f);
            System.out.println(f + "f: bits " + Integer.toHexString(bits) + " back " + Float.intBitsToFloat(bits) + " hex " + Float.toHexString(f)
                    + " isNaN " + Float.isNaN(f) + " isFinite " + Float.isFinite(f));
        }
        // Non-canonical NaNs: floatToIntBits/doubleToLongBits canonicalize,
        // and every NaN prints as NaN and compares unequal.
        double otherNaN = Double.longBitsToDouble(0x7ff0000000000001L);
        double negNaN = Double.longBitsToDouble(0xfff8000000000000L);
        System.out.println("other NaNs: " + otherNaN + " " + negNaN + " canonical " + Long.toHexString(Double.doubleToLongBits(otherNaN)) + " "
                + Long.toHexString(Double.doubleToLongBits(negNaN)) + " equal " + (otherNaN == otherNaN) + " isNaN " + Double.isNaN(negNaN));
        float fNaN = Float.intBitsToFloat(0x7f800001);
        System.out.println("float NaN " + fNaN + " canonical " + Integer.toHexString(Float.floatToIntBits(fNaN)));
        System.out.println("double bits of float 0.1f " + Long.toHexString(Double.doubleToLongBits(0.1f)));
        // Parsing.
        String[] inputs = { "0", "-0", "1", "1.5", "-2.25e3", ".5", "5.", "1e10", "1E-5", "  42.0  ", "+7", "Infinity", "-Infinity", "NaN",
                            "0x1p3", "0x1.8p1", "-0x1p-1074", "0x.8p0", "1.7976931348623157E308", "1.8e308", "4.9e-324", "2e-324", "3e-324",
                            "2.4703282292062328E-324", "2.4703282292062327E-324", "0.1", "0.30000000000000004", "123456789012345678901234567890",
                            "1d", "2.5f", "1e-400", "9007199254740993", "0.000001" };
        for (String s : inputs) {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("parse \"" + s + "\": double " + d + " bits " + Long.toHexString(Double.doubleToLongBits(d)) + " float bits "
                    + Integer.toHexString(Float.floatToIntBits(f)));
        }
        System.out.println("valueOf " + Double.valueOf("3.5") + " " + Float.valueOf("-1.25") + " " + Double.valueOf(2.5).doubleValue());
        // Round-trip: toString then parse gives the same bits.
        long seed = 12345;
        int mismatches = 0;
        for (int i = 0; i < 2000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(seed >>> 1 & 0x7fefffffffffffffL);
            if (Double.doubleToLongBits(Double.parseDouble(Double.toString(d))) != Double.doubleToLongBits(d)) mismatches++;
            float f = Float.intBitsToFloat((int) (seed >>> 33) & 0x7f7fffff);
            if (Float.floatToIntBits(Float.parseFloat(Float.toString(f))) != Float.floatToIntBits(f)) mismatches++;
        }
        System.out.println("round-trip mismatches " + mismatches);
    }
}
