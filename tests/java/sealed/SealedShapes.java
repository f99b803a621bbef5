// min-release: 17
// Sealed interfaces and classes (Java 17): a sealed interface permitting
// records and a final class, a sealed abstract class with final,
// non-sealed and sealed subclasses (the non-sealed one extended further,
// the sealed one permitting its own subclasses), permitted subclasses in
// the same file inferred by javac, and dispatch over the hierarchy with
// instanceof patterns and virtual methods.
public class SealedShapes {
    sealed interface Shape permits Circle, Square, Polygon { double area(); }
    record Circle(double r) implements Shape { public double area() { return 3 * r * r; } }
    record Square(double s) implements Shape { public double area() { return s * s; } }
    static final class Polygon implements Shape {
        final int sides;
        Polygon(int sides) { this.sides = sides; }
        public double area() { return sides * 1.5; }
        public String toString() { return "Polygon(" + sides + ")"; }
    }

    static abstract sealed class Vehicle permits Car, Truck, Bike {
        abstract int wheels();
        String describe() { return getClass().getSimpleName() + " with " + wheels() + " wheels"; }
    }
    static final class Car extends Vehicle { int wheels() { return 4; } }
    static non-sealed class Truck extends Vehicle { int wheels() { return 6; } }
    static class BigTruck extends Truck { int wheels() { return 18; } }
    static sealed class Bike extends Vehicle permits RoadBike, Tandem { int wheels() { return 2; } }
    static final class RoadBike extends Bike { }
    static final class Tandem extends Bike { String describe() { return "Tandem for two, " + super.describe(); } }

    // sealed with inferred permits (all subclasses in this compilation unit)
    sealed interface Expr { }
    record Num(int v) implements Expr { }
    record Add(Expr l, Expr r) implements Expr { }
    record Mul(Expr l, Expr r) implements Expr { }
    record Neg(Expr e) implements Expr { }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        if (e instanceof Mul m) return eval(m.l()) * eval(m.r());
        if (e instanceof Neg n) return -eval(n.e());
        throw new IllegalStateException("unreachable");
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.v());
        if (e instanceof Add a) return "(" + show(a.l()) + " + " + show(a.r()) + ")";
        if (e instanceof Mul m) return show(m.l()) + " * " + show(m.r());
        if (e instanceof Neg n) return "-" + show(n.e());
        return "?";
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Circle(1), new Square(3), new Polygon(6) };
        for (Shape s : shapes) System.out.println(s + " area " + s.area());
        Vehicle[] vs = { new Car(), new Truck(), new BigTruck(), new Bike(), new RoadBike(), new Tandem() };
        for (Vehicle v : vs) {
            System.out.println(v.describe() + ", a Truck: " + (v instanceof Truck) + ", a Bike: " + (v instanceof Bike));
        }
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1), new Num(2))));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(e);
        System.out.println("isSealed-free checks: interface " + Shape.class.isInterface() + ", Circle record " + Circle.class.isRecord());
    }
}
