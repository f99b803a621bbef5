// assert without -ea (disabled, the default): no condition or detail
// expression is evaluated anywhere — in methods, lambdas, nested and
// inner classes, initializers — and the program runs to the end; each class
// with an assert still asks desiredAssertionStatus() in its <clinit>, which
// must answer false. AssertionError thrown explicitly still works.
public class AssertDisabled {
    static int evaluations;

    static boolean bad() {
        evaluations++;
        return false;
    }

    static String detail() {
        evaluations += 100;
        return "detail";
    }

    static class Nested {
        static { assert bad() : detail(); }

        static int run(int x) {
            assert x > 0 && bad() : "x " + x + detail();
            return x * 2;
        }
    }

    class Inner {
        int value() {
            assert bad();
            return 7;
        }
    }

    interface Check { int check(int x); }

    public static void main(String[] args) {
        System.out.println("desiredAssertionStatus " + AssertDisabled.class.desiredAssertionStatus() + " " + Nested.class.desiredAssertionStatus());
        assert bad() : detail();
        assert false;
        System.out.println("nested " + Nested.run(-3) + " inner " + new AssertDisabled().new Inner().value());
        Check c = x -> {
            assert x > 100 : detail();
            return x + 1;
        };
        System.out.println("lambda " + c.check(1));
        for (int i = 0; i < 1000; i++) {
            assert bad() : detail();
        }
        System.out.println("evaluations " + evaluations);
        try {
            throw new AssertionError("explicit");
        } catch (AssertionError e) {
            System.out.println("explicit AssertionError " + e.getMessage());
        }
        AssertionError withCause = new AssertionError(new RuntimeException("inner"));
        System.out.println("AssertionError(Throwable): message " + withCause.getMessage() + ", cause " + withCause.getCause());
        AssertionError fromLong = new AssertionError(12L);
        AssertionError fromChar = new AssertionError('x');
        AssertionError fromNull = new AssertionError((Object) null);
        System.out.println(fromLong.getMessage() + " " + fromChar.getMessage() + " " + fromNull.getMessage());
    }
}
