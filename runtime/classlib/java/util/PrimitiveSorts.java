/*
 * PrimitiveSorts - the sort behind Arrays.sort and Arrays.parallelSort for
 * primitive arrays: introsort (quicksort with a median of three, insertion
 * sort for short ranges, heapsort once the recursion is deeper than twice
 * the logarithm of the length, so never quadratic).
 *
 * Sorting primitives is not observable beyond its result, so any correct
 * algorithm matches the JDK. Float and double sorting follows the total
 * order of Float.compare/Double.compare. The same code is written once per
 * element type, as Java has no generics over primitives.
 */
package java.util;

final class PrimitiveSorts {
    private PrimitiveSorts() {
    }

    /* Ranges this short are insertion-sorted. */
    private static final int INSERTION_LIMIT = 24;

    private static int depthLimit(int length) {
        return 2 * (32 - Integer.numberOfLeadingZeros(length));
    }

    /* ---- int ---- */

    static void sort(int[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            int pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            int x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int base, int k, int n) {
        int x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(int[] a, int i, int j) {
        int x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* ---- long ---- */

    static void sort(long[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            long pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            long x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int k, int n) {
        long x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(long[] a, int i, int j) {
        long x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* ---- short ---- */

    static void sort(short[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(short[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            short pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            short x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(short[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(short[] a, int base, int k, int n) {
        short x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(short[] a, int i, int j) {
        short x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* ---- char ---- */

    static void sort(char[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(char[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            char pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            char x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(char[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(char[] a, int base, int k, int n) {
        char x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(char[] a, int i, int j) {
        char x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* ---- byte ---- */

    static void sort(byte[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(byte[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            byte pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            byte x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(byte[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(byte[] a, int base, int k, int n) {
        byte x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(byte[] a, int i, int j) {
        byte x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* ---- float ---- */

    static void sort(float[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(float[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            float pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            float x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(float[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(float[] a, int base, int k, int n) {
        float x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(float[] a, int i, int j) {
        float x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* ---- double ---- */

    static void sort(double[] a, int lo, int hi) {
        if (hi - lo > 1)
            introSort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void introSort(double[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo])
                swap(a, mid, lo);
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
                if (a[mid] < a[lo])
                    swap(a, mid, lo);
            }
            double pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot)
                    i++;
                while (pivot < a[j])
                    j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            /* Recurse into the smaller part, loop on the larger: the stack
             * stays logarithmic. */
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int k = lo + 1; k <= hi; k++) {
            double x = a[k];
            int m = k - 1;
            while (m >= lo && x < a[m]) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void heapSort(double[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int k = n / 2 - 1; k >= 0; k--)
            siftDown(a, lo, k, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(double[] a, int base, int k, int n) {
        double x = a[base + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n)
                break;
            if (child + 1 < n && a[base + child] < a[base + child + 1])
                child++;
            if (!(x < a[base + child]))
                break;
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = x;
    }

    private static void swap(double[] a, int i, int j) {
        double x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    /* The total order of Float.compare: -0.0 before 0.0, NaN last. NaNs are
     * moved to the end and negative zeros counted (and made positive)
     * first, the rest is sorted with <, then the zeros are put back. */
    static void sortFloating(float[] a, int lo, int hi) {
        int end = hi;
        int negativeZeros = 0;
        for (int k = hi - 1; k >= lo; k--) {
            float x = a[k];
            if (x != x) {
                a[k] = a[--end];
                a[end] = x;
            } else if (x == 0 && Float.floatToRawIntBits(x) != 0) {
                a[k] = 0;
                negativeZeros++;
            }
        }
        sort(a, lo, end);
        if (negativeZeros == 0)
            return;
        int first = lo, last = end;   /* find the first zero */
        while (first < last) {
            int mid = (first + last) >>> 1;
            if (a[mid] < 0)
                first = mid + 1;
            else
                last = mid;
        }
        for (int k = 0; k < negativeZeros; k++)
            a[first + k] = -0.0f;
    }

    /* The total order of Double.compare: -0.0 before 0.0, NaN last. NaNs are
     * moved to the end and negative zeros counted (and made positive)
     * first, the rest is sorted with <, then the zeros are put back. */
    static void sortFloating(double[] a, int lo, int hi) {
        int end = hi;
        int negativeZeros = 0;
        for (int k = hi - 1; k >= lo; k--) {
            double x = a[k];
            if (x != x) {
                a[k] = a[--end];
                a[end] = x;
            } else if (x == 0 && Double.doubleToRawLongBits(x) != 0) {
                a[k] = 0;
                negativeZeros++;
            }
        }
        sort(a, lo, end);
        if (negativeZeros == 0)
            return;
        int first = lo, last = end;   /* find the first zero */
        while (first < last) {
            int mid = (first + last) >>> 1;
            if (a[mid] < 0)
                first = mid + 1;
            else
                last = mid;
        }
        for (int k = 0; k < negativeZeros; k++)
            a[first + k] = -0.0;
    }
}
