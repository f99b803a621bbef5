// min-release: 17
// Records with array and reference components: equals compares arrays by
// reference (not contents), nested records by equals, and null components
// are handled; the toString of a record with a nested record or a null is
// printed (arrays' own toString is identity-based, so only equality and
// hash relations of array-holding records are printed).
public class RecordArrays {
    record Holder(int[] data, String name) { }
    record Inner(String s, int n) { }
    record Outer(Inner inner, Inner[] many, Object any) { }

    public static void main(String[] args) {
        int[] a = { 1, 2, 3 };
        int[] b = { 1, 2, 3 };
        Holder h1 = new Holder(a, "x");
        Holder h2 = new Holder(a, "x");
        Holder h3 = new Holder(b, "x");
        System.out.println("same array equals " + h1.equals(h2) + ", same hash " + (h1.hashCode() == h2.hashCode()));
        System.out.println("equal contents, other array equals " + h1.equals(h3));
        System.out.println("accessor returns the same array " + (h1.data() == a));
        a[0] = 99;
        System.out.println("mutation visible through record " + h1.data()[0] + ", still equal " + h1.equals(h2));
        Holder n1 = new Holder(null, null);
        Holder n2 = new Holder(null, null);
        System.out.println(n1 + " equals " + n1.equals(n2) + " hash " + n1.hashCode());
        System.out.println("null vs array " + n1.equals(new Holder(a, null)));

        Inner i1 = new Inner("in", 1);
        Outer o1 = new Outer(i1, null, null);
        Outer o2 = new Outer(new Inner("in", 1), null, null);
        System.out.println(o1 + " hash " + o1.hashCode());
        System.out.println("nested equals " + o1.equals(o2) + ", hashes equal " + (o1.hashCode() == o2.hashCode()));
        Outer o3 = new Outer(i1, null, new Inner("any", 2));
        System.out.println(o3 + " hash " + o3.hashCode());
        Outer o4 = new Outer(null, null, o3);
        System.out.println(o4);
        Inner[] arr = { i1 };
        Outer withArr = new Outer(i1, arr, "s");
        System.out.println("array component equals same " + withArr.equals(new Outer(i1, arr, "s")) + " copy " + withArr.equals(new Outer(i1, new Inner[] { i1 }, "s")));
        System.out.println("Inner hash " + i1.hashCode() + " = 31*" + "in".hashCode() + "+1 = " + (31 * "in".hashCode() + 1));
    }
}
