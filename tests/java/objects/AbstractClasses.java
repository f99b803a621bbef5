// Abstract classes with template methods, abstract methods implemented at
// different levels, constructors of abstract classes.
public class AbstractClasses {
    static abstract class Shape {
        private static int created;
        final String name;

        Shape(String name) {
            this.name = name;
            created++;
        }

        abstract double area();

        abstract double perimeter();

        String report() {
            return name + ": area=" + round(area()) + " perimeter=" + round(perimeter()) + " sides=" + sides();
        }

        int sides() { return 0; }

        static double round(double v) { return Math.round(v * 1000) / 1000.0; }
    }

    static abstract class Polygon extends Shape {
        Polygon(String name) { super(name); }

        @Override abstract int sides();
    }

    static class Rect extends Polygon {
        final double w, h;
        Rect(double w, double h) { this("rect", w, h); }
        Rect(String n, double w, double h) { super(n); this.w = w; this.h = h; }
        double area() { return w * h; }
        double perimeter() { return 2 * (w + h); }
        int sides() { return 4; }
    }

    static class Square extends Rect {
        Square(double s) { super("square", s, s); }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { super("circle"); this.r = r; }
        double area() { return 3.0 * r * r; }
        double perimeter() { return 6.0 * r; }
    }

    static class Triangle extends Polygon {
        final double a, b, c;
        Triangle(double a, double b, double c) { super("triangle"); this.a = a; this.b = b; this.c = c; }
        double perimeter() { return a + b + c; }
        double area() {
            double s = perimeter() / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }
        int sides() { return 3; }
    }

    static abstract class Counter {
        int count;
        final void run(int n) { for (int i = 0; i < n; i++) if (accept(i)) count++; }
        protected abstract boolean accept(int i);
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(3, 4), new Square(2.5), new Circle(1.5), new Triangle(3, 4, 5), new Triangle(2, 2, 3) };
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.report());
            total += s.area();
        }
        System.out.println("total area " + Shape.round(total) + ", shapes created " + Shape.created);
        Counter evens = new Counter() {
            protected boolean accept(int i) { return i % 2 == 0; }
        };
        Counter squares = new Counter() {
            protected boolean accept(int i) {
                int r = (int) Math.sqrt(i);
                return r * r == i;
            }
        };
        evens.run(101);
        squares.run(1001);
        System.out.println("evens " + evens.count + ", squares " + squares.count);
        Polygon poly = new Square(1);
        System.out.println("polygon sides " + poly.sides() + ", is Rect " + (poly instanceof Rect));
    }
}
