// String concatenation of every type (StringBuilder chains at --release 8):
// primitives, null, objects with toString, char arrays via String.valueOf,
// and the left-to-right evaluation that decides numeric vs string +.
public class ConcatAllTypes {
    static class P {
        final int x;
        P(int x) { this.x = x; }
        public String toString() { return "P" + x; }
    }

    static class NullToString {
        public String toString() { return null; }
    }

    public static void main(String[] args) {
        byte b = -12;
        short s = 1234;
        char c = 'Z';
        int i = -42;
        long l = 9876543210L;
        float f = 3.25f;
        double d = -0.1;
        boolean z = false;
        String str = "s";
        String nul = null;
        Object obj = new P(7);
        Object nobj = null;
        System.out.println("all: " + b + s + c + i + l + f + d + z + str + nul + obj + nobj);
        System.out.println("spaced: " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + z);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println("x" + (1 + 2));
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println('a' + "" + 'b');
        System.out.println((char) ('a' + 1) + "!");
        System.out.println(null + "null");
        System.out.println(nul + nul);
        System.out.println("toString returning null: " + new NullToString());
        System.out.println("char array via valueOf: " + String.valueOf(new char[] { 'o', 'k' }));
        String acc = "start";
        acc += 1;
        acc += 'c';
        acc += 2.5;
        acc += true;
        acc += nobj;
        acc += new P(3);
        acc += -0.0f;
        System.out.println("compound: " + acc);
        String n = null;
        n += "x";
        System.out.println("null += x: " + n);
        // Extreme values.
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MAX_VALUE);
        System.out.println(Float.NaN + " " + Double.NEGATIVE_INFINITY + " " + (-0.0) + " " + (0.0f) + " " + (int) Character.MAX_VALUE + "|");
        System.out.println((byte) 128 + " " + (short) 40000 + " " + (char) 65 + " " + (int) 'A');
        // Concatenation inside loops and with method results.
        String line = "";
        for (int k = 0; k < 5; k++) line = line + k + (k % 2 == 0 ? "e" : "o") + (k < 4 ? "," : "");
        System.out.println(line);
        System.out.println("len " + line.length() + line.length() + " sum " + (line.length() + line.length()));
        // Constant folding of concatenations by javac.
        final String k1 = "con", k2 = "cat";
        final int k3 = 5;
        System.out.println(k1 + k2 + k3 + 'x' + 1.5 + true);
        // Large mixed concatenation.
        StringBuilder expected = new StringBuilder();
        String big = "";
        for (int k = 0; k < 200; k++) {
            big += k;
            expected.append(k);
        }
        System.out.println("big equals builder: " + big.equals(expected.toString()) + " length " + big.length());
        Object[] things = { 1, 2L, 3.0f, 4.0, '5', (byte) 6, (short) 7, true, "nine", null, new P(11) };
        String joined = "";
        for (Object o : things) joined += o + ";";
        System.out.println(joined);
    }
}
