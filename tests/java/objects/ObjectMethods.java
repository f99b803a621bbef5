// java.lang.Object's methods and Class basics: getClass, getName,
// getSimpleName, getSuperclass, isInterface/isArray, componentType,
// class literals of primitives and arrays, toString of wrappers.
public class ObjectMethods {
    static class Thing { }
    static class Widget extends Thing implements Comparable<Widget> {
        public int compareTo(Widget w) { return 0; }
    }
    interface Marker { }

    static String describe(Class<?> c) {
        Class<?> sup = c.getSuperclass();
        return c.getName() + " simple=" + c.getSimpleName() + " super=" + (sup == null ? "null" : sup.getName())
                + " interface=" + c.isInterface() + " array=" + c.isArray() + " primitive=" + c.isPrimitive()
                + " component=" + (c.getComponentType() == null ? "null" : c.getComponentType().getName());
    }

    public static void main(String[] args) {
        Class<?>[] classes = { Object.class, String.class, Thing.class, Widget.class, Marker.class, Comparable.class,
                               int.class, long.class, double.class, boolean.class, char.class, void.class,
                               int[].class, String[].class, Thing[][].class, byte[][][].class, Integer.class,
                               Runnable.class, ObjectMethods.class };
        for (Class<?> c : classes) System.out.println(describe(c));
        Object[] objs = { new Thing(), new Widget(), "s", 1, 2L, 3.0f, 4.0, 'c', (byte) 5, (short) 6, true, new int[0],
                          new Object[0][0], new char[1] };
        for (Object o : objs) {
            System.out.println(o.getClass().getName() + " same class object: " + (o.getClass() == o.getClass())
                    + " literal matches: " + (o.getClass() == classFor(o)));
        }
        Class<?>[] ifs = Widget.class.getInterfaces();
        System.out.println("Widget interfaces: " + ifs.length + " " + ifs[0].getName());
        System.out.println("isInstance: " + Thing.class.isInstance(new Widget()) + " " + Widget.class.isInstance(new Thing())
                + " " + Comparable.class.isInstance("x") + " " + Object[].class.isInstance(new String[0]) + " "
                + Object[].class.isInstance(new int[0]) + " " + Thing.class.isInstance(null));
        System.out.println("isAssignableFrom: " + Thing.class.isAssignableFrom(Widget.class) + " "
                + Widget.class.isAssignableFrom(Thing.class) + " " + Object.class.isAssignableFrom(int[].class) + " "
                + int.class.isAssignableFrom(int.class) + " " + long.class.isAssignableFrom(int.class) + " "
                + Number.class.isAssignableFrom(Integer.class));
        System.out.println("Class toString: " + Thing.class + " | " + Marker.class + " | " + int.class + " | " + int[].class);
        System.out.println("wrapper TYPE: " + (Integer.TYPE == int.class) + " " + Void.TYPE + " " + Character.TYPE);
        Object o = new Object();
        System.out.println("Object equals: " + o.equals(o) + " " + o.equals(new Object()));
        System.out.println("toString of wrappers: " + Integer.valueOf(12).toString() + " " + Boolean.TRUE + " " + Character.valueOf('q'));
    }

    static Class<?> classFor(Object o) {
        if (o instanceof Widget) return Widget.class;
        if (o instanceof Thing) return Thing.class;
        if (o instanceof String) return String.class;
        if (o instanceof Integer) return Integer.class;
        if (o instanceof Long) return Long.class;
        if (o instanceof Float) return Float.class;
        if (o instanceof Double) return Double.class;
        if (o instanceof Character) return Character.class;
        if (o instanceof Byte) return Byte.class;
        if (o instanceof Short) return Short.class;
        if (o instanceof Boolean) return Boolean.class;
        if (o instanceof int[]) return int[].class;
        if (o instanceof Object[][]) return Object[][].class;
        if (o instanceof char[]) return char[].class;
        return null;
    }
}
