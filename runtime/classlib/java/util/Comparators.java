/*
 * Comparators - the comparators behind Comparator's static and default
 * methods: natural order (a singleton, as in the JDK, whose reversal is
 * Collections.reverseOrder()), chaining and null placement. Reversal
 * lives in Collections, under the JDK's class names.
 */
package java.util;

final class Comparators {
    private Comparators() {
    }

    /* A serializable comparator, the base of the ones made here. */
    abstract static class Serial<T> implements Comparator<T>, java.io.Serializable {
    }

    enum NaturalOrderComparator implements Comparator<Comparable<Object>> {
        INSTANCE;

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        public Comparator<Comparable<Object>> reversed() {
            return Collections.reverseOrder();
        }
    }

    /* [first], with ties broken by [other]. */
    static <T> Comparator<T> then(final Comparator<T> first,
                                  final Comparator<? super T> other) {
        Objects.requireNonNull(other);
        return new Serial<T>() {
            public int compare(T c1, T c2) {
                int res = first.compare(c1, c2);
                return res != 0 ? res : other.compare(c1, c2);
            }
        };
    }

    /* Nulls before (or after) everything else; non-null values ordered by
     * [real], or all equal if it is null. */
    static final class NullComparator<T> implements Comparator<T>, java.io.Serializable {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null)
                return b == null ? 0 : (nullFirst ? -1 : 1);
            if (b == null)
                return nullFirst ? 1 : -1;
            return real == null ? 0 : real.compare(a, b);
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<T>(nullFirst,
                real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<T>(!nullFirst,
                real == null ? null : real.reversed());
        }
    }
}
