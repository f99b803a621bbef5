// Initializing a class first initializes its superclass (and so on up),
// but not the interfaces it implements (JLS 12.4.1), unless they declare
// default methods.
public class SuperclassFirst {
    static void log(String s) { System.out.println(s); }

    static int mark(String s) {
        log("  init " + s);
        return s.length();
    }

    interface Plain {
        int P = mark("Plain.P (interface without defaults)");
        void m();
    }

    interface WithDefault {
        int D = mark("WithDefault.D (interface with a default method)");
        default int d() { return D; }
    }

    static class GrandParent {
        static int g = mark("GrandParent.g");
        static { log("  GrandParent static block"); }
    }

    static class Parent extends GrandParent implements Plain {
        static int p = mark("Parent.p");
        public void m() { }
    }

    static class Child extends Parent implements WithDefault {
        static int c = mark("Child.c");
        static void touch() { log("  Child.touch()"); }
    }

    static class Other extends GrandParent {
        static int o = mark("Other.o");
    }

    public static void main(String[] args) {
        log("1. calling Child.touch()");
        Child.touch();
        log("2. calling Child.touch() again");
        Child.touch();
        log("3. reading Other.o");
        log("  Other.o = " + Other.o);
        log("4. creating a Child and using Plain's method");
        Plain pl = new Child();
        pl.m();
        log("5. reading Plain.P");
        log("  Plain.P = " + Plain.P);
        log("6. reading a superclass field through the subclass name");
        log("  Child.g = " + Child.g);
    }
}
