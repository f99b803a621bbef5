// The first program to run on Cortado:
//
//     javac --release 8 -d /tmp/hello examples/hello/Hello.java
//     vmrun -cp /tmp/hello Hello [your name]
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from Cortado!");
        String who = args.length > 0 ? args[0] : "world";
        System.out.println("Nice to meet you, " + who + ".");

        // Something computed, to show the interpreter at work: the first
        // rows of Pascal's triangle and the sum of 1..100.
        long[] row = { 1 };
        for (int n = 0; n < 8; n++) {
            StringBuilder line = new StringBuilder();
            for (int pad = n; pad < 8; pad++) line.append("  ");
            for (long v : row) line.append(String.format("%4d", v));
            System.out.println(line);
            long[] next = new long[row.length + 1];
            next[0] = next[row.length] = 1;
            for (int i = 1; i < row.length; i++) next[i] = row[i - 1] + row[i];
            row = next;
        }
        int sum = 0;
        for (int i = 1; i <= 100; i++) sum += i;
        System.out.println("1 + 2 + ... + 100 = " + sum);
    }
}
