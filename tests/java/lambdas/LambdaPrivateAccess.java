// Method references to private members of other classes in the same nest:
// an inner class referring to the outer class's private instance and
// static methods and private constructor, the outer class referring to a
// nested class's private methods, and lambdas in inner classes calling
// private methods. With --release 8 javac routes these through access$
// methods or synthetic lambdas; with release 11+ the method handle names
// the private method of the other class directly (nestmates).
public class LambdaPrivateAccess {
    interface Text { String get(); }
    interface IntFn { int apply(int x); }
    interface Make<T> { T make(String s); }

    private final String secret;
    private static int statics;

    private LambdaPrivateAccess(String secret) { this.secret = secret; }

    private String reveal() { return "secret=" + secret; }
    private static int twice(int x) { statics++; return 2 * x; }
    private int addLength(int x) { return x + secret.length(); }

    class Inner {
        private int innerValue = 7;

        private String innerPrivate() { return "inner " + innerValue + " of " + secret; }

        Text outerRef() { return LambdaPrivateAccess.this::reveal; }
        IntFn outerStaticRef() { return LambdaPrivateAccess::twice; }
        IntFn outerInstanceRef() { return LambdaPrivateAccess.this::addLength; }
        Text lambdaCallingPrivate() { return () -> reveal() + " + " + innerPrivate(); }
        Make<LambdaPrivateAccess> ctorRef() { return LambdaPrivateAccess::new; }
    }

    static class Nested {
        private static String hidden(String s) { return "[" + s + "]"; }
        private String own() { return "nested own"; }
        private Nested() { }
    }

    Text nestedRefs() {
        Make<String> hidden = Nested::hidden;
        Nested n = new Nested();
        Text own = n::own;
        Text both = () -> Nested.hidden(own.get());
        return () -> hidden.make(secret) + " " + own.get() + " " + both.get();
    }

    public static void main(String[] args) {
        LambdaPrivateAccess outer = new LambdaPrivateAccess("xyzzy");
        Inner inner = outer.new Inner();
        System.out.println(inner.outerRef().get());
        System.out.println(inner.outerStaticRef().apply(21) + " statics " + statics);
        System.out.println(inner.outerInstanceRef().apply(10));
        System.out.println(inner.lambdaCallingPrivate().get());
        LambdaPrivateAccess made = inner.ctorRef().make("made by ref");
        System.out.println(made.reveal());
        System.out.println(outer.nestedRefs().get());

        Text innerPrivate = inner::innerPrivate;
        inner.innerValue = 99;
        System.out.println(innerPrivate.get());

        Make<Object> anonymous = new Make<Object>() {
            public Object make(String s) {
                Text t = outer::reveal;
                IntFn f = LambdaPrivateAccess::twice;
                return t.get() + " from anonymous, " + f.apply(s.length());
            }
        };
        System.out.println(anonymous.make("four"));
        System.out.println("statics " + statics);
    }
}
