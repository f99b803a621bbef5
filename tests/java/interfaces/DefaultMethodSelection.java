// Which method runs (JVMS 5.4.6 selection) when default methods meet
// class methods: a class method wins over any default (even one inherited
// from a superclass), a more specific interface's default wins over the
// one it overrides, a diamond resolved by an explicit override using
// I.super.m(), a default re-abstracted by a subinterface and then
// implemented, defaults calling abstract methods, and calls through every
// static type (class, each interface).
public class DefaultMethodSelection {
    interface A {
        default String who() { return "A"; }
        default String chain() { return "A.chain"; }
    }

    interface B extends A {
        default String who() { return "B(over " + A.super.who() + ")"; }
    }

    interface C extends A {
        default String chain() { return "C.chain+" + A.super.chain(); }
    }

    // B is more specific than A: B.who wins; C.chain wins over A.chain
    static class BC implements B, C { }

    static class Base {
        public String who() { return "Base.who"; }
    }

    // a class method (even inherited) wins over the interfaces' defaults
    static class ClassWins extends Base implements B { }

    interface Left { default String side() { return "left"; } }
    interface Right { default String side() { return "right"; } }

    // a diamond must be resolved explicitly
    static class Both implements Left, Right {
        public String side() { return Left.super.side() + "+" + Right.super.side(); }
    }

    interface Reabstract extends A {
        String who();
    }

    static class Concrete implements Reabstract {
        public String who() { return "Concrete (A re-abstracted)"; }
    }

    interface Template {
        String name();
        default String greeting() { return "Hello, " + name() + suffix(); }
        default String suffix() { return "."; }
    }

    static class Excited implements Template {
        public String name() { return "Excited"; }
        public String suffix() { return "!!!"; }
    }

    static class Calm implements Template {
        public String name() { return "Calm"; }
    }

    // an abstract class implementing a default with an abstract method
    static abstract class AbstractWho implements A {
        public abstract String who();
    }

    static class FromAbstract extends AbstractWho {
        public String who() { return "FromAbstract"; }
    }

    public static void main(String[] args) {
        BC bc = new BC();
        A asA = bc;
        B asB = bc;
        C asC = bc;
        System.out.println("BC: " + bc.who() + " / " + asA.who() + " / " + asB.who() + " / " + asC.who());
        System.out.println("BC chain: " + bc.chain() + " / " + asA.chain() + " / " + asB.chain());
        ClassWins cw = new ClassWins();
        A cwA = cw;
        B cwB = cw;
        Base cwBase = cw;
        System.out.println("ClassWins: " + cw.who() + " / " + cwA.who() + " / " + cwB.who() + " / " + cwBase.who() + " chain " + cw.chain());
        Both both = new Both();
        Left l = both;
        Right r = both;
        System.out.println("Both: " + both.side() + " / " + l.side() + " / " + r.side());
        Concrete c = new Concrete();
        A cA = c;
        System.out.println("Reabstract: " + c.who() + " / " + cA.who() + " chain " + cA.chain());
        Template[] ts = { new Excited(), new Calm(), () -> "Lambda" };
        for (Template t : ts) System.out.println(t.greeting());
        A fa = new FromAbstract();
        System.out.println("abstract class over default: " + fa.who() + " chain " + fa.chain());
        A anonymous = new A() { };
        System.out.println("anonymous A: " + anonymous.who() + " " + anonymous.chain());
    }
}
