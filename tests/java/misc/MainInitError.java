// stderr: first-line
// The main class's static initializer throws: the launcher reports
// Exception in thread "main" java.lang.ExceptionInInitializerError
// and exits with status 1 without running main.
public class MainInitError {
    static int value = compute();

    static int compute() {
        System.out.println("static initializer of the main class runs");
        throw new IllegalStateException("main class cannot be initialized");
    }

    public static void main(String[] args) {
        System.out.println("main must not run " + value);
    }
}
