// Interfaces: abstract, default and static methods, constants, multiple
// inheritance of defaults with explicit X.super.m(), inherited
// implementations from a superclass, and interface-typed dispatch.
public class Interfaces {
    interface Greeter {
        String PREFIX = "Hello, ";
        int LIMIT = 3;

        String name();

        default String greet() { return PREFIX + name() + "!"; }

        static Greeter of(final String n) {
            return new Greeter() {
                public String name() { return n; }
            };
        }
    }

    interface Loud {
        default String greet() { return "HEY"; }

        default String shout(String s) { return s.toUpperCase() + "!!"; }
    }

    interface Polite extends Greeter {
        @Override default String greet() { return "Good day, " + name() + "."; }
    }

    static class Person implements Greeter {
        final String n;
        Person(String n) { this.n = n; }
        public String name() { return n; }
    }

    static class LoudPerson implements Loud, Greeter {
        final String n;
        LoudPerson(String n) { this.n = n; }
        public String name() { return n; }
        @Override public String greet() { return Loud.super.greet() + " " + Greeter.super.greet(); }
    }

    static class Gentleman implements Polite {
        public String name() { return "Sir"; }
    }

    static class Overrider extends Gentleman {
        @Override public String greet() { return "Overridden: " + super.greet(); }
    }

    interface Stack {
        void push(int v);
        int pop();
        boolean isEmpty();
        default int drainSum() {
            int s = 0;
            while (!isEmpty()) s += pop();
            return s;
        }
    }

    static class ArrayStack implements Stack {
        private int[] data = new int[2];
        private int size;
        public void push(int v) {
            if (size == data.length) {
                int[] bigger = new int[size * 2];
                System.arraycopy(data, 0, bigger, 0, size);
                data = bigger;
            }
            data[size++] = v;
        }
        public int pop() { return data[--size]; }
        public boolean isEmpty() { return size == 0; }
    }

    static class LinkedStack implements Stack {
        static class Node { int v; Node next; Node(int v, Node n) { this.v = v; next = n; } }
        Node head;
        public void push(int v) { head = new Node(v, head); }
        public int pop() { int v = head.v; head = head.next; return v; }
        public boolean isEmpty() { return head == null; }
        public int drainSum() { return 1000 + Stack.super.drainSum(); }
    }

    // A class inherits an interface method's implementation from its superclass.
    static class HasName { public String name() { return "inherited"; } }
    static class Inherits extends HasName implements Greeter { }

    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B"; } }
    static class C implements A, B { }

    public static void main(String[] args) {
        Greeter[] gs = { new Person("Ann"), new LoudPerson("Bob"), new Gentleman(), new Overrider(), Greeter.of("Anon"), new Inherits() };
        for (Greeter g : gs) System.out.println(g.name() + " -> " + g.greet());
        System.out.println(new LoudPerson("x").shout("quiet"));
        System.out.println("constants " + Greeter.PREFIX + Greeter.LIMIT + " " + Person.LIMIT);
        Stack[] stacks = { new ArrayStack(), new LinkedStack() };
        for (Stack s : stacks) {
            for (int i = 1; i <= 10; i++) s.push(i * i);
            System.out.println("pop " + s.pop() + " pop " + s.pop() + " drain " + s.drainSum() + " empty " + s.isEmpty());
        }
        System.out.println("most specific default: " + new C().who());
        Object o = new Gentleman();
        System.out.println("instanceof Greeter " + (o instanceof Greeter) + ", Polite " + (o instanceof Polite) + ", Loud " + (o instanceof Loud));
    }
}
