// What lambdas capture: effectively final locals of every type (long and
// double take two slots), parameters, this (fields read at call time, not
// at capture time), the enclosing instance of an inner class (Outer.this),
// arrays (shared, mutable), loop variables (a fresh capture per iteration)
// and many values at once.
public class LambdaCapture {
    interface Text { String get(); }
    interface IntFn { int apply(int x); }

    int field = 1;
    final String name;

    LambdaCapture(String name) { this.name = name; }

    Text captureThis() {
        return () -> name + ".field=" + field;
    }

    Text captureThisAndLocal(int p) {
        long local = p * 1000L;
        return () -> name + " p=" + p + " local=" + local + " field=" + field;
    }

    class Inner {
        int field = 100;

        Text both() {
            return () -> "inner " + field + " outer " + LambdaCapture.this.field + " name " + name;
        }

        Text nested() {
            int x = 5;
            return () -> {
                Text deeper = () -> "deeper x=" + x + " inner=" + this.field + " outer=" + LambdaCapture.this.field;
                return deeper.get();
            };
        }
    }

    static Text captureAll(boolean z, byte b, short s, char c, int i, long l, float f, double d, Object o, String str, int[] arr) {
        return () -> z + " " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + o + " " + str + " " + arr.length;
    }

    static IntFn adder(int n) {
        return x -> x + n;
    }

    static IntFn compose(IntFn f, IntFn g) {
        return x -> f.apply(g.apply(x));
    }

    public static void main(String[] args) {
        LambdaCapture obj = new LambdaCapture("obj");
        Text t = obj.captureThis();
        System.out.println(t.get());
        obj.field = 2;
        System.out.println("after field change: " + t.get());
        Text t2 = obj.captureThisAndLocal(7);
        obj.field = 3;
        System.out.println(t2.get());

        LambdaCapture.Inner inner = obj.new Inner();
        Text b = inner.both();
        inner.field = 200;
        obj.field = 4;
        System.out.println(b.get());
        System.out.println(inner.nested().get());

        int[] shared = { 1, 2, 3 };
        Text all = captureAll(true, (byte) -1, (short) 300, 'q', -5, Long.MIN_VALUE, 1.5f, -0.0, null, "str", shared);
        System.out.println(all.get());

        IntFn[] adders = new IntFn[5];
        for (int i = 0; i < adders.length; i++) {
            int k = i * 10;
            adders[i] = x -> x + k;
        }
        StringBuilder sb = new StringBuilder();
        for (IntFn f : adders) sb.append(f.apply(1)).append(' ');
        System.out.println("per-iteration captures: " + sb);

        String[] words = { "a", "bb", "ccc" };
        Text[] texts = new Text[words.length];
        int idx = 0;
        for (String w : words) {
            texts[idx++] = () -> w + w.length();
        }
        for (Text x : texts) System.out.print(x.get() + " ");
        System.out.println();

        int[] counter = { 0 };
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 10; i++) inc.run();
        System.out.println("array counter " + counter[0]);

        IntFn add3 = adder(3);
        IntFn add4 = adder(4);
        IntFn both = compose(add3, compose(add4, x -> x * 2));
        System.out.println("composed " + both.apply(5) + " " + add3.apply(add4.apply(0)));

        long big = 1L << 40;
        double half = 0.5;
        int small = 3;
        IntFn mixed = x -> (int) ((big >> 30) + x * half + small);
        System.out.println("two-slot captures " + mixed.apply(10));
    }
}
