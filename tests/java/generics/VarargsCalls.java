// Varargs: calls with no arguments, one, many, an explicit array, null (as
// the array, or as one element with a cast), primitives boxed into
// Object..., overload resolution preferring fixed arity and no boxing, varargs
// constructors, generic varargs, varargs through method references and
// lambdas, and String.format with varargs.
public class VarargsCalls {
    static String count(Object... xs) {
        if (xs == null) return "null array";
        StringBuilder sb = new StringBuilder(xs.length + ":");
        for (Object x : xs) sb.append(' ').append(x == null ? "null" : x.getClass().getSimpleName() + "=" + x);
        return sb.toString();
    }

    static String ints(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return "int... " + xs.length + " sum " + s;
    }

    static String which(int x) { return "fixed int"; }

    static String which(int... xs) { return "int... " + xs.length; }

    static String which(Object o) { return "Object " + o; }

    static String fixedThenVar(String head, int... rest) { return head + " + " + rest.length; }

    @SafeVarargs
    static <T> T last(T... xs) { return xs.length == 0 ? null : xs[xs.length - 1]; }

    static class Path {
        final String joined;

        Path(String first, String... more) {
            StringBuilder sb = new StringBuilder(first);
            for (String m : more) sb.append('/').append(m);
            joined = sb.toString();
        }
    }

    interface Joiner { String join(String... parts); }
    interface Counter { String count(Object a, Object b); }

    static String joinAll(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) sb.append(p).append('|');
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count(1));
        System.out.println(count(1, 'c', 2.5, true, "s", 3L));
        System.out.println(count(new Object[] { "array", "passed" }));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(null, null));
        System.out.println(count((Object) new String[] { "as", "one" }).startsWith("1: String[]"));
        System.out.println(count(new String[] { "String[]", "spread" }));
        System.out.println(ints() + " / " + ints(1, 2, 3) + " / " + ints(new int[] { 10, 20 }));
        System.out.println(which(1) + " / " + which(1, 2) + " / " + which() + " / " + which(Integer.valueOf(1)) + " / " + which(1L) + " / " + which((short) 3));
        System.out.println(fixedThenVar("head") + " / " + fixedThenVar("head", 1, 2));
        System.out.println("last " + last() + " " + last("a", "b") + " " + last(1, 2, 3) + " " + VarargsCalls.<Object>last("x", 2));
        System.out.println(new Path("usr").joined + " " + new Path("usr", "local", "bin").joined);

        Joiner j = VarargsCalls::joinAll;
        System.out.println(j.join() + " " + j.join("a") + " " + j.join("a", "b", "c"));
        Counter c = VarargsCalls::count;
        System.out.println("varargs method behind a fixed-arity interface: " + c.count("x", 7));
        Joiner lambda = parts -> parts.length + " parts";
        System.out.println(lambda.join("p", "q"));
        System.out.println(String.format("%s-%d-%.2f-%c-%b", "fmt", 42, 3.14159, 'z', null));
        System.out.println(String.format("no args"));
        Object[] fmtArgs = { "from", "array" };
        System.out.println(String.format("%s %s", fmtArgs));
    }
}
