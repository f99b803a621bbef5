// Order of evaluation in string concatenation: operands with side effects
// are evaluated left to right, exactly once; compound assignment reads the
// left side before evaluating the right; and nested concatenations inside
// operands (method arguments, ternaries, array indices) are computed
// before the outer string.
public class ConcatOrder {
    static StringBuilder trace = new StringBuilder();
    static int counter;

    static int next(String tag) {
        trace.append(tag).append(counter).append(' ');
        return counter++;
    }

    static String str(String tag) {
        trace.append(tag).append(' ');
        return tag.toUpperCase();
    }

    static String[] slots = { "zero", "one", "two", "three" };

    static String field = "f";

    public static void main(String[] args) {
        String s = "a" + next("x") + str("m") + next("y") + "b" + next("z");
        System.out.println(s + " | trace " + trace);
        trace.setLength(0);

        int i = 0;
        String t = i++ + "," + i++ + "," + ++i + "," + (i += 5) + "," + i;
        System.out.println("increments " + t);

        String u = "start";
        u += (u = "replaced") + "|" + u;
        System.out.println("compound reads left first: " + u);

        int k = 1;
        slots[k] += "+" + (k = 2) + slots[k];
        System.out.println("array compound: " + slots[0] + " " + slots[1] + " " + slots[2]);

        field += str("inner") + (field = "g");
        System.out.println("field compound: " + field + " | trace " + trace);
        trace.setLength(0);

        String nested = "[" + ("(" + next("p") + ")") + str("q" + next("r")) + (next("s") > 5 ? "big" + counter : "small" + counter) + "]";
        System.out.println(nested + " | trace " + trace);
        trace.setLength(0);

        long l = 10;
        double d = 0.25;
        String mix = l++ + "/" + (d *= 2) + "/" + l + "/" + d + "/" + (char) ('a' + l);
        System.out.println("mixed " + mix);

        // a concatenation per iteration of a loop, reusing the call site
        String acc = "";
        for (int j = 0; j < 6; j++) {
            acc = acc.length() + "<" + acc + ">" + j;
        }
        System.out.println("loop " + acc);

        // the result of a concatenation is a new string each time
        String a1 = "v" + k;
        String a2 = "v" + k;
        System.out.println("equal " + a1.equals(a2) + ", same " + (a1 == a2));
    }
}
