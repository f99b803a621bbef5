// Inner (non-static member) classes: three levels of nesting with
// Outer.this qualifiers at each level, inner classes created with an
// explicit outer instance (outer.new Inner()), an inner subclass of another
// outer's inner class with a qualified superclass constructor call
// (outer.super()), an inner class extending its own outer class, and
// shadowed field names resolved at every level.
public class InnerClassChains {
    String name = "outer";
    int depth = 0;

    InnerClassChains(String name) { this.name = name; }

    class Middle {
        String name = "middle";
        int depth = 1;

        class Deep {
            String name = "deep";
            int depth = 2;

            String path() {
                return name + "<" + Middle.this.name + "<" + InnerClassChains.this.name + " depths " + depth + Middle.this.depth + InnerClassChains.this.depth;
            }

            void rename(String s) {
                InnerClassChains.this.name = s + "-outer";
                Middle.this.name = s + "-middle";
                this.name = s + "-deep";
            }
        }
    }

    class Node {
        final int value;

        Node(int value) { this.value = value; }

        String show() { return name + ":" + value; }
    }

    static class Other {
        // an inner class of another class, subclassed with a qualified super call
        class Extended extends InnerClassChains.Node {
            Extended(InnerClassChains owner, int v) {
                owner.super(v * 10);
            }

            String show() { return "Extended(" + super.show() + ")"; }
        }
    }

    class SelfExtending extends InnerClassChains {
        SelfExtending() {
            super("self");
        }

        String both() { return name + " inside " + InnerClassChains.this.name; }
    }

    public static void main(String[] args) {
        InnerClassChains o = new InnerClassChains("first");
        InnerClassChains.Middle m = o.new Middle();
        InnerClassChains.Middle.Deep d = m.new Deep();
        System.out.println(d.path());
        d.rename("renamed");
        System.out.println(d.path());
        System.out.println("outer now " + o.name + ", middle now " + m.name);

        InnerClassChains.Middle.Deep d2 = new InnerClassChains("second").new Middle().new Deep();
        System.out.println(d2.path());

        Node n = o.new Node(3);
        Other.Extended e = new Other().new Extended(new InnerClassChains("third"), 4);
        System.out.println(n.show() + " " + e.show());

        SelfExtending s = o.new SelfExtending();
        System.out.println(s.both());
        Node fromSelf = s.new Node(9);
        System.out.println(fromSelf.show());
        System.out.println("member class " + Middle.class.isMemberClass() + ", declaring " + Middle.Deep.class.getDeclaringClass().getName());
    }
}
