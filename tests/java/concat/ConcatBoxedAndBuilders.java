// Concatenation of boxed values, CharSequences and objects of every kind of
// reference type: wrappers (including cached and uncached boxes), String
// vs StringBuilder vs StringBuffer operands, enums, exceptions (their
// toString), nested concatenations passed as arguments, and very long
// strings (the result's length must be computed correctly).
public class ConcatBoxedAndBuilders {
    enum Color { RED, GREEN }

    public static void main(String[] args) {
        Integer i = 127, j = 128;
        Long l = -5L;
        Character c = 'z';
        Boolean b = Boolean.FALSE;
        Float f = -0.0f;
        Double d = Double.NaN;
        Byte by = (byte) -1;
        Short sh = (short) 300;
        System.out.println("boxes " + i + j + " " + l + c + b + " " + f + " " + d + " " + by + sh);
        System.out.println("unboxed arithmetic " + (i + j) + " boxed concat " + i + j);

        StringBuilder sb = new StringBuilder("builder");
        StringBuffer sf = new StringBuffer("buffer");
        CharSequence cs = "charseq";
        System.out.println(sb + "/" + sf + "/" + cs + "/" + sb.length());

        System.out.println("enum " + Color.RED + " " + Color.GREEN.name() + Color.GREEN.ordinal());
        System.out.println("exception " + new IllegalArgumentException("bad arg"));
        System.out.println("exception without message " + new RuntimeException());

        String big = "0123456789";
        for (int k = 0; k < 12; k++) {
            big = big + big;
        }
        String bigger = big + "|" + big.length() + "|" + big;
        System.out.println("big " + big.length() + " bigger " + bigger.length() + " hash " + bigger.hashCode());

        String inner = "outer(" + String.valueOf("inner(" + i + ")") + "," + Integer.parseInt("1" + j) + ")";
        System.out.println(inner);

        Object[] objs = { i, l, c, b, f, d, by, sh, sb, Color.GREEN };
        String all = "";
        for (Object o : objs) {
            all += o.getClass().getName() + "=" + o + " ";
        }
        System.out.println(all);

        char[] chars = { 'h', 'i' };
        System.out.println("char array via valueOf " + String.valueOf(chars) + " and new String " + new String(chars));
    }
}
