// stderr: first-line
// main declares a checked exception and lets it escape; the exception has
// no message, so the first stderr line ends with the class name.
public class UncaughtChecked {
    static class Oops extends Exception { }

    public static void main(String[] args) throws Exception {
        System.out.println("about to throw");
        throw new Oops();
    }
}
