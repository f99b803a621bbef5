// super::m and Interface.super::m method references, and lambdas calling
// super methods: they must call the superclass (or superinterface)
// implementation even though the current class overrides it, i.e. an
// invokespecial, not a virtual call. Also this::m, which does dispatch.
public class LambdaSuperRefs {
    interface Text { String get(); }
    interface Num { int get(int x); }

    interface Greeting {
        default String hello() { return "Greeting.hello"; }
    }

    static class Base {
        String name() { return "Base.name"; }
        int scale(int x) { return x * 2; }
        public String toString() { return "Base.toString"; }
    }

    static class Middle extends Base {
        String name() { return "Middle.name"; }
        int scale(int x) { return x * 3; }
    }

    static class Derived extends Middle implements Greeting {
        String name() { return "Derived.name"; }
        int scale(int x) { return x * 5; }
        public String hello() { return "Derived.hello"; }
        public String toString() { return "Derived.toString"; }

        void show() {
            Text superName = super::name;
            Text thisName = this::name;
            Text lambdaSuper = () -> super.name() + "+lambda";
            Num superScale = super::scale;
            Num thisScale = this::scale;
            Text superToString = super::toString;
            Text greetingSuper = Greeting.super::hello;
            Text thisHello = this::hello;
            System.out.println(superName.get() + " / " + thisName.get() + " / " + lambdaSuper.get());
            System.out.println(superScale.get(7) + " / " + thisScale.get(7));
            System.out.println(superToString.get());
            System.out.println(greetingSuper.get() + " / " + thisHello.get());
        }
    }

    static class MoreDerived extends Derived {
        String name() { return "MoreDerived.name"; }
        int scale(int x) { return x * 7; }
    }

    public static void main(String[] args) {
        System.out.println("-- Derived");
        new Derived().show();
        System.out.println("-- MoreDerived (super:: still means Derived's super)");
        new MoreDerived().show();
    }
}
