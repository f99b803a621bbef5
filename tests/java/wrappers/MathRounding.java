// Math.round/floor/ceil/rint/abs/signum/min/max/copySign and friends on
// edge cases: halves, negative zero, NaN, infinities, huge values.
public class MathRounding {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1.4999999999999998,
                        0.1, -0.1, 0.9, -0.9, 1e15 + 0.5, 4503599627370495.5, 4503599627370497.0, 9007199254740993.0, 1e300, -1e300,
                        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.NaN, 2147483647.5, -2147483648.5, 9.3e18, -9.3e18 };
        for (double d : ds) {
            System.out.println(d + ": round " + Math.round(d) + " floor " + Math.floor(d) + " ceil " + Math.ceil(d) + " rint " + Math.rint(d)
                    + " abs " + Math.abs(d) + " signum " + Math.signum(d) + " (int)round " + (int) Math.round(d));
        }
        float[] fs = { 0.5f, -0.5f, 1.5f, -2.5f, 0.49999997f, 8388609f, 1e10f, -1e10f, Float.NaN, Float.NEGATIVE_INFINITY, -0f, 2.5f };
        for (float f : fs) {
            System.out.println("float " + f + ": round " + Math.round(f) + " abs " + Math.abs(f) + " signum " + Math.signum(f));
        }
        System.out.println("abs int " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-7L));
        System.out.println("min/max " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(0.0f, -0.0f) + " " + Math.max(Double.NaN, 1.0)
                + " " + Math.min(1.0f, Float.NaN) + " " + Math.min(3, -3) + " " + Math.max(3L, 4L) + " " + Math.min(Integer.MIN_VALUE, 0));
        System.out.println("copySign " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-3.0, 1.0) + " " + Math.copySign(2f, -1f) + " " + Math.copySign(1.0, Double.NaN));
        System.out.println("ulp " + Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.ulp(0.0) + " " + Math.ulp(1e10) + " " + Math.ulp(Double.POSITIVE_INFINITY));
        System.out.println("nextUp " + Math.nextUp(1.0) + " " + Math.nextUp(-0.0) + " " + Math.nextAfter(1.0, 0.0) + " " + Math.nextDown(1.0) + " " + Math.nextUp(1.0f));
        System.out.println("getExponent " + Math.getExponent(1.0) + " " + Math.getExponent(1024.5) + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.MIN_VALUE)
                + " " + Math.getExponent(Double.NaN) + " " + Math.getExponent(3.0f));
        System.out.println("scalb " + Math.scalb(1.0, 10) + " " + Math.scalb(3.0, -2) + " " + Math.scalb(1.0, 2000) + " " + Math.scalb(1.5f, 4));
        System.out.println("IEEEremainder " + Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + Math.IEEEremainder(-10, 4) + " " + (10.0 % 3));
        System.out.println("toRadians/toDegrees " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        // Rounding in a loop: banker's rounding (rint) vs half-up (round).
        StringBuilder sb = new StringBuilder();
        for (double x = -3.5; x <= 3.5; x += 0.5) sb.append(x).append("->").append(Math.round(x)).append('/').append(Math.rint(x)).append(' ');
        System.out.println(sb);
    }
}
