// Reference arrays are covariant: String[] is an Object[]; the runtime
// type of the array object decides what may be stored and what it is
// an instance of.
public class ArrayCovariance {
    interface Shape { double area(); }
    static class Sq implements Shape {
        final double s;
        Sq(double s) { this.s = s; }
        public double area() { return s * s; }
    }
    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return 3 * r * r; }
    }

    static double total(Shape[] shapes) {
        double t = 0;
        for (Shape s : shapes) t += s.area();
        return t;
    }

    static int countNonNull(Object[] arr) {
        int n = 0;
        for (Object o : arr) if (o != null) n++;
        return n;
    }

    public static void main(String[] args) {
        Sq[] squares = { new Sq(1), new Sq(2), new Sq(3) };
        Shape[] asShapes = squares;
        Object[] asObjects = squares;
        System.out.println("total " + total(squares) + " via shapes " + total(asShapes));
        System.out.println("same array " + (asObjects == squares) + ", nonnull " + countNonNull(asObjects));
        try {
            asShapes[0] = new Circle(1);
        } catch (ArrayStoreException e) {
            System.out.println("cannot store Circle into Sq[]: " + e.getMessage());
        }
        asShapes[1] = new Sq(10);
        System.out.println("stored Sq through Shape[]: " + squares[1].s);
        asObjects[2] = null;
        System.out.println("null is always storable: " + countNonNull(squares));
        Shape[] realShapes = new Shape[] { new Sq(2), new Circle(1) };
        System.out.println("mixed total " + total(realShapes));
        System.out.println("Sq[] instanceof Shape[] " + (asObjects instanceof Shape[]) + ", Shape[] instanceof Sq[] " + (((Object) realShapes) instanceof Sq[]));
        String[][] grid = { { "a" }, { "b", "c" } };
        Object[] og = grid;
        Object[][] oog = grid;
        System.out.println("String[][] as Object[] " + og.length + " as Object[][] " + oog[1].length + " " + oog[1][1]);
        System.out.println("og[0] instanceof String[] " + (og[0] instanceof String[]));
        try {
            og[0] = "not an array";
        } catch (ArrayStoreException e) {
            System.out.println("store String into String[][]: " + e.getMessage());
        }
        try {
            oog[0] = new Object[1];
        } catch (ArrayStoreException e) {
            System.out.println("store Object[] into String[][]: " + e.getMessage());
        }
        oog[0] = new String[] { "z" };
        System.out.println("replaced row " + grid[0][0]);
        // int[] is not an Object[], but is an Object and Cloneable.
        Object ints = new int[] { 1, 2 };
        System.out.println("int[] is Object[]: " + (ints instanceof Object[]) + ", Cloneable " + (ints instanceof Cloneable));
        Object[] holder = new Object[] { ints, new long[3], "s" };
        for (Object o : holder) System.out.println(o.getClass().getName() + " is array " + o.getClass().isArray());
        // Array class identity.
        System.out.println("classes: " + (new String[0].getClass() == String[].class) + " " + ((Object) new String[0].getClass() == (Object) Object[].class)
                + " super of String[] is " + String[].class.getSuperclass().getName());
        Class<?> comp = squares.getClass().getComponentType();
        System.out.println("component " + comp.getName() + " " + Shape.class.isAssignableFrom(comp));
    }
}
