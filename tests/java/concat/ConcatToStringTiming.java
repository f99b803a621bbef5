// When toString is called on concatenation operands: as each operand is
// evaluated, in both compiled forms. With --release 8 javac appends each
// operand to a StringBuilder in turn; javac 17 (since the fix for
// JDK-8273914) calls String.valueOf on each non-String reference operand as
// it evaluates it, and passes the strings to the invokedynamic call site.
// Checked here: operands whose toString logs, a StringBuilder mutated by a
// later operand, a toString with side effects, and an operand whose
// toString reads state that a later operand changes.
public class ConcatToStringTiming {
    static StringBuilder log = new StringBuilder();

    static class Loud {
        final String name;

        Loud(String name) {
            this.name = name;
        }

        public String toString() {
            log.append("toString(").append(name).append(") ");
            return name;
        }
    }

    static Loud make(String name) {
        log.append("make(").append(name).append(") ");
        return new Loud(name);
    }

    static class Counter {
        int value;

        public String toString() {
            value++;
            return "c" + value;
        }
    }

    public static void main(String[] args) {
        String s = make("a") + "-" + make("b") + "-" + make("c");
        System.out.println(s);
        System.out.println(log);
        log.setLength(0);

        StringBuilder sb = new StringBuilder("sb");
        String t = "[" + sb + "][" + sb.append("!") + "][" + sb.append("?") + "]";
        System.out.println(t);

        Counter c = new Counter();
        String u = c + " " + c + " " + c;
        System.out.println(u + " value " + c.value);

        int[] box = { 0 };
        Object later = new Object() {
            public String toString() {
                return "later saw " + box[0];
            }
        };
        String v = later + " / " + (box[0] = 5) + " / " + later;
        System.out.println(v);
    }
}
