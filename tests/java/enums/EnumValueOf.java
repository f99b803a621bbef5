// Enum basics through the library's Enum: values() (a fresh clone each
// time), valueOf with good and bad names (IllegalArgumentException "No enum
// constant Outer.Inner.NAME", NullPointerException "Name is null"),
// Enum.valueOf(Class, String), ordinal, name, toString overridden,
// compareTo, equals, getDeclaringClass, and a nested enum's canonical name
// in the message.
public class EnumValueOf {
    enum Planet { MERCURY, VENUS, EARTH, MARS }

    enum Level {
        LOW, MEDIUM, HIGH;

        public String toString() { return name().toLowerCase() + "(" + ordinal() + ")"; }
    }

    static class Holder {
        enum Deep { A, B }
    }

    enum Empty { }

    static void tryValueOf(String name) {
        try {
            System.out.println("valueOf(" + name + ") = " + Planet.valueOf(name));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Planet[] all = Planet.values();
        System.out.println("count " + all.length);
        for (Planet p : all) {
            System.out.println(p.ordinal() + " " + p.name() + " " + p + " declaring " + p.getDeclaringClass().getName() + " class " + p.getClass().getName());
        }
        Planet[] again = Planet.values();
        System.out.println("values() is a fresh array " + (all != again) + ", same elements " + (all[2] == again[2]));
        all[0] = null;
        System.out.println("mutating the copy does not matter: " + Planet.values()[0]);

        tryValueOf("EARTH");
        tryValueOf("earth");
        tryValueOf("");
        tryValueOf("PLUTO");
        tryValueOf(null);
        try {
            Holder.Deep.valueOf("C");
        } catch (IllegalArgumentException e) {
            System.out.println("nested: " + e.getMessage());
        }
        try {
            Empty.valueOf("X");
        } catch (IllegalArgumentException e) {
            System.out.println("empty enum: " + e.getMessage() + ", values " + Empty.values().length);
        }
        System.out.println("Enum.valueOf " + Enum.valueOf(Level.class, "HIGH") + " " + Enum.valueOf(Holder.Deep.class, "B"));
        try {
            Enum.valueOf(Level.class, "High");
        } catch (IllegalArgumentException e) {
            System.out.println("Enum.valueOf: " + e.getMessage());
        }

        for (Level l : Level.values()) {
            System.out.println(l + " name " + l.name() + " compareTo MEDIUM " + l.compareTo(Level.MEDIUM) + " equals " + l.equals(Level.MEDIUM) + " == valueOf " + (l == Level.valueOf(l.name())));
        }
        System.out.println("ordinal differences " + Planet.MARS.compareTo(Planet.MERCURY) + " " + Planet.MERCURY.compareTo(Planet.MARS));
        System.out.println("isEnum " + Planet.class.isEnum() + " " + Planet.EARTH.getClass().isEnum() + " superclass " + Planet.class.getSuperclass().getName());
        System.out.println("enum constants " + Level.class.getEnumConstants().length + " first " + Level.class.getEnumConstants()[0]);
        Comparable<Planet> c = Planet.VENUS;
        System.out.println("as Comparable " + c.compareTo(Planet.EARTH));
        System.out.println("hashCode consistent " + (Planet.EARTH.hashCode() == Planet.valueOf("EARTH").hashCode()));
        Object o = Level.LOW;
        System.out.println("instanceof Enum " + (o instanceof Enum) + " instanceof Comparable " + (o instanceof Comparable));
    }
}
