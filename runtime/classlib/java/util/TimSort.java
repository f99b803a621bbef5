/*
 * TimSort - the stable sort behind Arrays.sort(Object[]) and
 * Arrays.sort(T[], Comparator), and through them List.sort.
 *
 * The algorithm is Tim Peters' (Python's listsort, described in its
 * listsort.txt): find natural runs (reversing strictly descending ones),
 * extend short runs to a minimum length with binary insertion sort, keep a
 * stack of pending runs whose lengths shrink faster than Fibonacci numbers,
 * and merge neighbours with "galloping" once one side keeps winning.
 *
 * The JDK uses the same algorithm, and programs can observe more than the
 * sorted result: which pairs a comparator sees, in which order (a
 * ClassCastException names the classes of the first mismatched pair), and
 * "Comparison method violates its general contract!" when a merge finds
 * the comparator inconsistent. So the choices below follow listsort.txt to
 * the letter: the run-length rule, the minimum run length, the invariants
 * on the run stack, the galloping thresholds and where each gallop starts.
 *
 * Natural order (a null comparator) is a comparator that calls
 * compareTo on its first argument, as Comparable elements are compared
 * in the JDK.
 */
package java.util;

final class TimSort<T> {
    /* Arrays shorter than this are sorted by binary insertion alone. */
    private static final int MIN_MERGE = 32;

    /* A merge starts galloping after one side wins this many times in a
     * row; the threshold then adapts (minGallop). */
    private static final int MIN_GALLOP = 7;

    private final T[] a;
    private final Comparator<? super T> c;
    private int minGallop = MIN_GALLOP;
    private Object[] tmp = new Object[0];

    /* The stack of pending runs: start and length of each. */
    private int[] runBase = new int[8];
    private int[] runLen = new int[8];
    private int stackSize;

    private TimSort(T[] a, Comparator<? super T> c) {
        this.a = a;
        this.c = c;
    }

    /* Natural order: [x].compareTo([y]); a non-Comparable [x] fails the
     * cast with the JDK's ClassCastException. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final Comparator<Object> NATURAL = new Comparator<Object>() {
        public int compare(Object x, Object y) {
            return ((Comparable) x).compareTo(y);
        }
    };

    /* Sorts a[lo, hi) by [c], or by natural order if [c] is null. The
     * caller has checked the range. */
    @SuppressWarnings("unchecked")
    static <T> void sort(T[] a, int lo, int hi, Comparator<? super T> c) {
        if (c == null)
            c = (Comparator<? super T>) NATURAL;
        int remaining = hi - lo;
        if (remaining < 2)
            return;
        if (remaining < MIN_MERGE) {
            int run = makeRun(a, lo, hi, c);
            binaryInsertionSort(a, lo, hi, lo + run, c);
            return;
        }
        TimSort<T> sorter = new TimSort<T>(a, c);
        int minRun = minRunLength(remaining);
        do {
            int run = makeRun(a, lo, hi, c);
            if (run < minRun) {
                int forced = remaining <= minRun ? remaining : minRun;
                binaryInsertionSort(a, lo, lo + forced, lo + run, c);
                run = forced;
            }
            sorter.pushRun(lo, run);
            sorter.mergeCollapse();
            lo += run;
            remaining -= run;
        } while (remaining != 0);
        sorter.mergeForceCollapse();
    }

    /* The length of the run that starts at [lo]: non-descending, or
     * strictly descending (then reversed in place, which keeps the sort
     * stable since no two of its elements are equal). */
    private static <T> int makeRun(T[] a, int lo, int hi, Comparator<? super T> c) {
        int end = lo + 1;
        if (end == hi)
            return 1;
        if (c.compare(a[end], a[lo]) < 0) {
            end++;
            while (end < hi && c.compare(a[end], a[end - 1]) < 0)
                end++;
            for (int i = lo, j = end - 1; i < j; i++, j--) {
                T x = a[i];
                a[i] = a[j];
                a[j] = x;
            }
        } else {
            end++;
            while (end < hi && c.compare(a[end], a[end - 1]) >= 0)
                end++;
        }
        return end - lo;
    }

    /* Sorts a[lo, hi) whose prefix a[lo, sorted) is already in order, by
     * inserting each further element after the last one not greater than
     * it (found by binary search), which keeps equal elements in order. */
    private static <T> void binaryInsertionSort(T[] a, int lo, int hi, int sorted,
                                                Comparator<? super T> c) {
        if (sorted == lo)
            sorted++;
        for (; sorted < hi; sorted++) {
            T pivot = a[sorted];
            int left = lo, right = sorted;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (c.compare(pivot, a[mid]) < 0)
                    right = mid;
                else
                    left = mid + 1;
            }
            System.arraycopy(a, left, a, left + 1, sorted - left);
            a[left] = pivot;
        }
    }

    /* listsort's minrun: [n] itself if below MIN_MERGE, else a length
     * between MIN_MERGE/2 and MIN_MERGE such that n/minrun is a power of
     * two or a little below one: the six (here five) leading bits of [n],
     * plus one if any bit shifted out was set. */
    private static int minRunLength(int n) {
        int extra = 0;
        while (n >= MIN_MERGE) {
            extra |= n & 1;
            n >>= 1;
        }
        return n + extra;
    }

    private void pushRun(int base, int length) {
        if (stackSize == runBase.length) {
            runBase = Arrays.copyOf(runBase, stackSize * 2);
            runLen = Arrays.copyOf(runLen, stackSize * 2);
        }
        runBase[stackSize] = base;
        runLen[stackSize] = length;
        stackSize++;
    }

    /* Restores the invariants on the top runs (A, B, C from older to
     * newer, plus the one under A): |A| > |B| + |C| and |B| > |C|, with the
     * check of the fourth run from the top that makes the invariant hold
     * for the whole stack. A violation merges B with the shorter of its
     * neighbours. */
    private void mergeCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;   /* B; C is n + 1 */
            boolean abc = n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1];
            boolean below = n > 1 && runLen[n - 2] <= runLen[n] + runLen[n - 1];
            if (abc || below) {
                if (runLen[n - 1] < runLen[n + 1])
                    n--;
            } else if (runLen[n] > runLen[n + 1]) {
                return;
            }
            mergeAt(n);
        }
    }

    /* At the end: merges everything, again with the shorter neighbour. */
    private void mergeForceCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1])
                n--;
            mergeAt(n);
        }
    }

    /* Merges run [i] with run [i + 1] (neighbours in the array). */
    private void mergeAt(int i) {
        int base1 = runBase[i], len1 = runLen[i];
        int base2 = runBase[i + 1], len2 = runLen[i + 1];
        runLen[i] = len1 + len2;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        stackSize--;

        /* Elements of run 1 not greater than run 2's first are already in
         * place, and so are elements of run 2 not less than run 1's last. */
        int skip = gallopRight(a[base2], a, base1, len1, 0);
        base1 += skip;
        len1 -= skip;
        if (len1 == 0)
            return;
        len2 = gallopLeft(a[base1 + len1 - 1], a, base2, len2, len2 - 1);
        if (len2 == 0)
            return;
        if (len1 <= len2)
            mergeLow(base1, len1, base2, len2);
        else
            mergeHigh(base1, len1, base2, len2);
    }

    /* The position in the sorted range [base, base + len) of [where] at
     * which [key] goes before any equal element: the number k of elements
     * less than key. The search starts at [hint] and doubles its step
     * away from it, then finishes with a binary search. */
    private int gallopLeft(T key, Object[] where, int base, int len, int hint) {
        int lastOffset = 0, offset = 1;
        if (compareTo(key, where[base + hint]) > 0) {
            /* Search right of hint: where[hint + lastOffset] < key <=
             * where[hint + offset]. */
            int maxOffset = len - hint;
            while (offset < maxOffset && compareTo(key, where[base + hint + offset]) > 0) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            lastOffset += hint;
            offset += hint;
        } else {
            /* Search left of hint: where[hint - offset] < key <=
             * where[hint - lastOffset]. */
            int maxOffset = hint + 1;
            while (offset < maxOffset && compareTo(key, where[base + hint - offset]) <= 0) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            int swap = lastOffset;
            lastOffset = hint - offset;
            offset = hint - swap;
        }
        /* where[lastOffset] < key <= where[offset]: binary search between. */
        lastOffset++;
        while (lastOffset < offset) {
            int mid = lastOffset + ((offset - lastOffset) >>> 1);
            if (compareTo(key, where[base + mid]) > 0)
                lastOffset = mid + 1;
            else
                offset = mid;
        }
        return offset;
    }

    /* Like gallopLeft, but [key] goes after any equal element: the number
     * of elements not greater than key. */
    private int gallopRight(T key, Object[] where, int base, int len, int hint) {
        int lastOffset = 0, offset = 1;
        if (compareTo(key, where[base + hint]) < 0) {
            int maxOffset = hint + 1;
            while (offset < maxOffset && compareTo(key, where[base + hint - offset]) < 0) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            int swap = lastOffset;
            lastOffset = hint - offset;
            offset = hint - swap;
        } else {
            int maxOffset = len - hint;
            while (offset < maxOffset && compareTo(key, where[base + hint + offset]) >= 0) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0)
                    offset = maxOffset;
            }
            if (offset > maxOffset)
                offset = maxOffset;
            lastOffset += hint;
            offset += hint;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int mid = lastOffset + ((offset - lastOffset) >>> 1);
            if (compareTo(key, where[base + mid]) < 0)
                offset = mid;
            else
                lastOffset = mid + 1;
        }
        return offset;
    }

    @SuppressWarnings("unchecked")
    private int compareTo(T key, Object element) {
        return c.compare(key, (T) element);
    }

    private Object[] scratch(int length) {
        if (tmp.length < length) {
            int size = tmp.length == 0 ? 256 : tmp.length;
            while (size < length && size > 0)
                size <<= 1;
            tmp = new Object[size < length ? length : size];
        }
        return tmp;
    }

    private static IllegalArgumentException contractViolated() {
        return new IllegalArgumentException(
            "Comparison method violates its general contract!");
    }

    /* Merges run 1 (the shorter, copied aside) with run 2 from the left.
     * Run 2's first element belongs first and run 1's last belongs last
     * (mergeAt made sure of both). */
    @SuppressWarnings("unchecked")
    private void mergeLow(int base1, int len1, int base2, int len2) {
        T[] a = this.a;
        Object[] side = scratch(len1);
        System.arraycopy(a, base1, side, 0, len1);
        int from1 = 0;        /* next of run 1, in side */
        int from2 = base2;    /* next of run 2, in a */
        int to = base1;

        a[to++] = a[from2++];
        if (--len2 == 0) {
            System.arraycopy(side, from1, a, to, len1);
            return;
        }
        if (len1 == 1) {
            System.arraycopy(a, from2, a, to, len2);
            a[to + len2] = (T) side[from1];
            return;
        }

        int gallopAt = this.minGallop;
        merging:
        for (;;) {
            /* One element at a time until one side wins gallopAt times. */
            int wins1 = 0, wins2 = 0;
            do {
                if (c.compare(a[from2], (T) side[from1]) < 0) {
                    a[to++] = a[from2++];
                    wins2++;
                    wins1 = 0;
                    if (--len2 == 0)
                        break merging;
                } else {
                    a[to++] = (T) side[from1++];
                    wins1++;
                    wins2 = 0;
                    if (--len1 == 1)
                        break merging;
                }
            } while ((wins1 | wins2) < gallopAt);

            /* Galloping: move whole stretches while they stay long. */
            do {
                wins1 = gallopRight(a[from2], side, from1, len1, 0);
                if (wins1 != 0) {
                    System.arraycopy(side, from1, a, to, wins1);
                    to += wins1;
                    from1 += wins1;
                    len1 -= wins1;
                    if (len1 <= 1)
                        break merging;
                }
                a[to++] = a[from2++];
                if (--len2 == 0)
                    break merging;

                wins2 = gallopLeft((T) side[from1], a, from2, len2, 0);
                if (wins2 != 0) {
                    System.arraycopy(a, from2, a, to, wins2);
                    to += wins2;
                    from2 += wins2;
                    len2 -= wins2;
                    if (len2 == 0)
                        break merging;
                }
                a[to++] = (T) side[from1++];
                if (--len1 == 1)
                    break merging;
                gallopAt--;
            } while (wins1 >= MIN_GALLOP | wins2 >= MIN_GALLOP);
            if (gallopAt < 0)
                gallopAt = 0;
            gallopAt += 2;   /* penalty for leaving galloping mode */
        }
        this.minGallop = gallopAt < 1 ? 1 : gallopAt;

        if (len1 == 1) {
            System.arraycopy(a, from2, a, to, len2);
            a[to + len2] = (T) side[from1];
        } else if (len1 == 0) {
            throw contractViolated();
        } else {
            System.arraycopy(side, from1, a, to, len1);
        }
    }

    /* The mirror image of mergeLow: run 2 (the shorter) is copied aside
     * and the merge fills the range from the right. */
    @SuppressWarnings("unchecked")
    private void mergeHigh(int base1, int len1, int base2, int len2) {
        T[] a = this.a;
        Object[] side = scratch(len2);
        System.arraycopy(a, base2, side, 0, len2);
        int from1 = base1 + len1 - 1;   /* last unmerged of run 1, in a */
        int from2 = len2 - 1;           /* last unmerged of run 2, in side */
        int to = base2 + len2 - 1;

        a[to--] = a[from1--];
        if (--len1 == 0) {
            System.arraycopy(side, 0, a, to - (len2 - 1), len2);
            return;
        }
        if (len2 == 1) {
            to -= len1;
            from1 -= len1;
            System.arraycopy(a, from1 + 1, a, to + 1, len1);
            a[to] = (T) side[from2];
            return;
        }

        int gallopAt = this.minGallop;
        merging:
        for (;;) {
            int wins1 = 0, wins2 = 0;
            do {
                if (c.compare((T) side[from2], a[from1]) < 0) {
                    a[to--] = a[from1--];
                    wins1++;
                    wins2 = 0;
                    if (--len1 == 0)
                        break merging;
                } else {
                    a[to--] = (T) side[from2--];
                    wins2++;
                    wins1 = 0;
                    if (--len2 == 1)
                        break merging;
                }
            } while ((wins1 | wins2) < gallopAt);

            do {
                wins1 = len1 - gallopRight((T) side[from2], a, base1, len1, len1 - 1);
                if (wins1 != 0) {
                    to -= wins1;
                    from1 -= wins1;
                    len1 -= wins1;
                    System.arraycopy(a, from1 + 1, a, to + 1, wins1);
                    if (len1 == 0)
                        break merging;
                }
                a[to--] = (T) side[from2--];
                if (--len2 == 1)
                    break merging;

                wins2 = len2 - gallopLeft(a[from1], side, 0, len2, len2 - 1);
                if (wins2 != 0) {
                    to -= wins2;
                    from2 -= wins2;
                    len2 -= wins2;
                    System.arraycopy(side, from2 + 1, a, to + 1, wins2);
                    if (len2 <= 1)
                        break merging;
                }
                a[to--] = a[from1--];
                if (--len1 == 0)
                    break merging;
                gallopAt--;
            } while (wins1 >= MIN_GALLOP | wins2 >= MIN_GALLOP);
            if (gallopAt < 0)
                gallopAt = 0;
            gallopAt += 2;
        }
        this.minGallop = gallopAt < 1 ? 1 : gallopAt;

        if (len2 == 1) {
            to -= len1;
            from1 -= len1;
            System.arraycopy(a, from1 + 1, a, to + 1, len1);
            a[to] = (T) side[from2];
        } else if (len2 == 0) {
            throw contractViolated();
        } else {
            System.arraycopy(side, 0, a, to - (len2 - 1), len2);
        }
    }
}
