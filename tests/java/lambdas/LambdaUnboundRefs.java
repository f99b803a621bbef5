// Unbound instance method references (Type::m, the receiver is the first
// argument): virtual dispatch on the receiver's class, methods of
// interfaces (invokeinterface), of abstract classes, of String and the
// wrappers, overloads chosen by the interface's parameter types, and a
// null receiver (NullPointerException when called).
public class LambdaUnboundRefs {
    interface Fn<A, R> { R apply(A a); }
    interface Fn2<A, B, R> { R apply(A a, B b); }
    interface ToInt<A> { int apply(A a); }

    interface Animal {
        String sound();
        default String twice() { return sound() + sound(); }
    }

    static class Dog implements Animal {
        public String sound() { return "woof"; }
    }

    static class Puppy extends Dog {
        public String sound() { return "yip"; }
    }

    static abstract class Shape {
        abstract double area();
        String kind() { return "shape"; }
    }

    static class Square extends Shape {
        final double side;
        Square(double side) { this.side = side; }
        double area() { return side * side; }
        String kind() { return "square"; }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { this.r = r; }
        double area() { return 3 * r * r; }
    }

    public static void main(String[] args) {
        Fn<Animal, String> sound = Animal::sound;
        Fn<Animal, String> twice = Animal::twice;
        Fn<Dog, String> dogSound = Dog::sound;
        Animal[] animals = { new Dog(), new Puppy(), () -> "meow" };
        for (Animal a : animals) {
            System.out.println(sound.apply(a) + " " + twice.apply(a));
        }
        System.out.println("dog ref on puppy " + dogSound.apply(new Puppy()));

        Fn<Shape, Double> area = Shape::area;
        Fn<Shape, String> kind = Shape::kind;
        Shape[] shapes = { new Square(3), new Circle(2), new Square(0.5) };
        for (Shape s : shapes) {
            System.out.println(kind.apply(s) + " " + area.apply(s));
        }

        Fn<String, String> trim = String::trim;
        ToInt<String> len = String::length;
        Fn2<String, String, Boolean> startsWith = String::startsWith;
        Fn2<String, Integer, Character> charAt = String::charAt;
        Fn2<String, Object, Boolean> equals = String::equals;
        Fn2<String, String, Integer> compare = String::compareTo;
        System.out.println("[" + trim.apply("  pad  ") + "] " + len.apply("seven!!") + " " + startsWith.apply("prefix", "pre")
                + " " + charAt.apply("abc", 2) + " " + equals.apply("x", "x") + " " + equals.apply("x", 1) + " " + compare.apply("a", "b"));

        Fn<Integer, String> hex = Integer::toHexString;
        Fn<Integer, Integer> bits = Integer::bitCount;
        ToInt<Integer> intValue = Integer::intValue;
        Fn<Object, String> toStr = Object::toString;
        Fn<Object, Integer> hash = Object::hashCode;
        System.out.println(hex.apply(255) + " " + bits.apply(255) + " " + intValue.apply(-9) + " " + toStr.apply(12.5) + " " + hash.apply("ab"));

        Fn<Object, Class<?>> getClass = Object::getClass;
        System.out.println(getClass.apply("s").getName() + " " + getClass.apply(new Puppy()).getName());

        try {
            sound.apply(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("NPE on null receiver (interface)");
        }
        try {
            len.apply(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("NPE on null receiver (String)");
        }
        try {
            area.apply(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("NPE on null receiver (abstract class)");
        }
    }
}
