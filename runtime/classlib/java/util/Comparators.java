/*
 * Comparators - the comparators behind Comparator's static and default
 * methods: natural and reverse order (singletons, as in the JDK, so that
 * reversing one gives the other), reversal, chaining and null placement.
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

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator) ReverseOrder.INSTANCE;
        }
    }

    /* The reverse of the natural order (Collections.reverseOrder()). */
    static final class ReverseOrder
            implements Comparator<Comparable<Object>>, java.io.Serializable {
        static final ReverseOrder INSTANCE = new ReverseOrder();

        private ReverseOrder() {
        }

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c2.compareTo(c1);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator) NaturalOrderComparator.INSTANCE;
        }
    }

    /* The reverse of any other comparator (Collections.reverseOrder(cmp)). */
    static final class Reversed<T> implements Comparator<T>, java.io.Serializable {
        final Comparator<T> cmp;

        Reversed(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        public int compare(T t1, T t2) {
            return cmp.compare(t2, t1);
        }

        public boolean equals(Object o) {
            return o == this
                || (o instanceof Reversed && cmp.equals(((Reversed<?>) o).cmp));
        }

        public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }

        public Comparator<T> reversed() {
            return cmp;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Comparator<T> reverse(Comparator<T> cmp) {
        if (cmp == null)
            return (Comparator) ReverseOrder.INSTANCE;
        if (cmp == ReverseOrder.INSTANCE)
            return (Comparator) NaturalOrderComparator.INSTANCE;
        if (cmp instanceof Reversed)
            return ((Reversed<T>) cmp).cmp;
        return new Reversed<T>(cmp);
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
