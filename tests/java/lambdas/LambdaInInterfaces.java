// Lambdas and method references whose implementation method belongs to an
// interface: a reference to a static interface method (REF_invokeStatic of
// an InterfaceMethodref), lambdas written inside static interface methods
// and interface field initializers (private static synthetic methods of
// the interface) and inside default
// methods (REF_invokeSpecial with --release 8, REF_invokeInterface of a
// private method with release 11+); plus interface-method references from
// a class and functional interfaces with default combinators.
public class LambdaInInterfaces {
    interface Shape {
        double area();
        default String describe() { return name() + " with area " + area(); }
        default String name() { return "shape"; }
        static Shape unit() { return () -> 1.0; }
        static String format(Shape s) { return "<" + s.describe() + ">"; }
    }

    interface Fn<A, R> {
        R apply(A a);

        default <V> Fn<A, V> andThen(Fn<? super R, ? extends V> after) {
            return a -> after.apply(apply(a));
        }

        default Fn<A, R> logged(String tag) {
            return a -> {
                R r = apply(a);
                System.out.println("  " + tag + "(" + a + ") = " + r);
                return r;
            };
        }

        static <T> Fn<T, T> identity() { return t -> t; }
    }

    // a lambda in an interface field initializer: its body is a private
    // static method of the interface, run from the interface's <clinit>
    interface Constants {
        Fn<Integer, Integer> TWICE = x -> x * 2;
        Fn<String, String> TRIM = String::trim;
    }

    interface Sized {
        int size();
    }

    interface Named {
        String name();
    }

    static class Square implements Shape, Sized {
        final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
        public String name() { return "square"; }
        public int size() { return (int) side; }
    }

    static class Blob implements Shape {
        public double area() { return 2.5; }
        public String describe() { return "blob overrides describe"; }
    }

    public static void main(String[] args) {
        Fn<Shape, Double> area = Shape::area;
        Fn<Shape, String> describe = Shape::describe;
        Fn<Shape, String> format = Shape::format;
        Fn<Sized, Integer> size = Sized::size;
        Shape[] shapes = { new Square(3), new Blob(), Shape.unit(), () -> 0.25 };
        for (Shape s : shapes) {
            System.out.println(area.apply(s) + " | " + describe.apply(s) + " | " + format.apply(s));
        }
        System.out.println("size " + size.apply(new Square(4.9)));

        Fn<String, Integer> len = String::length;
        Fn<String, String> pipeline = len.logged("len").andThen(n -> n * n).logged("square").andThen(n -> "#" + n);
        System.out.println(pipeline.apply("abcd"));
        Fn<String, String> id = Fn.identity();
        System.out.println(id.andThen(String::toUpperCase).apply("identity"));

        System.out.println("interface field lambdas " + Constants.TWICE.apply(21) + " [" + Constants.TRIM.apply("  t  ") + "]");

        Named named = () -> "lambda-named";
        Fn<Named, String> nameOf = Named::name;
        System.out.println(nameOf.apply(named));

        Comparable<String> cmp = "m"::compareTo;
        System.out.println("compare " + cmp.compareTo("a") + " " + cmp.compareTo("z") + " " + cmp.compareTo("m"));
        CharSequence cs = "chars";
        Fn<CharSequence, Integer> csLen = CharSequence::length;
        Fn<Integer, Character> charAt = cs::charAt;
        System.out.println(csLen.apply(cs) + " " + charAt.apply(2) + " " + csLen.apply(new StringBuilder("builder")));
    }
}
