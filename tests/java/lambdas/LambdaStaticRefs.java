// Lambdas and static method references implementing functional interfaces
// declared in the test itself: every parameter and return type (int, long,
// float, double, boolean, char, byte, short, reference, void), many
// parameters, generic interfaces, and the same lambda called many times.
public class LambdaStaticRefs {
    interface IntOp { int apply(int a, int b); }
    interface LongOp { long apply(long a, long b); }
    interface FloatOp { float apply(float a, float b); }
    interface DoubleOp { double apply(double a, double b); }
    interface CharTest { boolean test(char c); }
    interface ByteShort { short combine(byte b, short s); }
    interface Action { void run(); }
    interface Mapper<A, B> { B map(A a); }
    interface Many {
        String join(int a, long b, float c, double d, char e, boolean f, byte g, short h, Object i, String j);
    }

    static int counter;

    static int add(int a, int b) { return a + b; }
    static long mulLong(long a, long b) { return a * b; }
    static float divFloat(float a, float b) { return a / b; }
    static double hypot(double a, double b) { return Math.sqrt(a * a + b * b); }
    static boolean isVowel(char c) { return "aeiou".indexOf(c) >= 0; }
    static short combine(byte b, short s) { return (short) (b * 256 + s); }
    static void bump() { counter++; }
    static String describe(Integer i) { return "int:" + i; }
    static String all(int a, long b, float c, double d, char e, boolean f, byte g, short h, Object i, String j) {
        return a + "," + b + "," + c + "," + d + "," + e + "," + f + "," + g + "," + h + "," + i + "," + j;
    }

    public static void main(String[] args) {
        IntOp plus = LambdaStaticRefs::add;
        IntOp minus = (a, b) -> a - b;
        IntOp max = Math::max;
        System.out.println("ints " + plus.apply(3, 4) + " " + minus.apply(3, 4) + " " + max.apply(-3, -4));
        System.out.println("overflow " + plus.apply(Integer.MAX_VALUE, 1));

        LongOp times = LambdaStaticRefs::mulLong;
        LongOp shift = (a, b) -> a << b;
        System.out.println("longs " + times.apply(1L << 31, 6) + " " + shift.apply(1, 62) + " " + times.apply(Long.MIN_VALUE, -1));

        FloatOp div = LambdaStaticRefs::divFloat;
        System.out.println("floats " + div.apply(1f, 4f) + " " + div.apply(1f, 0f) + " " + div.apply(0f, 0f) + " " + div.apply(-1f, Float.POSITIVE_INFINITY));

        DoubleOp hyp = LambdaStaticRefs::hypot;
        DoubleOp pow = Math::pow;
        DoubleOp min = Math::min;
        System.out.println("doubles " + hyp.apply(3, 4) + " " + pow.apply(2, 10) + " " + min.apply(0.0, -0.0) + " " + min.apply(Double.NaN, 1));

        CharTest vowel = LambdaStaticRefs::isVowel;
        CharTest digit = Character::isDigit;
        CharTest upper = c -> c >= 'A' && c <= 'Z';
        String text = "Hello World 42";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(vowel.test(c) ? 'v' : digit.test(c) ? 'd' : upper.test(c) ? 'U' : '.');
        }
        System.out.println("chars " + sb);

        ByteShort bs = LambdaStaticRefs::combine;
        System.out.println("byte/short " + bs.combine((byte) 1, (short) 2) + " " + bs.combine((byte) -128, (short) -1) + " " + bs.combine((byte) 127, (short) 255));

        Action a = LambdaStaticRefs::bump;
        Action b = () -> counter += 10;
        for (int i = 0; i < 5; i++) {
            a.run();
            b.run();
        }
        System.out.println("counter " + counter);

        Mapper<Integer, String> m = LambdaStaticRefs::describe;
        Mapper<String, Integer> len = String::length;
        Mapper<String, Integer> parse = Integer::parseInt;
        Mapper<Object, String> valueOf = String::valueOf;
        System.out.println("mappers " + m.map(5) + " " + len.map("four") + " " + parse.map("-17") + " " + valueOf.map(null) + " " + valueOf.map(2.5));

        Many many = LambdaStaticRefs::all;
        System.out.println("many " + many.join(1, 2L, 3.5f, 4.25, 'e', true, (byte) -7, (short) 8, null, "ten"));
        Many lambda = (p, q, r, s, t, u, v, w, x, y) -> y + x + w + v + u + t + s + r + q + p;
        System.out.println("many reversed " + lambda.join(1, 2L, 3.5f, 4.25, 'e', true, (byte) -7, (short) 8, null, "ten"));

        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += plus.apply(i, i) + minus.apply(i, 1);
        }
        System.out.println("sum " + sum);
    }
}
