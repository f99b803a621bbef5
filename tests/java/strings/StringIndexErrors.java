// StringIndexOutOfBoundsException and IndexOutOfBoundsException from
// String and StringBuilder methods, with JDK 17's detail messages.
public class StringIndexErrors {
    interface Op { Object run(); }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " -> " + op.run());
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + " -> " + e);
        }
    }

    public static void main(String[] args) {
        final String s = "abc";
        attempt("charAt(5)", new Op() { public Object run() { return s.charAt(5); } });
        attempt("charAt(-1)", new Op() { public Object run() { return s.charAt(-1); } });
        attempt("charAt(3)", new Op() { public Object run() { return s.charAt(3); } });
        attempt("substring(2, 1)", new Op() { public Object run() { return s.substring(2, 1); } });
        attempt("substring(4)", new Op() { public Object run() { return s.substring(4); } });
        attempt("substring(-1)", new Op() { public Object run() { return s.substring(-1); } });
        attempt("substring(0, 4)", new Op() { public Object run() { return s.substring(0, 4); } });
        attempt("substring(3, 3)", new Op() { public Object run() { return "[" + s.substring(3, 3) + "]"; } });
        attempt("subSequence(0, 9)", new Op() { public Object run() { return s.subSequence(0, 9); } });
        attempt("codePointAt(3)", new Op() { public Object run() { return s.codePointAt(3); } });
        attempt("new String(char[3], 1, 5)", new Op() { public Object run() { return new String(new char[3], 1, 5); } });
        attempt("valueOf(char[2], 1, 3)", new Op() { public Object run() { return String.valueOf(new char[2], 1, 3); } });
        attempt("getChars(0, 4, ...)", new Op() { public Object run() { s.getChars(0, 4, new char[5], 0); return "ok"; } });
        attempt("sb.charAt(7)", new Op() { public Object run() { return new StringBuilder(s).charAt(7); } });
        attempt("sb.deleteCharAt(3)", new Op() { public Object run() { return new StringBuilder(s).deleteCharAt(3); } });
        attempt("sb.insert(4, x)", new Op() { public Object run() { return new StringBuilder(s).insert(4, "x"); } });
        attempt("sb.insert(3, x)", new Op() { public Object run() { return new StringBuilder(s).insert(3, "x"); } });
        attempt("sb.delete(2, 1)", new Op() { public Object run() { return new StringBuilder(s).delete(2, 1); } });
        attempt("sb.delete(1, 99)", new Op() { public Object run() { return new StringBuilder(s).delete(1, 99); } });
        attempt("sb.setLength(-1)", new Op() { public Object run() { new StringBuilder(s).setLength(-1); return "ok"; } });
        attempt("sb.substring(5)", new Op() { public Object run() { return new StringBuilder(s).substring(5); } });
        attempt("sb.replace(4, 5, x)", new Op() { public Object run() { return new StringBuilder(s).replace(4, 5, "x"); } });
        attempt("sb.replace(1, 99, x)", new Op() { public Object run() { return new StringBuilder(s).replace(1, 99, "x"); } });
        attempt("sb.setCharAt(3, x)", new Op() { public Object run() { new StringBuilder(s).setCharAt(3, 'x'); return "ok"; } });
        attempt("sb.append(char[1], 0, 2)", new Op() { public Object run() { return new StringBuilder(s).append(new char[] { 'a' }, 0, 2); } });
        attempt("sb.append(CharSequence, 2, 1)", new Op() { public Object run() { return new StringBuilder(s).append("xyz", 2, 1); } });
    }
}
