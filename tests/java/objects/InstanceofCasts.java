// instanceof and checkcast across classes, interfaces, arrays and null.
public class InstanceofCasts {
    interface Flyer { }
    interface Swimmer { }
    static class Animal { }
    static class Bird extends Animal implements Flyer { }
    static class Duck extends Bird implements Swimmer { }
    static class Fish extends Animal implements Swimmer { }

    static String probe(Object o) {
        return (o instanceof Object ? "O" : "-") + (o instanceof Animal ? "A" : "-") + (o instanceof Bird ? "B" : "-")
                + (o instanceof Duck ? "D" : "-") + (o instanceof Fish ? "F" : "-") + (o instanceof Flyer ? "f" : "-")
                + (o instanceof Swimmer ? "s" : "-") + (o instanceof Object[] ? "[" : "-") + (o instanceof Animal[] ? "a" : "-")
                + (o instanceof Bird[] ? "b" : "-") + (o instanceof Swimmer[] ? "w" : "-") + (o instanceof int[] ? "i" : "-")
                + (o instanceof Object[][] ? "2" : "-") + (o instanceof Cloneable ? "c" : "-") + (o instanceof String ? "S" : "-")
                + (o instanceof Comparable ? "C" : "-") + (o instanceof Number ? "N" : "-") + (o instanceof CharSequence ? "Q" : "-");
    }

    static String tryCast(Object o) {
        StringBuilder sb = new StringBuilder();
        try { Animal a = (Animal) o; sb.append("A"); } catch (ClassCastException e) { sb.append("!A"); }
        try { Flyer f = (Flyer) o; sb.append("f"); } catch (ClassCastException e) { sb.append("!f"); }
        try { Duck d = (Duck) o; sb.append("D"); } catch (ClassCastException e) { sb.append("!D"); }
        try { Object[] arr = (Object[]) o; sb.append("["); } catch (ClassCastException e) { sb.append("!["); }
        try { Animal[] arr = (Animal[]) o; sb.append("a"); } catch (ClassCastException e) { sb.append("!a"); }
        try { String s = (String) o; sb.append("S"); } catch (ClassCastException e) { sb.append("!S"); }
        return sb.toString();
    }

    public static void main(String[] args) {
        Object[] things = { new Animal(), new Bird(), new Duck(), new Fish(), null, "text", 42, 1.5, new int[3],
                            new Object[1], new Animal[2], new Bird[2], new Duck[1], new Fish[0], new Swimmer[3],
                            new Object[2][2], new Bird[1][1], new int[1][1], new String[0], new Object() };
        String[] labels = { "Animal", "Bird", "Duck", "Fish", "null", "String", "Integer", "Double", "int[]", "Object[]",
                            "Animal[]", "Bird[]", "Duck[]", "Fish[]", "Swimmer[]", "Object[][]", "Bird[][]", "int[][]",
                            "String[]", "Object" };
        for (int i = 0; i < things.length; i++) {
            System.out.println(labels[i] + ": " + probe(things[i]) + " " + tryCast(things[i]));
        }
        // Casting null always succeeds.
        Object nothing = null;
        Duck d = (Duck) nothing;
        Swimmer s = (Swimmer) nothing;
        int[] ia = (int[]) nothing;
        System.out.println("null casts ok: " + d + " " + s + " " + ia);
        // Cast result is usable.
        Object o = new Duck();
        Swimmer sw = (Swimmer) o;
        Flyer fl = (Flyer) sw;
        Bird b = (Bird) fl;
        System.out.println("chain of casts: " + (b == o));
        // Arrays are covariant, so an Animal[] variable may hold a Duck[].
        Animal[] animals = new Duck[2];
        System.out.println("Duck[] as Animal[]: " + (animals instanceof Duck[]) + " " + (animals instanceof Bird[]) + " " + (animals.getClass().getName()));
        Object ccount = 0;
        int failures = 0;
        for (Object t : things) {
            try {
                Comparable<?> cmp = (Comparable<?>) t;
                if (cmp != null) ccount = ((Integer) ccount) + 1;
            } catch (ClassCastException e) {
                failures++;
            }
        }
        System.out.println("comparables " + ccount + ", failures " + failures);
    }
}
