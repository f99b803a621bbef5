// Multi-catch clauses (catch (A | B e)) and catch ordering with them.
public class MultiCatch {
    static void thrower(int i) throws Exception {
        switch (i) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArithmeticException("arith");
            case 2: throw new ArrayIndexOutOfBoundsException("aioobe");
            case 3: throw new java.io.IOException("io");
            case 4: throw new Exception("plain");
            case 5: throw new UnsupportedOperationException("uoe");
            default: System.out.println("no exception for " + i);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 6; i++) {
            try {
                thrower(i);
            } catch (IllegalArgumentException | ArithmeticException e) {
                System.out.println(i + ": first clause " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (IndexOutOfBoundsException | java.io.IOException e) {
                System.out.println(i + ": second clause " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(i + ": runtime clause " + e.getClass().getSimpleName());
            } catch (Exception e) {
                System.out.println(i + ": general clause " + e.getMessage());
            }
        }
        int errors = 0;
        for (int i = 0; i < 30; i++) {
            try {
                int[] a = new int[i % 5];
                Object o = i % 2 == 0 ? (Object) "s" : (Object) Integer.valueOf(i);
                a[3] = 10 / (i % 3) + ((String) o).length();
            } catch (ArithmeticException | ArrayIndexOutOfBoundsException | ClassCastException e) {
                errors++;
                System.out.println(i + " -> " + e.getClass().getSimpleName());
            }
        }
        System.out.println("errors " + errors);
    }
}
