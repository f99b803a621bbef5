// String identity: literals and compile-time constants are interned and
// shared; strings built at run time are new objects until intern()ed.
public class InternIdentity {
    static final String CONST = "con" + "st";
    static String nonConst = "con";

    static class Other {
        static final String LIT = "shared literal";
    }

    public static void main(String[] args) {
        String a = "shared literal";
        String b = "shared literal";
        System.out.println("same literal: " + (a == b));
        System.out.println("literal in another class: " + (a == Other.LIT));
        System.out.println("constant expression: " + (CONST == "const"));
        final String f = "con";
        System.out.println("final local constant: " + ((f + "st") == "const"));
        String runtime = nonConst + "st";
        System.out.println("runtime concat: " + (runtime == "const") + ", equals: " + runtime.equals("const"));
        System.out.println("interned: " + (runtime.intern() == "const"));
        String fresh = new String("shared literal");
        System.out.println("new String: " + (fresh == a) + ", intern: " + (fresh.intern() == a));
        String built = new StringBuilder("never").append("-seen").toString();
        String builtInterned = built.intern();
        System.out.println("first intern returns an equal string: " + builtInterned.equals("never-seen") + ", literal now identical: "
                + (builtInterned == "never-seen"));
        String s1 = new String(new char[] { 'x', 'y' });
        String s2 = new String(new char[] { 'x', 'y' });
        System.out.println("two new strings: " + (s1 == s2) + ", interned: " + (s1.intern() == s2.intern()));
        System.out.println("substring(0) is the same object: " + (a.substring(0) == a));
        System.out.println("String.valueOf(String) same: " + (String.valueOf(a) == a));
        System.out.println("toString same: " + (a.toString() == a));
        System.out.println("empty literals: " + ("" == "") + " " + ("".intern() == ""));
        String[] pool = new String[100];
        for (int i = 0; i < pool.length; i++) pool[i] = ("k" + (i % 10)).intern();
        int distinct = 0;
        for (int i = 0; i < pool.length; i++) {
            boolean seen = false;
            for (int j = 0; j < i; j++) if (pool[j] == pool[i]) seen = true;
            if (!seen) distinct++;
        }
        System.out.println("distinct interned objects: " + distinct);
        System.out.println("switch uses equals, not identity: " + kind(new String("alpha")));
    }

    static String kind(String s) {
        switch (s) {
            case "alpha": return "matched alpha";
            default: return "no match";
        }
    }
}
