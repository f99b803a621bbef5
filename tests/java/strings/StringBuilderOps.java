// StringBuilder: append of every type, insert, delete, replace, reverse
// (surrogate pairs stay together), setCharAt, setLength, indexOf, and
// chaining. Capacity is not printed (it is an implementation detail).
public class StringBuilderOps {
    static class Thing {
        public String toString() { return "<thing>"; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("str").append(' ').append(42).append(' ').append(-7L).append(' ').append(1.5f).append(' ').append(2.25)
          .append(' ').append(true).append(' ').append((Object) null).append(' ').append((String) null).append(' ')
          .append(new char[] { 'c', 'h' }).append(' ').append(new Thing()).append(' ').append(new char[] { 'a', 'b', 'c', 'd' }, 1, 2)
          .append(' ').append("0123456789", 3, 6).append(' ').append((CharSequence) new StringBuilder("sb"))
          .append(' ').append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE).append(' ').append(Double.NaN).append(' ')
          .append(-0.0f).append(' ').append((short) -3).append(' ').append((byte) 8).append(' ').append((StringBuilder) null);
        System.out.println(sb);
        System.out.println("length " + sb.length());
        StringBuilder t = new StringBuilder("0123456789");
        t.insert(0, "start-").insert(t.length(), "-end").insert(8, 'X').insert(3, 99).insert(2, true).insert(1, 2.5)
         .insert(0, new char[] { '[', ']' }).insert(5, (Object) "obj").insert(4, 7L).insert(6, (String) null);
        System.out.println("insert: " + t);
        t = new StringBuilder("abcdefghij");
        System.out.println("delete(2,5): " + t.delete(2, 5));
        System.out.println("deleteCharAt(0): " + t.deleteCharAt(0));
        System.out.println("delete(3, 100): " + t.delete(3, 100));
        System.out.println("delete(0, 0): " + t.delete(0, 0));
        t = new StringBuilder("The quick brown fox");
        System.out.println("replace(4, 9, slow): " + t.replace(4, 9, "slow"));
        System.out.println("replace(0, 100, all): " + new StringBuilder("abc").replace(1, 100, "Z"));
        System.out.println("replace at end: " + new StringBuilder("abc").replace(3, 3, "!"));
        System.out.println("reverse: " + new StringBuilder("stressed").reverse());
        StringBuilder sur = new StringBuilder("a\uD83D\uDE00b\uD834\uDD1Ec");
        sur.reverse();
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < sur.length(); i++) codes.append(Integer.toHexString(sur.charAt(i))).append(' ');
        System.out.println("reverse with surrogates: " + codes);
        StringBuilder ch = new StringBuilder("hello");
        ch.setCharAt(0, 'j');
        System.out.println("setCharAt: " + ch + " charAt(1) " + ch.charAt(1));
        ch.setLength(3);
        System.out.println("setLength(3): " + ch + " length " + ch.length());
        ch.setLength(6);
        StringBuilder zeros = new StringBuilder();
        for (int i = 0; i < ch.length(); i++) zeros.append((int) ch.charAt(i)).append(',');
        System.out.println("setLength(6) pads with NUL: " + zeros);
        ch.setLength(0);
        System.out.println("setLength(0): [" + ch + "] " + ch.length());
        StringBuilder s = new StringBuilder("abcabcabc");
        System.out.println("indexOf " + s.indexOf("bc") + " " + s.indexOf("bc", 2) + " " + s.indexOf("zz") + " lastIndexOf " + s.lastIndexOf("bc")
                + " " + s.lastIndexOf("bc", 6) + " " + s.indexOf(""));
        System.out.println("substring " + s.substring(3) + " " + s.substring(2, 5) + " subSequence " + s.subSequence(0, 2));
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(0x41).appendCodePoint(0x1F600).appendCodePoint(0x3B1);
        System.out.println("appendCodePoint length " + cp.length() + " codePointAt(1) " + cp.codePointAt(1) + " codePointCount " + cp.codePointCount(0, cp.length()));
        // Builders are mutable and shared.
        StringBuilder shared = new StringBuilder("x");
        StringBuilder alias = shared;
        alias.append("y");
        System.out.println("shared " + shared + " same " + (alias == shared) + " toString equal " + shared.toString().equals(alias.toString()));
        // Building a large string.
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10000; i++) big.append(i % 10);
        int digitSum = 0;
        for (int i = 0; i < big.length(); i++) digitSum += big.charAt(i) - '0';
        System.out.println("big length " + big.length() + " digit sum " + digitSum);
        for (int i = 0; i < 9000; i++) big.deleteCharAt(big.length() - 1);
        System.out.println("after deletes length " + big.length() + " tail " + big.substring(990));
        // StringBuilder(CharSequence), StringBuilder(int) and StringBuffer.
        System.out.println(new StringBuilder((CharSequence) "cs").append(new StringBuilder(100).append("cap")));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, '>').reverse();
        System.out.println("StringBuffer " + buf + " " + buf.length());
        // compound += on a String uses a builder each time.
        String acc = "";
        for (int i = 0; i < 5; i++) acc += i + ",";
        System.out.println("acc " + acc);
        // equals is identity for StringBuilder.
        System.out.println("builder equals " + new StringBuilder("a").equals(new StringBuilder("a")));
    }
}
