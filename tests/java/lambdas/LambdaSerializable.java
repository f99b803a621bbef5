// Serializable lambdas and intersection casts: (Runnable & Serializable)
// and casts with marker interfaces make javac use altMetafactory with the
// FLAG_SERIALIZABLE / FLAG_MARKERS flags. The lambda object must implement
// every interface of the cast (instanceof), and still work; marker
// interfaces with default methods give the lambda those methods.
// Serializable functional interfaces of the program itself, and method
// references, too.
import java.io.Serializable;

public class LambdaSerializable {
    interface Marker { }
    interface OtherMarker { }
    interface SerialOp extends Serializable { int apply(int x); }
    interface Text { String get(); }
    interface Greeter { default String greet() { return "hello from a default, interface? " + getClass().isInterface(); } }
    interface Fn { int apply(int x); default int twice(int x) { return apply(apply(x)); } }

    static String describe(Object o) {
        return "Runnable=" + (o instanceof Runnable) + " Serializable=" + (o instanceof Serializable)
                + " Marker=" + (o instanceof Marker) + " OtherMarker=" + (o instanceof OtherMarker)
                + " Text=" + (o instanceof Text);
    }

    static int count;

    static void tick() { count++; }

    public static void main(String[] args) {
        Runnable plain = () -> count++;
        Runnable serial = (Runnable & Serializable) () -> count += 10;
        Runnable marked = (Runnable & Marker) () -> count += 100;
        Runnable both = (Runnable & Serializable & Marker & OtherMarker) () -> count += 1000;
        Runnable ref = (Runnable & Serializable) LambdaSerializable::tick;
        plain.run();
        serial.run();
        marked.run();
        both.run();
        ref.run();
        System.out.println("count " + count);
        System.out.println("plain:  " + describe(plain));
        System.out.println("serial: " + describe(serial));
        System.out.println("marked: " + describe(marked));
        System.out.println("both:   " + describe(both));
        System.out.println("ref:    " + describe(ref));

        int base = 5;
        SerialOp op = x -> x * base;
        SerialOp opRef = Integer::reverse;
        System.out.println("SerialOp " + op.apply(7) + " " + opRef.apply(1) + " serializable " + (op instanceof Serializable));

        String captured = "captured";
        Text t = (Text & Serializable) () -> captured + " " + base;
        System.out.println(t.get() + " " + describe(t));

        Serializable s = (Serializable & Text) () -> "through Serializable";
        System.out.println(((Text) s).get());

        Object o = (Marker & Text) () -> "marker text";
        Marker m = (Marker) o;
        System.out.println(((Text) m).get() + " " + describe(o));
        Runnable greeting = (Runnable & Greeter) () -> count++;
        greeting.run();
        System.out.println(((Greeter) greeting).greet() + " count " + count);
        Fn f = (Fn & Serializable & Greeter) x -> x + 3;
        System.out.println("twice " + f.twice(1) + " " + ((Greeter) f).greet() + " " + (f instanceof Serializable));
        Object g = (Greeter & Fn) x -> x * 5;
        System.out.println("twice " + ((Fn) g).twice(2) + " " + ((Greeter) g).greet());

        try {
            Runnable r = (Runnable) o;
            System.out.println("cast succeeded?! " + (r != null));
        } catch (ClassCastException e) {
            System.out.println("not a Runnable: ClassCastException");
        }
    }
}
