// valueOf caches: Integer/Short/Long/Byte in -128..127, Character 0..127
// and Boolean are shared objects; outside the range, boxing creates new
// objects (with HotSpot's default AutoBoxCacheMax).
public class BoxingCaches {
    public static void main(String[] args) {
        int[] probes = { -129, -128, -1, 0, 1, 100, 127, 128, 1000 };
        for (int v : probes) {
            Integer a = v, b = v;
            Integer c = Integer.valueOf(v), d = Integer.valueOf(v);
            Long la = (long) v, lb = Long.valueOf(v);
            System.out.println("Integer " + v + ": autobox== " + (a == b) + " valueOf== " + (c == d) + " equals " + a.equals(b)
                    + " | Long== " + (la == lb) + " equals " + la.equals(lb));
        }
        short[] sp = { -129, -128, 127, 128 };
        for (short v : sp) {
            Short a = v, b = v;
            System.out.println("Short " + v + ": " + (a == b) + " " + a.equals(b));
        }
        Byte b1 = (byte) -128, b2 = (byte) -128, b3 = (byte) 127, b4 = Byte.valueOf((byte) 127);
        System.out.println("Byte: " + (b1 == b2) + " " + (b3 == b4));
        char[] cp = { 0, 'A', 127, 128, '\u00e9', '\u4e2d' };
        for (char v : cp) {
            Character a = v, b = v;
            System.out.println("Character " + (int) v + ": " + (a == b) + " " + a.equals(b));
        }
        Boolean t1 = true, t2 = Boolean.valueOf(true), t3 = Boolean.valueOf("TRUE"), f1 = false;
        System.out.println("Boolean: " + (t1 == t2) + " " + (t2 == t3) + " " + (t1 == Boolean.TRUE) + " " + (f1 == Boolean.FALSE));
        // Explicit constructors never share (deprecated but available).
        @SuppressWarnings("deprecation")
        Integer n1 = new Integer(5);
        Integer n2 = 5;
        System.out.println("new Integer(5) == 5 boxed: " + (n1 == n2) + ", equals " + n1.equals(n2) + ", unboxed == " + (n1.intValue() == n2));
        // Float and Double are never cached.
        Double d1 = 1.0, d2 = 1.0;
        Float f2 = 1f, f3 = 1f;
        System.out.println("Double== " + (d1 == d2) + " equals " + d1.equals(d2) + ", Float== " + (f2 == f3));
        // Mixed comparisons unbox.
        Integer big1 = 1000, big2 = 1000;
        System.out.println("1000: == " + (big1 == big2) + ", <= and >= " + (big1 <= big2 && big1 >= big2) + ", == int " + (big1 == 1000));
        Long l1 = 127L;
        Integer i1 = 127;
        System.out.println("Long.equals(Integer) " + l1.equals(i1) + ", Long.equals(127L) " + l1.equals(127L));
        // Counting distinct objects in a loop.
        Integer prev = null;
        int shared = 0;
        for (int i = 120; i < 136; i++) {
            Integer x = i, y = i;
            if (x == y) shared++;
            prev = x;
        }
        System.out.println("shared in 120..135: " + shared + ", last " + prev);
    }
}
