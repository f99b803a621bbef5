// Static initializers and static field initializers run once, in textual
// order, when the class is first initialized; a forward reference through
// a method sees the default value.
public class StaticInitOrder {
    static void log(String s) { System.out.println(s); }

    static class Config {
        static int a = init("a", 1);
        static { log("Config block 1: a=" + a + " b=" + peekB()); }
        static int b = init("b", a + 1);
        static final String NAME;
        static { NAME = "config-" + b; log("Config block 2: NAME=" + NAME); }
        static int[] table = makeTable();
        static int c;
        static { c = table.length * 10; log("Config block 3: c=" + c); }

        static int init(String name, int v) {
            log("init " + name + " = " + v);
            return v;
        }

        static int peekB() { return b; }

        static int[] makeTable() {
            log("makeTable sees b=" + b + " NAME=" + NAME);
            return new int[b + 2];
        }
    }

    static class Counter {
        static int count;
        static { count = 100; log("Counter initialized"); }
        static int next() { return ++count; }
    }

    public static void main(String[] args) {
        log("main begins");
        log("reading Config.c");
        log("Config.c = " + Config.c);
        log("reading again: a=" + Config.a + " b=" + Config.b + " NAME=" + Config.NAME);
        log("Counter " + Counter.next() + " " + Counter.next() + " " + Counter.next());
        log("main ends");
    }
}
