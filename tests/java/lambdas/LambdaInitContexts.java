// Lambdas created during initialisation: passed to enum constructors
// (created while the enum's <clinit> runs), stored in static finals, in
// instance field initializers (capturing this before the constructor body
// has run: they read fields when called, not when created), passed to a
// super(...) constructor call capturing constructor parameters, and in a
// class whose static initializer calls a lambda that reads a static field
// not yet assigned.
public class LambdaInitContexts {
    interface IntOp { int apply(int a, int b); }
    interface Text { String get(); }

    enum Op {
        ADD("+", (a, b) -> a + b),
        SUB("-", (a, b) -> a - b),
        POW("^", Op::power),
        MAX("max", Math::max);

        final String symbol;
        final IntOp op;

        Op(String symbol, IntOp op) {
            this.symbol = symbol;
            this.op = op;
        }

        static int power(int a, int b) {
            int r = 1;
            for (int i = 0; i < b; i++) r *= a;
            return r;
        }
    }

    static final Text STATIC_TEXT = () -> "static final lambda, counter " + LambdaInitContexts.counter;
    static int counter = 5;

    static class Early {
        static final String SEEN;
        static int value = 1;

        static {
            Text t = () -> "value " + value + " later " + Early.later;
            SEEN = t.get();
        }

        static String later = "assigned";
    }

    static abstract class Base {
        final Text text;

        Base(Text text) {
            this.text = text;
        }
    }

    static class Derived extends Base {
        String name = "derived-field";
        final Text fieldLambda = () -> "field lambda sees name=" + name + " extra=" + this.extra;
        final String snapshot;
        String extra;

        Derived(String param, int n) {
            super(() -> "super arg lambda, param=" + param + " n=" + n);
            snapshot = fieldLambda.get();
            extra = "set in constructor";
        }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println("3 " + op.symbol + " 4 = " + op.op.apply(3, 4));
        }
        System.out.println(STATIC_TEXT.get());
        counter++;
        System.out.println(STATIC_TEXT.get());
        System.out.println("Early: " + Early.SEEN + ", now later=" + Early.later);
        Derived d = new Derived("p", 9);
        System.out.println(d.text.get());
        System.out.println("snapshot: " + d.snapshot);
        System.out.println("now:      " + d.fieldLambda.get());
    }
}
