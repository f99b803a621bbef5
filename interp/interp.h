/*
 * interp.h - threads, frames, prepared code and the interpreter entry.
 *
 * A Java call never recurses in C: each thread owns a VM stack of value
 * slots and a parallel array of Frames. A callee's locals overlap the
 * caller's outgoing arguments, so a call copies nothing. C code enters Java
 * through interp_call(), which runs until the method it called returns.
 *
 * Methods are prepared once, on first invocation (interp/prepare.c), into
 * an array of Insn: the handler address (computed goto) or opcode (switch
 * build) plus decoded operands, with branch targets as Insn pointers.
 * Instructions that need a constant-pool entry rewrite themselves into a
 * quickened form after the first successful resolution (opcodes.h).
 */
#ifndef CORTADO_INTERP_H
#define CORTADO_INTERP_H

#include "interp/opcodes.h"
#include "runtime/class.h"

typedef struct Insn Insn;

struct Insn {
    const void *label; /* handler address (computed-goto build) */
    uint16_t op;       /* Opcode */
    uint16_t u;        /* small unsigned operand: local index, cp index,
                          dimensions, argument slots */
    int32_t s;         /* signed operand: iinc constant, atype */
    union {
        int32_t i;
        int64_t j;
        void *p;
        Insn *target;  /* branches */
        Object *ref;   /* push_ref */
        Method *method;
        Field *field;
        Class *klass;
        uint8_t *address; /* static field storage */
        uint32_t offset;  /* instance field offset */
    } x;
};

/* tableswitch / lookupswitch operands, hung off Insn.x.p. */
typedef struct SwitchTable {
    Insn *default_target;
    int32_t low, high;       /* tableswitch */
    int32_t pair_count;      /* lookupswitch */
    int32_t *keys;           /* lookupswitch, sorted */
    Insn **targets;
} SwitchTable;

typedef struct PreparedHandler {
    uint32_t start, end, handler; /* Insn indices: [start, end) */
    uint16_t catch_type;          /* constant-pool Class index or 0 */
} PreparedHandler;

struct Code {
    Insn *insns;
    uint32_t insn_count;
    uint32_t *bytecode_pc;      /* Insn index -> bytecode offset */
    PreparedHandler *handlers;
    uint16_t handler_count;
};

enum {
    FRAME_ENTRY = 1 << 0, /* returning from it returns to C (interp_call) */
    FRAME_CLINIT = 1 << 1,/* runs init_class's <clinit> (JVMS 5.5 step 9) */
    FRAME_SYNC = 1 << 2   /* holds the monitor of a synchronized method */
};

typedef struct Frame {
    Method *method;
    Insn *pc;       /* current instruction (saved while not on top) */
    Slot *locals;
    Slot *sp;       /* operand stack top (saved while not on top) */
    uint16_t flags; /* FRAME_* */
    Class *init_class;
} Frame;

struct Thread {
    Vm *vm;
    Object *exception;     /* pending exception, or NULL */
    Object *java_thread;   /* its java.lang.Thread, or NULL */
    Slot *stack;           /* VM stack: [stack, stack_end) */
    Slot *stack_end;
    Frame *frames;         /* frames[0] is a sentinel; real ones follow */
    Frame *frames_end;
    Frame *fp;             /* top frame (== frames when none) */
    int native_depth;      /* nested interp_call()s, bounded */
    int throw_depth;       /* nested throw_new()s, bounded */
    Slot *stack_limit;     /* stack_end less the reserve for errors */
    Frame *frames_limit;   /* frames_end less the reserve for errors */
    Thread *next_registered; /* heap.c's list of live threads */
    int32_t ticks;         /* ticks left before the next vm_poll() */
    int32_t tick_chunk;    /* what [ticks] was set to at the last poll */
};

/* Allocates the VM stack ([stack_bytes] of slots) and frames of [t]. */
bool thread_init(Thread *t, Vm *vm, size_t stack_bytes);
void thread_destroy(Thread *t);

/* The highest slot of [t]'s VM stack that may hold a live value. */
Slot *thread_stack_top(const Thread *t);

/*
 * Calls [m] with [args] (m->arg_slots slots, receiver first) and stores its
 * result, if any, in [*result]. Virtual dispatch is the caller's business:
 * [m] is the method that runs. Returns false with the exception pending.
 */
bool interp_call(Thread *t, Method *m, const Slot *args, Slot *result);

/* Prepares [m]'s code if not done yet (interp/prepare.c). Returns false
 * with VerifyError pending when the code is structurally invalid. */
bool method_prepare(Thread *t, Method *m);

/* Handler address for [op] in the computed-goto build (NULL otherwise). */
const void *interp_label(Opcode op);

/* Bytecode offset of the instruction [pc] of [m] (for stack traces). */
uint32_t frame_bytecode_pc(const Frame *f);

#endif
