// Autoboxing where the boxing happens out of sight: in values returned by
// lambdas and method references to generic interfaces (the Integer cache
// applies: == is true in -128..127 only), in generic varargs, in
// conditional expressions mixing boxed and primitive operands (unboxing a
// null throws NullPointerException; a ? Integer : int is an int), in
// compound assignment and increments on boxed variables and fields (new
// objects), and equals between boxes of different types.
public class BoxingThroughLambdas {
    interface Source<T> { T get(int i); }

    static Integer boxedField = 127;

    @SafeVarargs
    static <T> Object[] pack(T... xs) { return xs; }

    static int identity(int x) { return x; }

    public static void main(String[] args) {
        Source<Integer> lambda = i -> i;
        Source<Integer> ref = BoxingThroughLambdas::identity;
        Source<Long> longs = i -> (long) i;
        Source<Character> chars = i -> (char) i;
        Source<Short> shorts = i -> (short) i;
        Source<Byte> bytes = i -> (byte) i;
        Source<Boolean> bools = i -> i % 2 == 0;
        int[] probes = { -129, -128, 0, 127, 128, 1000 };
        for (int v : probes) {
            System.out.println(v + ": lambda " + (lambda.get(v) == lambda.get(v)) + " ref " + (ref.get(v) == ref.get(v)) + " long " + (longs.get(v) == longs.get(v))
                    + " short " + (shorts.get(v) == shorts.get(v)) + " byte " + (bytes.get(v) == bytes.get(v))
                    + " char " + (v >= 0 ? "" + (chars.get(v) == chars.get(v)) : "-") + " equals " + lambda.get(v).equals(ref.get(v)));
        }
        System.out.println("booleans shared " + (bools.get(2) == Boolean.TRUE) + " " + (bools.get(3) == Boolean.FALSE));

        Object[] packed = pack(1, 1, 1000, 1000);
        System.out.println("varargs boxes: small same " + (packed[0] == packed[1]) + ", large same " + (packed[2] == packed[3]) + " " + packed[0].getClass().getName());

        Integer nothing = null;
        boolean flag = args.length == 0;
        try {
            int r = flag ? nothing : 0;
            System.out.println("no exception?! " + r);
        } catch (NullPointerException e) {
            System.out.println("conditional unboxing null: NullPointerException");
        }
        Integer big1 = 1000;
        Object mixed = flag ? big1 : 0;
        Object mixedBoxed = flag ? big1 : Integer.valueOf(0);
        System.out.println("conditional Integer:int is unboxed then reboxed: same object " + (mixed == big1) + ", Integer:Integer keeps it " + (mixedBoxed == big1));
        Object widened = flag ? 1 : 2.0;
        System.out.println("conditional int:double " + widened + " " + widened.getClass().getName());
        Object charOrInt = flag ? 'a' : 0;
        System.out.println("conditional char:constant int " + charOrInt + " " + charOrInt.getClass().getName());

        Integer counter = 126;
        Integer before = counter;
        counter++;
        System.out.println("126++ " + counter + " cached same as valueOf(127) " + (counter == Integer.valueOf(127)) + ", before unchanged " + before);
        counter++;
        System.out.println("127++ " + counter + " same as valueOf(128) " + (counter == Integer.valueOf(128)));
        boxedField += 1;
        System.out.println("field 127+1 " + boxedField + " same as valueOf(128) " + (boxedField == Integer.valueOf(128)));
        Long l = 5L;
        l *= 3;
        Double d = 0.5;
        d += 1;
        Character c = 'a';
        c++;
        System.out.println("compound on boxes " + l + " " + d + " " + c);

        Integer i1 = 10;
        Long l1 = 10L;
        System.out.println("Integer.equals(Long) " + i1.equals(l1) + ", Long.equals(10L) " + l1.equals(10L) + ", == after unboxing " + (i1 == 10) + " " + (l1 == 10));
        System.out.println("Short.equals((short)10) " + Short.valueOf((short) 10).equals((short) 10) + " Short.equals(10) " + Short.valueOf((short) 10).equals(10));
    }
}
