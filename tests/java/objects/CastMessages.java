// The detail messages of ClassCastException, exactly as HotSpot 17 words
// them: the class names plus the module and loader each one belongs to
// (classes from the class path are in the unnamed module of loader 'app',
// library classes in module java.base of loader 'bootstrap').
public class CastMessages {
    static class Cat { }
    static class Lion extends Cat { }
    interface Pet { }

    static void cast(String what, Object o, int target) {
        try {
            switch (target) {
                case 0: Lion l = (Lion) o; break;
                case 1: Pet p = (Pet) o; break;
                case 2: String s = (String) o; break;
                case 3: Object[] a = (Object[]) o; break;
                case 4: Integer i = (Integer) o; break;
                default: Cat[] c = (Cat[]) o; break;
            }
            System.out.println(what + ": ok");
        } catch (ClassCastException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] values = { new Cat(), "string", 7, 2.5, new int[1], new String[1], new Cat[1], new Lion[1], new long[0][0] };
        for (Object v : values) {
            for (int t = 0; t <= 5; t++) cast(v.getClass().getName() + " -> " + t, v, t);
        }
        try {
            Object o = "x";
            Integer i = (Integer) o;
        } catch (ClassCastException e) {
            System.out.println(e);
        }
    }
}
