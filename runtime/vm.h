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

typedef enum ExecutionLimit { LIMIT_NONE, LIMIT_TICKS, LIMIT_TIME } ExecutionLimit;

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

    bool exiting;             /* System.exit called, or a limit hit */
    int exit_status;
    ExecutionLimit limit_hit; /* which limit ended the run, if one did */
    uint64_t max_ticks;       /* vm_set_limits(); 0: none */
    uint64_t ticks_used;      /* up to the last poll */
    int64_t deadline_nanos;   /* vm_nanotime() to stop at; 0: none */
    int64_t time_limit_nanos;
    char *uncaught_text;      /* cortado_uncaught_exception() */
    FILE *out, *err;          /* where System.out / System.err go */
    int64_t start_nanos;
};

/* The sentinel "exception" that unwinds every frame for System.exit;
 * no handler catches it. */
#define VM_EXIT_MARKER(vm) ((Object *)&(vm)->exiting)

/*
 * Execution limits, for untrusted code. Running Java code is counted in
 * ticks: a tick is a taken backward branch (goto, if*, switch, jsr, ret),
 * a method invocation or an exception caught by a handler, the only ways
 * code can run again, so a budget of ticks bounds every execution (between
 * two ticks a method runs at most its straight-line code). With
 * [max_ticks] > 0 the tick after the budget is spent ends the run; with
 * [max_nanos] > 0 so does the first tick (or sleep) after that much wall
 * time from now. Ending the run is like System.exit(1) without shutdown
 * hooks: no handler or finally block runs. Zero for both removes them.
 */
void vm_set_limits(Vm *vm, uint64_t max_ticks, int64_t max_nanos);

/* Called by the interpreter when [t]'s ticks run out: accounts for them,
 * checks the limits and returns false with the exit marker pending if one
 * is exceeded. */
bool vm_poll(Thread *t);

/* Sleeps [nanos] (Thread.sleep, Object.wait), but not past the time limit:
 * false with the exit marker pending if it is reached. */
bool vm_sleep(Thread *t, int64_t nanos);

/* Next identity hash for an object of [vm] (never 0). */
uint32_t vm_next_hash(Vm *vm);

/* Monotonic nanoseconds (System.nanoTime). */
int64_t vm_nanotime(void);

#endif
