// min-release: 17
// Private interface methods (Java 9): private instance methods called from
// default methods and from nested classes of the interface's nest
// (invokeinterface of a private method), private static interface methods
// called from static and default methods and from a class nested in the
// interface, and a private interface method of the same name as a method
// of the implementing class (private methods are not inherited, so no
// conflict and no dispatch to the class's method).
public class NestInterfacePrivate {
    interface Greeter {
        String name();

        default String greet() { return decorate("Hello, " + name()); }

        default String shout() { return decorate(upper("hey " + name())); }

        private String decorate(String s) { return "<" + s + ">"; }

        private static String upper(String s) { return s.toUpperCase(); }

        static String twice(String s) { return upper(s) + upper(s); }

        class Helper {
            static String help(Greeter g) { return "helper: " + g.decorate(g.name()) + " " + upper("h"); }
        }
    }

    static class Person implements Greeter {
        final String n;
        Person(String n) { this.n = n; }
        public String name() { return n; }
        // unrelated to Greeter.decorate, which is private
        String decorate(String s) { return "Person.decorate " + s; }
    }

    static class Robot implements Greeter {
        public String name() { return "robot"; }
        public String greet() { return "BEEP " + Greeter.super.greet(); }
    }

    public static void main(String[] args) {
        Greeter[] gs = { new Person("ada"), new Robot(), () -> "lambda" };
        for (Greeter g : gs) {
            System.out.println(g.greet() + " | " + g.shout() + " | " + Greeter.Helper.help(g));
        }
        System.out.println(Greeter.twice("ab"));
        System.out.println(new Person("x").decorate("direct"));
    }
}
