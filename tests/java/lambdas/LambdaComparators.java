// The library's Comparator combinators driven by lambdas and method
// references: comparing (with and without a key comparator), comparingInt,
// thenComparing chains, reversed, naturalOrder, reverseOrder, nullsFirst,
// nullsLast; sorted with the test's own insertion sort (no collections).
// Also Iterable.forEach and Iterator.forEachRemaining on the test's own
// Iterable.
import java.util.Comparator;
import java.util.Iterator;

public class LambdaComparators {
    static class Person {
        final String name;
        final int age;
        final double height;

        Person(String name, int age, double height) {
            this.name = name;
            this.age = age;
            this.height = height;
        }

        String name() { return name; }
        int age() { return age; }
        double height() { return height; }

        public String toString() { return name + "/" + age + "/" + height; }
    }

    static <T> String sorted(T[] input, Comparator<? super T> c) {
        Object[] a = input.clone();
        for (int i = 1; i < a.length; i++) {
            for (int j = i; j > 0; j--) {
                @SuppressWarnings("unchecked")
                T x = (T) a[j - 1], y = (T) a[j];
                if (c.compare(x, y) <= 0) break;
                a[j - 1] = y;
                a[j] = x;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : a) sb.append(o).append(' ');
        return sb.toString().trim();
    }

    static class Range implements Iterable<Integer> {
        final int lo, hi;

        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = lo;

                public boolean hasNext() { return next < hi; }

                public Integer next() { return next++; }
            };
        }
    }

    public static void main(String[] args) {
        Person[] people = {
            new Person("carol", 35, 1.62), new Person("alice", 30, 1.70), new Person("bob", 30, 1.80),
            new Person("dave", 25, 1.70), new Person("eve", 35, 1.55), new Person("al", 30, 1.70)
        };
        System.out.println("by name        " + sorted(people, Comparator.comparing(Person::name)));
        System.out.println("by age         " + sorted(people, Comparator.comparingInt(Person::age)));
        System.out.println("by age, name   " + sorted(people, Comparator.comparingInt(Person::age).thenComparing(Person::name)));
        System.out.println("by age desc    " + sorted(people, Comparator.comparingInt(Person::age).reversed()));
        System.out.println("height, age    " + sorted(people, Comparator.comparingDouble(Person::height).thenComparingInt(Person::age)));
        System.out.println("name length    " + sorted(people, Comparator.comparing(Person::name, Comparator.comparingInt(String::length)).thenComparing(p -> p.name)));
        System.out.println("lambda compare " + sorted(people, (a, b) -> Double.compare(b.height, a.height)));
        Comparator<Person> byAgeThenHeightDesc = Comparator.comparingInt(Person::age).thenComparing(Comparator.comparingDouble(Person::height).reversed());
        System.out.println("age, height-   " + sorted(people, byAgeThenHeightDesc));

        String[] words = { "pear", null, "Apple", "fig", null, "banana", "apple" };
        System.out.println("nullsFirst natural " + sorted(words, Comparator.nullsFirst(Comparator.<String>naturalOrder())));
        System.out.println("nullsLast reverse  " + sorted(words, Comparator.nullsLast(Comparator.<String>reverseOrder())));
        System.out.println("nullsFirst by len  " + sorted(words, Comparator.nullsFirst(Comparator.comparingInt(String::length))));
        System.out.println("case-insensitive   " + sorted(words, Comparator.nullsLast(String::compareToIgnoreCase)));
        Integer[] nums = { 5, -3, 12, 0, 7, -3 };
        System.out.println("ints natural " + sorted(nums, Comparator.naturalOrder()) + " | reversed " + sorted(nums, Comparator.<Integer>naturalOrder().reversed())
                + " | by abs " + sorted(nums, Comparator.comparingInt(Math::abs)) + " | Integer::compare " + sorted(nums, Integer::compare));

        StringBuilder sb = new StringBuilder();
        new Range(1, 6).forEach(i -> sb.append(i * i).append(' '));
        System.out.println("forEach " + sb);
        sb.setLength(0);
        Iterator<Integer> it = new Range(0, 5).iterator();
        it.next();
        it.forEachRemaining(sb::append);
        System.out.println("forEachRemaining " + sb);
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: UnsupportedOperationException " + e.getMessage());
        }
        int total = 0;
        for (int i : new Range(0, 101)) total += i;
        System.out.println("enhanced for over Iterable " + total);
    }
}
