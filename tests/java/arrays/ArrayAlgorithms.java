// Hand-written array algorithms: reverse, rotate, binary search, prefix
// sums, two pointers, insertion into sorted arrays, histogram.
public class ArrayAlgorithms {
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : " ").append(a[i]);
        return sb.toString();
    }

    static void reverse(int[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static void rotate(int[] a, int k) {
        k = ((k % a.length) + a.length) % a.length;
        reverse(a, 0, a.length);
        reverse(a, 0, k);
        reverse(a, k, a.length);
    }

    static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    public static void main(String[] args) {
        int[] a = new int[12];
        for (int i = 0; i < a.length; i++) a[i] = i * 3;
        System.out.println("a: " + show(a));
        for (int k = -3; k <= 13; k += 4) {
            int[] c = a.clone();
            rotate(c, k);
            System.out.println("rotate " + k + ": " + show(c));
        }
        for (int key = -1; key <= 35; key += 4) System.out.println("search " + key + " -> " + binarySearch(a, key));
        long[] prefix = new long[a.length + 1];
        for (int i = 0; i < a.length; i++) prefix[i + 1] = prefix[i] + a[i];
        System.out.println("range sum [3,9) = " + (prefix[9] - prefix[3]));
        // Two-sum by two pointers.
        int target = 39;
        for (int i = 0, j = a.length - 1; i < j;) {
            int s = a[i] + a[j];
            if (s == target) {
                System.out.println("pair " + a[i] + " + " + a[j]);
                i++;
                j--;
            } else if (s < target) i++;
            else j--;
        }
        // Insertion into a sorted array with shifting.
        int[] sorted = new int[20];
        int n = 0;
        int seed = 7;
        for (int r = 0; r < 20; r++) {
            seed = (seed * 73 + 41) % 101;
            int pos = n;
            while (pos > 0 && sorted[pos - 1] > seed) {
                sorted[pos] = sorted[pos - 1];
                pos--;
            }
            sorted[pos] = seed;
            n++;
        }
        System.out.println("sorted: " + show(sorted));
        // Histogram and maximum subarray (Kadane).
        int[] data = { 3, -4, 5, -1, 2, -6, 4, 3, -2, 1, 7, -8, 2 };
        int best = Integer.MIN_VALUE, cur = 0, start = 0, bs = 0, be = 0;
        for (int i = 0; i < data.length; i++) {
            if (cur <= 0) {
                cur = data[i];
                start = i;
            } else cur += data[i];
            if (cur > best) {
                best = cur;
                bs = start;
                be = i;
            }
        }
        System.out.println("max subarray " + best + " from " + bs + " to " + be);
        int[] hist = new int[10];
        for (int i = 0; i < 1000; i++) hist[(i * i + 3 * i) % 10]++;
        System.out.println("hist " + show(hist));
        // Remove duplicates in place.
        int[] dup = { 1, 1, 2, 3, 3, 3, 4, 5, 5, 6 };
        int w = 1;
        for (int r = 1; r < dup.length; r++) if (dup[r] != dup[w - 1]) dup[w++] = dup[r];
        System.out.println("dedup " + w + ": " + show(dup));
        // Merge two sorted arrays.
        int[] x = { 1, 4, 9, 16, 25 }, y = { 2, 3, 5, 7, 11, 13, 17 };
        int[] m = new int[x.length + y.length];
        int i = 0, j = 0, k = 0;
        while (i < x.length && j < y.length) m[k++] = x[i] <= y[j] ? x[i++] : y[j++];
        while (i < x.length) m[k++] = x[i++];
        while (j < y.length) m[k++] = y[j++];
        System.out.println("merged " + show(m));
        // Spiral order of a matrix.
        int[][] g = new int[4][5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) g[r][c] = r * 5 + c;
        StringBuilder sp = new StringBuilder();
        int top = 0, bottom = 3, left = 0, right = 4;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) sp.append(g[top][c]).append(' ');
            top++;
            for (int r = top; r <= bottom; r++) sp.append(g[r][right]).append(' ');
            right--;
            if (top <= bottom) {
                for (int c = right; c >= left; c--) sp.append(g[bottom][c]).append(' ');
                bottom--;
            }
            if (left <= right) {
                for (int r = bottom; r >= top; r--) sp.append(g[r][left]).append(' ');
                left++;
            }
        }
        System.out.println("spiral " + sp);
    }
}
