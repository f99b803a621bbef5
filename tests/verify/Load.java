/*
 * Load - links and initializes each class named on the command line and
 * prints its verdict, one line per class: "Name: OK" or "Name: the error's
 * class: the first line of its message". Run on HotSpot and on vmrun over
 * the same class files, the verdicts must agree.
 */
public class Load {
    public static void main(String[] args) {
        for (String name : args) {
            String verdict;
            try {
                Class.forName(name);
                verdict = "OK";
            } catch (Throwable e) {
                String message = e.getMessage();
                int newline = message == null ? -1 : message.indexOf('\n');
                if (newline >= 0)
                    message = message.substring(0, newline);
                verdict = e.getClass().getName() + (message == null ? "" : ": " + message);
            }
            System.out.println(name + ": " + verdict);
        }
    }
}
