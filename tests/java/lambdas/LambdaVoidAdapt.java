// Void-compatibility: an expression lambda or a method reference whose
// method returns a value may implement a void interface method (the value
// is discarded, including long/double results, which take two stack
// slots); a void method may not be used where a value is expected, but a
// lambda whose body throws may be used for any return type.
public class LambdaVoidAdapt {
    interface Action { void run(); }
    interface IntAction { void accept(int x); }
    interface Sink<T> { void accept(T t); }
    interface Maker<T> { T make(); }
    interface LongMaker { long make(); }

    static int calls;
    static StringBuilder log = new StringBuilder();

    static int countCall() { return ++calls; }
    static long bigCall() { calls++; return Long.MAX_VALUE; }
    static double doubleCall(int x) { calls += x; return x * 0.5; }
    static String stringCall(String s) { log.append(s); return s + "!"; }
    static boolean boolCall() { calls += 100; return true; }

    static <T> T fail(String why) {
        throw new UnsupportedOperationException(why);
    }

    public static void main(String[] args) {
        Action a1 = LambdaVoidAdapt::countCall;
        Action a2 = LambdaVoidAdapt::bigCall;
        Action a3 = () -> countCall();
        Action a4 = () -> bigCall();
        Action a5 = LambdaVoidAdapt::boolCall;
        a1.run();
        a2.run();
        a3.run();
        a4.run();
        a5.run();
        System.out.println("calls " + calls);

        IntAction d1 = LambdaVoidAdapt::doubleCall;
        IntAction d2 = x -> doubleCall(x * 2);
        d1.accept(3);
        d2.accept(4);
        System.out.println("calls " + calls);

        Sink<String> s1 = LambdaVoidAdapt::stringCall;
        Sink<String> s2 = log::append;
        Sink<String> s3 = String::length;
        Sink<StringBuilder> s4 = StringBuilder::reverse;
        s1.accept("one,");
        s2.accept("two,");
        s3.accept("ignored");
        StringBuilder sb = new StringBuilder("abc");
        s4.accept(sb);
        System.out.println("log " + log + " reversed " + sb);

        StringBuilder target = new StringBuilder();
        Sink<Object> appender = target::append;
        appender.accept(1);
        appender.accept(null);
        appender.accept('c');
        System.out.println("appended " + target);

        Maker<String> failing = () -> fail("no string");
        LongMaker failingLong = () -> { throw new IllegalStateException("no long"); };
        try {
            failing.make();
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            failingLong.make();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }

        Maker<Integer> boxed = LambdaVoidAdapt::countCall;
        LongMaker widened = LambdaVoidAdapt::countCall;
        System.out.println("value contexts " + boxed.make() + " " + widened.make() + " calls " + calls);
    }
}
