// stderr: first-line
// An uncaught ArithmeticException thrown by the VM in a nested call: exit
// status 1, stderr starts with
// Exception in thread "main" java.lang.ArithmeticException: / by zero
public class UncaughtRuntime {
    static int divide(int a, int b) { return a / b; }

    static int average(int[] values) {
        int sum = 0;
        for (int v : values) sum += v;
        return divide(sum, values.length);
    }

    public static void main(String[] args) {
        System.out.println("average of 1..4 = " + average(new int[] { 1, 2, 3, 4 }));
        System.out.println("average of nothing = " + average(new int[0]));
    }
}
