// Unusual method reference targets: array clone (int[]::clone,
// String[][]::clone, a shallow copy), overloaded library methods selected
// by the interface's types (StringBuilder::append with char vs int,
// String::valueOf with char[], Math::abs for long), final methods of Enum
// (Enum::ordinal, Enum::name, compareTo), methods of Class, bound
// references on boxed receivers and on this::equals / super::hashCode
// semantics without identity values, and references to static methods
// of the wrapper classes; method references implementing a generic
// functional method (<T> T id(T t): a lambda cannot, a reference can).
public class LambdaExoticRefs {
    interface Fn<A, R> { R apply(A a); }
    interface Fn2<A, B, R> { R apply(A a, B b); }
    interface CharAppender { StringBuilder append(StringBuilder sb, char c); }
    interface IntAppender { StringBuilder append(StringBuilder sb, int i); }
    interface LongOp { long apply(long x); }
    interface IntBinary { int apply(int a, int b); }
    interface CharPred { boolean test(char c); }

    enum Color { RED, GREEN, BLUE }

    interface GenericId { <T> T id(T t); }
    interface GenericMax { <T extends Comparable<T>> T max(T a, T b); }

    static <T> T identity(T t) { return t; }

    static <T extends Comparable<T>> T bigger(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

    final int id;

    LambdaExoticRefs(int id) { this.id = id; }

    public boolean equals(Object o) { return o instanceof LambdaExoticRefs && ((LambdaExoticRefs) o).id == id; }

    public int hashCode() { return id * 31; }

    Fn<Object, Boolean> equalsRef() { return this::equals; }

    public static void main(String[] args) {
        Fn<int[], int[]> cloneInts = int[]::clone;
        int[] original = { 1, 2, 3 };
        int[] copy = cloneInts.apply(original);
        copy[0] = 99;
        System.out.println("int[]::clone distinct " + (copy != original) + " original " + original[0] + " copy " + copy[0] + " length " + copy.length);
        Fn<String[][], String[][]> cloneGrid = String[][]::clone;
        String[][] grid = { { "a" }, { "b", "c" } };
        String[][] gridCopy = cloneGrid.apply(grid);
        System.out.println("String[][]::clone shallow " + (gridCopy != grid) + " " + (gridCopy[1] == grid[1]));

        CharAppender ca = StringBuilder::append;
        IntAppender ia = StringBuilder::append;
        StringBuilder sb = new StringBuilder();
        ca.append(sb, 'A');
        ia.append(sb, 'A');
        ca.append(ia.append(sb, -5), '!');
        System.out.println("append char vs int: " + sb);
        Fn<char[], String> fromChars = String::valueOf;
        Fn<Object, String> fromObject = String::valueOf;
        System.out.println("valueOf(char[]) " + fromChars.apply(new char[] { 'h', 'i' }) + " valueOf(Object) " + fromObject.apply("obj"));
        LongOp abs = Math::abs;
        System.out.println("Math::abs long " + abs.apply(Long.MIN_VALUE + 1) + " " + abs.apply(-3));

        Fn<Color, Integer> ordinal = Color::ordinal;
        Fn<Color, String> name = Enum::name;
        Fn2<Color, Color, Integer> cmp = Color::compareTo;
        Fn<Color, Class<Color>> declaring = Color::getDeclaringClass;
        for (Color c : Color.values()) {
            System.out.println(name.apply(c) + " " + ordinal.apply(c) + " vs GREEN " + cmp.apply(c, Color.GREEN) + " " + declaring.apply(c).getSimpleName());
        }
        Fn<String, Color> valueOf = Color::valueOf;
        System.out.println("Color::valueOf " + valueOf.apply("BLUE"));

        Fn<Class<?>, String> className = Class::getName;
        Fn<Class<?>, Boolean> isArray = Class::isArray;
        System.out.println(className.apply(int[].class) + " " + className.apply(Color.class) + " " + isArray.apply(long[][].class) + " " + isArray.apply(Object.class));

        Long five = 5L;
        Fn<Long, Integer> cmpFive = five::compareTo;
        Fn<Object, Boolean> eqFive = five::equals;
        System.out.println("5L compareTo " + cmpFive.apply(3L) + " " + cmpFive.apply(9L) + " equals " + eqFive.apply(5L) + " " + eqFive.apply(5));

        IntBinary sum = Integer::sum;
        IntBinary compare = Integer::compare;
        IntBinary floorMod = Math::floorMod;
        System.out.println("Integer::sum " + sum.apply(2, 3) + " compare " + compare.apply(2, 3) + " floorMod " + floorMod.apply(-7, 3));
        CharPred letter = Character::isLetter;
        CharPred ws = Character::isWhitespace;
        System.out.println("isLetter " + letter.test('x') + letter.test('1') + " isWhitespace " + ws.test(' ') + ws.test('_'));
        Fn<String, Integer> parse = Integer::valueOf;
        Fn<Integer, String> bin = Integer::toBinaryString;
        System.out.println("Integer::valueOf " + parse.apply("-12") + " toBinaryString " + bin.apply(10));

        GenericId gid = LambdaExoticRefs::identity;
        GenericMax gmax = LambdaExoticRefs::bigger;
        String sid = gid.id("text");
        Integer iid = gid.id(12);
        System.out.println("generic functional method " + sid + " " + iid + " " + gmax.max("pear", "apple") + " " + gmax.max(5, 9) + " " + gmax.max(Color.BLUE, Color.RED));

        LambdaExoticRefs a = new LambdaExoticRefs(1);
        Fn<Object, Boolean> eq = a.equalsRef();
        Fn<Object, Integer> hash = Object::hashCode;
        System.out.println("this::equals " + eq.apply(new LambdaExoticRefs(1)) + " " + eq.apply(new LambdaExoticRefs(2)) + " " + eq.apply(null) + " hash via Object::hashCode " + hash.apply(a));
    }
}
