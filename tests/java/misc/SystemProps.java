// A few system properties with fixed values on Linux, getProperty with
// defaults, and lookups of properties that do not exist.
public class SystemProps {
    static String codes(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append((int) s.charAt(i)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        System.out.println("line.separator codes: " + codes(System.getProperty("line.separator")));
        System.out.println("System.lineSeparator codes: " + codes(System.lineSeparator()));
        System.out.println("file.separator: " + System.getProperty("file.separator"));
        System.out.println("path.separator: " + System.getProperty("path.separator"));
        System.out.println("missing: " + System.getProperty("cortado.no.such.property"));
        System.out.println("missing with default: " + System.getProperty("cortado.no.such.property", "fallback"));
        System.out.println("java.version is set: " + (System.getProperty("java.version") != null));
        System.out.println("user.dir is absolute: " + System.getProperty("user.dir").startsWith("/"));
        System.out.println("os.name: " + System.getProperty("os.name"));
        System.out.println("setProperty returns old value: " + System.setProperty("cortado.test", "one") + " then " + System.setProperty("cortado.test", "two")
                + " now " + System.getProperty("cortado.test"));
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("getProperty(null): NullPointerException");
        }
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("getProperty(\"\"): IllegalArgumentException: " + e.getMessage());
        }
        System.out.println("getenv of a missing variable: " + System.getenv("CORTADO_SURELY_NOT_SET_12345"));
        long t0 = System.currentTimeMillis(), n0 = System.nanoTime();
        long t1 = System.currentTimeMillis(), n1 = System.nanoTime();
        System.out.println("clocks do not go backwards: " + (t1 >= t0) + " " + (n1 >= n0) + ", millis plausible: " + (t0 > 1500000000000L));
        Runtime rt = Runtime.getRuntime();
        System.out.println("runtime: processors >= 1 " + (rt.availableProcessors() >= 1) + ", max >= total " + (rt.maxMemory() >= rt.totalMemory())
                + ", free <= total " + (rt.freeMemory() <= rt.totalMemory()));
    }
}
