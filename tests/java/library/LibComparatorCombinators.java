// java.util.Comparator: comparing (with and without a key comparator),
// comparingInt/Long/Double, every thenComparing overload, reversed,
// reverseOrder, naturalOrder, nullsFirst, nullsLast, and how they combine
// (reversing a reversal, nulls comparators reversed and chained). Results
// are shown as sorted arrays and as signs of single comparisons; also
// which keys get extracted, the singletons, and null arguments.
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

public class LibComparatorCombinators {
    static class Person {
        final String name;
        final int age;
        final long id;
        final double height;

        Person(String name, int age, long id, double height) {
            this.name = name;
            this.age = age;
            this.id = id;
            this.height = height;
        }

        public String toString() {
            return name + "/" + age;
        }
    }

    static final Function<Person, String> NAME = new Function<Person, String>() {
        public String apply(Person p) {
            return p.name;
        }
    };
    static final ToIntFunction<Person> AGE = new ToIntFunction<Person>() {
        public int applyAsInt(Person p) {
            return p.age;
        }
    };
    static final ToLongFunction<Person> ID = new ToLongFunction<Person>() {
        public long applyAsLong(Person p) {
            return p.id;
        }
    };
    static final ToDoubleFunction<Person> HEIGHT = new ToDoubleFunction<Person>() {
        public double applyAsDouble(Person p) {
            return p.height;
        }
    };
    static final Function<String, Integer> LENGTH = new Function<String, Integer>() {
        public Integer apply(String s) {
            return s.length();
        }
    };
    static final Comparator<String> BY_LENGTH = new Comparator<String>() {
        public int compare(String a, String b) {
            return a.length() - b.length();
        }
    };

    static Person[] people() {
        return new Person[] {
            new Person("carol", 35, 3L, 1.70),
            new Person("alice", 30, 1L << 40, 1.65),
            new Person("bob", 30, -5L, Double.NaN),
            new Person("dave", 25, 1L << 40, -0.0),
            new Person("eve", 35, 2L, 0.0),
            new Person("al", 30, 7L, 1.65),
            new Person("zed", 25, Long.MIN_VALUE, 2.10),
        };
    }

    static void sortShow(String label, Comparator<? super Person> c) {
        Person[] ps = people();
        Arrays.sort(ps, c);
        System.out.println(label + ": " + Arrays.toString(ps));
    }

    static <T> void sortShow(String label, T[] items, Comparator<? super T> c) {
        T[] copy = items.clone();
        Arrays.sort(copy, c);
        System.out.println(label + ": " + Arrays.toString(copy));
    }

    static int sign(int x) {
        return x < 0 ? -1 : x > 0 ? 1 : 0;
    }

    static void npe(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        }
    }

    public static void main(String[] args) {
        sortShow("comparing name", Comparator.comparing(NAME));
        sortShow("comparing name by length", Comparator.comparing(NAME, BY_LENGTH));
        sortShow("comparingInt age", Comparator.comparingInt(AGE));
        sortShow("comparingLong id", Comparator.comparingLong(ID));
        sortShow("comparingDouble height", Comparator.comparingDouble(HEIGHT));
        sortShow("age then name", Comparator.comparingInt(AGE).thenComparing(NAME));
        sortShow("age then name length then name",
                 Comparator.comparingInt(AGE).thenComparing(NAME, BY_LENGTH).thenComparing(NAME));
        sortShow("age then comparator", Comparator.comparingInt(AGE).thenComparing(Comparator.comparing(NAME).reversed()));
        sortShow("age then int", Comparator.comparing(NAME, BY_LENGTH).thenComparingInt(AGE));
        sortShow("age then long", Comparator.comparingInt(AGE).thenComparingLong(ID));
        sortShow("age then double", Comparator.comparingInt(AGE).thenComparingDouble(HEIGHT));
        sortShow("age reversed then name", Comparator.comparingInt(AGE).reversed().thenComparing(NAME));
        sortShow("(age then name) reversed", Comparator.comparingInt(AGE).thenComparing(NAME).reversed());

        String[] words = {"pear", "Fig", "apple", "fig", "kiwi", "banana", "Apple"};
        sortShow("natural", words, Comparator.<String>naturalOrder());
        sortShow("reverse", words, Comparator.<String>reverseOrder());
        sortShow("natural reversed", words, Comparator.<String>naturalOrder().reversed());
        sortShow("reverse reversed", words, Comparator.<String>reverseOrder().reversed());
        sortShow("length (stable)", words, BY_LENGTH);
        sortShow("length reversed (stable)", words, BY_LENGTH.reversed());
        sortShow("length reversed twice", words, BY_LENGTH.reversed().reversed());
        sortShow("length then natural", words, BY_LENGTH.thenComparing(Comparator.<String>naturalOrder()));
        sortShow("comparing length key", words, Comparator.comparing(LENGTH));
        sortShow("comparing length key reversed", words, Comparator.comparing(LENGTH, Comparator.<Integer>reverseOrder()));
        sortShow("case-insensitive via key", words, Comparator.comparing(new Function<String, String>() {
            public String apply(String s) {
                return s.toLowerCase();
            }
        }));

        String[] withNulls = {"b", null, "a", "ccc", null, "dd"};
        sortShow("nullsFirst natural", withNulls, Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        sortShow("nullsLast natural", withNulls, Comparator.nullsLast(Comparator.<String>naturalOrder()));
        sortShow("nullsFirst reversed", withNulls, Comparator.nullsFirst(Comparator.<String>naturalOrder()).reversed());
        sortShow("nullsLast reversed", withNulls, Comparator.nullsLast(Comparator.<String>naturalOrder()).reversed());
        sortShow("nullsFirst(null) (all equal)", withNulls, Comparator.<String>nullsFirst(null));
        sortShow("nullsLast(null) then length", withNulls, Comparator.<String>nullsLast(null).thenComparing(BY_LENGTH));
        sortShow("nullsFirst(length) then natural", withNulls,
                 Comparator.nullsFirst(BY_LENGTH).thenComparing(Comparator.<String>reverseOrder()));
        sortShow("nullsLast(null) reversed", withNulls, Comparator.<String>nullsLast(null).reversed());

        Comparator<String> nat = Comparator.naturalOrder();
        Comparator<String> rev = Comparator.reverseOrder();
        System.out.println("naturalOrder singleton " + (nat == Comparator.<String>naturalOrder()));
        System.out.println("reverseOrder singleton " + (rev == Comparator.<String>reverseOrder()));
        System.out.println("natural.reversed()==reverseOrder " + (nat.reversed() == rev));
        System.out.println("reverse.reversed()==naturalOrder " + (rev.reversed() == nat));
        System.out.println("c.reversed().reversed()==c " + (BY_LENGTH.reversed().reversed() == BY_LENGTH));
        System.out.println("reversed equals " + BY_LENGTH.reversed().equals(BY_LENGTH.reversed())
            + " hash " + (BY_LENGTH.reversed().hashCode() == BY_LENGTH.reversed().hashCode()));
        System.out.println("naturalOrder toString " + nat);
        System.out.println("signs " + sign(nat.compare("a", "b")) + sign(rev.compare("a", "b"))
            + sign(nat.compare("x", "x")) + sign(Comparator.nullsFirst(nat).compare(null, "a"))
            + sign(Comparator.nullsLast(nat).compare(null, "a")) + sign(Comparator.nullsLast(nat).compare(null, null))
            + sign(Comparator.nullsFirst(nat).compare("a", null)));
        System.out.println("comparingDouble NaN/-0.0 " + Comparator.comparingDouble(HEIGHT).compare(
            people()[2], people()[1]) + " " + Comparator.comparingDouble(HEIGHT).compare(people()[3], people()[4]));
        System.out.println("comparingInt extremes " + Comparator.comparingInt(new ToIntFunction<Integer>() {
            public int applyAsInt(Integer x) {
                return x;
            }
        }).compare(Integer.MIN_VALUE, Integer.MAX_VALUE));

        // Keys are extracted for both arguments on every comparison, and
        // thenComparing only runs on ties.
        final StringBuilder log = new StringBuilder();
        Function<String, String> logged = new Function<String, String>() {
            public String apply(String s) {
                log.append(s).append(' ');
                return s;
            }
        };
        Comparator<String> c = Comparator.comparing(LENGTH).thenComparing(logged);
        System.out.println("tie-break " + sign(c.compare("ab", "cd")) + " [" + log + "]");
        log.setLength(0);
        System.out.println("no tie " + sign(c.compare("ab", "c")) + " [" + log + "]");

        // A natural-order comparison of a null fails.
        npe("natural compare null", new Runnable() {
            public void run() {
                Comparator.<String>naturalOrder().compare(null, "a");
            }
        });
        npe("comparing key null", new Runnable() {
            public void run() {
                Comparator.comparing(NAME).compare(new Person(null, 1, 1, 1), new Person("x", 1, 1, 1));
            }
        });
        npe("comparing(null)", new Runnable() {
            public void run() {
                Comparator.comparing((Function<String, String>) null);
            }
        });
        npe("comparing(f, null)", new Runnable() {
            public void run() {
                Comparator.comparing(NAME, null);
            }
        });
        npe("comparingInt(null)", new Runnable() {
            public void run() {
                Comparator.comparingInt(null);
            }
        });
        npe("comparingLong(null)", new Runnable() {
            public void run() {
                Comparator.comparingLong(null);
            }
        });
        npe("comparingDouble(null)", new Runnable() {
            public void run() {
                Comparator.comparingDouble(null);
            }
        });
        npe("thenComparing(null comparator)", new Runnable() {
            public void run() {
                BY_LENGTH.thenComparing((Comparator<String>) null);
            }
        });
        npe("thenComparing(null key)", new Runnable() {
            public void run() {
                BY_LENGTH.thenComparing((Function<String, String>) null);
            }
        });
        npe("nullsFirst thenComparing(null)", new Runnable() {
            public void run() {
                Comparator.nullsFirst(BY_LENGTH).thenComparing((Comparator<String>) null);
            }
        });
        npe("thenComparingInt(null)", new Runnable() {
            public void run() {
                BY_LENGTH.thenComparingInt(null);
            }
        });
    }
}
