// Anonymous classes: extending an abstract class through a constructor with
// arguments, implementing interfaces, capturing locals and this, instance
// initializer blocks (run after the superclass constructor, seeing captured
// values), anonymous classes inside anonymous classes, fields shadowing
// outer fields, and anonymous subclasses of concrete classes overriding a
// method the superclass constructor calls.
public class AnonymousClasses {
    static abstract class Greeter {
        final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
            System.out.println("  Greeter constructor, hook says: " + hook());
        }

        abstract String greet(String who);

        String hook() { return "default hook"; }
    }

    interface Counter {
        int next();
    }

    int value = 100;

    Counter counterFrom(int start) {
        return new Counter() {
            int value = start;

            public int next() { return value++ + AnonymousClasses.this.value; }
        };
    }

    public static void main(String[] args) {
        String punctuation = "!";
        Greeter hello = new Greeter("Hello") {
            String suffix;

            {
                suffix = punctuation + punctuation;
                System.out.println("  instance initializer, greeting already " + greeting);
            }

            String greet(String who) { return greeting + ", " + who + suffix; }

            String hook() { return "overridden hook, suffix " + suffix + ", captured " + punctuation; }
        };
        System.out.println(hello.greet("world"));

        AnonymousClasses outer = new AnonymousClasses();
        Counter c = outer.counterFrom(5);
        System.out.println(c.next() + " " + c.next() + " " + c.next());
        outer.value = 0;
        System.out.println("after outer change " + c.next());

        Counter nested = new Counter() {
            int calls;

            public int next() {
                calls++;
                Counter inner = new Counter() {
                    public int next() { return calls * 10; }
                };
                return inner.next() + calls;
            }
        };
        System.out.println("nested " + nested.next() + " " + nested.next());

        Object plain = new Object() {
            public String toString() { return "anonymous Object with toString"; }

            public boolean equals(Object o) { return o instanceof String; }

            public int hashCode() { return 7; }
        };
        System.out.println(plain + " equals(\"x\") " + plain.equals("x") + " hash " + plain.hashCode());
        System.out.println("isAnonymousClass " + plain.getClass().isAnonymousClass() + " " + hello.getClass().isAnonymousClass() + " " + String.class.isAnonymousClass());
        System.out.println("superclass " + hello.getClass().getSuperclass().getName() + " simple name [" + hello.getClass().getSimpleName() + "]");

        Thread.UncaughtExceptionHandler unused = null;
        Runnable r = new Runnable() {
            public void run() { System.out.println("anonymous Runnable ran, handler " + unused); }
        };
        r.run();
    }
}
