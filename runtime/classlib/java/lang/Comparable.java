/*
 * Comparable - a natural ordering of a class's instances.
 */
package java.lang;

public interface Comparable<T> {
    public int compareTo(T o);
}
