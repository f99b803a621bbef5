// MIN_VALUE, MAX_VALUE, SIZE and BYTES of every wrapper, and the special
// floating-point constants.
public class Limits {
    public static void main(String[] args) {
        System.out.println("Byte " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Byte.SIZE + " " + Byte.BYTES);
        System.out.println("Short " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Short.SIZE + " " + Short.BYTES);
        System.out.println("Character " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Character.SIZE + " " + Character.BYTES
                + " radix " + Character.MIN_RADIX + ".." + Character.MAX_RADIX + " code points " + Character.MIN_CODE_POINT + ".." + Character.MAX_CODE_POINT
                + " supplementary " + Character.MIN_SUPPLEMENTARY_CODE_POINT + " surrogates " + (int) Character.MIN_HIGH_SURROGATE + " " + (int) Character.MAX_LOW_SURROGATE);
        System.out.println("Integer " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
        System.out.println("Long " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.SIZE + " " + Long.BYTES);
        System.out.println("Float " + Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + (double) Float.MIN_NORMAL + " " + Float.SIZE + " " + Float.BYTES + " exp "
                + Float.MIN_EXPONENT + ".." + Float.MAX_EXPONENT + " " + Float.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Float.NaN);
        System.out.println("Double " + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Double.MIN_NORMAL + " " + Double.SIZE + " " + Double.BYTES + " exp "
                + Double.MIN_EXPONENT + ".." + Double.MAX_EXPONENT + " " + Double.POSITIVE_INFINITY + " " + Double.NEGATIVE_INFINITY + " " + Double.NaN);
        System.out.println("Boolean " + Boolean.TRUE + " " + Boolean.FALSE);
        System.out.println("Math " + Math.PI + " " + Math.E);
        System.out.println("MIN - 1 wraps: " + (Integer.MIN_VALUE - 1) + " " + (Long.MIN_VALUE - 1) + " " + (byte) (Byte.MIN_VALUE - 1) + " " + (short) (Short.MAX_VALUE + 1));
        System.out.println("bits of limits: " + Integer.toHexString(Float.floatToIntBits(Float.MAX_VALUE)) + " " + Long.toHexString(Double.doubleToLongBits(Double.MIN_NORMAL))
                + " " + Integer.toHexString(Float.floatToIntBits(Float.MIN_VALUE)) + " " + Long.toHexString(Double.doubleToLongBits(Double.NEGATIVE_INFINITY)));
    }
}
