// String concatenation with null operands of every reference type, and with
// objects whose toString returns null, returns "" or throws: what the result
// is, and which exception escapes.
public class ConcatNulls {
    static class NullToString {
        public String toString() {
            return null;
        }
    }

    static class EmptyToString {
        public String toString() {
            return "";
        }
    }

    static class ThrowingToString {
        final String why;

        ThrowingToString(String why) {
            this.why = why;
        }

        public String toString() {
            throw new IllegalStateException("toString failed: " + why);
        }
    }

    static class Named {
        final String name;

        Named(String name) {
            this.name = name;
        }

        public String toString() {
            return "Named(" + name + ")";
        }
    }

    interface Shape {
    }

    public static void main(String[] args) {
        String ns = null;
        Object no = null;
        Integer ni = null;
        Character nc = null;
        Boolean nb = null;
        Double nd = null;
        int[] na = null;
        Shape nshape = null;
        StringBuilder nsb = null;
        CharSequence ncs = null;

        System.out.println("string " + ns);
        System.out.println(ns + " first");
        System.out.println(ns + ns);
        System.out.println("object " + no);
        System.out.println("boxed " + ni + " " + nc + " " + nb + " " + nd);
        System.out.println("array " + na);
        System.out.println("interface " + nshape);
        System.out.println("builder " + nsb + " charseq " + ncs);
        System.out.println("null-returning toString: " + new NullToString());
        System.out.println(new NullToString() + " at start");
        System.out.println("empty toString: [" + new EmptyToString() + "]");
        System.out.println("named " + new Named("a") + " and " + new Named(null));

        String acc = null;
        acc += null;
        acc += "x";
        acc += new NullToString();
        System.out.println("compound " + acc);

        try {
            String s = "before " + new ThrowingToString("one") + " after";
            System.out.println("no exception?! " + s);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }

        int counter = 0;
        try {
            String s = "a" + (counter += 1) + new ThrowingToString("two") + (counter += 10);
            System.out.println("no exception?! " + s);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("counter after failing concat " + counter);

        String prefix = "kept";
        try {
            prefix += new ThrowingToString("compound");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("prefix unchanged: " + prefix);

        Object[] things = { null, "s", 7, 'c', true, 2.5, new Named("n"), new NullToString(), new EmptyToString() };
        for (int i = 0; i < things.length; i++) {
            System.out.println(i + ": <" + things[i] + ">");
        }
        String all = "";
        for (Object o : things) all = all + o + ";";
        System.out.println(all);
        System.out.println("valueOf " + String.valueOf((Object) null) + " " + String.valueOf(new NullToString()));
    }
}
