// Sorting algorithms written by hand (bubble, insertion, selection, shell,
// merge, quick, heap, counting, radix) on the same pseudo-random data; all
// must agree, and intermediate states are printed.
public class SortingAlgorithms {
    static int[] data(int n, int seed) {
        int[] a = new int[n];
        int s = seed;
        for (int i = 0; i < n; i++) {
            s = s * 1103515245 + 12345;
            a[i] = (s >>> 8) % 1000 - 500;
        }
        return a;
    }

    static String show(int[] a, int limit) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(limit, a.length); i++) sb.append(a[i]).append(' ');
        if (a.length > limit) sb.append("...");
        return sb.toString().trim();
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) h = h * 31 + v;
        return h;
    }

    static void bubble(int[] a) {
        for (int i = 0; i < a.length; i++) {
            boolean swapped = false;
            for (int j = 0; j + 1 < a.length - i; j++) {
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; swapped = true; }
            }
            if (!swapped) break;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void selection(int[] a) {
        for (int i = 0; i < a.length; i++) {
            int m = i;
            for (int j = i + 1; j < a.length; j++) if (a[j] < a[m]) m = j;
            int t = a[i]; a[i] = a[m]; a[m] = t;
        }
    }

    static void shell(int[] a) {
        for (int gap = a.length / 2; gap > 0; gap /= 2) {
            for (int i = gap; i < a.length; i++) {
                int v = a[i], j = i;
                while (j >= gap && a[j - gap] > v) { a[j] = a[j - gap]; j -= gap; }
                a[j] = v;
            }
        }
    }

    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static int partitions;

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        partitions++;
        int pivot = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void siftDown(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    static void heap(int[] a) {
        for (int i = a.length / 2 - 1; i >= 0; i--) siftDown(a, i, a.length);
        for (int n = a.length - 1; n > 0; n--) {
            int t = a[0]; a[0] = a[n]; a[n] = t;
            siftDown(a, 0, n);
        }
    }

    static void counting(int[] a) {
        int[] counts = new int[1000];
        for (int v : a) counts[v + 500]++;
        int k = 0;
        for (int v = 0; v < counts.length; v++) while (counts[v]-- > 0) a[k++] = v - 500;
    }

    static void radix(int[] a) {
        int[] buf = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int[] count = new int[257];
            for (int v : a) count[((v ^ Integer.MIN_VALUE) >>> shift & 0xFF) + 1]++;
            for (int i = 0; i < 256; i++) count[i + 1] += count[i];
            for (int v : a) buf[count[(v ^ Integer.MIN_VALUE) >>> shift & 0xFF]++] = v;
            System.arraycopy(buf, 0, a, 0, a.length);
        }
    }

    public static void main(String[] args) {
        int[] sizes = { 0, 1, 2, 10, 100, 2000 };
        String[] names = { "bubble", "insertion", "selection", "shell", "merge", "quick", "heap", "counting", "radix" };
        for (int n : sizes) {
            int[] original = data(n, n + 7);
            System.out.println("n=" + n + " input: " + show(original, 12));
            long expected = 0;
            for (int alg = 0; alg < names.length; alg++) {
                int[] a = original.clone();
                partitions = 0;
                switch (alg) {
                    case 0: bubble(a); break;
                    case 1: insertion(a); break;
                    case 2: selection(a); break;
                    case 3: shell(a); break;
                    case 4: mergeSort(a, new int[n], 0, n); break;
                    case 5: quick(a, 0, n - 1); break;
                    case 6: heap(a); break;
                    case 7: counting(a); break;
                    default: radix(a);
                }
                boolean sorted = true;
                for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) sorted = false;
                long sum = checksum(a);
                if (alg == 0) expected = sum;
                System.out.println("  " + names[alg] + ": sorted " + sorted + " agrees " + (sum == expected) + (alg == 5 ? " partitions " + partitions : "")
                        + " head " + show(a, 8));
            }
        }
        // Sorting strings with a hand-written comparator (length, then lexicographic).
        String[] words = { "pear", "fig", "banana", "kiwi", "apple", "date", "cherry", "plum", "lime", "grape" };
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            int j = i - 1;
            while (j >= 0 && (words[j].length() > w.length() || words[j].length() == w.length() && words[j].compareTo(w) > 0)) {
                words[j + 1] = words[j];
                j--;
            }
            words[j + 1] = w;
        }
        System.out.println(String.join(" ", words));
    }
}
