// Method selection (JVMS 5.4.6) when a superclass has a private method with
// the same name and descriptor as an interface's default method: private
// methods never override and are skipped by selection, so calls through the
// interface (and through a subclass that does not declare the method)
// reach the default, while the superclass's own calls to the private
// method still reach it; a subclass that declares the method publicly wins
// over both; an abstract class between the interface and a concrete class
// changes nothing (super.m() from below it reaches the default).
public class DefaultVersusPrivate {
    interface I {
        default String m() { return "I.m"; }
        default String viaDefault() { return "viaDefault->" + m(); }
    }

    interface J extends I { }

    static class Base {
        private String m() { return "Base.m (private)"; }

        String callOwn() { return "callOwn->" + m(); }
    }

    static class Sub extends Base implements J { }

    static class Sub2 extends Sub {
        public String m() { return "Sub2.m"; }
    }

    static abstract class Abstract implements I { }

    static class Concrete extends Abstract { }

    static class Overriding extends Abstract {
        public String m() { return "Overriding.m, default was " + super.m(); }
    }

    static String throughI(I i) { return i.m(); }

    static String throughJ(J j) { return j.m(); }

    public static void main(String[] args) {
        Sub s = new Sub();
        System.out.println("Sub: " + throughI(s) + " | " + throughJ(s) + " | " + s.viaDefault() + " | " + s.callOwn());
        Sub2 s2 = new Sub2();
        System.out.println("Sub2: " + throughI(s2) + " | " + throughJ(s2) + " | " + s2.m() + " | " + s2.viaDefault() + " | " + s2.callOwn());
        System.out.println("Concrete: " + throughI(new Concrete()) + " | " + new Concrete().m());
        System.out.println("Overriding: " + throughI(new Overriding()) + " | " + new Overriding().viaDefault());
        I lambdaLike = new I() { };
        System.out.println("anonymous: " + lambdaLike.m());
    }
}
