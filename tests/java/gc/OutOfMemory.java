// vm-args: -Xmx32m
// Allocating something far larger than the heap throws OutOfMemoryError,
// which can be caught; the program then goes on allocating normally.
// (Only the class name is printed: the message differs between VMs.)
public class OutOfMemory {
    public static void main(String[] args) {
        int[] sizes = { 100000000, 200000000, Integer.MAX_VALUE - 8 };
        for (int n : sizes) {
            try {
                long[] huge = new long[n];
                System.out.println("allocated " + huge.length + " longs?!");
            } catch (OutOfMemoryError e) {
                System.out.println("new long[" + n + "]: " + e.getClass().getName());
            }
        }
        try {
            int[][] grid = new int[100000][1000];
            System.out.println("allocated grid?! " + grid.length);
        } catch (OutOfMemoryError e) {
            System.out.println("new int[100000][1000]: " + e.getClass().getName());
        }
        try {
            Object[] objs = new Object[Integer.MAX_VALUE / 2];
            System.out.println("allocated " + objs.length);
        } catch (OutOfMemoryError e) {
            System.out.println("new Object[MAX/2]: caught, is VirtualMachineError " + (e instanceof VirtualMachineError));
        }
        // Normal allocation still works afterwards.
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            int[] a = new int[10000];
            a[i] = i;
            sum += a[i];
        }
        System.out.println("after recovery: sum " + sum);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i);
        System.out.println("string length " + sb.length());
    }
}
