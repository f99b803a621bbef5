// PrintStream methods of System.out: print/println of every type, null
// strings and objects, char arrays, printf/format, append, write, and a
// last line without a newline. (System.err output is not compared.)
public class PrintStreamMethods {
    public static void main(String[] args) {
        System.out.print(true);
        System.out.print(' ');
        System.out.print('c');
        System.out.print(' ');
        System.out.print(42);
        System.out.print(' ');
        System.out.print(-7L);
        System.out.print(' ');
        System.out.print(1.5f);
        System.out.print(' ');
        System.out.print(2.25);
        System.out.print(' ');
        System.out.print(new char[] { 'a', 'r', 'r' });
        System.out.print(' ');
        System.out.print((String) null);
        System.out.print(' ');
        System.out.print((Object) null);
        System.out.print(' ');
        System.out.print(new StringBuilder("sb"));
        System.out.println();
        System.out.println(false);
        System.out.println('x');
        System.out.println(Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE);
        System.out.println(Float.NaN);
        System.out.println(-0.0);
        System.out.println(new char[] { 'o', 'k' });
        System.out.println((String) null);
        System.out.println((Object) null);
        System.out.println("");
        System.out.printf("%s-%d%n", "printf", 1);
        System.out.format("%s-%d%n", "format", 2);
        System.out.append("append").append(' ').append("chars", 1, 3).append('\n');
        System.out.write('W');
        System.out.write('\n');
        byte[] bytes = { 'b', 'y', 't', 'e', 's', '\n' };
        System.out.write(bytes, 0, bytes.length);
        System.out.write(bytes, 1, 3);
        System.out.println();
        System.out.flush();
        System.err.println("this goes to stderr and is not compared");
        System.out.println("tab\tseparated\tvalues");
        System.out.println("carriage\rreturn");
        System.out.println("nul\u0000char");
        System.out.println("bell\u0007 escape\u001b[0m end");
        System.out.println("checkError " + System.out.checkError());
        System.out.print("no newline at the very end");
    }
}
