/*
 * exception.h - raising Java exceptions from C, and printing them.
 *
 * Errors are values: a function that fails stores the exception on the
 * thread (Thread.exception) and returns false or NULL; its caller passes
 * that on. Nothing here longjmps.
 */
#ifndef CORTADO_EXCEPTION_H
#define CORTADO_EXCEPTION_H

#include "runtime/object.h"
#include <stdarg.h>

/* Makes [exception] the pending exception of [t]. Returns false, so that
 * `return throw_exception(t, e);` reads naturally. */
bool throw_exception(Thread *t, Object *exception);

/* Creates an instance of [class_name] (internal form) with a message
 * formatted from [fmt] (printf-style, may be NULL for no message) and makes
 * it pending. If creating it fails, that failure is pending instead.
 * Always returns false. */
bool throw_new(Thread *t, const char *class_name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
bool throw_newv(Thread *t, const char *class_name, const char *fmt,
                va_list args);

/* Creates (without throwing) an instance of [class_name] constructed with
 * the String [message] (or the no-argument constructor when NULL). Returns
 * NULL with the failure pending. */
Object *exception_new(Thread *t, const char *class_name, const char *message);

/* Makes the VM's preallocated OutOfMemoryError pending ("Java heap space"). */
bool throw_out_of_memory(Thread *t);

/* Convenience wrappers for the exceptions the VM raises most. */
bool throw_null_pointer(Thread *t);
bool throw_array_index(Thread *t, int32_t index, int32_t length);

/* Clears and returns the pending exception of [t] (NULL if none). */
Object *exception_take(Thread *t);

/* Records the current Java frames into [throwable]'s backtrace, skipping
 * the frames of its own construction (Throwable.fillInStackTrace). */
bool exception_fill_in_stack_trace(Thread *t, Object *throwable);

/* Writes HotSpot's report of an uncaught exception ("Exception in thread
 * "main" ..." and the stack trace with causes and suppressed exceptions)
 * to the VM's error stream, via Throwable.printStackTrace where possible.
 * Also keeps the text for cortado_uncaught_exception(). */
void exception_report_uncaught(Thread *t, Object *exception);

#endif
