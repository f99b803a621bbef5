// float arithmetic with NaN, infinities and signed zeros (IEEE 754 single).
// The table prints results as bit patterns: JDK 17's Float.toString (and
// Double.toString) are not always shortest (e.g. 1.17549435E-38), and that
// old bug is not part of the expected behaviour.
public class FloatSpecials {
    static float add(float a, float b) { return a + b; }
    static float sub(float a, float b) { return a - b; }
    static float mul(float a, float b) { return a * b; }
    static float div(float a, float b) { return a / b; }
    static float rem(float a, float b) { return a % b; }

    static String d(float f) { return Integer.toHexString(Float.floatToIntBits(f)); }

    public static void main(String[] args) {
        float[] vals = { 0f, -0f, 1f, -1f, 0.5f, 3f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL,
                         Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1e-20f, 123.456f };
        String[] names = { "0", "-0", "1", "-1", "0.5", "3", "MAX", "MIN", "MIN_NORMAL", "+inf", "-inf", "NaN", "1e-20", "123.456" };
        for (int i = 0; i < vals.length; i++) {
            for (int j = 0; j < vals.length; j++) {
                float a = vals[i], b = vals[j];
                System.out.println(names[i] + " " + names[j] + ": + " + d(add(a, b)) + " - " + d(sub(a, b)) + " * " + d(mul(a, b))
                        + " / " + d(div(a, b)) + " % " + d(rem(a, b)));
            }
        }
        float nz = -0f;
        System.out.println("-0f == 0f: " + (nz == 0f));
        System.out.println("1/-0f = " + (1f / nz));
        System.out.println("-(0f) = " + (-(0f)) + ", 0f - 0f = " + (0f - 0f) + ", -0f + 0f = " + (nz + 0f));
        System.out.println("-0f * 5 = " + (nz * 5f) + ", -0f - 0f = " + (nz - 0f));
        float nan = Float.NaN;
        System.out.println("NaN == NaN: " + (nan == nan) + ", NaN != NaN: " + (nan != nan));
        System.out.println("inf - inf = " + (Float.POSITIVE_INFINITY - Float.POSITIVE_INFINITY));
        System.out.println("inf * 0 = " + (Float.POSITIVE_INFINITY * 0f));
        System.out.println("MAX * 2 = " + (Float.MAX_VALUE * 2f) + ", MIN / 2 = " + (Float.MIN_VALUE / 2f));
        System.out.println("MIN * 0.75 = " + (Float.MIN_VALUE * 0.75f) + ", MIN_NORMAL / 3 = " + d(Float.MIN_NORMAL / 3f));
        // Accumulating sums in float lose precision in a fixed way.
        float sum = 0f;
        for (int i = 1; i <= 1000; i++) {
            sum += 1f / i;
            if (i % 100 == 0) System.out.println("harmonic(" + i + ") = " + sum + " bits " + d(sum));
        }
        float tenth = 0f;
        for (int i = 0; i < 10; i++) tenth += 0.1f;
        System.out.println("ten tenths = " + tenth + ", == 1: " + (tenth == 1f));
        float big = 16777216f;
        System.out.println("2^24 + 1 = " + (big + 1f) + ", 2^24 + 2 = " + (big + 2f));
        float neg = -nan;
        System.out.println("-NaN = " + neg + ", Math.abs(-0f) = " + Math.abs(nz));
        // Unary minus on zero vs subtraction from zero.
        float z = 0f;
        System.out.println("-z = " + (-z) + ", 0 - z = " + (0f - z));
    }
}
