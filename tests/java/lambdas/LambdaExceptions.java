// Exceptions through lambdas: an exception thrown inside a lambda body or a
// referenced method propagates to the caller unchanged (same object, same
// message, cause kept), checked exceptions through interfaces that declare
// them, finally blocks around lambda calls, and a StackOverflowError from
// unbounded recursion through a lambda is catchable.
public class LambdaExceptions {
    interface Task { void run() throws Exception; }
    interface IntFn { int apply(int x); }

    static class AppException extends Exception {
        AppException(String message, Throwable cause) { super(message, cause); }
    }

    static int parse(String s) { return Integer.parseInt(s); }

    static void failChecked() throws AppException {
        throw new AppException("checked failure", new IllegalStateException("root cause"));
    }

    static IntFn loop;

    public static void main(String[] args) throws Exception {
        IntFn divide = x -> 100 / x;
        try {
            System.out.println(divide.apply(4));
            System.out.println(divide.apply(0));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }

        RuntimeException thrown = new IllegalArgumentException("the same object");
        Runnable thrower = () -> { throw thrown; };
        try {
            thrower.run();
        } catch (IllegalArgumentException e) {
            System.out.println("same object " + (e == thrown) + ": " + e.getMessage());
        }

        Task checked = LambdaExceptions::failChecked;
        try {
            checked.run();
        } catch (AppException e) {
            System.out.println(e.getMessage() + ", cause " + e.getCause());
        }

        Task fromLambda = () -> {
            throw new java.io.IOException("io in lambda");
        };
        try {
            fromLambda.run();
        } catch (java.io.IOException e) {
            System.out.println("IOException: " + e.getMessage());
        }

        java.util.function.Function<String, Integer> parser = LambdaExceptions::parse;
        String[] inputs = { "12", "-7", "x1", "", "2147483648" };
        for (String in : inputs) {
            try {
                System.out.println("parsed " + parser.apply(in));
            } catch (NumberFormatException e) {
                System.out.println("NumberFormatException: " + e.getMessage());
            }
        }

        StringBuilder order = new StringBuilder();
        Runnable step = () -> {
            try {
                order.append("body ");
                throw new IllegalStateException("from body");
            } finally {
                order.append("finally ");
            }
        };
        try {
            step.run();
        } catch (IllegalStateException e) {
            order.append("caught:").append(e.getMessage());
        }
        System.out.println(order);

        loop = x -> loop.apply(x + 1) + 1;
        try {
            loop.apply(0);
        } catch (StackOverflowError e) {
            System.out.println("StackOverflowError caught");
        }

        int[] data = { 1, 2, 3 };
        IntFn get = i -> data[i];
        try {
            System.out.println(get.apply(2));
            System.out.println(get.apply(3));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }

        Object o = "not a number";
        IntFn cast = i -> ((Integer) o) + i;
        try {
            cast.apply(1);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException in lambda");
        }
    }
}
