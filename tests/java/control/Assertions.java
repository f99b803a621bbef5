// assert statements are disabled by default (no -ea): neither the
// condition nor the message expression is evaluated. (The class's
// <clinit> still asks Class.desiredAssertionStatus().)
public class Assertions {
    static int evaluations;

    static boolean check(boolean v) {
        evaluations++;
        return v;
    }

    static String message() {
        evaluations += 100;
        return "message";
    }

    static class Inner {
        static int run() {
            assert check(false) : message();
            return 7;
        }
    }

    public static void main(String[] args) {
        assert check(false);
        assert check(true) : message();
        assert false : message();
        System.out.println("evaluations " + evaluations);
        System.out.println("inner " + Inner.run() + ", evaluations " + evaluations);
        boolean enabled = false;
        assert enabled = true;
        System.out.println("assertions enabled: " + enabled);
        System.out.println("desiredAssertionStatus " + Assertions.class.desiredAssertionStatus());
        AssertionError e = new AssertionError("constructed directly");
        System.out.println(e + " / " + new AssertionError(42).getMessage() + " / " + new AssertionError((Object) null).getMessage());
        Throwable cause = new RuntimeException("cause");
        System.out.println("AssertionError(Object throwable) sets cause: " + (new AssertionError(cause).getCause() == cause));
    }
}
