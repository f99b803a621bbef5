// Classes are initialized lazily, on first active use only: declaring a
// variable, creating an array, a class literal, instanceof and casts do
// not initialize; new, static calls, static field reads and writes do.
public class LazyInit {
    static void log(String s) { System.out.println(s); }

    static class A { static { log("  A initialized"); } static int f; }
    static class B { static { log("  B initialized"); } static void m() { log("  B.m()"); } }
    static class C { static { log("  C initialized"); } }
    static class D { static { log("  D initialized"); } static int f; }
    static class E { static { log("  E initialized"); } }
    static class F { static { log("  F initialized"); } static int f = 3; }
    static class Parent { static { log("  Parent initialized"); } static int pf = 1; }
    static class Kid extends Parent { static { log("  Kid initialized"); } }

    public static void main(String[] args) {
        log("declare a variable of type A");
        A a = null;
        log("create an A[] array");
        A[] arr = new A[5];
        log("A[][] array");
        A[][] arr2 = new A[2][2];
        log("class literal A.class: " + A.class.getSimpleName());
        log("instanceof A on null and on a string: " + (a instanceof A) + " " + (((Object) "x") instanceof A));
        log("cast null to A");
        A cast = (A) (Object) null;
        log("array length " + arr.length + " " + arr2.length + " " + cast);
        log("write A.f");
        A.f = 5;
        log("call B.m()");
        B.m();
        log("new C()");
        new C();
        log("new C() again");
        new C();
        log("read D.f");
        int d = D.f;
        log("increment F.f");
        F.f++;
        log("F.f = " + F.f);
        log("read Parent's field through Kid (only Parent is initialized)");
        log("  Kid.pf = " + Kid.pf);
        log("new Kid()");
        new Kid();
        log("E is never used; done " + d);
    }
}
