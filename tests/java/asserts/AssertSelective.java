// vm-args: -ea -da:AssertSelective$Quiet
// Per-class assertion switches: -ea enables assertions everywhere, then
// -da:AssertSelective$Quiet disables them for that one class (the launcher
// applies the options in order); desiredAssertionStatus reports each
// class's setting, and only the enabled classes evaluate their asserts.
public class AssertSelective {
    static int evaluations;

    static boolean bad() {
        evaluations++;
        return false;
    }

    static class Quiet {
        static String run() {
            assert bad() : "quiet";
            return "Quiet ran, evaluations " + evaluations;
        }
    }

    static class Loud {
        static String run() {
            try {
                assert bad() : "loud";
                return "Loud: no error?!";
            } catch (AssertionError e) {
                return "Loud: AssertionError " + e.getMessage() + ", evaluations " + evaluations;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("status main " + AssertSelective.class.desiredAssertionStatus() + ", Quiet " + Quiet.class.desiredAssertionStatus() + ", Loud " + Loud.class.desiredAssertionStatus());
        System.out.println(Quiet.run());
        System.out.println(Loud.run());
    }
}
