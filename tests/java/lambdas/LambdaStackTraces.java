// stderr: first-line
// Stack traces through lambdas and method references: HotSpot's lambda
// proxy classes are hidden classes, whose frames Throwable omits, so a
// trace shows the lambda body's synthetic method (lambda$main$0) called
// straight from the caller of the interface method, and a method
// reference's target called straight from its caller. Checked through
// getStackTrace() (class, method, file and line of every frame) for
// lambdas, bound/unbound/static/constructor references, nested lambdas and
// a capturing lambda, then an uncaught exception thrown inside a lambda.
public class LambdaStackTraces {
    interface Fn { int apply(int x); }
    interface Maker { Object make(int x); }

    static int boom(int x) {
        throw new IllegalStateException("boom " + x);
    }

    int instanceBoom(int x) {
        return boom(x * 10);
    }

    static class Exploding {
        Exploding(int x) {
            boom(x);
        }
    }

    static void show(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception?!");
        } catch (IllegalStateException e) {
            System.out.println(label + ": " + e.getMessage());
            for (StackTraceElement el : e.getStackTrace()) {
                System.out.println("  at " + el.getClassName() + "." + el.getMethodName() + " " + el.getFileName() + ":" + el.getLineNumber());
            }
        }
    }

    public static void main(String[] args) {
        Fn lambda = x -> boom(x) + 1;
        Fn staticRef = LambdaStackTraces::boom;
        Fn boundRef = new LambdaStackTraces()::instanceBoom;
        Maker ctorRef = Exploding::new;
        int k = 5;
        Fn capturing = x -> boom(x + k);
        Fn nested = x -> {
            Fn inner = y -> boom(y * 2);
            return inner.apply(x);
        };
        show("lambda", () -> lambda.apply(1));
        show("static ref", () -> staticRef.apply(2));
        show("bound ref", () -> boundRef.apply(3));
        show("constructor ref", () -> ctorRef.make(4));
        show("capturing", () -> capturing.apply(6));
        show("nested", () -> nested.apply(7));
        Runnable uncaught = () -> { throw new RuntimeException("uncaught from a lambda, k=" + k); };
        uncaught.run();
    }
}
