// Adaptation between the functional interface's method type and the
// implementation method's: boxing, unboxing, widening of primitives and of
// references, in parameters and return values, e.g. a Function<Integer,
// Long> implemented by a method taking int and returning long; a method
// returning int behind an interface returning long or double or Object;
// char widened to int; unboxing null (NullPointerException).
public class LambdaPrimitiveAdapt {
    interface Function<T, R> { R apply(T t); }
    interface IntToLong { long apply(int x); }
    interface IntToDouble { double apply(int x); }
    interface LongToObject { Object apply(long x); }
    interface CharToInt { int apply(char c); }
    interface ByteToFloat { float apply(byte b); }
    interface ShortToLong { long apply(short s); }
    interface IntegerToInt { int apply(Integer x); }
    interface IntToInteger { Integer apply(int x); }
    interface IntToNumber { Number apply(int x); }
    interface ObjectToBool { boolean apply(Object o); }
    interface IntToComparable { Comparable<?> apply(int x); }
    interface FloatToDouble { double apply(float f); }
    interface CharToObject { Object apply(char c); }

    static long square(int x) { return (long) x * x; }
    static int half(long x) { return (int) (x / 2); }
    static double third(double x) { return x / 3; }
    static int code(int c) { return c; }
    static double twice(double d) { return d * 2; }
    static float halve(float f) { return f / 2; }
    static long negate(long l) { return -l; }
    static int boxedPlusOne(Integer i) { return i + 1; }
    static Integer boxed(int i) { return i; }
    static boolean isNull(Object o) { return o == null; }
    static int identity(int x) { return x; }
    static char upper(char c) { return Character.toUpperCase(c); }
    static Integer boxedFive() { return 5; }
    static Integer boxedNull() { return null; }
    static Character boxedChar() { return 'c'; }
    static Byte boxedByte() { return (byte) -3; }

    interface IntSource { int get(); }
    interface LongSource { long get(); }
    interface DoubleSource { double get(); }
    interface CharacterToDouble { double apply(Character c); }

    public static void main(String[] args) {
        Function<Integer, Long> sq = LambdaPrimitiveAdapt::square;
        Long l = sq.apply(100000);
        System.out.println("Function<Integer,Long> via (int)long: " + l + " " + l.getClass().getName());
        try {
            sq.apply(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("unboxing null argument: NullPointerException");
        }

        IntToLong widenParam = LambdaPrimitiveAdapt::half;
        System.out.println("int->long param widening: " + widenParam.apply(Integer.MIN_VALUE));
        IntToDouble d = LambdaPrimitiveAdapt::third;
        System.out.println("int->double param, double return: " + d.apply(10));
        IntToDouble fromInt = LambdaPrimitiveAdapt::identity;
        System.out.println("int return widened to double: " + fromInt.apply(7));
        IntToLong fromInt2 = LambdaPrimitiveAdapt::identity;
        System.out.println("int return widened to long: " + fromInt2.apply(-7));

        LongToObject boxLong = LambdaPrimitiveAdapt::negate;
        Object o = boxLong.apply(5);
        System.out.println("long boxed to Object: " + o + " " + o.getClass().getName());

        CharToInt c = LambdaPrimitiveAdapt::code;
        System.out.println("char widened to int: " + c.apply('A') + " " + c.apply('\uffff'));
        CharToObject upper = LambdaPrimitiveAdapt::upper;
        Object u = upper.apply('q');
        System.out.println("char boxed to Character: " + u + " " + u.getClass().getName());

        ByteToFloat bf = LambdaPrimitiveAdapt::halve;
        System.out.println("byte widened to float: " + (double) bf.apply((byte) -3));
        ShortToLong sl = LambdaPrimitiveAdapt::negate;
        System.out.println("short widened to long: " + sl.apply((short) -32768));
        FloatToDouble fd = LambdaPrimitiveAdapt::twice;
        System.out.println("float widened to double: " + fd.apply(0.1f));

        IntegerToInt unboxRet = LambdaPrimitiveAdapt::boxedPlusOne;
        System.out.println("Integer param, int return: " + unboxRet.apply(41));
        IntegerToInt unboxedParam = LambdaPrimitiveAdapt::identity;
        System.out.println("Integer unboxed to int param: " + unboxedParam.apply(99));
        try {
            unboxedParam.apply(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("Integer null unboxed: NullPointerException");
        }
        IntToInteger boxRet = LambdaPrimitiveAdapt::identity;
        Integer small1 = boxRet.apply(100), small2 = boxRet.apply(100);
        Integer large1 = boxRet.apply(1000), large2 = boxRet.apply(1000);
        System.out.println("boxed return uses valueOf cache: " + (small1 == small2) + " " + (large1 == large2));
        IntToNumber num = LambdaPrimitiveAdapt::boxed;
        System.out.println("Integer returned as Number: " + num.apply(3).doubleValue());
        IntToComparable cmp = LambdaPrimitiveAdapt::identity;
        System.out.println("int boxed to Comparable: " + cmp.apply(12).getClass().getName());
        ObjectToBool isNull = LambdaPrimitiveAdapt::isNull;
        System.out.println("Object param: " + isNull.apply(null) + " " + isNull.apply(1));

        Function<Character, Integer> charCode = LambdaPrimitiveAdapt::code;
        System.out.println("Function<Character,Integer> via (int)int: " + charCode.apply('z'));
        Function<Short, Double> sd = LambdaPrimitiveAdapt::twice;
        System.out.println("Function<Short,Double> via (double)double: " + sd.apply((short) 21));
        Function<Byte, Long> bl = LambdaPrimitiveAdapt::negate;
        System.out.println("Function<Byte,Long> via (long)long: " + bl.apply((byte) 8));
        Function<Integer, Object> io = LambdaPrimitiveAdapt::square;
        Object sqo = io.apply(-3);
        System.out.println("Function<Integer,Object> via (int)long: " + sqo + " " + sqo.getClass().getName());

        // boxed results unboxed, then widened
        IntSource five = LambdaPrimitiveAdapt::boxedFive;
        LongSource fiveL = LambdaPrimitiveAdapt::boxedFive;
        DoubleSource fiveD = LambdaPrimitiveAdapt::boxedFive;
        IntSource charCodeOf = LambdaPrimitiveAdapt::boxedChar;
        LongSource byteAsLong = LambdaPrimitiveAdapt::boxedByte;
        System.out.println("boxed results: " + five.get() + " " + fiveL.get() + " " + fiveD.get() + " " + charCodeOf.get() + " " + byteAsLong.get());
        IntSource nothing = LambdaPrimitiveAdapt::boxedNull;
        try {
            nothing.get();
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("null Integer result unboxed: NullPointerException");
        }
        CharacterToDouble ctd = LambdaPrimitiveAdapt::code;
        System.out.println("Character unboxed and widened to int param, int result to double: " + ctd.apply('A'));

        // lambdas with explicit conversions in the body, for comparison
        Function<Integer, Long> lam = x -> (long) x * x;
        IntToDouble lamD = x -> x;
        System.out.println("lambda forms: " + lam.apply(100000) + " " + lamD.apply(3));
    }
}
