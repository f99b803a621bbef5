// Valid code whose verification needs classes in awkward states: a
// superclass whose factory returns the subclass that is being loaded (the
// main class itself), a class returning its subclass as an interface, a
// merge of two sibling classes at a branch, arrays passed as Object[] and
// Cloneable, and an object created inside a try block. The verifier must
// accept all of it (HotSpot does) without loading classes out of order.
public class VerifyLoadOrder extends VerifyLoadOrderBase {
    String name() { return "main subclass"; }

    interface Shape { String describe(); }
    static class Square implements Shape { public String describe() { return "square"; } }
    static class Circle implements Shape { public String describe() { return "circle"; } }

    static Shape pick(boolean square) {
        Shape s;
        if (square)
            s = new Square();
        else
            s = new Circle();
        return s;
    }

    static Object[] asObjects(String[] strings) { return strings; }

    static Cloneable asCloneable(int[] ints) { return ints; }

    static String guarded(int n) {
        StringBuilder sb;
        try {
            sb = new StringBuilder("n=");
            if (n < 0)
                throw new IllegalArgumentException("negative");
        } catch (IllegalArgumentException e) {
            return "caught " + e.getMessage();
        }
        return sb.append(n).toString();
    }

    public static void main(String[] args) {
        VerifyLoadOrderBase b = VerifyLoadOrderBase.create();
        System.out.println(b.name());
        System.out.println(pick(true).describe() + " " + pick(false).describe());
        System.out.println(asObjects(new String[] {"a", "b"}).length);
        System.out.println(((int[]) asCloneable(new int[] {1, 2, 3})).length);
        System.out.println(guarded(4) + ", " + guarded(-1));
        System.out.println(VerifyLoadOrderBase.sibling().name());
    }
}

class VerifyLoadOrderBase {
    static VerifyLoadOrderBase create() { return new VerifyLoadOrder(); }

    static VerifyLoadOrderBase sibling() { return new VerifyLoadOrderSibling(); }

    String name() { return "base"; }
}

class VerifyLoadOrderSibling extends VerifyLoadOrderBase {
    String name() { return "sibling"; }
}
