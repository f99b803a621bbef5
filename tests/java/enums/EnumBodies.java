// Enum constants with bodies: each is an anonymous subclass of the enum, so
// getClass() differs from getDeclaringClass(); abstract methods
// implemented per constant, overridden methods, constructors with
// arguments, fields, static fields used after construction, enums
// implementing interfaces, and a switch over such constants.
public class EnumBodies {
    interface Op { int apply(int a, int b); }

    enum Arith implements Op {
        PLUS("+") {
            public int apply(int a, int b) { return a + b; }
        },
        MINUS("-") {
            public int apply(int a, int b) { return a - b; }
        },
        TIMES("*") {
            public int apply(int a, int b) { return a * b; }
            String describe() { return "multiplication, symbol " + symbol; }
        },
        DIVIDE("/") {
            public int apply(int a, int b) { return a / b; }
        };

        final String symbol;

        Arith(String symbol) { this.symbol = symbol; }

        String describe() { return name().toLowerCase() + " " + symbol; }
    }

    enum Shape {
        CIRCLE {
            double area(double size) { return 3 * size * size; }
        },
        SQUARE {
            double area(double size) { return size * size; }
        },
        POINT;

        double area(double size) { return 0; }
    }

    enum Counter {
        FIRST, SECOND, THIRD;

        static int total;
        final int position;

        Counter() { position = ordinal() * 10; }

        static {
            for (Counter c : values()) total += c.position;
        }
    }

    public static void main(String[] args) {
        for (Arith a : Arith.values()) {
            System.out.println(a + " " + a.describe() + " 12" + a.symbol + "4 = " + a.apply(12, 4));
            System.out.println("  same class as declaring: " + (a.getClass() == a.getDeclaringClass()) + ", declaring " + a.getDeclaringClass().getName()
                    + ", superclass is declaring: " + (a.getClass().getSuperclass() == Arith.class)
                    + ", isEnum " + a.getClass().isEnum() + "/" + a.getDeclaringClass().isEnum());
        }
        try {
            Arith.DIVIDE.apply(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("DIVIDE by zero: " + e.getMessage());
        }
        Op op = Arith.valueOf("TIMES");
        System.out.println("through interface " + op.apply(6, 7));
        for (Shape s : Shape.values()) {
            System.out.println(s + " area " + s.area(2) + " body " + (s.getClass() != Shape.class) + " declaring " + s.getDeclaringClass().getSimpleName());
            switch (s) {
                case CIRCLE: System.out.println("  round"); break;
                case SQUARE: System.out.println("  four corners"); break;
                default: System.out.println("  nothing");
            }
        }
        System.out.println("Shape.valueOf body constant " + Shape.valueOf("CIRCLE").area(1) + " " + (Shape.valueOf("CIRCLE") == Shape.CIRCLE));
        System.out.println("Counter total " + Counter.total + " positions " + Counter.FIRST.position + " " + Counter.SECOND.position + " " + Counter.THIRD.position);
        System.out.println("compareTo across bodies " + Arith.PLUS.compareTo(Arith.DIVIDE) + " " + Arith.DIVIDE.compareTo(Arith.PLUS));
    }
}
