// System.exit with a non-zero status: output printed so far is flushed,
// finally blocks do not run, and the status is the process exit code.
public class ExitStatus {
    public static void main(String[] args) {
        System.out.println("before exit");
        System.out.print("partial line without newline; ");
        try {
            System.out.println("in try");
            if (args.length == 0) System.exit(3);
            System.out.println("not reached");
        } finally {
            System.out.println("finally must not run after System.exit");
        }
    }
}
