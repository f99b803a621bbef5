// Benchmark: start-up cost - the smallest useful program.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
