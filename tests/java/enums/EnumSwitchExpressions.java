// min-release: 17
// Switch expressions and arrow-form switch statements on enums (Java 14):
// exhaustive switches without default (javac adds a default that throws
// IncompatibleClassChangeError), several constants per case, blocks with
// yield, enums with bodies, and nested switch expressions.
public class EnumSwitchExpressions {
    enum Color { RED, GREEN, BLUE, YELLOW }

    enum Op {
        ADD { int apply(int a, int b) { return a + b; } },
        SUB { int apply(int a, int b) { return a - b; } },
        MUL { int apply(int a, int b) { return a * b; } };

        abstract int apply(int a, int b);
    }

    static int wavelength(Color c) {
        return switch (c) {
            case RED -> 700;
            case GREEN -> 530;
            case BLUE -> 470;
            case YELLOW -> 580;
        };
    }

    static String mix(Color a, Color b) {
        return switch (a) {
            case RED -> switch (b) {
                case GREEN -> "yellowish";
                case BLUE -> "purple";
                default -> "red-ish";
            };
            case GREEN, BLUE -> {
                String s = a.name().toLowerCase() + "+" + b.name().toLowerCase();
                if (a == b) yield "pure " + s;
                yield s;
            }
            case YELLOW -> "yellow";
        };
    }

    static String symbol(Op op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + wavelength(c) + "nm");
        }
        for (Color a : Color.values()) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (Color b : Color.values()) sb.append(' ').append(mix(a, b));
            System.out.println(sb);
        }
        for (Op op : Op.values()) {
            System.out.println("7 " + symbol(op) + " 3 = " + op.apply(7, 3));
        }
        int total = 0;
        for (Color c : Color.values()) {
            switch (c) {
                case RED, YELLOW -> total += 1;
                case GREEN -> total += 10;
                default -> {
                    total += 100;
                    total *= 2;
                }
            }
        }
        System.out.println("total " + total);
        try {
            wavelength(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("switch expression on null: NullPointerException");
        }
    }
}
