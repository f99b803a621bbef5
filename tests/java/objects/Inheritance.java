// Overriding, super calls, field hiding (fields are not virtual), static
// method hiding and constructor chaining.
public class Inheritance {
    static class Animal {
        String name = "animal";
        static String kind() { return "Animal.kind"; }
        String speak() { return "..."; }
        String describe() { return name + " says " + speak(); }
        String who() { return "Animal(" + name + ")"; }
    }

    static class Dog extends Animal {
        String name = "dog";
        Dog() { super.name = "canine"; }
        static String kind() { return "Dog.kind"; }
        @Override String speak() { return "woof"; }
        @Override String who() { return "Dog/" + super.who() + "/" + name; }
    }

    static class Puppy extends Dog {
        @Override String speak() { return "yip (" + super.speak() + ")"; }
        @Override String who() { return "Puppy/" + super.who(); }
    }

    static class Base {
        final int id;
        Base() { this(7); System.out.println("Base()"); }
        Base(int id) { this.id = id; System.out.println("Base(int " + id + ")"); }
    }

    static class Derived extends Base {
        final String tag;
        Derived() { this("default"); System.out.println("Derived()"); }
        Derived(String tag) { super(tag.length()); this.tag = tag; System.out.println("Derived(String " + tag + ")"); }
    }

    static class Derived2 extends Base {
        Derived2() { System.out.println("Derived2() id=" + id); }
    }

    public static void main(String[] args) {
        Animal a = new Animal();
        Animal d = new Dog();
        Animal p = new Puppy();
        Dog dd = new Dog();
        System.out.println(a.describe());
        System.out.println(d.describe());
        System.out.println(p.describe());
        System.out.println(a.who());
        System.out.println(d.who());
        System.out.println(p.who());
        System.out.println("field via Animal ref: " + d.name + ", via Dog ref: " + dd.name + ", ((Animal) dd).name: " + ((Animal) dd).name);
        System.out.println(Animal.kind() + " " + Dog.kind() + " " + Puppy.kind());
        Animal[] zoo = { a, d, p, dd };
        for (Animal x : zoo) System.out.println(x.speak() + " | " + (x instanceof Dog) + " " + (x instanceof Puppy));
        new Derived();
        new Derived("xyz");
        Derived2 d2 = new Derived2();
        System.out.println("d2.id " + d2.id);
    }
}
