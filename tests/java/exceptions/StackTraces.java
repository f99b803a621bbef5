// Stack trace elements of exceptions: method names, class names, file
// names and line numbers of the frames in this file. (Library frames are
// skipped, since a different class library has different internals.)
public class StackTraces {
    static Throwable captured;

    static void level3() {
        throw new IllegalStateException("deep");
    }

    static void level2() { level3(); }

    static void level1() { level2(); }

    static int divide(int a, int b) {
        return a / b;
    }

    static class Inner {
        void explode() {
            Object o = "string";
            Integer i = (Integer) o;
        }
    }

    static Throwable make() {
        return new RuntimeException("made here");
    }

    static void printOwnFrames(String label, Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        System.out.println(label + ": " + t);
        for (StackTraceElement e : st) {
            if (!e.getClassName().startsWith("StackTraces")) continue;
            System.out.println("  " + e.getClassName() + "." + e.getMethodName() + " " + e.getFileName() + ":" + e.getLineNumber());
        }
    }

    public static void main(String[] args) {
        try {
            level1();
        } catch (IllegalStateException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("top method " + top.getMethodName() + " line " + top.getLineNumber());
            printOwnFrames("chain", e);
        }
        try {
            divide(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("top method " + e.getStackTrace()[0].getMethodName() + " line " + e.getStackTrace()[0].getLineNumber());
            printOwnFrames("division", e);
        }
        try {
            new Inner().explode();
        } catch (ClassCastException e) {
            printOwnFrames("cast", e);
        }
        Throwable made = make();
        printOwnFrames("constructed in make()", made);
        try {
            int[] a = new int[1];
            a[2] = 0;
        } catch (ArrayIndexOutOfBoundsException e) {
            printOwnFrames("array", e);
        }
        // fillInStackTrace re-records the current position.
        Throwable t = new Exception("refilled");
        int before = t.getStackTrace()[0].getLineNumber();
        t.fillInStackTrace();
        int after = t.getStackTrace()[0].getLineNumber();
        System.out.println("fillInStackTrace moved the line forward: " + (after > before) + " (" + before + " -> " + after + ")");
        // StackTraceElement.toString for a frame of this file.
        try {
            level3();
        } catch (IllegalStateException e) {
            System.out.println("element: " + e.getStackTrace()[0]);
            System.out.println("caller: " + e.getStackTrace()[1]);
        }
        // setStackTrace replaces the frames.
        Exception custom = new Exception("custom trace");
        custom.setStackTrace(new StackTraceElement[] { new StackTraceElement("a.B", "m", "B.java", 42),
                                                       new StackTraceElement("c.D", "n", null, -1),
                                                       new StackTraceElement("e.F", "o", "F.java", -2) });
        for (StackTraceElement e : custom.getStackTrace()) System.out.println("set: " + e);
        System.out.println("depth of own frames in a recursive trace: " + recurse(25));
    }

    static int recurse(int n) {
        if (n == 0) {
            int count = 0;
            for (StackTraceElement e : new Throwable().getStackTrace()) if (e.getMethodName().equals("recurse")) count++;
            return count;
        }
        return recurse(n - 1);
    }
}
