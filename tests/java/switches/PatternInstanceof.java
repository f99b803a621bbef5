// min-release: 17
// Pattern matching for instanceof (Java 16): binding variables, scope after
// a negated test, && chains, patterns with generics and arrays, and
// patterns in loops and ternaries; plus instanceof with null.
public class PatternInstanceof {
    interface Shape { }
    record Circle(double r) implements Shape { }
    record Square(double side) implements Shape { }
    static class Label implements Shape {
        final String text;
        Label(String text) { this.text = text; }
    }

    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + (i * 2);
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string of " + s.length() + " starting " + s.charAt(0);
        if (o instanceof String) return "empty string";
        if (o instanceof int[] arr) return "int array of " + arr.length;
        if (o instanceof Object[] arr && arr.length > 0 && arr[0] instanceof String first) return "array starting with " + first;
        if (o instanceof CharSequence cs) return "char sequence " + cs.length();
        if (!(o instanceof Number n)) return o == null ? "null" : "something else";
        return "number " + n.doubleValue();
    }

    static double area(Shape s) {
        if (s instanceof Circle c) return 3 * c.r() * c.r();
        else if (s instanceof Square sq) return sq.side() * sq.side();
        else if (s instanceof Label l) return l.text.length();
        return -1;
    }

    public static void main(String[] args) {
        Object[] things = { 5, 50, "hello", "", new int[3], new String[] { "first" }, new Object[] { 1 }, new StringBuilder("sb"), 2.5, 7L, null, new Object[0], Boolean.TRUE };
        for (Object o : things) {
            System.out.println(describe(o));
        }
        Shape[] shapes = { new Circle(1), new Square(2), new Label("four"), null };
        double total = 0;
        for (Shape s : shapes) {
            double a = area(s);
            total += a;
            System.out.println((s instanceof Record r ? r.toString() : s instanceof Label l ? "Label " + l.text : "null") + " area " + a);
        }
        System.out.println("total " + total);
        Object o = "scoped";
        if (!(o instanceof String s)) {
            throw new AssertionError();
        }
        System.out.println("in scope after negation: " + s.toUpperCase());
        System.out.println("null instanceof " + (null instanceof Object));
    }
}
