// Method references from a class to interface methods (REF_invokeInterface):
// abstract interface methods, default methods (which a class may
// override), methods of CharSequence and Comparable, inherited
// superinterface methods, and interfaces implemented by lambdas and by
// classes alike. (Lambdas written inside interface methods, and references
// to static interface methods, are in LambdaInInterfaces.)
public class LambdaInterfaceMethods {
    interface Shape {
        double area();
        default String describe() { return name() + " with area " + area(); }
        default String name() { return "shape"; }
    }

    interface Fn<A, R> { R apply(A a); }

    interface Sized { int size(); }
    interface Named { String name(); }
    interface NamedShape extends Shape, Named { String name(); }

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

    static class Unit implements NamedShape {
        public double area() { return 1; }
        public String name() { return "unit"; }
    }

    static String format(Shape s) { return "<" + s.describe() + ">"; }

    public static void main(String[] args) {
        Fn<Shape, Double> area = Shape::area;
        Fn<Shape, String> describe = Shape::describe;
        Fn<Shape, String> format = LambdaInterfaceMethods::format;
        Fn<Sized, Integer> size = Sized::size;
        Shape[] shapes = { new Square(3), new Blob(), new Unit(), () -> 0.25 };
        for (Shape s : shapes) {
            System.out.println(area.apply(s) + " | " + describe.apply(s) + " | " + format.apply(s));
        }
        System.out.println("size " + size.apply(new Square(4.9)));

        Fn<NamedShape, String> nsName = NamedShape::name;
        Fn<NamedShape, Double> nsArea = NamedShape::area;
        Fn<NamedShape, String> nsDescribe = NamedShape::describe;
        NamedShape u = new Unit();
        System.out.println(nsName.apply(u) + " " + nsArea.apply(u) + " " + nsDescribe.apply(u));

        Named named = () -> "lambda-named";
        Fn<Named, String> nameOf = Named::name;
        System.out.println(nameOf.apply(named));

        Shape bound = new Square(2);
        Fn<Void, String> boundDescribe = v -> bound.describe();
        Fn<Void, Double> boundArea = v -> bound.area();
        System.out.println(boundDescribe.apply(null) + " " + boundArea.apply(null));

        Comparable<String> cmp = "m"::compareTo;
        System.out.println("compare " + cmp.compareTo("a") + " " + cmp.compareTo("z") + " " + cmp.compareTo("m"));
        Fn<Comparable<Integer>, Integer> cmpTo5 = c -> c.compareTo(5);
        System.out.println("Integer compareTo 5: " + cmpTo5.apply(3) + " " + cmpTo5.apply(5) + " " + cmpTo5.apply(9));
        CharSequence cs = "chars";
        Fn<CharSequence, Integer> csLen = CharSequence::length;
        Fn<Integer, Character> charAt = cs::charAt;
        Fn<CharSequence, String> csToString = CharSequence::toString;
        System.out.println(csLen.apply(cs) + " " + charAt.apply(2) + " " + csLen.apply(new StringBuilder("builder")) + " " + csToString.apply(new StringBuilder("sb")));
    }
}
