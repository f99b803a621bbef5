/*
 * Arrays - static helpers over arrays: sorting, searching, comparing,
 * hashing, printing, filling and copying, and asList, the fixed-size List
 * view of an array.
 *
 * Everything a program can observe matches the JDK: results (which index
 * binarySearch finds among equal keys, the stable order of an object
 * sort), the exception for each bad argument and its message, the text of
 * toString. Object sorts use TimSort (see TimSort.java for why);
 * primitive sorts use PrimitiveSorts. Streams and spliterators are not
 * provided yet.
 *
 * The primitive overloads are the same code once per element type.
 */
package java.util;

import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.UnaryOperator;

public final class Arrays {
    private Arrays() {
    }

    /* The checks of every ranged method: fromIndex <= toIndex first, then
     * each end against the array. */
    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IllegalArgumentException(
                "fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0)
            throw new ArrayIndexOutOfBoundsException(fromIndex);
        if (toIndex > arrayLength)
            throw new ArrayIndexOutOfBoundsException(toIndex);
    }

    /* ================================ long[] ================================ */

    public static void sort(long[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(long[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void parallelSort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static int binarySearch(long[] a, long key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(long[] a, int aFromIndex, int aToIndex,
                                 long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(long[] a, int aFrom, long[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(a[aFrom + i] == b[bFrom + i]))
                return i;
        return -1;
    }

    public static int mismatch(long[] a, long[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(long[] a, int aFromIndex, int aToIndex,
                               long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(long[] a, long[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Long.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(long[] a, int aFromIndex, int aToIndex,
                              long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Long.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static int compareUnsigned(long[] a, long[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Long.compareUnsigned(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compareUnsigned(long[] a, int aFromIndex, int aToIndex,
                                      long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Long.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(long[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            long e = a[i];
            result = 31 * result + Long.hashCode(e);
        }
        return result;
    }

    public static String toString(long[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ int[] ================================ */

    public static void sort(int[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(int[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void parallelSort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static int binarySearch(int[] a, int key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(int[] a, int aFromIndex, int aToIndex,
                                 int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(int[] a, int aFrom, int[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(a[aFrom + i] == b[bFrom + i]))
                return i;
        return -1;
    }

    public static int mismatch(int[] a, int[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(int[] a, int aFromIndex, int aToIndex,
                               int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(int[] a, int[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Integer.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(int[] a, int aFromIndex, int aToIndex,
                              int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Integer.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static int compareUnsigned(int[] a, int[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Integer.compareUnsigned(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compareUnsigned(int[] a, int aFromIndex, int aToIndex,
                                      int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Integer.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(int[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            int e = a[i];
            result = 31 * result + Integer.hashCode(e);
        }
        return result;
    }

    public static String toString(int[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ short[] ================================ */

    public static void sort(short[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(short[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void parallelSort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static int binarySearch(short[] a, short key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(short[] a, int aFromIndex, int aToIndex,
                                 short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(short[] a, int aFrom, short[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(a[aFrom + i] == b[bFrom + i]))
                return i;
        return -1;
    }

    public static int mismatch(short[] a, short[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(short[] a, int aFromIndex, int aToIndex,
                               short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(short[] a, short[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Short.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(short[] a, int aFromIndex, int aToIndex,
                              short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Short.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static int compareUnsigned(short[] a, short[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Short.compareUnsigned(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compareUnsigned(short[] a, int aFromIndex, int aToIndex,
                                      short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Short.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(short[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            short e = a[i];
            result = 31 * result + Short.hashCode(e);
        }
        return result;
    }

    public static String toString(short[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ char[] ================================ */

    public static void sort(char[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(char[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void parallelSort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static int binarySearch(char[] a, char key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(char[] a, int aFromIndex, int aToIndex,
                                 char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(char[] a, int aFrom, char[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(a[aFrom + i] == b[bFrom + i]))
                return i;
        return -1;
    }

    public static int mismatch(char[] a, char[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(char[] a, int aFromIndex, int aToIndex,
                               char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(char[] a, char[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Character.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(char[] a, int aFromIndex, int aToIndex,
                              char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Character.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(char[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            char e = a[i];
            result = 31 * result + Character.hashCode(e);
        }
        return result;
    }

    public static String toString(char[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ byte[] ================================ */

    public static void sort(byte[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(byte[] a) {
        PrimitiveSorts.sort(a, 0, a.length);
    }

    public static void parallelSort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sort(a, fromIndex, toIndex);
    }

    public static int binarySearch(byte[] a, byte key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            if (midVal < key)
                low = mid + 1;
            else if (midVal > key)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(byte[] a, int aFromIndex, int aToIndex,
                                 byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(a[aFrom + i] == b[bFrom + i]))
                return i;
        return -1;
    }

    public static int mismatch(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(byte[] a, int aFromIndex, int aToIndex,
                               byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(byte[] a, byte[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Byte.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(byte[] a, int aFromIndex, int aToIndex,
                              byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Byte.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static int compareUnsigned(byte[] a, byte[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Byte.compareUnsigned(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compareUnsigned(byte[] a, int aFromIndex, int aToIndex,
                                      byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Byte.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(byte[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            byte e = a[i];
            result = 31 * result + Byte.hashCode(e);
        }
        return result;
    }

    public static String toString(byte[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ boolean[] ================================ */

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(boolean[] a, int aFromIndex, int aToIndex,
                                 boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(boolean[] a, int aFrom, boolean[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(a[aFrom + i] == b[bFrom + i]))
                return i;
        return -1;
    }

    public static int mismatch(boolean[] a, boolean[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(boolean[] a, int aFromIndex, int aToIndex,
                               boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(boolean[] a, boolean[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Boolean.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(boolean[] a, int aFromIndex, int aToIndex,
                              boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Boolean.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(boolean[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            boolean e = a[i];
            result = 31 * result + Boolean.hashCode(e);
        }
        return result;
    }

    public static String toString(boolean[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ double[] ================================ */

    public static void sort(double[] a) {
        PrimitiveSorts.sortFloating(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sortFloating(a, fromIndex, toIndex);
    }

    public static void parallelSort(double[] a) {
        PrimitiveSorts.sortFloating(a, 0, a.length);
    }

    public static void parallelSort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sortFloating(a, fromIndex, toIndex);
    }

    public static int binarySearch(double[] a, double key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                /* Equal by ==, or unordered (NaN): the order of
                 * Double.compare, where -0.0 < 0.0 and NaN is greatest. */
                long midBits = Double.doubleToLongBits(midVal);
                long keyBits = Double.doubleToLongBits(key);
                if (midBits == keyBits)
                    return mid;
                if (midBits < keyBits)
                    low = mid + 1;
                else
                    high = mid - 1;
            }
        }
        return -(low + 1);
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(double[] a, int aFromIndex, int aToIndex,
                                 double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(double[] a, int aFrom, double[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(Double.doubleToLongBits(a[aFrom + i]) == Double.doubleToLongBits(b[bFrom + i])))
                return i;
        return -1;
    }

    public static int mismatch(double[] a, double[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(double[] a, int aFromIndex, int aToIndex,
                               double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(double[] a, double[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Double.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(double[] a, int aFromIndex, int aToIndex,
                              double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Double.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(double[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            double e = a[i];
            result = 31 * result + Double.hashCode(e);
        }
        return result;
    }

    public static String toString(double[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ float[] ================================ */

    public static void sort(float[] a) {
        PrimitiveSorts.sortFloating(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sortFloating(a, fromIndex, toIndex);
    }

    public static void parallelSort(float[] a) {
        PrimitiveSorts.sortFloating(a, 0, a.length);
    }

    public static void parallelSort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        PrimitiveSorts.sortFloating(a, fromIndex, toIndex);
    }

    public static int binarySearch(float[] a, float key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                /* Equal by ==, or unordered (NaN): the order of
                 * Float.compare, where -0.0 < 0.0 and NaN is greatest. */
                int midBits = Float.floatToIntBits(midVal);
                int keyBits = Float.floatToIntBits(key);
                if (midBits == keyBits)
                    return mid;
                if (midBits < keyBits)
                    low = mid + 1;
                else
                    high = mid - 1;
            }
        }
        return -(low + 1);
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        return mismatch0(a, 0, a2, 0, length) < 0;
    }

    public static boolean equals(float[] a, int aFromIndex, int aToIndex,
                                 float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /* The first i below [length] where a[aFrom + i] and b[bFrom + i]
     * differ, or -1. */
    private static int mismatch0(float[] a, int aFrom, float[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++)
            if (!(Float.floatToIntBits(a[aFrom + i]) == Float.floatToIntBits(b[bFrom + i])))
                return i;
        return -1;
    }

    public static int mismatch(float[] a, float[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(float[] a, int aFromIndex, int aToIndex,
                               float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(float[] a, float[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0)
            return Float.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(float[] a, int aFromIndex, int aToIndex,
                              float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0)
            return Float.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(float[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            float e = a[i];
            result = 31 * result + Float.hashCode(e);
        }
        return result;
    }

    public static String toString(float[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* ================================ Object[] ================================ */

    /* Natural order; stable. */
    public static void sort(Object[] a) {
        TimSort.sort(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        TimSort.sort(a, fromIndex, toIndex, null);
    }

    /* By [c], or natural order if [c] is null; stable. */
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        TimSort.sort(a, 0, a.length, c);
    }

    public static <T> void sort(T[] a, int fromIndex, int toIndex,
                                Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        TimSort.sort(a, fromIndex, toIndex, c);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a) {
        TimSort.sort(a, 0, a.length, null);
    }

    public static <T extends Comparable<? super T>> void parallelSort(
            T[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        TimSort.sort(a, fromIndex, toIndex, null);
    }

    public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
        TimSort.sort(a, 0, a.length, cmp);
    }

    public static <T> void parallelSort(T[] a, int fromIndex, int toIndex,
                                        Comparator<? super T> cmp) {
        rangeCheck(a.length, fromIndex, toIndex);
        TimSort.sort(a, fromIndex, toIndex, cmp);
    }

    public static int binarySearch(Object[] a, Object key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex,
                                   Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    /* The element is the receiver of compareTo, the key its argument. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static int binarySearch0(Object[] a, int fromIndex, int toIndex,
                                     Object key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Comparable midVal = (Comparable) a[mid];
            int cmp = midVal.compareTo(key);
            if (cmp < 0)
                low = mid + 1;
            else if (cmp > 0)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch0(a, 0, a.length, key, c);
    }

    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex,
                                       T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, c);
    }

    private static <T> int binarySearch0(T[] a, int fromIndex, int toIndex,
                                         T key, Comparator<? super T> c) {
        if (c == null)
            return binarySearch0(a, fromIndex, toIndex, key);
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = c.compare(a[mid], key);
            if (cmp < 0)
                low = mid + 1;
            else if (cmp > 0)
                high = mid - 1;
            else
                return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (!Objects.equals(a[i], a2[i]))
                return false;
        return true;
    }

    public static boolean equals(Object[] a, int aFromIndex, int aToIndex,
                                 Object[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        for (int i = 0; i < length; i++)
            if (!Objects.equals(a[aFromIndex + i], b[bFromIndex + i]))
                return false;
        return true;
    }

    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2)
            return true;
        if (a == null || a2 == null)
            return false;
        int length = a.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++)
            if (cmp.compare(a[i], a2[i]) != 0)
                return false;
        return true;
    }

    public static <T> boolean equals(T[] a, int aFromIndex, int aToIndex,
                                     T[] b, int bFromIndex, int bToIndex,
                                     Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex)
            return false;
        for (int i = 0; i < length; i++)
            if (cmp.compare(a[aFromIndex + i], b[bFromIndex + i]) != 0)
                return false;
        return true;
    }

    public static int mismatch(Object[] a, Object[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++)
            if (!Objects.equals(a[i], b[i]))
                return i;
        return a.length != b.length ? length : -1;
    }

    public static int mismatch(Object[] a, int aFromIndex, int aToIndex,
                               Object[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++)
            if (!Objects.equals(a[aFromIndex + i], b[bFromIndex + i]))
                return i;
        return aLength != bLength ? length : -1;
    }

    /* The comparator sees every pair that is not the same reference, nulls
     * included. */
    public static <T> int mismatch(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        int length = Math.min(a.length, b.length);
        if (a == b)
            return -1;
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob && cmp.compare(oa, ob) != 0)
                return i;
        }
        return a.length != b.length ? length : -1;
    }

    public static <T> int mismatch(T[] a, int aFromIndex, int aToIndex,
                                   T[] b, int bFromIndex, int bToIndex,
                                   Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFromIndex + i];
            T ob = b[bFromIndex + i];
            if (oa != ob && cmp.compare(oa, ob) != 0)
                return i;
        }
        return aLength != bLength ? length : -1;
    }

    /* Lexicographic by compareTo; a null element is less than any other,
     * a shorter array that is a prefix is less. */
    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            int v = compareElements(a[i], b[i]);
            if (v != 0)
                return v;
        }
        return a.length - b.length;
    }

    public static <T extends Comparable<? super T>> int compare(
            T[] a, int aFromIndex, int aToIndex,
            T[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            int v = compareElements(a[aFromIndex + i], b[bFromIndex + i]);
            if (v != 0)
                return v;
        }
        return aLength - bLength;
    }

    private static <T extends Comparable<? super T>> int compareElements(T oa, T ob) {
        if (oa == ob)
            return 0;
        if (oa == null || ob == null)
            return oa == null ? -1 : 1;
        return oa.compareTo(ob);
    }

    /* Nulls are left to the comparator. */
    public static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == b)
            return 0;
        if (a == null || b == null)
            return a == null ? -1 : 1;
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                int v = cmp.compare(oa, ob);
                if (v != 0)
                    return v;
            }
        }
        return a.length - b.length;
    }

    public static <T> int compare(T[] a, int aFromIndex, int aToIndex,
                                  T[] b, int bFromIndex, int bToIndex,
                                  Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFromIndex + i];
            T ob = b[bFromIndex + i];
            if (oa != ob) {
                int v = cmp.compare(oa, ob);
                if (v != 0)
                    return v;
            }
        }
        return aLength - bLength;
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++)
            a[i] = val;
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++)
            a[i] = val;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    public static <T, U> T[] copyOf(U[] original, int newLength,
                                    Class<? extends T[]> newType) {
        T[] copy = newArray(newType, newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    public static <T, U> T[] copyOfRange(U[] original, int from, int to,
                                         Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0)
            throw new IllegalArgumentException(from + " > " + to);
        T[] copy = newArray(newType, newLength);
        System.arraycopy(original, from, copy, 0,
                         Math.min(original.length - from, newLength));
        return copy;
    }

    /* A new array of the array class [type]. */
    @SuppressWarnings("unchecked")
    static <T> T[] newArray(Class<? extends T[]> type, int length) {
        if ((Object) type == (Object) Object[].class)
            return (T[]) new Object[length];
        return (T[]) java.lang.reflect.Array.newInstance(type.getComponentType(), length);
    }

    public static int hashCode(Object[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object e = a[i];
            result = 31 * result + (e == null ? 0 : e.hashCode());
        }
        return result;
    }

    /* Nested arrays by their contents, recursively (an array containing
     * itself recurses without end, as in the JDK). */
    public static int deepHashCode(Object[] a) {
        if (a == null)
            return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++)
            result = 31 * result + deepHashCode0(a[i]);
        return result;
    }

    private static int deepHashCode0(Object e) {
        if (e == null)
            return 0;
        if (e instanceof Object[])
            return deepHashCode((Object[]) e);
        if (e instanceof int[])
            return hashCode((int[]) e);
        if (e instanceof long[])
            return hashCode((long[]) e);
        if (e instanceof byte[])
            return hashCode((byte[]) e);
        if (e instanceof char[])
            return hashCode((char[]) e);
        if (e instanceof short[])
            return hashCode((short[]) e);
        if (e instanceof boolean[])
            return hashCode((boolean[]) e);
        if (e instanceof double[])
            return hashCode((double[]) e);
        if (e instanceof float[])
            return hashCode((float[]) e);
        return e.hashCode();
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2)
            return true;
        if (a1 == null || a2 == null)
            return false;
        int length = a1.length;
        if (a2.length != length)
            return false;
        for (int i = 0; i < length; i++) {
            Object e1 = a1[i];
            Object e2 = a2[i];
            if (e1 == e2)
                continue;
            if (e1 == null)
                return false;
            if (!deepEquals0(e1, e2))
                return false;
        }
        return true;
    }

    /* Two elements of deepEquals (and Objects.deepEquals's operands), [e1]
     * not null: arrays of the same kind by contents, anything else by
     * e1.equals(e2) (so a non-array e1 sees a null e2). */
    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[])
            return deepEquals((Object[]) e1, (Object[]) e2);
        if (e1 instanceof byte[] && e2 instanceof byte[])
            return equals((byte[]) e1, (byte[]) e2);
        if (e1 instanceof short[] && e2 instanceof short[])
            return equals((short[]) e1, (short[]) e2);
        if (e1 instanceof int[] && e2 instanceof int[])
            return equals((int[]) e1, (int[]) e2);
        if (e1 instanceof long[] && e2 instanceof long[])
            return equals((long[]) e1, (long[]) e2);
        if (e1 instanceof char[] && e2 instanceof char[])
            return equals((char[]) e1, (char[]) e2);
        if (e1 instanceof float[] && e2 instanceof float[])
            return equals((float[]) e1, (float[]) e2);
        if (e1 instanceof double[] && e2 instanceof double[])
            return equals((double[]) e1, (double[]) e2);
        if (e1 instanceof boolean[] && e2 instanceof boolean[])
            return equals((boolean[]) e1, (boolean[]) e2);
        return e1.equals(e2);
    }

    public static String toString(Object[] a) {
        if (a == null)
            return "null";
        int last = a.length - 1;
        if (last == -1)
            return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == last)
                return b.append(']').toString();
            b.append(", ");
        }
    }

    /* Nested arrays by their contents; an array met again inside itself
     * prints as "[...]". */
    public static String deepToString(Object[] a) {
        if (a == null)
            return "null";
        StringBuilder b = new StringBuilder();
        deepToString(a, b, new Object[8], 0);
        return b.toString();
    }

    /* [open] holds the [depth] arrays being printed around [a]. */
    private static void deepToString(Object[] a, StringBuilder b, Object[] open,
                                     int depth) {
        int last = a.length - 1;
        if (last == -1) {
            b.append("[]");
            return;
        }
        if (depth == open.length)
            open = copyOf(open, depth * 2);
        open[depth] = a;
        b.append('[');
        for (int i = 0; ; i++) {
            Object e = a[i];
            if (e == null) {
                b.append("null");
            } else if (e instanceof Object[]) {
                boolean seen = false;
                for (int k = 0; k <= depth; k++)
                    if (open[k] == e)
                        seen = true;
                if (seen)
                    b.append("[...]");
                else
                    deepToString((Object[]) e, b, open, depth + 1);
            } else if (e instanceof int[]) {
                b.append(toString((int[]) e));
            } else if (e instanceof long[]) {
                b.append(toString((long[]) e));
            } else if (e instanceof byte[]) {
                b.append(toString((byte[]) e));
            } else if (e instanceof char[]) {
                b.append(toString((char[]) e));
            } else if (e instanceof short[]) {
                b.append(toString((short[]) e));
            } else if (e instanceof boolean[]) {
                b.append(toString((boolean[]) e));
            } else if (e instanceof double[]) {
                b.append(toString((double[]) e));
            } else if (e instanceof float[]) {
                b.append(toString((float[]) e));
            } else {
                b.append(e.toString());
            }
            if (i == last)
                break;
            b.append(", ");
        }
        b.append(']');
        open[depth] = null;
    }

    /* ================================ generators ================================ */

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.apply(i);
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.applyAsInt(i);
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.applyAsLong(i);
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++)
            array[i] = generator.applyAsDouble(i);
    }

    /* The parallel versions run sequentially: the results are the same
     * (only the order in which the generator is called is unspecified). */
    public static <T> void parallelSetAll(T[] array, IntFunction<? extends T> generator) {
        setAll(array, generator);
    }

    public static void parallelSetAll(int[] array, IntUnaryOperator generator) {
        setAll(array, generator);
    }

    public static void parallelSetAll(long[] array, IntToLongFunction generator) {
        setAll(array, generator);
    }

    public static void parallelSetAll(double[] array, IntToDoubleFunction generator) {
        setAll(array, generator);
    }

    /* Running "sums" under an associative [op], in place. */
    public static <T> void parallelPrefix(T[] array, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++)
            array[i] = op.apply(array[i - 1], array[i]);
    }

    public static <T> void parallelPrefix(T[] array, int fromIndex, int toIndex,
                                          BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        for (int i = fromIndex + 1; i < toIndex; i++)
            array[i] = op.apply(array[i - 1], array[i]);
    }

    public static void parallelPrefix(long[] array, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++)
            array[i] = op.applyAsLong(array[i - 1], array[i]);
    }

    public static void parallelPrefix(long[] array, int fromIndex, int toIndex,
                                      LongBinaryOperator op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        for (int i = fromIndex + 1; i < toIndex; i++)
            array[i] = op.applyAsLong(array[i - 1], array[i]);
    }

    public static void parallelPrefix(double[] array, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++)
            array[i] = op.applyAsDouble(array[i - 1], array[i]);
    }

    public static void parallelPrefix(double[] array, int fromIndex, int toIndex,
                                      DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        for (int i = fromIndex + 1; i < toIndex; i++)
            array[i] = op.applyAsDouble(array[i - 1], array[i]);
    }

    public static void parallelPrefix(int[] array, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++)
            array[i] = op.applyAsInt(array[i - 1], array[i]);
    }

    public static void parallelPrefix(int[] array, int fromIndex, int toIndex,
                                      IntBinaryOperator op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        for (int i = fromIndex + 1; i < toIndex; i++)
            array[i] = op.applyAsInt(array[i - 1], array[i]);
    }

    /* ================================ asList ================================ */

    /* A fixed-size list backed by [a]: writes go through to the array,
     * adding or removing throws UnsupportedOperationException. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> List<T> asList(T... a) {
        return new ArrayList<T>(a);
    }

    /* The list asList returns (java.util.Arrays$ArrayList, as in the JDK). */
    private static class ArrayList<E> extends AbstractList<E>
            implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = -2764017481108945198L;

        private final E[] a;

        ArrayList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        @Override
        public int size() {
            return a.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            if (a.length < size)
                return Arrays.copyOf(this.a, size, (Class<? extends T[]>) a.getClass());
            System.arraycopy(this.a, 0, a, 0, size);
            if (a.length > size)
                a[size] = null;
            return a;
        }

        @Override
        public E get(int index) {
            return a[index];
        }

        @Override
        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        @Override
        public int indexOf(Object o) {
            E[] a = this.a;
            if (o == null) {
                for (int i = 0; i < a.length; i++)
                    if (a[i] == null)
                        return i;
            } else {
                for (int i = 0; i < a.length; i++)
                    if (o.equals(a[i]))
                        return i;
            }
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public void forEach(java.util.function.Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (E e : a)
                action.accept(e);
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] a = this.a;
            for (int i = 0; i < a.length; i++)
                a[i] = operator.apply(a[i]);
        }

        @Override
        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        @Override
        public Iterator<E> iterator() {
            return new ArrayItr<E>(a);
        }
    }

    /* The iterator of asList's list (no remove). */
    private static class ArrayItr<E> implements Iterator<E> {
        private int cursor;
        private final E[] a;

        ArrayItr(E[] a) {
            this.a = a;
        }

        @Override
        public boolean hasNext() {
            return cursor < a.length;
        }

        @Override
        public E next() {
            int i = cursor;
            if (i >= a.length)
                throw new NoSuchElementException();
            cursor = i + 1;
            return a[i];
        }
    }
}
