// Inner (non-static) classes, static nested classes, local classes and
// anonymous classes, with captured variables and Outer.this.
public class InnerClasses {
    private int value = 10;
    private static int staticValue = 5;

    class Inner {
        int value = 20;

        class Deeper {
            int value = 30;

            String show() {
                return "Deeper " + value + ", Inner " + Inner.this.value + ", Outer " + InnerClasses.this.value;
            }
        }

        void bumpOuter() { InnerClasses.this.value++; }
    }

    static class Nested {
        int get() { return staticValue * 2; }
    }

    interface Op {
        int apply(int x);
    }

    Op adder(final int n) {
        return new Op() {
            int calls;

            public int apply(int x) {
                calls++;
                return x + n + value + calls;
            }
        };
    }

    static Op[] makeOps() {
        Op[] ops = new Op[5];
        for (int i = 0; i < ops.length; i++) {
            final int k = i;
            ops[i] = new Op() {
                public int apply(int x) { return x * k; }
            };
        }
        return ops;
    }

    int useLocalClass(final int base) {
        final String tag = "local";
        class Acc {
            int total = base;

            void add(int v) { total += v + tag.length(); }
        }
        Acc acc = new Acc();
        for (int i = 1; i <= 4; i++) acc.add(i);
        return acc.total + value;
    }

    static abstract class Template {
        abstract String name();

        String hello() { return "hello from " + name(); }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        InnerClasses.Inner inner = outer.new Inner();
        InnerClasses.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show());
        inner.bumpOuter();
        inner.bumpOuter();
        System.out.println(deeper.show());
        System.out.println("nested " + new Nested().get());
        Op add = outer.adder(100);
        System.out.println("adder " + add.apply(1) + " " + add.apply(1) + " " + add.apply(1));
        Op[] ops = makeOps();
        StringBuilder sb = new StringBuilder();
        for (Op op : ops) sb.append(op.apply(7)).append(' ');
        System.out.println("ops " + sb);
        System.out.println("local class " + outer.useLocalClass(1000));
        Template t = new Template() {
            String name() { return "anonymous subclass"; }
        };
        System.out.println(t.hello());
        Op compose = new Op() {
            final Op first = ops[2], second = ops[3];

            public int apply(int x) { return second.apply(first.apply(x)); }
        };
        System.out.println("composed " + compose.apply(5));
        // Two outers, each inner bound to its own.
        InnerClasses other = new InnerClasses();
        other.value = -1;
        InnerClasses.Inner i2 = other.new Inner();
        System.out.println(i2.new Deeper().show() + " / " + inner.new Deeper().show());
        // Class names of nested classes.
        System.out.println(Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + Nested.class.getName());
        System.out.println(Inner.class.getSimpleName() + " " + Inner.Deeper.class.getSimpleName());
        System.out.println(add.getClass().getName() + " " + t.getClass().getName());
    }
}
