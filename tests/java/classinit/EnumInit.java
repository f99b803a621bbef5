// Enum initialization: constants are created in order when the enum class
// is initialized, before the enum's later static fields; constructors
// cannot see those static fields yet.
public class EnumInit {
    enum Phase {
        ALPHA("a"), BETA("b"), GAMMA("g");

        static int created;
        static final String PREFIX = "phase-";   // constant: visible in constructors
        static String late = "late";             // not a constant: still null in constructors
        final String code;

        Phase(String code) {
            this.code = code;
            System.out.println("  constructing " + name() + " ordinal " + ordinal() + " prefix " + PREFIX + " late " + peekLate());
        }

        static String peekLate() { return late; }

        static {
            created = values().length;
            System.out.println("  Phase static block: created=" + created + " late=" + late);
        }
    }

    enum Lazy {
        ONLY;
        static { System.out.println("  Lazy initialized"); }
    }

    static class UsesEnum {
        static Phase favourite = Phase.BETA;
        static { System.out.println("  UsesEnum initialized with " + favourite); }
    }

    public static void main(String[] args) {
        System.out.println("before any use");
        Lazy[] none = new Lazy[0];
        System.out.println("array of enums does not initialize: " + none.length);
        System.out.println("using Phase.GAMMA:");
        Phase g = Phase.GAMMA;
        System.out.println("got " + g + " code " + g.code + " created " + Phase.created);
        System.out.println("UsesEnum:");
        System.out.println("favourite " + UsesEnum.favourite.code);
        System.out.println("Lazy:");
        System.out.println(Lazy.ONLY.ordinal());
        System.out.println("late is now " + Phase.late);
    }
}
