// Nested conditional expressions and short-circuit evaluation.
public class Ternaries {
    static int calls;

    static boolean yes(String tag) {
        calls++;
        System.out.println("  eval " + tag);
        return true;
    }

    static boolean no(String tag) {
        calls++;
        System.out.println("  eval " + tag);
        return false;
    }

    static String sign(int x) { return x > 0 ? "positive" : x < 0 ? "negative" : "zero"; }

    static String grade(int score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
    }

    static int max3(int a, int b, int c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); }

    public static void main(String[] args) {
        for (int x = -2; x <= 2; x++) System.out.println(x + " is " + sign(x));
        for (int s = 55; s <= 100; s += 9) System.out.println(s + " -> " + grade(s));
        int[][] triples = { { 1, 2, 3 }, { 3, 2, 1 }, { 2, 3, 1 }, { 5, 5, 4 }, { -1, -2, -3 } };
        for (int[] t : triples) System.out.println("max3 " + t[0] + "," + t[1] + "," + t[2] + " = " + max3(t[0], t[1], t[2]));
        System.out.println("a && b:");
        boolean r = no("a") && yes("b");
        System.out.println(" = " + r);
        System.out.println("a || b:");
        r = yes("a") || no("b");
        System.out.println(" = " + r);
        System.out.println("(a || b) && c:");
        r = (no("a") || yes("b")) && no("c");
        System.out.println(" = " + r);
        System.out.println("a ? b : c:");
        r = no("a") ? yes("b") : no("c");
        System.out.println(" = " + r);
        System.out.println("!a && !b || c:");
        r = !yes("a") && !no("b") || yes("c");
        System.out.println(" = " + r);
        System.out.println("calls = " + calls);
        // Ternary producing different numeric types.
        boolean flag = calls > 3;
        long l = flag ? 1 : 2L;
        double d = !flag ? 1 : 2.5;
        System.out.println("l=" + l + " d=" + d);
        Integer boxed = null;
        Object o = flag ? "string" : boxed;
        System.out.println("o=" + o);
        // Ternaries as lvalue selectors via arrays.
        int[] a = new int[2];
        for (int i = 0; i < 10; i++) a[i % 3 == 0 ? 0 : 1] += i;
        System.out.println("a=" + a[0] + "," + a[1]);
        // Deep nesting.
        for (int i = 0; i < 8; i++) {
            String s = (i & 4) != 0 ? ((i & 2) != 0 ? ((i & 1) != 0 ? "111" : "110") : ((i & 1) != 0 ? "101" : "100"))
                                    : ((i & 2) != 0 ? ((i & 1) != 0 ? "011" : "010") : ((i & 1) != 0 ? "001" : "000"));
            System.out.println(i + " = " + s);
        }
        // Conditional boolean expressions as values.
        int count = 0;
        for (int i = 0; i < 100; i++) {
            boolean b = i % 2 == 0 && i % 3 == 0 || i % 7 == 0 && !(i % 5 == 0);
            if (b) count++;
        }
        System.out.println("count " + count);
    }
}
