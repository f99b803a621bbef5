// min-release: 17
// What java.lang.Class reports from the NestHost/NestMembers and
// PermittedSubclasses attributes (Java 11 and 17 API): getNestHost,
// isNestmateOf, getNestMembers (the host first, then the members in the
// attribute's order), isSealed and getPermittedSubclasses (null for a class
// that is not sealed), for nested classes, interfaces, records and arrays.
public class NestAndSealedQueries {
    sealed interface Shape permits Circle, Square { }
    record Circle(double r) implements Shape { }
    static final class Square implements Shape { }
    static class Plain { class Inner { } }

    static String names(Class<?>[] cs) {
        if (cs == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (Class<?> c : cs) sb.append(sb.length() > 1 ? ", " : "").append(c.getName());
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        Class<?>[] all = { NestAndSealedQueries.class, Shape.class, Circle.class, Square.class, Plain.class, Plain.Inner.class, String.class, int[].class };
        for (Class<?> c : all) {
            System.out.println(c.getName() + ": host " + c.getNestHost().getName() + ", nestmate of main class " + c.isNestmateOf(NestAndSealedQueries.class)
                    + ", sealed " + c.isSealed() + ", permitted " + names(c.getPermittedSubclasses()));
        }
        System.out.println("members " + names(NestAndSealedQueries.class.getNestMembers()));
        System.out.println("members of a member " + names(Circle.class.getNestMembers()));
    }
}
