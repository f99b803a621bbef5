/*
 * native.h - writing the C side of `native` methods of the class library.
 *
 * A native is a NativeFn: bool fn(Thread *t, Slot *args, Slot *result).
 * [args] holds the arguments in slot order (the receiver first for instance
 * methods; a long or double takes two slots with the value in the first).
 * The native stores its return value in [result] (nothing for void) and
 * returns true, or returns false with an exception pending (throw_new()).
 *
 * Natives are bound by (class, name, descriptor) through the tables listed
 * in runtime/native.c; each natives_*.c file contributes one NULL-ended
 * NativeEntry table. A native method with no entry throws
 * UnsatisfiedLinkError when called, as in Java.
 */
#ifndef CORTADO_NATIVE_H
#define CORTADO_NATIVE_H

#include "gc/heap.h"
#include "interp/interp.h"
#include "runtime/class.h"
#include "runtime/exception.h"
#include "runtime/jstring.h"
#include "runtime/vm.h"

typedef struct NativeEntry {
    const char *class_name; /* internal form: "java/lang/Math" */
    const char *name;
    const char *descriptor;
    NativeFn fn;
} NativeEntry;

/* The tables; each ends with an all-NULL entry. */
extern const NativeEntry natives_core[];   /* Object, Class, System, Runtime,
                                              Throwable, String.intern */
extern const NativeEntry natives_io[];     /* java.io file descriptors */
extern const NativeEntry natives_number[]; /* Float, Double, number text */
extern const NativeEntry natives_math[];   /* Math, StrictMath */
extern const NativeEntry natives_invoke[]; /* java.lang.invoke */
extern const NativeEntry natives_reflect[]; /* java.lang.reflect.Array */

/* The native for [class_name].[name][descriptor], or NULL. */
NativeFn native_lookup(const char *class_name, const char *name,
                       const char *descriptor);

/* New primitive array of [type] (B C D F I J S Z) / reference array of
 * [element] class. NULL with the exception pending on failure. */
Array *array_new_primitive(Thread *t, char type, int32_t length);
Array *array_new_object(Thread *t, Class *element, int32_t length);

#endif
