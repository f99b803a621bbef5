/*
 * Runnable - a task with no arguments and no result.
 */
package java.lang;

@FunctionalInterface
public interface Runnable {
    public abstract void run();
}
