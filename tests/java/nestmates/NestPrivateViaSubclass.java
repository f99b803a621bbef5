// Method resolution (JVMS 5.4.3.3) finds a superclass's private method
// before a superinterface's default: Sub extends Base (private m()) and
// implements I (default m()). The source sub.m() means I.m, and javac
// emits invokevirtual Sub.m(); resolution looks in Sub, then Base, and
// finds Base's private m first. With release 11+ the caller is Base's
// nestmate, so that private method is accessible and runs; with
// --release 8 it is not, and the VM throws IllegalAccessError (HotSpot's
// message names both classes). Calls through the interface type resolve
// to I.m and select the default in both forms.
public class NestPrivateViaSubclass {
    interface I {
        default String m() { return "I.m (default)"; }
    }

    static class Base {
        private String m() { return "Base.m (private)"; }
    }

    static class Sub extends Base implements I { }

    static class Other {
        static String call(Sub s) { return s.m(); }
    }

    public static void main(String[] args) {
        Sub s = new Sub();
        try {
            System.out.println("sub.m(): " + s.m());
        } catch (IllegalAccessError e) {
            System.out.println("sub.m(): IllegalAccessError: " + e.getMessage());
        }
        try {
            System.out.println("from another nested class: " + Other.call(s));
        } catch (IllegalAccessError e) {
            System.out.println("from another nested class: IllegalAccessError: " + e.getMessage());
        }
        I i = s;
        System.out.println("through I: " + i.m());
    }
}
