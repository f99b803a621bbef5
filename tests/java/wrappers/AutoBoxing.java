// Autoboxing and unboxing in assignments, arithmetic, increments,
// conditionals, method arguments, arrays and generic containers.
public class AutoBoxing {
    static long sum(Long a, long b) { return a + b; }
    static Object box(int x) { return x; }
    static String which(Object o) { return "Object"; }
    static String which(int i) { return "int"; }
    static String which(long l) { return "long"; }
    static String which2(Integer i) { return "Integer"; }
    static String which2(long l) { return "long"; }

    static class Holder<T> {
        T value;
        Holder(T v) { value = v; }
    }

    public static void main(String[] args) {
        Integer a = 10;
        int b = a;
        a++;
        a += 5;
        a = a * 2;
        System.out.println("a=" + a + " b=" + b);
        Integer before = a;
        a++;
        System.out.println("increment makes a new object for big values: " + (before != a) + ", before " + before + " after " + a);
        Double d = 1.5;
        d *= 2;
        d++;
        System.out.println("d=" + d);
        Character c = 'x';
        c++;
        System.out.println("c=" + c + " as int " + (int) c);
        Boolean flag = true;
        if (flag) System.out.println("Boolean in if");
        flag = !flag;
        System.out.println("flag " + flag + " " + (flag ? "yes" : "no"));
        Long total = 0L;
        for (int i = 0; i < 100; i++) total += i;
        System.out.println("total " + total + " sum " + sum(total, 1));
        System.out.println("overloads: " + which(5) + " " + which(5L) + " " + which((Integer) 5) + " " + which2(5) + " " + which2((Integer) 5));
        Object o = box(300);
        System.out.println("boxed as " + o.getClass().getSimpleName() + " " + o);
        Integer[] arr = { 1, 2, 3, null };
        int s = 0;
        for (Integer x : arr) if (x != null) s += x;
        System.out.println("sum of Integer[] " + s);
        Holder<Integer> h = new Holder<Integer>(41);
        h.value++;
        System.out.println("holder " + h.value);
        Holder<Double> hd = new Holder<Double>(0.5);
        hd.value += 0.25;
        System.out.println("holder double " + hd.value);
        // Conditional expression mixing Integer and int unboxes.
        Integer maybeNull = null;
        Integer chosen = true ? maybeNull : Integer.valueOf(0);
        System.out.println("reference conditional keeps null: " + chosen);
        try {
            boolean cond = true;
            int bad = cond ? maybeNull : 0;
            System.out.println("not reached " + bad);
        } catch (NullPointerException e) {
            System.out.println("primitive conditional unboxes null: NullPointerException");
        }
        // Comparison operators unbox; == compares references.
        Integer p = 500, q = 500;
        System.out.println("p < q " + (p < q) + ", p <= q " + (p <= q) + ", p == q " + (p == q) + ", p.equals(q) " + p.equals(q)
                + ", p == 500 " + (p == 500));
        // Widening then boxing is not allowed, but boxing then widening to Object is.
        Object num = 'z';
        System.out.println("char boxed to " + num.getClass().getSimpleName());
        // Unboxing conversions through intValue etc.
        Double big = 1e10;
        Long lv = 123456789012L;
        System.out.println(big.intValue() + " " + big.longValue() + " " + big.floatValue() + " " + lv.intValue() + " " + lv.shortValue()
                + " " + lv.byteValue() + " " + lv.doubleValue() + " " + a.byteValue() + " " + Float.valueOf(2.75f).intValue());
        Number n = 3.99;
        System.out.println("Number.intValue " + n.intValue() + " longValue " + n.longValue());
        // Switch on a boxed value.
        Integer key = 2;
        switch (key) {
            case 1: System.out.println("one"); break;
            case 2: System.out.println("two (unboxed switch)"); break;
            default: System.out.println("other");
        }
        Character ck = 'b';
        switch (ck) {
            case 'a': System.out.println("a"); break;
            case 'b': System.out.println("b (unboxed char switch)"); break;
            default: System.out.println("?");
        }
    }
}
