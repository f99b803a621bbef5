// min-release: 17
// Lambdas with language features newer than Java 8: var in lambda
// parameters (Java 11), lambdas returning switch expressions and records,
// lambdas inside records and sealed hierarchies, pattern matching in lambda
// bodies, text blocks in lambdas, and a local record captured state.
public class LambdaModernSyntax {
    interface Fn<A, R> { R apply(A a); }
    interface Fn2<A, B, R> { R apply(A a, B b); }

    sealed interface Shape permits Circle, Rect { }
    record Circle(double r) implements Shape { }
    record Rect(double w, double h) implements Shape { }

    record Named<T>(String name, Fn<T, String> render) {
        String show(T t) { return name + ": " + render.apply(t); }
    }

    public static void main(String[] args) {
        Fn2<Integer, Integer, Integer> add = (var a, var b) -> a + b;
        Fn<String, String> up = (final var s) -> s.toUpperCase();
        System.out.println(add.apply(2, 40) + " " + up.apply("var"));

        Fn<Integer, String> kind = n -> switch (n % 3) {
            case 0 -> "fizz";
            case 1 -> {
                String s = "one";
                yield s + n;
            }
            default -> "other";
        };
        for (int i = 0; i < 5; i++) System.out.print(kind.apply(i) + " ");
        System.out.println();

        Fn<Shape, Double> area = s -> {
            if (s instanceof Circle c) return 3 * c.r() * c.r();
            if (s instanceof Rect r) return r.w() * r.h();
            return 0.0;
        };
        Shape[] shapes = { new Circle(2), new Rect(2, 5) };
        for (Shape s : shapes) System.out.println(s + " -> " + area.apply(s));

        Fn<String, Circle> parse = s -> new Circle(Double.parseDouble(s));
        System.out.println(parse.apply("1.5") + " equals " + parse.apply("1.5").equals(new Circle(1.5)));

        Named<Integer> hex = new Named<>("hex", Integer::toHexString);
        Named<String> quoted = new Named<>("quoted", s -> """
                "%s\"""".formatted(s));
        System.out.println(hex.show(255) + " | " + quoted.show("text"));
        System.out.println("record holding lambda equals itself " + hex.equals(new Named<>("hex", hex.render())) + ", with other lambda " + hex.equals(new Named<Integer>("hex", i -> "")));

        record Counter(int[] cell) {
            Runnable incrementer() { return () -> cell[0]++; }
        }
        Counter c = new Counter(new int[1]);
        Runnable inc = c.incrementer();
        for (int i = 0; i < 7; i++) inc.run();
        System.out.println("counter " + c.cell()[0]);
    }
}
