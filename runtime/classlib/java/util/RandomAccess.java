/*
 * RandomAccess - marks a List whose get(int) is fast (constant time), so
 * that algorithms may index instead of iterating.
 */
package java.util;

public interface RandomAccess {
}
