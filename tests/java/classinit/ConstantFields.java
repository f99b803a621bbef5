// static final fields with compile-time constant initializers come from
// ConstantValue attributes: reading them does not initialize the class.
// Non-constant static finals (computed, boxed, or null) do initialize it.
public class ConstantFields {
    static class Holder {
        static final int INT = 7;
        static final long LONG = 1L << 40;
        static final float FLOAT = 1.5f;
        static final double DOUBLE = -2.25;
        static final char CHAR = 'Q';
        static final boolean BOOL = true;
        static final byte BYTE = -3;
        static final short SHORT = 30000;
        static final String STRING = "constant" + INT;
        static { System.out.println("  Holder initialized"); }
    }

    static class Computed {
        static final int VALUE = Integer.parseInt("123");
        static { System.out.println("  Computed initialized"); }
    }

    static class Boxed {
        static final Integer BOXED = 5;
        static { System.out.println("  Boxed initialized"); }
    }

    static class NullFinal {
        static final String NONE = null;
        static { System.out.println("  NullFinal initialized"); }
    }

    static class NonFinal {
        static int plain = 9;
        static { System.out.println("  NonFinal initialized"); }
    }

    public static void main(String[] args) {
        System.out.println("constants: " + Holder.INT + " " + Holder.LONG + " " + Holder.FLOAT + " " + Holder.DOUBLE + " "
                + Holder.CHAR + " " + Holder.BOOL + " " + Holder.BYTE + " " + Holder.SHORT + " " + Holder.STRING);
        System.out.println("constant String is interned: " + (Holder.STRING == "constant7"));
        System.out.println("Computed.VALUE:");
        System.out.println("  = " + Computed.VALUE);
        System.out.println("Boxed.BOXED:");
        System.out.println("  = " + Boxed.BOXED);
        System.out.println("NullFinal.NONE:");
        System.out.println("  = " + NullFinal.NONE);
        System.out.println("NonFinal.plain:");
        System.out.println("  = " + NonFinal.plain);
        System.out.println("Holder.class literal does not initialize: " + Holder.class.getSimpleName());
        System.out.println("now a Holder instance:");
        new Holder();
        System.out.println("done");
    }
}
