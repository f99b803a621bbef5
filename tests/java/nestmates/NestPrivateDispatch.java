// Private methods are not virtual: a call to a private method of a nest
// member (invokevirtual of a private method since release 11, invokespecial
// or an access$ method before) must run that class's method even when the
// receiver is an instance of a subclass declaring a method with the same
// name and descriptor. (Private interface methods: NestInterfacePrivate.)
public class NestPrivateDispatch {
    static class Base {
        private String who() { return "Base.who (private)"; }
        String callWho() { return who(); }
        String publicWho() { return "Base.publicWho"; }
    }

    static class Sub extends Base {
        // not an override: Base.who is private
        String who() { return "Sub.who"; }
        String publicWho() { return "Sub.publicWho"; }
    }

    static class Caller {
        // calls Base's private method from another class of the nest
        static String viaNest(Base b) { return b.who(); }
        static String viaPublic(Base b) { return b.publicWho(); }
    }

    static class Counter {
        private int count;
        private void inc() { count++; }
    }

    static class LoudCounter extends Counter {
        int loud;
        void inc() { loud += 100; }
    }

    public static void main(String[] args) {
        Base b = new Base();
        Base s = new Sub();
        System.out.println("Base via nest: " + Caller.viaNest(b));
        System.out.println("Sub via nest:  " + Caller.viaNest(s));
        System.out.println("Sub callWho:   " + s.callWho());
        System.out.println("Sub own who:   " + ((Sub) s).who());
        System.out.println("public virtual: " + Caller.viaPublic(b) + " / " + Caller.viaPublic(s));

        LoudCounter lc = new LoudCounter();
        Counter asCounter = lc;
        for (int i = 0; i < 3; i++) asCounter.inc();
        lc.inc();
        System.out.println("count " + asCounter.count + " loud " + lc.loud);

        Base nothing = null;
        try {
            Caller.viaNest(nothing);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("private call on null: NullPointerException");
        }
    }
}
