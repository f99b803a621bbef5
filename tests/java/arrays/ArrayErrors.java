// NegativeArraySizeException (message: the size), ArrayStoreException
// (message: the stored value's class name), NullPointerException on null
// arrays (only the class is printed).
public class ArrayErrors {
    static class Fruit { }
    static class Apple extends Fruit { }
    static class Pear extends Fruit { }

    static void newArray(String what, int n) {
        try {
            switch (what) {
                case "int": System.out.println("int[" + n + "] length " + new int[n].length); break;
                case "long": System.out.println("long[" + n + "] length " + new long[n].length); break;
                case "String": System.out.println("String[" + n + "] length " + new String[n].length); break;
                case "2D-first": System.out.println("int[" + n + "][2] length " + new int[n][2].length); break;
                case "2D-second": System.out.println("int[2][" + n + "] length " + new int[2][n].length); break;
                default: System.out.println("char[" + n + "][] length " + new char[n][].length);
            }
        } catch (NegativeArraySizeException e) {
            System.out.println(what + " " + n + ": " + e);
        }
    }

    static void store(Object[] arr, Object value) {
        try {
            arr[0] = value;
            System.out.println("stored " + (value == null ? "null" : value.getClass().getSimpleName()) + " into " + arr.getClass().getSimpleName());
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException storing into " + arr.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] kinds = { "int", "long", "String", "2D-first", "2D-second", "jagged" };
        int[] sizes = { 0, 3, -1, -100, Integer.MIN_VALUE };
        for (String k : kinds) for (int n : sizes) newArray(k, n);
        try {
            int[][][] x = new int[2][-3][-4];
            System.out.println(x.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("int[2][-3][-4]: " + e.getMessage());
        }
        try {
            int[][] x = new int[0][-5];
            System.out.println("int[0][-5] length " + x.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("int[0][-5]: " + e.getMessage());
        }
        Object[] objs = new Object[1];
        Object[] strings = new String[1];
        Object[] fruits = new Fruit[1];
        Object[] apples = new Apple[1];
        Object[] numbers = new Number[1];
        Object[] intArrays = new int[1][];
        Object[] objArrays = new Object[1][];
        Object[] values = { "str", 42, 4.5, new Apple(), new Pear(), new int[0], new String[0], new Object(), null, new long[0] };
        Object[][] targets = { objs, strings, fruits, apples, numbers, intArrays, objArrays };
        for (Object[] t : targets) for (Object v : values) store(t, v);
        // Multi-dimensional arrays check the element type of the inner arrays too.
        Object[][] grid = new String[2][2];
        try {
            grid[0] = new Integer[2];
        } catch (ArrayStoreException e) {
            System.out.println("grid row: " + e.getMessage());
        }
        try {
            grid[1][0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("grid cell: " + e.getMessage());
        }
        int[] nothing = null;
        try {
            System.out.println(nothing.length);
        } catch (NullPointerException e) {
            System.out.println("length of null: " + e.getClass().getName());
        }
        try {
            nothing[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("store into null: " + e.getClass().getName());
        }
        try {
            System.out.println(nothing[0]);
        } catch (NullPointerException e) {
            System.out.println("load from null: " + e.getClass().getName());
        }
        Object[][] rows = new Object[2][];
        try {
            rows[1][0] = "x";
        } catch (NullPointerException e) {
            System.out.println("store into null row: " + e.getClass().getName());
        }
        try {
            for (int v : nothing) System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("for-each over null: " + e.getClass().getName());
        }
    }
}
