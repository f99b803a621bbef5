// min-release: 17
// Record equality for float and double components follows Float.compare /
// Double.compare, not ==: NaN equals NaN, and 0.0 differs from -0.0; the
// hash codes use Float.hashCode / Double.hashCode (bit patterns). Also
// boxed Float/Double components (equals of the wrappers), and different NaN
// bit patterns (all the same to Double.compare... and to equals).
public class RecordFloats {
    record F(float f) { }
    record D(double d) { }
    record Both(float f, double d) { }
    record Boxed(Float f, Double d) { }

    static void check(String label, Object a, Object b) {
        System.out.println(label + ": " + a + " vs " + b + " equals " + a.equals(b) + " hashes " + a.hashCode() + " " + b.hashCode());
    }

    public static void main(String[] args) {
        check("float NaN", new F(Float.NaN), new F(Float.NaN));
        check("float 0/-0", new F(0.0f), new F(-0.0f));
        check("float -0/-0", new F(-0.0f), new F(-0.0f));
        check("float inf", new F(Float.POSITIVE_INFINITY), new F(Float.NEGATIVE_INFINITY));
        check("float min", new F(Float.MIN_VALUE), new F(Float.MIN_VALUE));
        check("double NaN", new D(Double.NaN), new D(Double.NaN));
        check("double 0/-0", new D(0.0), new D(-0.0));
        check("double max", new D(Double.MAX_VALUE), new D(Double.MAX_VALUE));
        check("double tenth", new D(0.1), new D(0.1 + 0.2 - 0.2));
        double otherNaN = Double.longBitsToDouble(0x7ff8000000000001L);
        check("double other NaN", new D(Double.NaN), new D(otherNaN));
        float otherFloatNaN = Float.intBitsToFloat(0x7fc00001);
        check("float other NaN", new F(Float.NaN), new F(otherFloatNaN));
        check("both", new Both(1.25f, -0.0), new Both(1.25f, -0.0));
        check("both differ", new Both(1.25f, 0.0), new Both(1.25f, -0.0));
        check("boxed NaN", new Boxed(Float.NaN, Double.NaN), new Boxed(Float.NaN, Double.NaN));
        check("boxed zeros", new Boxed(0.0f, 0.0), new Boxed(-0.0f, -0.0));
        check("boxed nulls", new Boxed(null, null), new Boxed(null, 1.0));
        System.out.println("== on NaN " + (Double.NaN == Double.NaN) + ", 0.0 == -0.0 " + (0.0 == -0.0));
        System.out.println("Double.hashCode " + Double.hashCode(0.1) + " " + Double.hashCode(-0.0) + " " + Double.hashCode(Double.NaN));
        System.out.println("Float.hashCode " + Float.hashCode(0.1f) + " " + Float.hashCode(-0.0f) + " " + Float.hashCode(Float.NaN));
    }
}
