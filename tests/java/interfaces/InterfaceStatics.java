// Static methods and constant fields of interfaces: static methods called
// through the interface name (invokestatic of an InterfaceMethodref), not
// inherited by implementing classes or subinterfaces (a class's own static
// method of the same name is separate), interface fields initialised by
// code (the interface's <clinit> runs on first use of such a field, not when
// an implementing class is initialised), and generic static factories.
public class InterfaceStatics {
    static StringBuilder log = new StringBuilder();

    static String note(String s) {
        log.append(s).append(' ');
        return s;
    }

    interface Config {
        String NAME = note("Config.NAME");
        int CONSTANT = 42;

        static String describe() { return "Config.describe " + CONSTANT; }

        static <T> T pick(boolean first, T a, T b) { return first ? a : b; }

        static int sum(int... xs) {
            int s = 0;
            for (int x : xs) s += x;
            return s;
        }

        String value();
    }

    interface SubConfig extends Config {
        static String describe() { return "SubConfig.describe"; }
    }

    static class Impl implements SubConfig {
        static String describe() { return "Impl.describe"; }

        public String value() { return "impl value"; }
    }

    public static void main(String[] args) {
        System.out.println("constant " + Config.CONSTANT + ", log [" + log + "]");
        Impl impl = new Impl();
        System.out.println("impl " + impl.value() + ", log [" + log + "]");
        System.out.println(Config.describe() + " | " + SubConfig.describe() + " | " + Impl.describe());
        System.out.println("field " + Config.NAME + ", log [" + log + "]");
        System.out.println("via subinterface " + SubConfig.NAME + ", log [" + log + "]");
        System.out.println("pick " + Config.pick(true, "a", "b") + " " + Config.<Integer>pick(false, 1, 2));
        System.out.println("sum " + Config.sum() + " " + Config.sum(1) + " " + Config.sum(1, 2, 3, 4));
    }
}
