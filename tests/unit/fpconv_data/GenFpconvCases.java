/*
 * GenFpconvCases - writes tests/unit/fpconv_data/fpconv_cases.h, the
 * expected results of test_fpconv.c, from the JDK this runs on (17):
 *
 *   java tests/unit/fpconv_data/GenFpconvCases.java \
 *       > tests/unit/fpconv_data/fpconv_cases.h
 *
 * Formatting cases: for every value the expected text is the decimal that
 * the Java SE 19+ specification of Double.toString / Float.toString asks
 * for, computed here independently with exact BigDecimal arithmetic, and
 * checked against this JDK's own toString. JDK 17 prints a longer or
 * farther decimal for a few values (e.g. 2.0E23 as 1.9999999999999998E23);
 * those cases are marked JDK17_DIFFERS and keep the specified text.
 *
 * Parsing cases: strings with the bits Double.parseDouble and
 * Float.parseFloat return, or the kind of NumberFormatException.
 * The output depends only on the fixed seeds below.
 */
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

public class GenFpconvCases {
    static int jdkDiffers;

    /* The specified decimal for positive finite nonzero v, as [digits, exp]. */
    static BigDecimal specDecimal(BigDecimal exact, boolean isFloat, double v) {
        for (int n = 1; n <= 17; n++) {
            List<BigDecimal> ok = new ArrayList<>();
            int len = n == 1 ? 1 : n;
            boolean any = false;
            for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(len, m));
                if (roundTrips(c, isFloat, v)) any = true;
            }
            if (!any) continue;
            int use = n == 1 ? 2 : n;
            for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(use, m));
                if (roundTrips(c, isFloat, v)) ok.add(c);
            }
            if (ok.size() == 1) return ok.get(0).stripTrailingZeros();
            BigDecimal a = ok.get(0), b = ok.get(1);
            int cmp = exact.subtract(a).abs().compareTo(b.subtract(exact).abs());
            if (cmp < 0) return a.stripTrailingZeros();
            if (cmp > 0) return b.stripTrailingZeros();
            BigDecimal sa = a.stripTrailingZeros();
            return sa.unscaledValue().testBit(0) ? b.stripTrailingZeros() : sa;
        }
        throw new AssertionError("no decimal for " + v);
    }

    static boolean roundTrips(BigDecimal c, boolean isFloat, double v) {
        String s = c.toString();
        return isFloat ? Float.parseFloat(s) == (float) v : Double.parseDouble(s) == v;
    }

    /* Java's layout of a decimal (Double.toString). */
    static String javaFormat(BigDecimal d, boolean negative) {
        String digits = d.unscaledValue().toString();
        int n = digits.length();
        int k = n - d.scale() - 1;
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (k >= 0 && k < 7) {
            for (int i = 0; i <= k; i++) sb.append(i < n ? digits.charAt(i) : '0');
            sb.append('.').append(n > k + 1 ? digits.substring(k + 1) : "0");
        } else if (k < 0 && k >= -3) {
            sb.append("0.");
            for (int i = -1; i > k; i--) sb.append('0');
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0)).append('.')
              .append(n > 1 ? digits.substring(1) : "0").append('E').append(k);
        }
        return sb.toString();
    }

    static String specDouble(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return Double.toString(v);
        return javaFormat(specDecimal(new BigDecimal(Math.abs(v)), false, Math.abs(v)), v < 0);
    }

    static String specFloat(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v) || v == 0) return Float.toString(v);
        return javaFormat(specDecimal(new BigDecimal(Math.abs(v)), true, Math.abs(v)), v < 0);
    }

    static String cString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
            else if (ch >= 32 && ch < 127) sb.append(ch);
            else sb.append(String.format("\\%03o", (int) ch & 0xff));
        }
        return sb.append('"').toString();
    }

    public static void main(String[] args) {
        Random random = new Random(20240617L);
        Set<Double> doubles = new LinkedHashSet<>();
        double[] fixed = {Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_VALUE), 1.0, 0.1, 0.2, 0.3,
            1.0 / 3, 2.0 / 3, 100.0, 1e7, 1e-3, Math.nextDown(1e7), Math.nextDown(1e-3),
            Math.nextUp(1e-3), 9999999.999999998, 0.0009999999999999998, 123456789.0,
            2e23, 8.41e21, 5e-324, 1e23, 9.007199254740992E15, 4.35, 2.82879384806159E17,
            1.18575755E-316, 3.3, 5.0E-5, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, -1.0, -123.456, Math.PI, Math.E};
        for (double d : fixed) doubles.add(d);
        for (int e = -325; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            doubles.add(p);
            doubles.add(Math.nextUp(p));
            doubles.add(Math.nextDown(p));
        }
        for (int e = -1074; e <= 1023; e += 3) {
            double p = Math.scalb(1.0, e);
            doubles.add(p);
            if (e % 21 == 0) { doubles.add(Math.nextUp(p)); doubles.add(Math.nextDown(p)); }
        }
        for (int i = 0; i < 1000; i++) doubles.add(Double.longBitsToDouble(random.nextLong()));
        for (int i = 0; i < 300; i++) doubles.add(Double.longBitsToDouble(random.nextLong() & 0x000fffffffffffffL));
        for (int i = 0; i < 300; i++) doubles.add((double) random.nextInt(1000000) / 1000);
        for (int i = 0; i < 200; i++) doubles.add(random.nextDouble() * Math.pow(10, random.nextInt(30) - 10));
        for (int i = 0; i < 100; i++) doubles.add((double) random.nextLong());
        doubles.removeIf(d -> Double.isNaN(d) && Double.doubleToRawLongBits(d) != 0x7ff8000000000000L);

        Set<Float> floats = new LinkedHashSet<>();
        float[] ffixed = {Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL,
            Math.nextDown(Float.MIN_NORMAL), 1.0f, 0.1f, 0.2f, 0.3f, 1.0f / 3, 1e7f, 1e-3f,
            Math.nextDown(1e7f), Math.nextDown(1e-3f), 33554432f, 1.0E10f, 2.0E-45f,
            3.4E38f, 1.17549435E-38f, 8.589973e9f, 1.00000005e10f, 16777216f, -0.0f, 0.0f,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.23456789f};
        for (float f : ffixed) floats.add(f);
        for (int e = -46; e <= 38; e++) {
            float p = Float.parseFloat("1e" + e);
            floats.add(p); floats.add(Math.nextUp(p)); floats.add(Math.nextDown(p));
        }
        for (int e = -149; e <= 127; e++) floats.add(Math.scalb(1.0f, e));
        for (int i = 0; i < 1000; i++) floats.add(Float.intBitsToFloat(random.nextInt()));
        for (int i = 0; i < 200; i++) floats.add(Float.intBitsToFloat(random.nextInt() & 0x7fffff));
        for (int i = 0; i < 300; i++) floats.add((float) random.nextInt(100000) / 100);
        floats.removeIf(f -> Float.isNaN(f) && Float.floatToRawIntBits(f) != 0x7fc00000);

        StringBuilder out = new StringBuilder();
        out.append("/* Generated by tests/unit/fpconv_data/GenFpconvCases.java on JDK ")
           .append(Runtime.version().feature()).append("; do not edit. */\n\n");
        out.append("#define JDK17_SAME 0\n#define JDK17_DIFFERS 1\n\n");
        out.append("typedef struct DoubleCase { uint64_t bits; const char *text; int jdk17; } DoubleCase;\n");
        out.append("typedef struct FloatCase { uint32_t bits; const char *text; int jdk17; } FloatCase;\n");
        out.append("typedef struct ParseCase { const char *text; int status; uint64_t double_bits; uint32_t float_bits; } ParseCase;\n\n");
        out.append("static const DoubleCase double_cases[] = {\n");
        int nd = 0, df = 0;
        List<String> parseInputs = new ArrayList<>();
        for (double d : doubles) {
            String spec = specDouble(d), jdk = Double.toString(d);
            boolean same = spec.equals(jdk);
            if (!same) df++;
            out.append(String.format("    {0x%016xULL, \"%s\", %s},%s\n",
                Double.doubleToRawLongBits(d), spec, same ? "JDK17_SAME" : "JDK17_DIFFERS",
                same ? "" : " /* JDK 17: " + jdk + " */"));
            nd++;
            if (nd % 4 == 0) parseInputs.add(spec);
            if (!same) parseInputs.add(jdk);
        }
        out.append("};\n\nstatic const FloatCase float_cases[] = {\n");
        int nf = 0, ff = 0;
        for (float f : floats) {
            String spec = specFloat(f), jdk = Float.toString(f);
            boolean same = spec.equals(jdk);
            if (!same) ff++;
            out.append(String.format("    {0x%08xU, \"%s\", %s},%s\n",
                Float.floatToRawIntBits(f), spec, same ? "JDK17_SAME" : "JDK17_DIFFERS",
                same ? "" : " /* JDK 17: " + jdk + " */"));
            nf++;
            if (nf % 3 == 0) parseInputs.add(spec);
        }
        out.append("};\n\n");

        /* Parsing: halfway points (exact decimal of the midpoint between
         * neighbours, and just either side), random digit strings, long
         * inputs, hexadecimal and malformed text. */
        for (int i = 0; i < 80; i++) {
            double d = Double.longBitsToDouble(random.nextLong() & 0x7fffffffffffffffL);
            if (Double.isNaN(d) || Double.isInfinite(d)) continue;
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            if (Double.isInfinite(Math.nextUp(d))) continue;
            parseInputs.add(mid.toString());
            BigDecimal tiny = BigDecimal.ONE.movePointLeft(mid.scale() + 5);
            if (i % 3 == 0) { parseInputs.add(mid.add(tiny).toString()); parseInputs.add(mid.subtract(tiny).toString()); }
        }
        for (int i = 0; i < 300; i++) {
            float f = Float.intBitsToFloat(random.nextInt() & 0x7fffffff);
            if (Float.isNaN(f) || Float.isInfinite(f) || Float.isInfinite(Math.nextUp(f))) continue;
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            parseInputs.add(mid.toPlainString().length() < 200 ? mid.toPlainString() : mid.toString());
            BigDecimal tiny = BigDecimal.ONE.movePointLeft(mid.scale() + 3);
            if (i % 2 == 0) { parseInputs.add(mid.add(tiny).toString()); parseInputs.add(mid.subtract(tiny) + "f"); }
        }
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) == 0) sb.append(random.nextBoolean() ? '-' : '+');
            int len = 1 + random.nextInt(i < 380 ? 25 : 900);
            int point = random.nextInt(len + 1);
            for (int j = 0; j < len; j++) {
                if (j == point) sb.append('.');
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) sb.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(700) - 350);
            if (random.nextInt(5) == 0) sb.append("fFdD".charAt(random.nextInt(4)));
            parseInputs.add(sb.toString());
        }
        String[] extra = {"0", "-0", "+0.0", "00000000000000000000000000000000001e-5", "1e-400", "1e400",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9e-324", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38",
            "3.40282357e38", "1.4e-45", "7.0e-46", "7.1e-46", "0.1", "  0.1\t", "\n-1e5\n", ".5", "5.", "5.e3", ".5e-3",
            "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999",
            "NaN", "-NaN", "+NaN", "Infinity", "-Infinity", "+Infinity", "1f", "1d", "1F", "1D",
            "0x1p0", "0x1.8p1", "0X.8P1", "0x1.p-3", "-0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
            "0x1p-1074", "0x1p-1075", "0x1.000001p-1075", "0x0.0000000000001p-1022", "0x1.fffffep127",
            "0x1.ffffffp127", "0x1.000001p0", "0x1.0000011p0", "0x1.0000010p0", "0x1.00000000000008p0",
            "0x1.000000000000080000000000000000000000000000001p0", "0x1p-149", "0x1p-150", "0x1.8p-150",
            "0x123456789abcdef123456789abcdefp-100", "0x1p1f", "0x1p1d",
            /* malformed */
            "", " ", "abc", "1e", "1e+", "e5", ".", "-.", "+", "-", "1.0.0", "0x", "0x1", "0x1.8",
            "0xp1", "0x.p1", "0x1p", "0x1pf", "NaNf", "Infinityd", "infinity", "nan", "1_000",
            "1e5x", "1ff", "1 0", "--1", "+-1", "0x1p1e", "１", "1,5", "1e1.5", "0b101", "#1", "1L",
            "Infinity ", " -Infinity", "1.2.3", "1..", "..", ". .", "-1.2.3e5", "1.2e3.4", "0x1.2.3p1",
            "1.2.3f", "+.1.", "00.0.", "1.2x.3", " 1.2.3 ", ".1.", "1e1.", "NaN.", "1.2.3abc", "0x1p99999999999999", "0x1p-99999999999999", "0x0p99999"};
        for (String s : extra) parseInputs.add(s);

        out.append("static const ParseCase parse_cases[] = {\n");
        int np = 0;
        for (String s : parseInputs) {
            String status = "FPCONV_PARSE_OK";
            long db = 0; int fb = 0;
            try {
                db = Double.doubleToRawLongBits(Double.parseDouble(s));
                fb = Float.floatToRawIntBits(Float.parseFloat(s));
            } catch (NumberFormatException e) {
                status = e.getMessage().equals("multiple points") ? "FPCONV_PARSE_MULTIPLE_POINTS" : "FPCONV_PARSE_INVALID";
            }
            out.append(String.format("    {%s, %s, 0x%016xULL, 0x%08xU},\n", cString(s), status, db, fb));
            np++;
        }
        out.append("};\n");
        out.append(String.format("%n/* %d double cases (%d where JDK 17 differs from the specification),%n"
            + " * %d float cases (%d where JDK 17 differs), %d parse cases. */%n", nd, df, nf, ff, np));
        System.out.print(out);
    }
}
