// min-release: 17
// Record constructors: compact canonical constructors that validate
// (throwing) and normalize (reassigning parameters before the implicit
// field assignments), explicit canonical constructors, additional
// constructors delegating with this(...), static factories, and the order
// of evaluation in a compact constructor.
public class RecordConstructors {
    static StringBuilder log = new StringBuilder();

    record Range(int lo, int hi) {
        Range {
            log.append("compact(").append(lo).append(',').append(hi).append(") ");
            if (lo > hi) throw new IllegalArgumentException("lo " + lo + " > hi " + hi);
        }

        Range(int single) {
            this(single, single);
            log.append("single ");
        }

        static Range of(String s) {
            int dash = s.indexOf('-', 1);
            return new Range(Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1)));
        }

        int length() { return hi - lo; }
    }

    record Name(String first, String last) {
        Name {
            first = first == null ? "?" : first.trim();
            last = last.toUpperCase();
        }
    }

    record Fraction(int num, int den) {
        Fraction(int num, int den) {
            int g = gcd(Math.abs(num), Math.abs(den));
            if (den < 0) {
                num = -num;
                den = -den;
            }
            this.num = num / g;
            this.den = den / g;
        }

        static int gcd(int a, int b) { return b == 0 ? Math.max(a, 1) : gcd(b, a % b); }

        Fraction plus(Fraction o) { return new Fraction(num * o.den + o.num * den, den * o.den); }
    }

    public static void main(String[] args) {
        Range r = new Range(2, 9);
        System.out.println(r + " length " + r.length());
        Range s = new Range(5);
        System.out.println(s + " length " + s.length());
        System.out.println(Range.of("-3-4"));
        System.out.println("log: " + log);
        try {
            new Range(9, 2);
            System.out.println("no exception?!");
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }

        Name n = new Name("  ada ", "lovelace");
        System.out.println(n + " first=[" + n.first() + "]");
        System.out.println(new Name(null, "x"));
        try {
            new Name("a", null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("null last name: NullPointerException");
        }

        Fraction f = new Fraction(6, -8);
        System.out.println(f + " equals " + f.equals(new Fraction(-3, 4)) + " hash " + f.hashCode());
        Fraction sum = new Fraction(0, 1);
        for (int i = 1; i <= 6; i++) {
            sum = sum.plus(new Fraction(1, i * (i + 1)));
            System.out.println("sum to " + i + " = " + sum.num() + "/" + sum.den());
        }
    }
}
