/*
 * heap.h - the Java heap on top of Boehm GC, and the VM's metadata arenas.
 *
 * Objects are allocated zeroed with their header filled in. Primitive
 * arrays are atomic (never scanned); everything else is scanned
 * conservatively. The collector finds references in: the VM stacks of live
 * threads (pushed by a root callback, only up to their top), the metadata
 * arena (classes, statics, resolved constants, interned strings) and the C
 * stacks and registers of the host, which Boehm scans itself.
 *
 * Running out of the heap ceiling (-Xmx) never aborts: the allocation
 * returns NULL with java.lang.OutOfMemoryError pending on the thread.
 */
#ifndef CORTADO_HEAP_H
#define CORTADO_HEAP_H

#include "runtime/object.h"

/* Prepares Boehm GC once per process (idempotent, thread-safe). */
void heap_global_init(void);

/* Removes the ceiling, while a VM boots: the class library's own objects
 * are not the program's, and another VM's full heap must not stop it. */
void heap_lift_limit(void);

/* Sets the heap ceiling in bytes; 0 means the default (a quarter of
 * physical memory, as HotSpot chooses). */
void heap_set_limit(Vm *vm, size_t max_bytes);

/* A new zeroed instance of [c] (which must be linked and not abstract). */
Object *heap_alloc_object(Thread *t, Class *c);

/* A new zeroed array of [array_class] with [length] elements. A negative
 * length throws NegativeArraySizeException. */
Array *heap_alloc_array(Thread *t, Class *array_class, int32_t length);

/* A shallow copy of [o] (Object.clone). */
Object *heap_clone(Thread *t, Object *o);

/* Runs a full collection. */
void heap_collect(void);

/* Bytes in use / total heap size / ceiling, for Runtime.*Memory(). */
size_t heap_used(void);
size_t heap_total(void);
size_t heap_max(Vm *vm);

/* Makes the VM stack of [t] visible to the collector (see interp.h). */
void heap_register_thread(Thread *t);
void heap_unregister_thread(Thread *t);

/*
 * Metadata arenas: bump allocation in big chunks owned by the VM and freed
 * with it. arena_alloc memory is scanned for references (use it for
 * anything that may point into the heap); arena_alloc_data memory is not
 * (byte copies, names). Both return zeroed memory and abort the VM
 * creation path with NULL when the host is out of memory.
 */
void *arena_alloc(Vm *vm, size_t size);
void *arena_alloc_data(Vm *vm, size_t size);
char *arena_strdup(Vm *vm, const char *s);
void arena_free_all(Vm *vm);

#endif
