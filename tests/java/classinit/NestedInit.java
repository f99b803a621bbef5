// Outer and nested classes are initialized independently: using a nested
// class does not initialize its outer class and vice versa; an inner class
// instance needs an outer instance, which does.
public class NestedInit {
    static class Outer {
        static { System.out.println("  Outer initialized"); }
        static int o = 1;

        static class Nested {
            static { System.out.println("  Outer.Nested initialized"); }
            static int n = 2;
        }

        class Inner {
            int get() { return o + 100; }
        }

        static class Deep {
            static { System.out.println("  Outer.Deep initialized"); }
            static class Deeper {
                static { System.out.println("  Outer.Deep.Deeper initialized"); }
                static int d = 4;
            }
        }
    }

    static class Singleton {
        static { System.out.println("  Singleton (outer) initialized"); }

        private static class HolderIdiom {
            static { System.out.println("  Singleton.HolderIdiom initialized"); }
            static final Singleton INSTANCE = new Singleton();
        }

        Singleton() { System.out.println("  Singleton constructed"); }

        static Singleton get() { return HolderIdiom.INSTANCE; }

        static void other() { System.out.println("  Singleton.other()"); }
    }

    public static void main(String[] args) {
        System.out.println("Outer.Nested.n:");
        System.out.println("  = " + Outer.Nested.n);
        System.out.println("Outer.Deep.Deeper.d:");
        System.out.println("  = " + Outer.Deep.Deeper.d);
        System.out.println("inner instance:");
        Outer outer = new Outer();
        Outer.Inner in = outer.new Inner();
        System.out.println("  = " + in.get());
        System.out.println("Singleton.other():");
        Singleton.other();
        System.out.println("Singleton.get():");
        Singleton s1 = Singleton.get();
        Singleton s2 = Singleton.get();
        System.out.println("  same instance " + (s1 == s2));
    }
}
