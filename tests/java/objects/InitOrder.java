// The order of static initializers, instance initializers, field
// initializers and constructors, including a virtual call from a
// superclass constructor that sees the subclass's fields still at their
// default values.
public class InitOrder {
    static void log(String s) {
        System.out.println(s);
    }

    static class Parent {
        static { log("Parent static block 1"); }
        static int ps = value("Parent static field", 1);
        static { log("Parent static block 2, ps=" + ps); }

        int pf = value("Parent instance field", 10);
        { log("Parent instance block, pf=" + pf); }

        Parent() {
            log("Parent constructor, calling describe(): " + describe());
        }

        String describe() { return "Parent.describe"; }
    }

    static class Child extends Parent {
        static { log("Child static block"); }
        static int cs = value("Child static field", 2);

        int cf = value("Child instance field", 20);
        String name = "child-name";
        final int constant = 42;
        { log("Child instance block, cf=" + cf + ", name=" + name); }

        Child() {
            super();
            log("Child constructor, cf=" + cf);
        }

        Child(int x) {
            this();
            log("Child(int) constructor x=" + x);
        }

        @Override String describe() { return "Child.describe cf=" + cf + " name=" + name + " constant=" + constant; }
    }

    static int value(String what, int v) {
        log(what + " = " + v);
        return v;
    }

    static class Forward {
        static int a = peekB();
        static int b = 5;
        static int c = b * 2;
        static int peekB() { return b; }
    }

    public static void main(String[] args) {
        log("main starts");
        new Child();
        log("--- second instance");
        new Child(7);
        log("--- forward reference");
        System.out.println("a=" + Forward.a + " b=" + Forward.b + " c=" + Forward.c);
    }
}
