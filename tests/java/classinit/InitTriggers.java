// Each way of triggering class initialization, each on a fresh class, plus
// initialization triggered from inside another class's initializer.
public class InitTriggers {
    static StringBuilder order = new StringBuilder();

    static void mark(String s) {
        order.append(s).append(' ');
        System.out.println("  <clinit> " + s);
    }

    static class ByNew { static { mark("ByNew"); } }
    static class ByStaticMethod { static { mark("ByStaticMethod"); } static int m() { return 1; } }
    static class ByGetStatic { static { mark("ByGetStatic"); } static int v = 2; }
    static class ByPutStatic { static { mark("ByPutStatic"); } static int v; }
    static class BySubclass { static { mark("BySubclass"); } }
    static class TheSubclass extends BySubclass { static { mark("TheSubclass"); } static int s = 3; }
    static class ByNestedInit { static { mark("ByNestedInit"); } static int v = 4; }
    static class Triggerer { static int copy; static { mark("Triggerer"); copy = ByNestedInit.v * 10; } }
    static class ByStaticMethodOfInterface { }
    interface Iface { static int m() { mark("Iface.m called"); return 5; } int X = val(); }
    static int val() { mark("Iface"); return 6; }
    static class ByInstanceMethodCallOnly { static { mark("ByInstanceMethodCallOnly"); } void m() { } }

    static class CycleA {
        static int a;
        static { mark("CycleA start"); a = CycleB.b + 1; mark("CycleA end a=" + a); }
    }

    static class CycleB {
        static int b;
        static { mark("CycleB start"); b = CycleA.a + 10; mark("CycleB end b=" + b); }
    }

    public static void main(String[] args) {
        System.out.println("new:");
        new ByNew();
        System.out.println("static method: " + ByStaticMethod.m());
        System.out.println("getstatic: " + ByGetStatic.v);
        System.out.println("putstatic:");
        ByPutStatic.v = 9;
        System.out.println("subclass static field: " + TheSubclass.s);
        System.out.println("initializer of another class: " + Triggerer.copy);
        System.out.println("interface static method: " + Iface.m());
        System.out.println("interface field: " + Iface.X);
        System.out.println("instance method needs an instance first:");
        ByInstanceMethodCallOnly o = new ByInstanceMethodCallOnly();
        o.m();
        System.out.println("cycle:");
        System.out.println("  CycleA.a = " + CycleA.a + ", CycleB.b = " + CycleB.b);
        System.out.println("order: " + order);
    }
}
