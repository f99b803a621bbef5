// Functional interfaces that redeclare public Object methods (equals,
// hashCode, toString, as Comparator does): those are not abstract methods
// for the lambda, which still has exactly one; calls to them through the
// interface reach Object's implementations (identity equality; hash codes
// and toString are compared, not printed). Also lambdas capturing many
// values (30 of mixed types, including two-slot longs and doubles) and a
// functional interface with a dozen default methods around one abstract one.
public class LambdaObjectMethods {
    interface Checker {
        boolean check(String s);
        boolean equals(Object o);
        int hashCode();
        String toString();
    }

    interface Rich {
        int value(int x);
        default int d1(int x) { return value(x) + 1; }
        default int d2(int x) { return d1(x) * 2; }
        default int d3(int x) { return d2(x) - 3; }
        default int d4(int x) { return d3(d3(x)); }
        default String d5(int x) { return "d5(" + d4(x) + ")"; }
        default long d6(long x) { return x * value((int) x); }
        default double d7(double x) { return x / 2 + value(1); }
        default boolean d8() { return value(0) == 0; }
        // anonymous classes, not lambdas: lambdas inside interface methods
        // are LambdaInInterfaces' subject
        default Rich d9() {
            Rich self = this;
            return new Rich() { public int value(int x) { return self.value(x) * 10; } };
        }
        default Rich d10(Rich other) {
            Rich self = this;
            return new Rich() { public int value(int x) { return self.value(other.value(x)); } };
        }
        default String d11() { return "rich"; }
        default int d12(int... xs) { int s = 0; for (int x : xs) s += value(x); return s; }
    }

    interface Wide { String get(); }

    static Wide wide(int i0, long l0, double d0, String s0, char c0, int i1, long l1, double d1, String s1, char c1,
            int i2, long l2, double d2, String s2, char c2, int i3, long l3, double d3, String s3, char c3,
            boolean b0, byte y0, short h0, float f0, Object o0, boolean b1, byte y1, short h1, float f1, Object o1) {
        return () -> i0 + " " + l0 + " " + d0 + " " + s0 + " " + c0 + " | " + i1 + " " + l1 + " " + d1 + " " + s1 + " " + c1 + " | "
                + i2 + " " + l2 + " " + d2 + " " + s2 + " " + c2 + " | " + i3 + " " + l3 + " " + d3 + " " + s3 + " " + c3 + " | "
                + b0 + " " + y0 + " " + h0 + " " + f0 + " " + o0 + " | " + b1 + " " + y1 + " " + h1 + " " + f1 + " " + o1;
    }

    public static void main(String[] args) {
        Checker empty = String::isEmpty;
        Checker other = s -> s.length() > 2;
        System.out.println("check " + empty.check("") + " " + empty.check("x") + " " + other.check("abc"));
        System.out.println("equals self " + empty.equals(empty) + ", equals other " + empty.equals(other) + ", equals null " + empty.equals(null));
        System.out.println("hashCode consistent " + (empty.hashCode() == empty.hashCode()) + ", same as identity " + (empty.hashCode() == System.identityHashCode(empty)));
        String ts = empty.toString();
        System.out.println("toString non-null " + (ts != null) + ", has @ " + (ts.indexOf('@') > 0) + ", same as Object.toString " + ts.equals(empty.getClass().getName() + "@" + Integer.toHexString(empty.hashCode())));

        Rich r = x -> x * x;
        System.out.println(r.value(3) + " " + r.d1(3) + " " + r.d2(3) + " " + r.d3(3) + " " + r.d4(3) + " " + r.d5(3) + " " + r.d6(7L) + " " + r.d7(5.0) + " " + r.d8()
                + " " + r.d9().value(3) + " " + r.d10(x -> x + 1).value(3) + " " + r.d11() + " " + r.d12(1, 2, 3) + " " + r.d9().d9().d5(2));

        Wide w = wide(1, 2L, 3.5, "s0", 'a', -1, Long.MIN_VALUE, -0.0, null, 'b', 100, 1L << 50, 1e300, "s2", 'c', 7, 8L, Double.NaN, "s3", 'd',
                true, (byte) -128, (short) 32767, 2.5f, 'o', false, (byte) 127, (short) -32768, Float.NEGATIVE_INFINITY, 99);
        System.out.println(w.get());
    }
}
