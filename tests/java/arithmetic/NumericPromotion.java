// Binary numeric promotion (JLS 5.6.2) and the types of mixed expressions,
// made visible through overload resolution.
public class NumericPromotion {
    static String t(int x) { return "int " + x; }
    static String t(long x) { return "long " + x; }
    static String t(float x) { return "float " + (double) x; } // widened: JDK 17's Float.toString is not always shortest
    static String t(double x) { return "double " + x; }
    static String t(char x) { return "char " + x; }
    static String t(short x) { return "short " + x; }
    static String t(byte x) { return "byte " + x; }
    static String t(Object x) { return "Object " + x; }

    public static void main(String[] args) {
        byte b = 10;
        short s = 300;
        char c = 'c';
        int i = 100000;
        long l = 10000000000L;
        float f = 1.5f;
        double d = 2.25;
        System.out.println(t(b));
        System.out.println(t(s));
        System.out.println(t(c));
        System.out.println(t(b + b));
        System.out.println(t(s + c));
        System.out.println(t(c + c));
        System.out.println(t(i + l));
        System.out.println(t(i * f));
        System.out.println(t(l * f));
        System.out.println(t(l + d));
        System.out.println(t(f + d));
        System.out.println(t(-b));
        System.out.println(t(~c));
        System.out.println(t(+s));
        System.out.println(t(b << 2L));
        System.out.println(t(l >> i));
        System.out.println(t(i / 3 * 3.0));
        System.out.println(t(i / 3.0 * 3));
        System.out.println(t(l / 3 + 0.5f));
        System.out.println(t(true ? b : s));
        System.out.println(t(true ? c : 0));
        System.out.println(t(true ? i : l));
        System.out.println(t(false ? i : f));
        System.out.println(t(true ? (Integer) 5 : (Double) 1.0));
        System.out.println(t(true ? (Object) 5 : "str"));
        System.out.println(t(Long.MAX_VALUE + 1.0f));
        System.out.println(t(Integer.MAX_VALUE + 1L));
        System.out.println(t((float) Integer.MAX_VALUE));
        System.out.println(t((double) Long.MAX_VALUE));
        System.out.println(t(1 / 2 + 1 / 2.0));
        System.out.println(t('a' + 'b' + "c"));
        System.out.println(t("c" + 'a' + 'b'));
        System.out.println(t(1 + 2 + "3" + 4 + 5));
        // Widening in method invocation picks the most specific.
        System.out.println(w(b) + " " + w(s) + " " + w(c) + " " + w(i) + " " + w(l) + " " + w(f));
        // long to float loses precision.
        long big = 98765432109L;
        float bf = big;
        double bd = big;
        System.out.println("long -> float " + (double) bf + ", -> double " + bd + ", back " + (long) bf + " " + (long) bd);
        int ibig = 123456789;
        float ibf = ibig;
        System.out.println("int -> float " + (double) ibf + ", back " + (int) ibf + ", difference " + (ibig - (int) ibf));
    }

    static String w(long x) { return "w(long)"; }
    static String w(double x) { return "w(double)"; }
}
