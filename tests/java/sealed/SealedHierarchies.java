// min-release: 17
// Sealed hierarchies of other shapes: a sealed interface permitting an enum
// (whose constants with bodies are themselves a sealed hierarchy), a record
// and a non-sealed functional subinterface that lambdas and anonymous
// classes then implement (their classes' direct superinterface is the
// non-sealed one, so loading them is allowed); permitted subclasses nested
// at different depths; a sealed class whose permitted subclass is itself
// sealed and abstract.
public class SealedHierarchies {
    sealed interface Token permits Keyword, Number, Custom { String text(); }

    enum Keyword implements Token {
        IF { public String text() { return "if"; } },
        ELSE { public String text() { return "else"; } },
        WHILE;

        public String text() { return name().toLowerCase(); }
    }

    record Number(int value) implements Token {
        public String text() { return Integer.toString(value); }
    }

    non-sealed interface Custom extends Token { }

    static class Deep {
        static class Deeper {
            static final class Leaf extends Node { String kind() { return "leaf"; } }
        }
    }

    static abstract sealed class Node permits Deep.Deeper.Leaf, Branch {
        abstract String kind();
    }

    static abstract sealed class Branch extends Node permits Binary, Unary { }

    static final class Binary extends Branch { String kind() { return "binary"; } }

    static final class Unary extends Branch { String kind() { return "unary"; } }

    static String describe(Token t) {
        if (t instanceof Keyword k) return "keyword " + k.text() + " (" + k.ordinal() + ", body " + (k.getClass() != Keyword.class) + ")";
        if (t instanceof Number n) return "number " + n.value();
        if (t instanceof Custom c) return "custom " + c.text();
        return "impossible";
    }

    public static void main(String[] args) {
        Custom lambda = () -> "from a lambda";
        Custom anon = new Custom() {
            public String text() { return "from an anonymous class"; }
        };
        Token[] tokens = { Keyword.IF, Keyword.ELSE, Keyword.WHILE, new Number(42), lambda, anon };
        for (Token t : tokens) System.out.println(describe(t) + " | text " + t.text());
        System.out.println("lambda is a Token " + (lambda instanceof Token) + ", a Custom " + (lambda instanceof Custom));
        Node[] nodes = { new Deep.Deeper.Leaf(), new Binary(), new Unary() };
        for (Node n : nodes) System.out.println(n.kind() + " branch " + (n instanceof Branch) + " superclass " + n.getClass().getSuperclass().getSimpleName());
    }
}
