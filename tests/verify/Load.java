/*
 * Load - loads each class named on the command line, then links and
 * initializes it, and prints the two verdicts, a line each: "Name load:
 * OK" or "Name load: the error's class: the first line of its message",
 * then the same for "Name init". Loading alone must not verify (JVMS 5.3,
 * 5.4: HotSpot verifies when it links, before initialization). Run on
 * HotSpot and on vmrun over the same class files, the verdicts must agree.
 */
public class Load {
    public static void main(String[] args) {
        for (String name : args) {
            /* Loading an array class loads its element class, no more. */
            System.out.println(name + " load: " + verdict("[L" + name + ";"));
            System.out.println(name + " init: " + verdict(name));
        }
    }

    static String verdict(String name) {
        try {
            Class.forName(name);
            return "OK";
        } catch (Throwable e) {
            String message = e.getMessage();
            int newline = message == null ? -1 : message.indexOf('\n');
            if (newline >= 0)
                message = message.substring(0, newline);
            return e.getClass().getName() + (message == null ? "" : ": " + message);
        }
    }
}
