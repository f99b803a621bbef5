// Comparisons with NaN are all false except != (fcmpl/fcmpg, dcmpl/dcmpg:
// javac picks the variant that makes NaN fall to the "false" branch).
public class NaNCompare {
    static String f(float a, float b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0)
                + (a == b ? 1 : 0) + (a != b ? 1 : 0) + (!(a < b) ? 1 : 0) + (!(a > b) ? 1 : 0);
    }

    static String d(double a, double b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0)
                + (a == b ? 1 : 0) + (a != b ? 1 : 0) + (!(a < b) ? 1 : 0) + (!(a > b) ? 1 : 0);
    }

    // Comparisons in if statements (branch on the inverted condition).
    static String branches(double a, double b) {
        StringBuilder sb = new StringBuilder();
        if (a < b) sb.append("lt "); else sb.append("!lt ");
        if (a <= b) sb.append("le "); else sb.append("!le ");
        if (a > b) sb.append("gt "); else sb.append("!gt ");
        if (a >= b) sb.append("ge "); else sb.append("!ge ");
        if (a == b) sb.append("eq "); else sb.append("!eq ");
        if (a != b) sb.append("ne"); else sb.append("!ne");
        return sb.toString();
    }

    static boolean lt(float a, float b) { return a < b; }
    static boolean gt(float a, float b) { return a > b; }
    static boolean boolLt(double a, double b) { return a < b; }
    static boolean boolGe(double a, double b) { return a >= b; }

    public static void main(String[] args) {
        float[] fv = { Float.NaN, 0f, -0f, 1f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY };
        for (float a : fv) for (float b : fv) System.out.println("float " + a + " ? " + b + " -> " + f(a, b));
        double[] dv = { Double.NaN, 0.0, -0.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (double a : dv) for (double b : dv) {
            System.out.println("double " + a + " ? " + b + " -> " + d(a, b) + " | " + branches(a, b));
        }
        System.out.println(lt(Float.NaN, 1f) + " " + gt(Float.NaN, 1f) + " " + lt(1f, Float.NaN) + " " + gt(1f, Float.NaN));
        System.out.println(boolLt(Double.NaN, 1) + " " + boolGe(Double.NaN, 1) + " " + boolLt(1, Double.NaN) + " " + boolGe(1, Double.NaN));
        // Loops whose condition involves NaN terminate immediately.
        int n = 0;
        for (double x = Double.NaN; x < 10; x++) n++;
        System.out.println("loop with NaN ran " + n + " times");
        double y = Double.NaN;
        while (!(y >= 0)) {
            y = 3;
            n++;
        }
        System.out.println("negated NaN loop ran, n = " + n + ", y = " + y);
        // Max-finding that must skip NaNs.
        double[] data = { 3, Double.NaN, 7, -1, Double.NaN, 5 };
        double best = Double.NEGATIVE_INFINITY;
        for (double v : data) if (v > best) best = v;
        System.out.println("max ignoring NaN = " + best);
        double worst = Double.POSITIVE_INFINITY;
        for (double v : data) if (!(v >= worst)) worst = v;
        System.out.println("min with !(>=) picks NaN = " + worst);
        // Long and int comparisons (lcmp) for contrast.
        long[] lv = { Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE };
        for (long a : lv) {
            StringBuilder sb = new StringBuilder();
            for (long b : lv) sb.append(a < b ? '<' : a == b ? '=' : '>');
            System.out.println("long " + a + " " + sb);
        }
    }
}
