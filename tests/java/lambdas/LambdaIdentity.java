// Identity of lambda objects: a non-capturing lambda or method reference
// evaluates to the same object every time its expression runs (HotSpot
// links the call site to a constant), while capturing ones give a new
// object each time; two different lambda expressions never give the same
// object. The lambda's class is synthetic-looking but must not be printed;
// only its relations are: implements the interface, is not an array, is
// final (getModifiers), and getClass() is stable per expression.
public class LambdaIdentity {
    interface Fn { int apply(int x); }

    static Fn nonCapturing() { return x -> x + 1; }
    static Fn staticRef() { return Math::abs; }
    static Fn capturing(int n) { return x -> x + n; }
    static Runnable runnable() { return () -> { }; }

    public static void main(String[] args) {
        System.out.println("non-capturing same object: " + (nonCapturing() == nonCapturing()));
        System.out.println("static method ref same object: " + (staticRef() == staticRef()));
        System.out.println("capturing same object: " + (capturing(1) == capturing(1)));
        System.out.println("capturing same class: " + (capturing(1).getClass() == capturing(2).getClass()));
        System.out.println("different expressions differ: " + ((Object) nonCapturing() != (Object) staticRef()));
        System.out.println("different expressions, different classes: " + (nonCapturing().getClass() != staticRef().getClass()));
        Fn f = nonCapturing();
        System.out.println("implements Fn: " + (f instanceof Fn) + ", Fn assignable: " + Fn.class.isAssignableFrom(f.getClass()));
        System.out.println("is interface: " + f.getClass().isInterface() + ", is array: " + f.getClass().isArray());
        System.out.println("superclass Object: " + (f.getClass().getSuperclass() == Object.class));
        System.out.println("final: " + ((f.getClass().getModifiers() & 0x0010) != 0));
        System.out.println("interfaces: " + f.getClass().getInterfaces().length + " " + f.getClass().getInterfaces()[0].getName());
        System.out.println("equals itself: " + f.equals(f) + ", equals other: " + f.equals(nonCapturing()) + " " + f.equals(capturing(0)));
        System.out.println("hashCode stable: " + (f.hashCode() == f.hashCode()));
        System.out.println("runnable same: " + (runnable() == runnable()));
        Fn[] fs = new Fn[3];
        for (int i = 0; i < 3; i++) fs[i] = x -> x * 2;
        System.out.println("loop non-capturing same: " + (fs[0] == fs[1] && fs[1] == fs[2]));
        int k = 3;
        for (int i = 0; i < 3; i++) fs[i] = x -> x * k;
        System.out.println("loop capturing distinct: " + (fs[0] != fs[1] && fs[1] != fs[2]));
        System.out.println("results " + fs[0].apply(5) + " " + nonCapturing().apply(5) + " " + staticRef().apply(-5));
    }
}
