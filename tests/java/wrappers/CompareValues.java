// compare/compareTo/equals/hashCode of the wrappers: signed and total
// orders, NaN and -0.0 handling of Double and Float.
public class CompareValues {
    public static void main(String[] args) {
        int[] is = { Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE };
        for (int a : is) {
            StringBuilder sb = new StringBuilder();
            for (int b : is) sb.append(Integer.compare(a, b)).append(',').append(Integer.valueOf(a).compareTo(b)).append(' ');
            System.out.println("int " + a + ": " + sb);
        }
        long[] ls = { Long.MIN_VALUE, -1, 0, Long.MAX_VALUE };
        for (long a : ls) {
            StringBuilder sb = new StringBuilder();
            for (long b : ls) sb.append(Long.compare(a, b)).append(' ');
            System.out.println("long " + a + ": " + sb);
        }
        double[] ds = { Double.NEGATIVE_INFINITY, -1.0, -0.0, 0.0, Double.MIN_VALUE, 1.0, Double.POSITIVE_INFINITY, Double.NaN };
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            for (double b : ds) sb.append(Double.compare(a, b)).append(Double.valueOf(a).equals(b) ? "=" : "").append(' ');
            System.out.println("double " + a + ": " + sb + " hash " + Double.hashCode(a) + " " + Double.valueOf(a).hashCode());
        }
        float[] fs = { Float.NEGATIVE_INFINITY, -0f, 0f, 1f, Float.NaN };
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            for (float b : fs) sb.append(Float.compare(a, b)).append(Float.valueOf(a).equals(b) ? "=" : "").append(' ');
            System.out.println("float " + a + ": " + sb + " hash " + Float.hashCode(a));
        }
        System.out.println("Boolean.compare " + Boolean.compare(true, false) + " " + Boolean.compare(false, true) + " " + Boolean.compare(true, true)
                + " hash " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Boolean.TRUE.compareTo(false));
        System.out.println("Character.compare " + Character.compare('a', 'b') + " " + Character.compare('\uffff', 'a') + " hash " + Character.hashCode('a'));
        System.out.println("Short.compare " + Short.compare((short) -32768, (short) 32767) + " Byte.compare " + Byte.compare((byte) 127, (byte) -128));
        System.out.println("hashCodes " + Integer.hashCode(-5) + " " + Long.hashCode(-5L) + " " + Long.hashCode(1L << 32) + " " + Long.valueOf(Long.MIN_VALUE).hashCode()
                + " " + Short.hashCode((short) -5) + " " + Byte.hashCode((byte) -5) + " " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f));
        System.out.println("min/max " + Integer.min(3, -4) + " " + Integer.max(3, -4) + " " + Long.max(1L, 2L) + " " + Double.min(-0.0, 0.0) + " " + Double.max(-0.0, 0.0)
                + " " + Float.min(Float.NaN, 1f) + " " + Double.max(1, Double.NaN) + " sum " + Integer.sum(Integer.MAX_VALUE, 1) + " " + Double.sum(0.1, 0.2));
        System.out.println("== with NaN: " + (Double.NaN == Double.NaN) + " equals: " + Double.valueOf(Double.NaN).equals(Double.NaN)
                + " -0.0 == 0.0: " + (-0.0 == 0.0) + " equals: " + Double.valueOf(-0.0).equals(0.0));
        // Sort doubles by Double.compare.
        double[] arr = { 3, Double.NaN, -0.0, 0.0, -5, Double.NEGATIVE_INFINITY, 1e-300, Double.POSITIVE_INFINITY };
        for (int i = 1; i < arr.length; i++) {
            for (int j = i; j > 0 && Double.compare(arr[j - 1], arr[j]) > 0; j--) {
                double t = arr[j];
                arr[j] = arr[j - 1];
                arr[j - 1] = t;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (double d : arr) sb.append(d).append(' ');
        System.out.println("sorted " + sb);
    }
}
