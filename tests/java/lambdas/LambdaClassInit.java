// When classes are initialised around lambdas and method references:
// creating a reference to a static method, a constructor or an instance
// method of a class does not initialise that class; calling it does (as
// an invokestatic / new would); a lambda whose body touches a class
// initialises it on the first call only; and the functional interface
// itself is not initialised by creating a lambda (unless it has default
// methods and a static initializer... it is initialised when a class
// implementing it is, JLS 12.4.1 — here: no default methods).
public class LambdaClassInit {
    static StringBuilder log = new StringBuilder();

    static String note(String s) {
        log.append(s).append(' ');
        return s;
    }

    interface Fn { int apply(int x); }
    interface Maker { Object make(); }

    interface Marked {
        String INIT = note("Marked-init");
        int apply(int x);
    }

    static class StaticTarget {
        static { note("StaticTarget-init"); }

        static int twice(int x) { return 2 * x; }
    }

    static class CtorTarget {
        static { note("CtorTarget-init"); }

        public String toString() { return "CtorTarget instance"; }
    }

    static class BodyTarget {
        static { note("BodyTarget-init"); }

        static int value = 41;
    }

    static class Unbound {
        static { note("Unbound-init"); }

        int plus(int x) { return x + 1; }
    }

    interface UnboundFn { int apply(Unbound u, int x); }

    public static void main(String[] args) {
        Fn f = StaticTarget::twice;
        System.out.println("after creating StaticTarget::twice: [" + log + "]");
        System.out.println("call " + f.apply(4) + ": [" + log + "]");
        System.out.println("call again " + f.apply(5) + ": [" + log + "]");

        Maker m = CtorTarget::new;
        System.out.println("after creating CtorTarget::new: [" + log + "]");
        System.out.println(m.make() + ": [" + log + "]");

        Fn body = x -> x + BodyTarget.value;
        System.out.println("after creating lambda touching BodyTarget: [" + log + "]");
        System.out.println("call " + body.apply(1) + ": [" + log + "]");

        UnboundFn u = Unbound::plus;
        System.out.println("after creating Unbound::plus: [" + log + "]");
        System.out.println("call " + u.apply(new Unbound(), 1) + ": [" + log + "]");

        Marked mk = x -> -x;
        System.out.println("after creating a Marked lambda: [" + log + "]");
        System.out.println("call " + mk.apply(3) + ": [" + log + "]");
        System.out.println("field " + Marked.INIT + ": [" + log + "]");
    }
}
