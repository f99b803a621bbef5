// Method references and lambdas whose target class fails to initialise:
// creating them does not initialise the class; the first call throws
// ExceptionInInitializerError (cause: the ArithmeticException), every later
// use of the class, through any reference, NoClassDefFoundError "Could not
// initialize class ...", whose cause (since JDK 17) is an
// ExceptionInInitializerError describing the original failure:
// "Exception java.lang.ArithmeticException: / by zero [in thread "main"]".
public class LambdaFailedInit {
    interface Fn { int apply(int x); }
    interface Maker { Object make(); }

    static class Broken {
        static int zero = 0;
        static int value = 1 / zero;

        static int twice(int x) { return 2 * x; }

        Broken() { }
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception?!");
        } catch (Throwable t) {
            System.out.println(label + ": " + t);
            Throwable c = t.getCause();
            System.out.println("   cause " + c + (c != null && c.getCause() != null ? ", its cause " + c.getCause() : ""));
        }
    }

    public static void main(String[] args) {
        Fn staticRef = Broken::twice;
        Maker ctorRef = Broken::new;
        Fn lambda = x -> Broken.twice(x) + Broken.value;
        System.out.println("references created");
        for (int round = 0; round < 2; round++) {
            attempt("static ref, round " + round, () -> staticRef.apply(1));
            attempt("constructor ref, round " + round, () -> ctorRef.make());
            attempt("lambda, round " + round, () -> lambda.apply(1));
        }
        attempt("direct field read", () -> System.out.println(Broken.value));
    }
}
