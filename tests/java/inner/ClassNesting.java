// What Class reports about nesting, from the InnerClasses and
// EnclosingMethod attributes: names, simple and canonical names, type names,
// declaring class, member/local/anonymous, modifiers (as written in
// InnerClasses: private, static, abstract...) for inner, nested, deeper,
// local and anonymous classes, interfaces, enums and constant bodies,
// arrays and primitives; and the same questions about a lambda's class
// (answers only, never its name).
public class ClassNesting {
    class Inner {
        class Deeper { }
    }

    private static class PrivateNested { }

    protected abstract static class AbstractNested { }

    interface Fn { int f(); }

    enum E { A, B { } }

    public static void main(String[] args) {
        class Local { }
        Object anon = new Object() { };
        Fn anonFn = new Fn() {
            public int f() { return 2; }
        };
        Fn lam = () -> 1;
        Class<?>[] cs = { ClassNesting.class, Inner.class, Inner.Deeper.class, PrivateNested.class, AbstractNested.class, Fn.class, E.class,
            E.B.getClass(), Local.class, anon.getClass(), anonFn.getClass(), int[].class, Inner[][].class, int.class, void.class, String[].class };
        for (Class<?> c : cs) {
            Class<?> d = c.getDeclaringClass();
            System.out.println(c.getName());
            System.out.println("   simple [" + c.getSimpleName() + "] canonical " + c.getCanonicalName() + " typeName " + c.getTypeName()
                    + " declaring " + (d == null ? null : d.getName()));
            System.out.println("   member " + c.isMemberClass() + " local " + c.isLocalClass() + " anonymous " + c.isAnonymousClass()
                    + " interface " + c.isInterface() + " enum " + c.isEnum() + " primitive " + c.isPrimitive() + " array " + c.isArray()
                    + " synthetic " + c.isSynthetic() + " modifiers 0x" + Integer.toHexString(c.getModifiers()));
        }
        Class<?> lc = lam.getClass();
        System.out.println("lambda: member " + lc.isMemberClass() + " local " + lc.isLocalClass() + " anonymous " + lc.isAnonymousClass()
                + " declaring " + lc.getDeclaringClass() + " synthetic " + lc.isSynthetic() + " interface " + lc.isInterface()
                + " enum " + lc.isEnum() + " array " + lc.isArray() + " final " + ((lc.getModifiers() & 0x10) != 0));
    }
}
