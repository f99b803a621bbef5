/*
 * vm.h - the state of one virtual machine.
 *
 * There is no global VM state: everything a VM owns hangs off its Vm, so
 * several VMs can live in one process. (Boehm GC itself is process-wide;
 * gc/heap.c keeps the per-VM parts.)
 */
#ifndef CORTADO_VM_H
#define CORTADO_VM_H

#include "cortado.h"
#include "interp/interp.h"
#include "loader/classpath.h"
#include <stdio.h>

/* Field offsets and classes the C code uses directly, found at boot. */
typedef struct WellKnown {
    Class *Object, *Class, *String, *Throwable, *Cloneable, *Serializable;
    Class *StackTraceElement, *Error, *RuntimeException;
    Class *char_array, *object_array, *string_array;
    uint32_t String_value, String_hash;
    uint32_t Class_vmClass;         /* long field holding the Class* */
    uint32_t Throwable_backtrace;   /* Object field: our frame record */
    uint32_t Throwable_detailMessage, Throwable_cause;
    Method *Throwable_printStackTrace;
    Method *Object_toString;
} WellKnown;

typedef struct InternTable {
    Object **slots;   /* open addressing, NULL = empty; GC-visible */
    uint32_t capacity;/* power of two */
    uint32_t count;
} InternTable;

typedef struct Arena Arena;

struct Vm {
    CortadoOptions options;
    char *class_path_text;
    ClassPath *class_path;

    Class **class_table;      /* loaded classes by name, chained */
    uint32_t class_table_size;
    uint32_t class_count;
    Class *primitives[9];     /* B C D F I J S Z V */

    WellKnown wk;
    InternTable interned;
    Arena *meta_arena;        /* scanned: classes, statics, code */
    Arena *data_arena;        /* not scanned: names, copies */

    Thread main_thread;
    Object *oom_error;        /* preallocated OutOfMemoryError */
    Object *so_error_template;/* for StackOverflowError without a stack */
    size_t max_heap;
    uint32_t hash_state;      /* identity hash generator */
    uint32_t spun_count;      /* classes generated so far (unique names) */
    struct InvokeInfo *invoke;/* java.lang.invoke contract, found lazily */

    bool exiting;             /* System.exit called */
    int exit_status;
    char *uncaught_text;      /* cortado_uncaught_exception() */
    FILE *out, *err;          /* where System.out / System.err go */
    int64_t start_nanos;
};

/* The sentinel "exception" that unwinds every frame for System.exit;
 * no handler catches it. */
#define VM_EXIT_MARKER(vm) ((Object *)&(vm)->exiting)

/* Next identity hash for an object of [vm] (never 0). */
uint32_t vm_next_hash(Vm *vm);

/* Monotonic nanoseconds (System.nanoTime). */
int64_t vm_nanotime(void);

#endif
