// Bound method references (expr::m): the receiver expression is evaluated
// once, when the reference is created, and a null receiver fails right
// there with NullPointerException (javac inserts Objects.requireNonNull /
// getClass), not when the reference is called. Also bound references to
// methods of String, of an interface-typed receiver, and to overloaded
// methods.
public class LambdaBoundRefs {
    interface Supplier0<T> { T get(); }
    interface IntIn { int apply(int x); }
    interface StrIn { boolean test(String s); }
    interface Sink { void put(String s); }

    static int evaluations;

    static class Box {
        int value;

        Box(int value) { this.value = value; }

        int get() { return value; }
        int addTo(int x) { return value + x; }
        void set(String s) { value = s.length(); }
        public String toString() { return "Box(" + value + ")"; }
    }

    interface Greeter { String greet(String who); }

    static class English implements Greeter {
        public String greet(String who) { return "Hello, " + who; }
    }

    static Box make(int v) {
        evaluations++;
        return new Box(v);
    }

    static Box nothing() {
        evaluations++;
        return null;
    }

    public static void main(String[] args) {
        Box box = new Box(5);
        Supplier0<Integer> getter = box::get;
        IntIn adder = box::addTo;
        Sink setter = box::set;
        System.out.println("get " + getter.get() + " addTo " + adder.apply(10));
        setter.put("twelve chars");
        System.out.println("after set " + getter.get() + " " + box);

        // the receiver is captured: reassigning the variable does not matter
        Box original = box;
        box = new Box(100);
        System.out.println("still the original " + getter.get() + " " + (original.value == getter.get()));

        // the receiver expression is evaluated once
        IntIn fromCall = make(7)::addTo;
        System.out.println("evaluations after creation " + evaluations);
        System.out.println(fromCall.apply(1) + " " + fromCall.apply(2) + " evaluations " + evaluations);

        String s = "Hello";
        StrIn starts = s::startsWith;
        StrIn eq = "abc"::equals;
        Supplier0<String> upper = s::toUpperCase;
        Supplier0<Integer> length = s::length;
        System.out.println("string refs " + starts.test("He") + " " + starts.test("he") + " " + eq.test("abc") + " " + eq.test(null) + " " + upper.get() + " " + length.get());

        Greeter g = new English();
        IntIn hash = "hash"::indexOf;
        Supplier0<String> greetWorld = () -> g.greet("world");
        Sink printer = System.out::println;
        printer.put(greetWorld.get());
        System.out.println("indexOf(char) " + hash.apply('s') + " " + hash.apply('z'));

        // null receivers: NullPointerException at creation
        Box nullBox = null;
        try {
            IntIn bad = nullBox::addTo;
            System.out.println("created?! " + (bad != null));
        } catch (NullPointerException e) {
            System.out.println("NPE at creation of nullBox::addTo");
        }
        try {
            Supplier0<Integer> bad = nothing()::get;
            System.out.println("created?! " + (bad != null));
        } catch (NullPointerException e) {
            System.out.println("NPE at creation of nothing()::get, evaluations " + evaluations);
        }
        String nullString = null;
        try {
            StrIn bad = nullString::equals;
            System.out.println("created?! " + (bad != null));
        } catch (NullPointerException e) {
            System.out.println("NPE at creation of nullString::equals");
        }
        Greeter nullGreeter = null;
        try {
            Sink bad = nullGreeter::greet;
            System.out.println("created?! " + (bad != null));
        } catch (NullPointerException e) {
            System.out.println("NPE at creation of nullGreeter::greet");
        }
        // a lambda that captures null does not fail until called
        IntIn lazy = x -> nullBox.addTo(x);
        System.out.println("lambda capturing null created");
        try {
            lazy.apply(1);
        } catch (NullPointerException e) {
            System.out.println("NPE when the lambda is called");
        }
    }
}
