/*
 * interp.c - the bytecode interpreter (JVMS chapter 6).
 *
 * One loop, written once through CASE/DISPATCH/NEXT, builds either as
 * direct-threaded code (each prepared Insn carries its handler's address;
 * GCC/Clang "labels as values") or as a portable switch on the opcode.
 * Hot state - frame, pc, stack pointer, locals - lives in C locals and is
 * written back (SAVE) before anything that can allocate, call out or throw.
 *
 * Calls between Java methods push a Frame and continue in the same loop;
 * the callee's locals start at the caller's arguments, so nothing is
 * copied. Class initialization pushes the <clinit> frame the same way and
 * re-executes the triggering instruction afterwards. Exceptions unwind
 * through one label, `exception`, using the prepared handler tables.
 *
 * Must never: recurse in C for a Java-to-Java call, touch memory outside
 * an object or array without a null/bounds check the JVMS requires, or
 * let C undefined behaviour stand in for Java arithmetic (overflow wraps,
 * shifts mask, NaN converts to 0).
 */
#include "interp/interp.h"

#include "gc/heap.h"
#include "interp/arith.h"
#include "runtime/exception.h"
#include "runtime/indy.h"
#include "runtime/methodhandle.h"
#include "runtime/jstring.h"
#include "runtime/native.h"
#include "runtime/vm.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#if CORTADO_COMPUTED_GOTO
#define CASE(name) L_##name:
#define DISPATCH() goto *pc->label
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif
#define NEXT()                                                                 \
    do {                                                                       \
        pc++;                                                                  \
        DISPATCH();                                                            \
    } while (0)

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* JVMS 5.5 without recursing in C: when class [c] needs a <clinit> to run
 * first, push its frame; the current instruction runs again afterwards. */
#define INIT_OR_RUN_CLINIT(c)                                                  \
    do {                                                                       \
        Method *clinit_;                                                       \
        switch (class_init_step(t, (c), &init_class, &clinit_)) {              \
        case INIT_FAILED:                                                      \
            goto exception;                                                    \
        case INIT_RUN_CLINIT:                                                  \
            callee = clinit_;                                                  \
            goto push_clinit;                                                  \
        case INIT_READY:                                                       \
            break;                                                             \
        }                                                                      \
    } while (0)

/* A taken branch to [target]. A backward one is a tick (vm.h): when the
 * thread's ticks run out, vm_poll() checks the execution limits. */
#define JUMP(target)                                                           \
    do {                                                                       \
        Insn *to_ = (target);                                                  \
        bool backward_ = to_ <= pc;                                            \
        pc = to_;                                                              \
        if (backward_ && unlikely(--t->ticks <= 0))                            \
            goto poll;                                                         \
        DISPATCH();                                                            \
    } while (0)

/* Writes the hot state back to the frame (before calling out). */
#define SAVE()                                                                 \
    do {                                                                       \
        fp->pc = pc;                                                           \
        fp->sp = sp;                                                           \
    } while (0)

enum { MAX_NATIVE_DEPTH = 400,   /* nested interp_call()s */
       STACK_RESERVE_SLOTS = 8192,
       FRAME_RESERVE = 128 };

/* invokeinterface call-site cache: the last receiver class and target. */
typedef struct InterfaceCache {
    Method *method;
    Class *klass;
    Method *target;
} InterfaceCache;

static const void *const *label_table;

const void *interp_label(Opcode op)
{
    return label_table ? label_table[op] : NULL;
}

/* ---- threads ----------------------------------------------------------- */

bool thread_init(Thread *t, Vm *vm, size_t stack_bytes)
{
    memset(t, 0, sizeof *t);
    t->vm = vm;
    size_t slots = stack_bytes / sizeof(Slot);
    if (slots < STACK_RESERVE_SLOTS * 2)
        slots = STACK_RESERVE_SLOTS * 2;
    size_t frames = stack_bytes / 32;
    if (frames < FRAME_RESERVE * 4)
        frames = FRAME_RESERVE * 4;
    t->stack = calloc(slots, sizeof(Slot));
    t->frames = calloc(frames, sizeof(Frame));
    if (!t->stack || !t->frames) {
        free(t->stack);
        free(t->frames);
        return false;
    }
    t->stack_end = t->stack + slots;
    t->stack_limit = t->stack_end - STACK_RESERVE_SLOTS;
    t->frames_end = t->frames + frames;
    t->frames_limit = t->frames_end - FRAME_RESERVE;
    t->fp = t->frames; /* the sentinel */
    t->fp->locals = t->fp->sp = t->stack;
    return true;
}

void thread_destroy(Thread *t)
{
    free(t->stack);
    free(t->frames);
    t->stack = NULL;
    t->frames = NULL;
}

/* The top frame's saved sp is exact: the loop writes it back (SAVE)
 * before anything that can allocate or call out, so slots above it are
 * dead and the collector does not see them. */
Slot *thread_stack_top(const Thread *t)
{
    const Frame *f = t->fp;
    if (!f || f == t->frames)
        return t->stack;
    return f->sp;
}

/* ---- helpers for the slow paths --------------------------------------- */

/* StackOverflowError, built with the reserve opened up so that its own
 * constructor has room to run. */
static void throw_stack_overflow(Thread *t)
{
    Slot *limit = t->stack_limit;
    Frame *frames_limit = t->frames_limit;
    t->stack_limit = t->stack_end - 64;
    t->frames_limit = t->frames_end - 4;
    throw_new(t, "java/lang/StackOverflowError", NULL);
    t->stack_limit = limit;
    t->frames_limit = frames_limit;
}

static const char *module_of(const Class *c)
{
    while (c->component)
        c = c->component;
    return (c->flags & (CLASS_IN_LIBRARY | CLASS_IS_PRIMITIVE))
               ? "module java.base of loader 'bootstrap'"
               : "unnamed module of loader 'app'";
}

/* HotSpot's ClassCastException text. */
static void throw_class_cast(Thread *t, const Class *from, const Class *to)
{
    char a[512], b[512];
    class_binary_name(from, a, sizeof a);
    class_binary_name(to, b, sizeof b);
    const char *ma = module_of(from), *mb = module_of(to);
    if (strcmp(ma, mb) == 0)
        throw_new(t, "java/lang/ClassCastException",
                  "class %s cannot be cast to class %s (%s and %s are in %s)", a, b, a, b, ma);
    else
        throw_new(t, "java/lang/ClassCastException",
                  "class %s cannot be cast to class %s (%s is in %s; %s is in %s)", a, b, a, ma,
                  b, mb);
}

static void throw_abstract(Thread *t, Method *m, Object *receiver)
{
    char description[600], receiver_name[512], owner[512];
    resolve_describe_method(description, sizeof description, m);
    if (m->flags & METHOD_CONFLICT) {
        throw_new(t, "java/lang/IncompatibleClassChangeError", "Conflicting default methods: %s",
                  description);
        return;
    }
    if (receiver) {
        throw_new(t, "java/lang/AbstractMethodError",
                  "Receiver class %s does not define or inherit an implementation of the "
                  "resolved method 'abstract %s of %s %s.",
                  class_binary_name(receiver->klass, receiver_name, sizeof receiver_name),
                  description + 1, class_is_interface(m->klass) ? "interface" : "abstract class",
                  class_binary_name(m->klass, owner, sizeof owner));
    } else {
        throw_new(t, "java/lang/AbstractMethodError", "%s", description);
    }
}

static Method *itable_lookup(const Class *c, const Method *im)
{
    for (uint32_t i = 0; i < c->itable_length; i++)
        if (c->itable[i].interface == im->klass)
            return c->itable[i].methods ? c->itable[i].methods[im->itable_index] : NULL;
    return NULL;
}

static uint16_t getfield_op(char type)
{
    switch (type) {
    case 'B': case 'Z': return OP_getfield_b;
    case 'C': return OP_getfield_c;
    case 'S': return OP_getfield_s;
    case 'I': case 'F': return OP_getfield_i;
    case 'J': case 'D': return OP_getfield_j;
    default: return OP_getfield_a;
    }
}

static uint16_t putfield_op(char type)
{
    switch (type) {
    case 'B': return OP_putfield_b;
    case 'Z': return OP_putfield_z;
    case 'C': case 'S': return OP_putfield_c;
    case 'I': case 'F': return OP_putfield_i;
    case 'J': case 'D': return OP_putfield_j;
    default: return OP_putfield_a;
    }
}

/* Resolves the field an instruction of [m] names, adding the check of
 * JVMS 6.5 putfield/putstatic: a final field may only be assigned by its
 * own class, and from class version 53 only in <init> / <clinit>. */
static Field *resolve_field_access(Thread *t, Method *m, uint16_t index, bool is_static, bool put)
{
    Field *f = resolve_field(t, m->klass, index, is_static);
    if (!f || !put || !(f->access_flags & ACC_FINAL))
        return f;
    uint16_t initializer = is_static ? METHOD_CLINIT : METHOD_INIT;
    if (f->klass == m->klass && (m->klass->file->major_version < 53 || (m->flags & initializer)))
        return f;
    char name[512];
    class_binary_name(f->klass, name, sizeof name);
    throw_new(t, "java/lang/IllegalAccessError",
              "Update to %s final field %s.%s attempted from a different method (%s) than the "
              "initializer method %s ",
              is_static ? "static" : "non-static", name, f->name, m->name,
              is_static ? "<clinit>" : "<init>");
    return NULL;
}

/* Reads or writes a static field without quickening (used while its class
 * is still being initialized by this thread). Returns the new sp. */
static Slot *static_access(Field *f, bool get, Slot *sp)
{
    uint8_t *p = f->klass->statics + f->offset;
    if (get) {
        switch (f->type) {
        case 'B': case 'Z': sp->i = *(int8_t *)p; return sp + 1;
        case 'C': sp->i = *(uint16_t *)p; return sp + 1;
        case 'S': sp->i = *(int16_t *)p; return sp + 1;
        case 'I': case 'F': sp->i = *(int32_t *)p; return sp + 1;
        case 'J': case 'D': sp->j = *(int64_t *)p; return sp + 2;
        default: sp->a = *(Object **)p; return sp + 1;
        }
    }
    switch (f->type) {
    case 'B': *(int8_t *)p = (int8_t)sp[-1].i; return sp - 1;
    case 'Z': *(int8_t *)p = (int8_t)(sp[-1].i & 1); return sp - 1;
    case 'C': case 'S': *(uint16_t *)p = (uint16_t)sp[-1].i; return sp - 1;
    case 'I': case 'F': *(int32_t *)p = sp[-1].i; return sp - 1;
    case 'J': case 'D': *(int64_t *)p = sp[-2].j; return sp - 2;
    default: *(Object **)p = sp[-1].a; return sp - 1;
    }
}

/* multianewarray: [counts] were checked non-negative. */
static Array *allocate_multi(Thread *t, Class *k, const int32_t *counts, int dims)
{
    Array *a = heap_alloc_array(t, k, counts[0]);
    if (!a || dims == 1)
        return a;
    for (int32_t i = 0; i < counts[0]; i++) {
        Array *sub = allocate_multi(t, k->component, counts + 1, dims - 1);
        if (!sub)
            return NULL;
        array_elements(a, Object *)[i] = &sub->header;
    }
    return a;
}

static bool lock_object(Thread *t, Object *o)
{
    if (o->lock == UINT32_MAX)
        return throw_new(t, "java/lang/IllegalMonitorStateException", "monitor count overflow");
    o->lock++;
    return true;
}

static bool unlock_object(Thread *t, Object *o)
{
    if (o->lock == 0)
        return throw_new(t, "java/lang/IllegalMonitorStateException",
                         "current thread is not owner");
    o->lock--;
    return true;
}

/* The object a synchronized method locks: `this` or its class's mirror. */
static Object *method_monitor(Thread *t, Method *m, Slot *locals)
{
    return (m->access_flags & ACC_STATIC) ? class_mirror(t, m->klass) : locals[0].a;
}

/* ---- the loop ---------------------------------------------------------- */

/*
 * Runs from the top frame of [t] (an entry frame pushed by interp_call)
 * until that frame returns. With [t] NULL, only publishes the label table.
 */
static bool run(Thread *t, Slot *result)
{
#if CORTADO_COMPUTED_GOTO
    static const void *const labels[OP_LIMIT] = {
#define OPCODE_LABEL(name, code, fmt, pop, push, flags) [code] = &&L_##name,
        OPCODE_TABLE(OPCODE_LABEL)
#undef OPCODE_LABEL
    };
    if (!t) {
        label_table = labels;
        return true;
    }
#else
    if (!t)
        return true;
#endif
    Frame *fp = t->fp;
    Insn *pc = fp->pc;
    Slot *sp = fp->sp;
    Slot *locals = fp->locals;
    Method *callee;       /* set before `goto invoke` */
    Class *init_class;    /* set before `goto push_clinit` */
    Object *exception_object;
    int32_t bad_index, bad_length;

    DISPATCH();
#if !CORTADO_COMPUTED_GOTO
dispatch:
    switch (pc->op) {
#endif

    /* ---- constants, loads and stores ---- */
    CASE(nop) NEXT();
    CASE(aconst_null) sp->a = NULL; sp++; NEXT();
    CASE(push_int) sp->i = pc->x.i; sp++; NEXT();
    CASE(push_long) sp->j = pc->x.j; sp += 2; NEXT();
    CASE(push_ref) sp->a = pc->x.ref; sp++; NEXT();
    CASE(iload) *sp++ = locals[pc->u]; NEXT();
    CASE(lload) sp->j = locals[pc->u].j; sp += 2; NEXT();
    CASE(istore) locals[pc->u] = *--sp; NEXT();
    CASE(lstore) sp -= 2; locals[pc->u].j = sp->j; NEXT();
    CASE(iinc) locals[pc->u].i = (int32_t)((uint32_t)locals[pc->u].i + (uint32_t)pc->s); NEXT();

    /* ---- arrays ---- */
#define ARRAY_LOAD(type, member, ptype, slots)                                 \
    {                                                                          \
        Array *a_ = (Array *)sp[-2].a;                                         \
        int32_t i_ = sp[-1].i;                                                 \
        if (unlikely(!a_))                                                     \
            goto throw_npe;                                                    \
        if (unlikely((uint32_t)i_ >= (uint32_t)a_->length)) {                  \
            bad_index = i_;                                                    \
            bad_length = a_->length;                                           \
            goto throw_index;                                                  \
        }                                                                      \
        sp[-2].member = (type)array_elements(a_, ptype)[i_];                   \
        sp += (slots) - 2;                                                     \
        NEXT();                                                                \
    }
    CASE(iaload) ARRAY_LOAD(int32_t, i, int32_t, 1)
    CASE(laload) ARRAY_LOAD(int64_t, j, int64_t, 2)
    CASE(faload) ARRAY_LOAD(float, f, float, 1)
    CASE(daload) ARRAY_LOAD(double, d, double, 2)
    CASE(aaload) ARRAY_LOAD(Object *, a, Object *, 1)
    CASE(baload) ARRAY_LOAD(int32_t, i, int8_t, 1)
    CASE(caload) ARRAY_LOAD(int32_t, i, uint16_t, 1)
    CASE(saload) ARRAY_LOAD(int32_t, i, int16_t, 1)
#undef ARRAY_LOAD

#define ARRAY_STORE(ptype, value, slots)                                       \
    {                                                                          \
        Array *a_ = (Array *)sp[-1 - (slots) - 1].a;                           \
        int32_t i_ = sp[-1 - (slots)].i;                                       \
        if (unlikely(!a_))                                                     \
            goto throw_npe;                                                    \
        if (unlikely((uint32_t)i_ >= (uint32_t)a_->length)) {                  \
            bad_index = i_;                                                    \
            bad_length = a_->length;                                           \
            goto throw_index;                                                  \
        }                                                                      \
        array_elements(a_, ptype)[i_] = (value);                               \
        sp -= 2 + (slots);                                                     \
        NEXT();                                                                \
    }
    CASE(iastore) ARRAY_STORE(int32_t, sp[-1].i, 1)
    CASE(lastore) ARRAY_STORE(int64_t, sp[-2].j, 2)
    CASE(fastore) ARRAY_STORE(float, sp[-1].f, 1)
    CASE(dastore) ARRAY_STORE(double, sp[-2].d, 2)
    CASE(castore) ARRAY_STORE(uint16_t, (uint16_t)sp[-1].i, 1)
    CASE(sastore) ARRAY_STORE(int16_t, (int16_t)sp[-1].i, 1)
    CASE(bastore) {
        Array *a = (Array *)sp[-3].a;
        if (a && a->header.klass->element_type == 'Z')
            sp[-1].i &= 1; /* JVMS 6.5 bastore: booleans are narrowed to 0/1 */
        ARRAY_STORE(int8_t, (int8_t)sp[-1].i, 1)
    }
#undef ARRAY_STORE
    CASE(aastore) {
        Array *a = (Array *)sp[-3].a;
        int32_t i = sp[-2].i;
        Object *v = sp[-1].a;
        if (unlikely(!a))
            goto throw_npe;
        if (unlikely((uint32_t)i >= (uint32_t)a->length)) {
            bad_index = i;
            bad_length = a->length;
            goto throw_index;
        }
        if (v && unlikely(!class_is_assignable(v->klass, a->header.klass->component))) {
            char name[512];
            SAVE();
            throw_new(t, "java/lang/ArrayStoreException", "%s",
                      class_binary_name(v->klass, name, sizeof name));
            goto exception;
        }
        array_elements(a, Object *)[i] = v;
        sp -= 3;
        NEXT();
    }
    CASE(arraylength) {
        Array *a = (Array *)sp[-1].a;
        if (unlikely(!a))
            goto throw_npe;
        sp[-1].i = a->length;
        NEXT();
    }

    /* ---- stack ---- */
    CASE(pop) sp--; NEXT();
    CASE(pop2) sp -= 2; NEXT();
    CASE(dup) sp[0] = sp[-1]; sp++; NEXT();
    CASE(dup_x1) {
        Slot v1 = sp[-1], v2 = sp[-2];
        sp[-2] = v1; sp[-1] = v2; sp[0] = v1; sp++;
        NEXT();
    }
    CASE(dup_x2) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3];
        sp[-3] = v1; sp[-2] = v3; sp[-1] = v2; sp[0] = v1; sp++;
        NEXT();
    }
    CASE(dup2) sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT();
    CASE(dup2_x1) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3];
        sp[-3] = v2; sp[-2] = v1; sp[-1] = v3; sp[0] = v2; sp[1] = v1; sp += 2;
        NEXT();
    }
    CASE(dup2_x2) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3], v4 = sp[-4];
        sp[-4] = v2; sp[-3] = v1; sp[-2] = v4; sp[-1] = v3; sp[0] = v2; sp[1] = v1; sp += 2;
        NEXT();
    }
    CASE(swap) {
        Slot v = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = v;
        NEXT();
    }

    /* ---- arithmetic (JVMS 2.11.3): two's complement wrap-around ---- */
#define INT_OP(expr)                                                           \
    {                                                                          \
        uint32_t a = (uint32_t)sp[-2].i, b = (uint32_t)sp[-1].i;               \
        (void)a; (void)b;                                                      \
        sp[-2].i = (int32_t)(expr);                                            \
        sp--;                                                                  \
        NEXT();                                                                \
    }
#define LONG_OP(expr)                                                          \
    {                                                                          \
        uint64_t a = (uint64_t)sp[-4].j, b = (uint64_t)sp[-2].j;               \
        sp[-4].j = (int64_t)(expr);                                            \
        sp -= 2;                                                               \
        NEXT();                                                                \
    }
    CASE(iadd) INT_OP(a + b)
    CASE(isub) INT_OP(a - b)
    CASE(imul) INT_OP(a * b)
    CASE(iand) INT_OP(a & b)
    CASE(ior) INT_OP(a | b)
    CASE(ixor) INT_OP(a ^ b)
    CASE(ishl) INT_OP(java_ishl((int32_t)a, (int32_t)b))
    CASE(ishr) INT_OP(java_ishr((int32_t)a, (int32_t)b))
    CASE(iushr) INT_OP(java_iushr((int32_t)a, (int32_t)b))
    CASE(ladd) LONG_OP(a + b)
    CASE(lsub) LONG_OP(a - b)
    CASE(lmul) LONG_OP(a * b)
    CASE(land) LONG_OP(a & b)
    CASE(lor) LONG_OP(a | b)
    CASE(lxor) LONG_OP(a ^ b)
#undef INT_OP
#undef LONG_OP
    CASE(lshl) {
        int32_t s = sp[-1].i;
        sp[-3].j = java_lshl(sp[-3].j, s);
        sp--;
        NEXT();
    }
    CASE(lshr) {
        int32_t s = sp[-1].i;
        sp[-3].j = java_lshr(sp[-3].j, s);
        sp--;
        NEXT();
    }
    CASE(lushr) {
        int32_t s = sp[-1].i;
        sp[-3].j = java_lushr(sp[-3].j, s);
        sp--;
        NEXT();
    }
    CASE(idiv) {
        int32_t a = sp[-2].i, b = sp[-1].i;
        if (unlikely(b == 0))
            goto throw_div_zero;
        sp[-2].i = java_idiv(a, b);
        sp--;
        NEXT();
    }
    CASE(irem) {
        int32_t a = sp[-2].i, b = sp[-1].i;
        if (unlikely(b == 0))
            goto throw_div_zero;
        sp[-2].i = java_irem(a, b);
        sp--;
        NEXT();
    }
    CASE(ldiv) {
        int64_t a = sp[-4].j, b = sp[-2].j;
        if (unlikely(b == 0))
            goto throw_div_zero;
        sp[-4].j = java_ldiv(a, b);
        sp -= 2;
        NEXT();
    }
    CASE(lrem) {
        int64_t a = sp[-4].j, b = sp[-2].j;
        if (unlikely(b == 0))
            goto throw_div_zero;
        sp[-4].j = java_lrem(a, b);
        sp -= 2;
        NEXT();
    }
    CASE(ineg) sp[-1].i = (int32_t)(0u - (uint32_t)sp[-1].i); NEXT();
    CASE(lneg) sp[-2].j = (int64_t)(0u - (uint64_t)sp[-2].j); NEXT();
    CASE(fadd) sp[-2].f = sp[-2].f + sp[-1].f; sp--; NEXT();
    CASE(fsub) sp[-2].f = sp[-2].f - sp[-1].f; sp--; NEXT();
    CASE(fmul) sp[-2].f = sp[-2].f * sp[-1].f; sp--; NEXT();
    CASE(fdiv) sp[-2].f = sp[-2].f / sp[-1].f; sp--; NEXT();
    CASE(frem) sp[-2].f = fmodf(sp[-2].f, sp[-1].f); sp--; NEXT();
    CASE(fneg) sp[-1].f = -sp[-1].f; NEXT();
    CASE(dadd) sp[-4].d = sp[-4].d + sp[-2].d; sp -= 2; NEXT();
    CASE(dsub) sp[-4].d = sp[-4].d - sp[-2].d; sp -= 2; NEXT();
    CASE(dmul) sp[-4].d = sp[-4].d * sp[-2].d; sp -= 2; NEXT();
    CASE(ddiv) sp[-4].d = sp[-4].d / sp[-2].d; sp -= 2; NEXT();
    CASE(drem) sp[-4].d = fmod(sp[-4].d, sp[-2].d); sp -= 2; NEXT();
    CASE(dneg) sp[-2].d = -sp[-2].d; NEXT();

    /* ---- conversions (JVMS 2.8.3) ---- */
    CASE(i2l) { int32_t v = sp[-1].i; sp[-1].j = v; sp++; NEXT(); }
    CASE(i2f) { int32_t v = sp[-1].i; sp[-1].f = (float)v; NEXT(); }
    CASE(i2d) { int32_t v = sp[-1].i; sp[-1].d = v; sp++; NEXT(); }
    CASE(l2i) { int64_t v = sp[-2].j; sp[-2].i = (int32_t)(uint32_t)(uint64_t)v; sp--; NEXT(); }
    CASE(l2f) { int64_t v = sp[-2].j; sp[-2].f = (float)v; sp--; NEXT(); }
    CASE(l2d) { int64_t v = sp[-2].j; sp[-2].d = (double)v; NEXT(); }
    CASE(f2i) { float v = sp[-1].f; sp[-1].i = java_f2i(v); NEXT(); }
    CASE(f2l) { float v = sp[-1].f; sp[-1].j = java_f2l(v); sp++; NEXT(); }
    CASE(f2d) { float v = sp[-1].f; sp[-1].d = v; sp++; NEXT(); }
    CASE(d2i) { double v = sp[-2].d; sp[-2].i = java_d2i(v); sp--; NEXT(); }
    CASE(d2l) { double v = sp[-2].d; sp[-2].j = java_d2l(v); NEXT(); }
    CASE(d2f) { double v = sp[-2].d; sp[-2].f = (float)v; sp--; NEXT(); }
    CASE(i2b) sp[-1].i = (int8_t)sp[-1].i; NEXT();
    CASE(i2c) sp[-1].i = (uint16_t)sp[-1].i; NEXT();
    CASE(i2s) sp[-1].i = (int16_t)sp[-1].i; NEXT();

    /* ---- comparisons and branches ---- */
    CASE(lcmp) {
        int64_t a = sp[-4].j, b = sp[-2].j;
        sp[-4].i = a < b ? -1 : a > b;
        sp -= 3;
        NEXT();
    }
#define FLOAT_COMPARE(type, member, slots, nan_result)                        \
    {                                                                          \
        type a_ = sp[-2 * (slots)].member, b_ = sp[-(slots)].member;          \
        sp[-2 * (slots)].i = java_##member##cmp(a_, b_, nan_result);          \
        sp -= 2 * (slots) - 1;                                                 \
        NEXT();                                                                \
    }
    CASE(fcmpl) FLOAT_COMPARE(float, f, 1, -1)
    CASE(fcmpg) FLOAT_COMPARE(float, f, 1, 1)
    CASE(dcmpl) FLOAT_COMPARE(double, d, 2, -1)
    CASE(dcmpg) FLOAT_COMPARE(double, d, 2, 1)
#undef FLOAT_COMPARE
#define BRANCH_IF(cond, popped)                                                \
    {                                                                          \
        bool taken_ = (cond);                                                  \
        sp -= (popped);                                                        \
        if (taken_)                                                            \
            JUMP(pc->x.target);                                                \
        NEXT();                                                                \
    }
    CASE(ifeq) BRANCH_IF(sp[-1].i == 0, 1)
    CASE(ifne) BRANCH_IF(sp[-1].i != 0, 1)
    CASE(iflt) BRANCH_IF(sp[-1].i < 0, 1)
    CASE(ifge) BRANCH_IF(sp[-1].i >= 0, 1)
    CASE(ifgt) BRANCH_IF(sp[-1].i > 0, 1)
    CASE(ifle) BRANCH_IF(sp[-1].i <= 0, 1)
    CASE(if_icmpeq) BRANCH_IF(sp[-2].i == sp[-1].i, 2)
    CASE(if_icmpne) BRANCH_IF(sp[-2].i != sp[-1].i, 2)
    CASE(if_icmplt) BRANCH_IF(sp[-2].i < sp[-1].i, 2)
    CASE(if_icmpge) BRANCH_IF(sp[-2].i >= sp[-1].i, 2)
    CASE(if_icmpgt) BRANCH_IF(sp[-2].i > sp[-1].i, 2)
    CASE(if_icmple) BRANCH_IF(sp[-2].i <= sp[-1].i, 2)
    CASE(if_acmpeq) BRANCH_IF(sp[-2].a == sp[-1].a, 2)
    CASE(if_acmpne) BRANCH_IF(sp[-2].a != sp[-1].a, 2)
    CASE(ifnull) BRANCH_IF(sp[-1].a == NULL, 1)
    CASE(ifnonnull) BRANCH_IF(sp[-1].a != NULL, 1)
#undef BRANCH_IF
    CASE(goto) JUMP(pc->x.target);
    CASE(jsr) {
        sp->a = (Object *)(pc + 1); /* a returnAddress (JVMS 2.3.3) */
        sp++;
        JUMP(pc->x.target);
    }
    CASE(ret) {
        Insn *target = (Insn *)locals[pc->u].a;
        const Code *code = fp->method->code;
        if (unlikely(target < code->insns || target >= code->insns + code->insn_count)) {
            SAVE();
            throw_new(t, "java/lang/VerifyError", "ret to a non-returnAddress value");
            goto exception;
        }
        JUMP(target);
    }
    CASE(tableswitch) {
        const SwitchTable *st = pc->x.p;
        int32_t key = (--sp)->i;
        JUMP((key >= st->low && key <= st->high) ? st->targets[(int64_t)key - st->low]
                                                 : st->default_target);
    }
    CASE(lookupswitch) {
        const SwitchTable *st = pc->x.p;
        int32_t key = (--sp)->i;
        int32_t lo = 0, hi = st->pair_count - 1;
        Insn *target = st->default_target;
        while (lo <= hi) {
            int32_t mid = lo + (hi - lo) / 2;
            if (st->keys[mid] == key) {
                target = st->targets[mid];
                break;
            }
            if (st->keys[mid] < key)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        JUMP(target);
    }

    /* ---- fields: slow forms resolve, then quicken (opcodes.h) ---- */
    CASE(getfield) CASE(putfield) {
        SAVE();
        bool get = pc->op == OP_getfield;
        Field *f = resolve_field_access(t, fp->method, pc->u, false, !get);
        if (!f)
            goto exception;
        pc->x.offset = f->offset;
        pc->op = get ? getfield_op(f->type) : putfield_op(f->type);
        pc->label = interp_label(pc->op);
        DISPATCH();
    }
#define GETFIELD(type, member)                                                 \
    {                                                                          \
        Object *o_ = sp[-1].a;                                                 \
        if (unlikely(!o_))                                                     \
            goto throw_npe;                                                    \
        sp[-1].member = field_at(o_, pc->x.offset, type);                      \
        NEXT();                                                                \
    }
    CASE(getfield_b) GETFIELD(int8_t, i)
    CASE(getfield_c) GETFIELD(uint16_t, i)
    CASE(getfield_s) GETFIELD(int16_t, i)
    CASE(getfield_i) GETFIELD(int32_t, i)
    CASE(getfield_a) GETFIELD(Object *, a)
    CASE(getfield_j) {
        Object *o = sp[-1].a;
        if (unlikely(!o))
            goto throw_npe;
        sp[-1].j = field_at(o, pc->x.offset, int64_t);
        sp++;
        NEXT();
    }
#undef GETFIELD
#define PUTFIELD(type, value)                                                  \
    {                                                                          \
        Object *o_ = sp[-2].a;                                                 \
        if (unlikely(!o_))                                                     \
            goto throw_npe;                                                    \
        field_at(o_, pc->x.offset, type) = (value);                            \
        sp -= 2;                                                               \
        NEXT();                                                                \
    }
    CASE(putfield_b) PUTFIELD(int8_t, (int8_t)sp[-1].i)
    CASE(putfield_z) PUTFIELD(int8_t, (int8_t)(sp[-1].i & 1))
    CASE(putfield_c) PUTFIELD(uint16_t, (uint16_t)sp[-1].i)
    CASE(putfield_i) PUTFIELD(int32_t, sp[-1].i)
    CASE(putfield_a) PUTFIELD(Object *, sp[-1].a)
    CASE(putfield_j) {
        Object *o = sp[-3].a;
        if (unlikely(!o))
            goto throw_npe;
        field_at(o, pc->x.offset, int64_t) = sp[-2].j;
        sp -= 3;
        NEXT();
    }
#undef PUTFIELD

    CASE(getstatic) CASE(putstatic) {
        SAVE();
        bool get = pc->op == OP_getstatic;
        Field *f = resolve_field_access(t, fp->method, pc->u, true, !get);
        if (!f)
            goto exception;
        Class *c = f->klass;
        if (c->state != CLASS_INITIALIZED) {
            INIT_OR_RUN_CLINIT(c);
            if (c->state != CLASS_INITIALIZED) {
                /* Its <clinit> is running on this thread: access it
                 * directly, quicken later. */
                sp = static_access(f, get, sp);
                NEXT();
            }
        }
        static const uint16_t get_ops[] = {OP_getstatic_b, OP_getstatic_c, OP_getstatic_s,
                                           OP_getstatic_i, OP_getstatic_j, OP_getstatic_a};
        static const uint16_t put_ops[] = {OP_putstatic_b, OP_putstatic_c, OP_putstatic_c,
                                           OP_putstatic_i, OP_putstatic_j, OP_putstatic_a};
        int kind;
        switch (f->type) {
        case 'B': case 'Z': kind = 0; break;
        case 'C': kind = 1; break;
        case 'S': kind = 2; break;
        case 'I': case 'F': kind = 3; break;
        case 'J': case 'D': kind = 4; break;
        default: kind = 5; break;
        }
        pc->op = get ? get_ops[kind] : (f->type == 'Z' ? OP_putstatic_z : put_ops[kind]);
        pc->x.address = c->statics + f->offset;
        pc->label = interp_label(pc->op);
        DISPATCH();
    }
    CASE(getstatic_b) sp->i = *(int8_t *)pc->x.address; sp++; NEXT();
    CASE(getstatic_c) sp->i = *(uint16_t *)pc->x.address; sp++; NEXT();
    CASE(getstatic_s) sp->i = *(int16_t *)pc->x.address; sp++; NEXT();
    CASE(getstatic_i) sp->i = *(int32_t *)pc->x.address; sp++; NEXT();
    CASE(getstatic_j) sp->j = *(int64_t *)pc->x.address; sp += 2; NEXT();
    CASE(getstatic_a) sp->a = *(Object **)pc->x.address; sp++; NEXT();
    CASE(putstatic_b) *(int8_t *)pc->x.address = (int8_t)(--sp)->i; NEXT();
    CASE(putstatic_z) *(int8_t *)pc->x.address = (int8_t)((--sp)->i & 1); NEXT();
    CASE(putstatic_c) *(uint16_t *)pc->x.address = (uint16_t)(--sp)->i; NEXT();
    CASE(putstatic_i) *(int32_t *)pc->x.address = (--sp)->i; NEXT();
    CASE(putstatic_j) sp -= 2; *(int64_t *)pc->x.address = sp->j; NEXT();
    CASE(putstatic_a) *(Object **)pc->x.address = (--sp)->a; NEXT();

    /* ---- constants from the pool ---- */
    CASE(ldc) CASE(ldc_w) CASE(ldc2_w) {
        SAVE();
        Class *c = fp->method->klass;
        const CpEntry *e = &c->file->cp[pc->u];
        Object *value = NULL;
        if (e->tag == CP_DYNAMIC) {
            /* A dynamically-computed constant: its bootstrap runs once,
             * then the instruction pushes the value like any constant. */
            const char *name, *descriptor;
            class_file_member_ref(c->file, pc->u, &name, &descriptor);
            Slot v;
            if (!mh_resolve_dynamic(t, c, pc->u, &v))
                goto exception;
            if (descriptor[0] == 'J' || descriptor[0] == 'D') {
                pc->op = OP_push_long;
                pc->x.j = v.j;
            } else if (descriptor[0] == 'L' || descriptor[0] == '[') {
                pc->op = OP_push_ref;
                pc->x.ref = v.a;
            } else {
                pc->op = OP_push_int;
                pc->x.i = v.i;
            }
            pc->label = interp_label(pc->op);
            DISPATCH();
        }
        if (e->tag == CP_STRING) {
            value = resolve_string(t, c, pc->u);
        } else if (e->tag == CP_CLASS) {
            Class *k = resolve_class(t, c, pc->u);
            value = k ? class_mirror(t, k) : NULL;
        } else if (e->tag == CP_METHOD_TYPE || e->tag == CP_METHOD_HANDLE) {
            value = mh_resolve_constant(t, c, pc->u);
        } else {
            throw_new(t, "java/lang/InternalError", "ldc of constant-pool tag %d", e->tag);
        }
        if (!value)
            goto exception;
        pc->op = OP_push_ref;
        pc->x.ref = value;
        pc->label = interp_label(OP_push_ref);
        DISPATCH();
    }

    /* ---- objects ---- */
    CASE(new) {
        SAVE();
        Class *c = resolve_class(t, fp->method->klass, pc->u);
        if (!c)
            goto exception;
        if (c->access_flags & (ACC_ABSTRACT | ACC_INTERFACE) || class_is_array(c)) {
            char name[512];
            throw_new(t, "java/lang/InstantiationError", "%s",
                      class_binary_name(c, name, sizeof name));
            goto exception;
        }
        if (c->state != CLASS_INITIALIZED) {
            INIT_OR_RUN_CLINIT(c);
            if (c->state != CLASS_INITIALIZED) {
                Object *o = heap_alloc_object(t, c);
                if (!o)
                    goto exception;
                sp->a = o;
                sp++;
                NEXT();
            }
        }
        pc->op = OP_new_q;
        pc->x.klass = c;
        pc->label = interp_label(OP_new_q);
        DISPATCH();
    }
    CASE(new_q) {
        SAVE();
        Object *o = heap_alloc_object(t, pc->x.klass);
        if (unlikely(!o))
            goto exception;
        sp->a = o;
        sp++;
        NEXT();
    }
    CASE(newarray) {
        Class *k = pc->x.klass;
        SAVE();
        if (unlikely(!k)) {
            static const char types[] = "ZCFDBSIJ"; /* atype 4..11 (JVMS 6.5) */
            k = class_array_of(t, class_primitive(t->vm, types[pc->s - 4]));
            if (!k)
                goto exception;
            pc->x.klass = k;
        }
        Array *a = heap_alloc_array(t, k, sp[-1].i);
        if (!a)
            goto exception;
        sp[-1].a = &a->header;
        NEXT();
    }
    CASE(anewarray) {
        SAVE();
        Class *c = resolve_class(t, fp->method->klass, pc->u);
        Class *k = c ? class_array_of(t, c) : NULL;
        if (!k)
            goto exception;
        pc->op = OP_anewarray_q;
        pc->x.klass = k;
        pc->label = interp_label(OP_anewarray_q);
        DISPATCH();
    }
    CASE(anewarray_q) {
        SAVE();
        Array *a = heap_alloc_array(t, pc->x.klass, sp[-1].i);
        if (unlikely(!a))
            goto exception;
        sp[-1].a = &a->header;
        NEXT();
    }
    CASE(multianewarray) {
        SAVE();
        Class *k = resolve_class(t, fp->method->klass, pc->u);
        if (!k)
            goto exception;
        if (!class_is_array(k) || k->dimensions < pc->s) {
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "multianewarray dimensions exceed the array type");
            goto exception;
        }
        pc->op = OP_multianewarray_q;
        pc->x.klass = k;
        pc->label = interp_label(OP_multianewarray_q);
        DISPATCH();
    }
    CASE(multianewarray_q) {
        int dims = pc->s;
        int32_t counts[255];
        for (int i = 0; i < dims; i++)
            counts[i] = sp[i - dims].i;
        SAVE();
        for (int i = 0; i < dims; i++) {
            if (counts[i] < 0) {
                throw_new(t, "java/lang/NegativeArraySizeException", "%d", counts[i]);
                goto exception;
            }
        }
        Array *a = allocate_multi(t, pc->x.klass, counts, dims);
        if (!a)
            goto exception;
        sp -= dims;
        sp->a = &a->header;
        sp++;
        NEXT();
    }
    CASE(checkcast) CASE(instanceof) {
        SAVE();
        Class *c = resolve_class(t, fp->method->klass, pc->u);
        if (!c)
            goto exception;
        pc->op = pc->op == OP_checkcast ? OP_checkcast_q : OP_instanceof_q;
        pc->x.klass = c;
        pc->label = interp_label(pc->op);
        DISPATCH();
    }
    CASE(checkcast_q) {
        Object *o = sp[-1].a;
        if (o && o->klass != pc->x.klass && unlikely(!class_is_assignable(o->klass, pc->x.klass))) {
            SAVE();
            throw_class_cast(t, o->klass, pc->x.klass);
            goto exception;
        }
        NEXT();
    }
    CASE(instanceof_q) {
        Object *o = sp[-1].a;
        sp[-1].i = o && (o->klass == pc->x.klass || class_is_assignable(o->klass, pc->x.klass));
        NEXT();
    }
    CASE(monitorenter) {
        Object *o = sp[-1].a;
        if (unlikely(!o))
            goto throw_npe;
        SAVE();
        if (!lock_object(t, o))
            goto exception;
        sp--;
        NEXT();
    }
    CASE(monitorexit) {
        Object *o = sp[-1].a;
        if (unlikely(!o))
            goto throw_npe;
        SAVE();
        if (!unlock_object(t, o))
            goto exception;
        sp--;
        NEXT();
    }
    CASE(athrow) {
        Object *e = sp[-1].a;
        if (unlikely(!e))
            goto throw_npe;
        SAVE();
        t->exception = e;
        goto exception;
    }

    /* ---- invocation ---- */
    CASE(invokevirtual) {
        SAVE();
        Method *m = resolve_method(t, fp->method->klass, pc->u, OP_invokevirtual);
        if (!m)
            goto exception;
        if (m->access_flags & ACC_STATIC) {
            char d[600];
            resolve_describe_method(d, sizeof d, m);
            throw_new(t, "java/lang/IncompatibleClassChangeError", "Expecting non-static method %s", d);
            goto exception;
        }
        if ((m->access_flags & ACC_NATIVE) && (m->access_flags & ACC_VARARGS) &&
            strcmp(m->klass->name, "java/lang/invoke/MethodHandle") == 0) {
            /* Signature polymorphic (JVMS 2.9.3): the call site's own
             * descriptor says what is passed and returned. */
            const char *name, *descriptor;
            class_file_member_ref(fp->method->klass->file, pc->u, &name, &descriptor);
            HandleSite *site = mh_site_new(t, descriptor, strcmp(name, "invokeExact") == 0);
            if (!site)
                goto exception;
            pc->op = OP_invoke_handle_q;
            pc->x.p = site;
        } else if (class_is_interface(m->klass)) {
            InterfaceCache *ic = arena_alloc(t->vm, sizeof *ic);
            if (!ic) {
                throw_out_of_memory(t);
                goto exception;
            }
            ic->method = m;
            pc->op = OP_invoke_interface_q;
            pc->x.p = ic;
        } else {
            bool exact = (m->access_flags & (ACC_PRIVATE | ACC_FINAL)) ||
                         (m->klass->access_flags & ACC_FINAL);
            pc->op = exact ? OP_invoke_direct_q : OP_invoke_virtual_q;
            pc->x.method = m;
        }
        pc->label = interp_label(pc->op);
        DISPATCH();
    }
    CASE(invokespecial) {
        SAVE();
        Class *current = fp->method->klass;
        Method *m = resolve_method(t, current, pc->u, OP_invokespecial);
        if (!m)
            goto exception;
        char d[600];
        if (m->access_flags & ACC_STATIC) {
            resolve_describe_method(d, sizeof d, m);
            throw_new(t, "java/lang/IncompatibleClassChangeError", "Expecting non-static method %s", d);
            goto exception;
        }
        Class *referenced = resolve_class(t, current, current->file->cp[pc->u].u.ref.class_index);
        if (!referenced)
            goto exception;
        Method *selected = m;
        if (m->flags & METHOD_INIT) {
            if (m->klass != referenced) {
                resolve_describe_method(d, sizeof d, m);
                throw_new(t, "java/lang/NoSuchMethodError", "%s", d);
                goto exception;
            }
        } else if (!class_is_interface(referenced) && referenced != current &&
                   class_is_assignable(current, referenced) && (current->access_flags & ACC_SUPER) &&
                   current->super) {
            /* JVMS 6.5 invokespecial: start from the direct superclass. */
            selected = class_find_method(current->super, m->name, m->descriptor);
            if (!selected || (selected->access_flags & ACC_STATIC))
                selected = m;
        }
        pc->op = OP_invoke_direct_q;
        pc->x.method = selected;
        pc->label = interp_label(OP_invoke_direct_q);
        DISPATCH();
    }
    CASE(invokestatic) {
        SAVE();
        Method *m = resolve_method(t, fp->method->klass, pc->u, OP_invokestatic);
        if (!m)
            goto exception;
        if (!(m->access_flags & ACC_STATIC)) {
            char d[600];
            resolve_describe_method(d, sizeof d, m);
            throw_new(t, "java/lang/IncompatibleClassChangeError", "Expected static method %s", d);
            goto exception;
        }
        Class *c = m->klass;
        if (c->state != CLASS_INITIALIZED) {
            INIT_OR_RUN_CLINIT(c);
            if (c->state != CLASS_INITIALIZED) {
                callee = m;
                goto invoke;
            }
        }
        pc->op = OP_invoke_static_q;
        pc->x.method = m;
        pc->label = interp_label(OP_invoke_static_q);
        DISPATCH();
    }
    CASE(invokeinterface) {
        SAVE();
        Method *m = resolve_method(t, fp->method->klass, pc->u, OP_invokeinterface);
        if (!m)
            goto exception;
        if (m->access_flags & ACC_STATIC) {
            char d[600];
            resolve_describe_method(d, sizeof d, m);
            throw_new(t, "java/lang/IncompatibleClassChangeError", "Expecting non-static method %s", d);
            goto exception;
        }
        if (!class_is_interface(m->klass)) {
            pc->op = OP_invoke_virtual_q; /* a public method of Object */
            pc->x.method = m;
        } else if (m->access_flags & ACC_PRIVATE) {
            pc->op = OP_invoke_direct_q;
            pc->x.method = m;
        } else {
            InterfaceCache *ic = arena_alloc(t->vm, sizeof *ic);
            if (!ic) {
                throw_out_of_memory(t);
                goto exception;
            }
            ic->method = m;
            pc->op = OP_invoke_interface_q;
            pc->x.p = ic;
        }
        pc->label = interp_label(pc->op);
        DISPATCH();
    }
    CASE(invokedynamic) {
        /* Link the call site once (runtime/indy.c); from then on it is a
         * static call to the method the bootstrap produced. */
        SAVE();
        Method *m = indy_link(t, fp->method->klass, pc->u);
        if (m) {
            pc->op = OP_invoke_static_q;
            pc->x.method = m;
        } else {
            if (t->exception)
                goto exception;
            HandleSite *site = mh_link_call_site(t, fp->method->klass, pc->u);
            if (!site)
                goto exception;
            pc->op = OP_invoke_callsite_q;
            pc->x.p = site;
        }
        pc->label = interp_label(pc->op);
        DISPATCH();
    }
    CASE(invoke_handle_q) CASE(invoke_callsite_q) {
        /* MethodHandle.invokeExact/invoke, or invokedynamic through a
         * CallSite: runtime/methodhandle.c does the call. */
        HandleSite *site = pc->x.p;
        Slot *args = sp - site->arg_slots;
        Object *handle;
        if (pc->op == OP_invoke_handle_q) {
            handle = args[-1].a;
            if (unlikely(!handle))
                goto throw_npe;
        } else {
            handle = mh_call_site_target(t, site);
        }
        SAVE();
        Slot value = {.raw = 0};
        if (!mh_invoke(t, site, handle, args, &value))
            goto exception;
        sp = pc->op == OP_invoke_handle_q ? args - 1 : args;
        const char *ret = strchr(site->descriptor, ')') + 1;
        if (*ret != 'V') {
            *sp = value;
            sp += (*ret == 'J' || *ret == 'D') ? 2 : 1;
        }
        NEXT();
    }
    CASE(invoke_static_q) callee = pc->x.method; goto invoke;
    CASE(invoke_direct_q) {
        callee = pc->x.method;
        if (unlikely(!sp[-callee->arg_slots].a))
            goto throw_npe;
        goto invoke;
    }
    CASE(invoke_virtual_q) {
        Method *m = pc->x.method;
        Object *receiver = sp[-m->arg_slots].a;
        if (unlikely(!receiver))
            goto throw_npe;
        callee = receiver->klass->vtable[m->vtable_index];
        goto invoke;
    }
    CASE(invoke_interface_q) {
        InterfaceCache *ic = pc->x.p;
        Object *receiver = sp[-ic->method->arg_slots].a;
        if (unlikely(!receiver))
            goto throw_npe;
        if (likely(receiver->klass == ic->klass)) {
            callee = ic->target;
            goto invoke;
        }
        Method *target = itable_lookup(receiver->klass, ic->method);
        if (unlikely(!target)) {
            char a[512], b[512];
            SAVE();
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "Class %s does not implement the requested interface %s",
                      class_binary_name(receiver->klass, a, sizeof a),
                      class_binary_name(ic->method->klass, b, sizeof b));
            goto exception;
        }
        if (unlikely(!(target->access_flags & ACC_PUBLIC) && !(target->access_flags & ACC_ABSTRACT))) {
            char d[600], a[512];
            SAVE();
            resolve_describe_method(d, sizeof d, target);
            throw_new(t, "java/lang/IllegalAccessError",
                      "Receiver class %s must implement the interface method %s as public",
                      class_binary_name(receiver->klass, a, sizeof a), d);
            goto exception;
        }
        ic->klass = receiver->klass;
        ic->target = target;
        callee = target;
        goto invoke;
    }

invoke: {
        /* [callee] is selected; its arguments are the top arg_slots. */
        Slot *args = sp - callee->arg_slots;
        if (unlikely(callee->access_flags & (ACC_NATIVE | ACC_ABSTRACT))) {
            if (callee->access_flags & ACC_ABSTRACT) {
                SAVE();
                throw_abstract(t, callee, (callee->access_flags & ACC_STATIC) ? NULL : args[0].a);
                goto exception;
            }
            goto invoke_native;
        }
        if (unlikely(!callee->code)) {
            SAVE();
            if (!method_prepare(t, callee))
                goto exception;
        }
        Slot *new_sp = args + callee->max_locals;
        if (unlikely(new_sp + callee->max_stack > t->stack_limit || fp + 1 >= t->frames_limit)) {
            SAVE();
            throw_stack_overflow(t);
            goto exception;
        }
        for (Slot *s = args + callee->arg_slots; s < new_sp; s++)
            s->raw = 0;
        fp->pc = pc;
        fp->sp = args;
        fp++;
        fp->method = callee;
        fp->locals = args;
        fp->sp = new_sp;
        fp->flags = 0;
        t->fp = fp;
        locals = args;
        sp = new_sp;
        pc = callee->code->insns;
        fp->pc = pc;
        if (unlikely(callee->flags & METHOD_SYNCHRONIZED)) {
            SAVE();
            Object *monitor = method_monitor(t, callee, locals);
            if (!monitor || !lock_object(t, monitor))
                goto exception;
            fp->flags |= FRAME_SYNC;
        }
        if (unlikely(--t->ticks <= 0)) /* a call is a tick */
            goto poll;
        DISPATCH();
    }

invoke_native: {
        Slot *args = sp - callee->arg_slots;
        SAVE();
        if (unlikely(!callee->native)) {
            char d[600];
            resolve_describe_method(d, sizeof d, callee);
            throw_new(t, "java/lang/UnsatisfiedLinkError", "%s", d);
            goto exception;
        }
        if (unlikely(fp + 1 >= t->frames_limit)) {
            throw_stack_overflow(t);
            goto exception;
        }
        /* A frame for the native, so stack traces show it. */
        Frame *nf = fp + 1;
        nf->method = callee;
        nf->locals = args;
        nf->sp = sp;
        nf->pc = NULL;
        nf->flags = 0;
        t->fp = nf;
        Object *monitor = NULL;
        if (callee->flags & METHOD_SYNCHRONIZED) {
            monitor = method_monitor(t, callee, args);
            if (!monitor || !lock_object(t, monitor)) {
                t->fp = fp;
                goto exception;
            }
        }
        Slot value = {.raw = 0};
        bool ok = callee->native(t, args, &value);
        if (monitor && !unlock_object(t, monitor))
            ok = false;
        t->fp = fp;
        if (unlikely(!ok))
            goto exception;
        sp = args;
        if (callee->return_slots) {
            *sp = value;
            sp += callee->return_slots;
        }
        NEXT();
    }

push_clinit: {
        /* Run [callee] = <clinit> of [init_class], then re-execute the
         * instruction at pc (JVMS 5.5 step 9). SAVE() was done. */
        if (!callee->code && !method_prepare(t, callee)) {
            class_init_done(t, init_class, false);
            goto exception;
        }
        Slot *base = sp;
        Slot *new_sp = base + callee->max_locals;
        if (new_sp + callee->max_stack > t->stack_limit || fp + 1 >= t->frames_limit) {
            throw_stack_overflow(t);
            class_init_done(t, init_class, false);
            goto exception;
        }
        for (Slot *s = base; s < new_sp; s++)
            s->raw = 0;
        fp++;
        fp->method = callee;
        fp->locals = base;
        fp->sp = new_sp;
        fp->flags = FRAME_CLINIT;
        fp->init_class = init_class;
        t->fp = fp;
        locals = base;
        sp = new_sp;
        pc = callee->code->insns;
        fp->pc = pc;
        DISPATCH();
    }

    /* ---- returns ---- */
    {
        Slot value;
        int slots;
    CASE(ireturn) CASE(freturn) CASE(areturn)
        value = sp[-1];
        slots = 1;
        goto do_return;
    CASE(lreturn) CASE(dreturn)
        value = sp[-2];
        slots = 2;
        goto do_return;
    CASE(return)
        value.raw = 0;
        slots = 0;
    do_return:
        if (unlikely(fp->flags)) {
            uint16_t flags = fp->flags;
            if (flags & FRAME_SYNC) {
                SAVE();
                Object *monitor = method_monitor(t, fp->method, locals);
                fp->flags &= (uint16_t)~FRAME_SYNC;
                if (monitor && !unlock_object(t, monitor))
                    goto exception;
            }
            if (flags & FRAME_CLINIT)
                class_init_done(t, fp->init_class, true);
            if (flags & FRAME_ENTRY) {
                t->fp = fp - 1;
                if (result)
                    *result = value;
                return true;
            }
        }
        Slot *dest = fp->locals;
        bool reexecute = fp->flags & FRAME_CLINIT;
        fp--;
        t->fp = fp;
        pc = reexecute ? fp->pc : fp->pc + 1;
        locals = fp->locals;
        sp = dest;
        if (slots) {
            *sp = value;
            sp += slots;
        }
        DISPATCH();
    }

    /* Forms the decoder never emits (it rewrites them, see prepare.c). */
    CASE(iconst_m1) CASE(iconst_0) CASE(iconst_1) CASE(iconst_2) CASE(iconst_3)
    CASE(iconst_4) CASE(iconst_5) CASE(lconst_0) CASE(lconst_1) CASE(fconst_0)
    CASE(fconst_1) CASE(fconst_2) CASE(dconst_0) CASE(dconst_1) CASE(bipush)
    CASE(sipush) CASE(fload) CASE(dload) CASE(aload) CASE(iload_0) CASE(iload_1)
    CASE(iload_2) CASE(iload_3) CASE(lload_0) CASE(lload_1) CASE(lload_2) CASE(lload_3)
    CASE(fload_0) CASE(fload_1) CASE(fload_2) CASE(fload_3) CASE(dload_0) CASE(dload_1)
    CASE(dload_2) CASE(dload_3) CASE(aload_0) CASE(aload_1) CASE(aload_2) CASE(aload_3)
    CASE(fstore) CASE(dstore) CASE(astore) CASE(istore_0) CASE(istore_1) CASE(istore_2)
    CASE(istore_3) CASE(lstore_0) CASE(lstore_1) CASE(lstore_2) CASE(lstore_3)
    CASE(fstore_0) CASE(fstore_1) CASE(fstore_2) CASE(fstore_3) CASE(dstore_0)
    CASE(dstore_1) CASE(dstore_2) CASE(dstore_3) CASE(astore_0) CASE(astore_1)
    CASE(astore_2) CASE(astore_3) CASE(goto_w) CASE(jsr_w) CASE(wide)
#if !CORTADO_COMPUTED_GOTO
    default:
#endif
    {
        SAVE();
        throw_new(t, "java/lang/InternalError", "undecoded opcode %u", pc->op);
        goto exception;
    }
#if !CORTADO_COMPUTED_GOTO
    }
#endif

    /* ---- exceptions the instructions above raise ---- */
throw_npe:
    SAVE();
    throw_null_pointer(t);
    goto exception;
throw_index:
    SAVE();
    throw_array_index(t, bad_index, bad_length);
    goto exception;
throw_div_zero:
    SAVE();
    throw_new(t, "java/lang/ArithmeticException", "/ by zero");
    goto exception;

    /* ---- the thread's ticks ran out at pc: check the limits ---- */
poll:
    SAVE();
    if (!vm_poll(t))
        goto exception;
    DISPATCH();

    /* ---- unwinding (JVMS 2.10): find a handler in this frame or pop ---- */
exception:
    exception_object = t->exception;
    for (;;) {
        Method *m = fp->method;
        if (exception_object != VM_EXIT_MARKER(t->vm) && m->code && pc) {
            const Code *code = m->code;
            uint32_t index = (uint32_t)(pc - code->insns);
            for (uint16_t k = 0; k < code->handler_count; k++) {
                const PreparedHandler *h = &code->handlers[k];
                if (index < h->start || index >= h->end)
                    continue;
                if (h->catch_type) {
                    Class *type = m->klass->resolved[h->catch_type];
                    if (!type) {
                        /* Resolving may run Java code; keep the exception. */
                        t->exception = NULL;
                        type = resolve_class(t, m->klass, h->catch_type);
                        t->exception = exception_object;
                        if (!type)
                            continue;
                    }
                    if (!class_is_assignable(exception_object->klass, type))
                        continue;
                }
                t->exception = NULL;
                sp = locals + m->max_locals;
                sp->a = exception_object;
                sp++;
                pc = code->insns + h->handler;
                if (unlikely(--t->ticks <= 0)) /* so is a caught exception */
                    goto poll;
                DISPATCH();
            }
        }
        /* No handler here: pop the frame. */
        uint16_t flags = fp->flags;
        if (flags & FRAME_SYNC) {
            Object *monitor = method_monitor(t, m, locals);
            if (monitor && monitor->lock)
                monitor->lock--;
        }
        Frame *popped = fp;
        fp--;
        t->fp = fp;
        if (flags & FRAME_CLINIT) {
            class_init_done(t, popped->init_class, false);
            exception_object = t->exception;
        }
        if (flags & FRAME_ENTRY)
            return false;
        pc = fp->pc;
        sp = fp->sp;
        locals = fp->locals;
    }
}

/* ---- entry from C ------------------------------------------------------ */

bool interp_call(Thread *t, Method *m, const Slot *args, Slot *result)
{
    if (!label_table)
        run(NULL, NULL);
    if (--t->ticks <= 0 && !vm_poll(t))
        return false;
    Slot *base = thread_stack_top(t);
    if (t->native_depth >= MAX_NATIVE_DEPTH || t->fp + 1 >= t->frames_limit) {
        throw_stack_overflow(t);
        return false;
    }
    if (m->access_flags & ACC_NATIVE) {
        if (!m->native) {
            char d[600];
            resolve_describe_method(d, sizeof d, m);
            return throw_new(t, "java/lang/UnsatisfiedLinkError", "%s", d);
        }
        memcpy(base, args, m->arg_slots * sizeof(Slot));
        Frame *nf = t->fp + 1;
        Frame *saved = t->fp;
        nf->method = m;
        nf->locals = base;
        nf->sp = base + m->arg_slots;
        nf->pc = NULL;
        nf->flags = 0;
        t->fp = nf;
        Slot value = {.raw = 0};
        bool ok = m->native(t, base, &value);
        t->fp = saved;
        if (ok && result)
            *result = value;
        return ok;
    }
    if (m->access_flags & ACC_ABSTRACT) {
        throw_abstract(t, m, (m->access_flags & ACC_STATIC) ? NULL : args[0].a);
        return false;
    }
    if (!method_prepare(t, m))
        return false;
    Slot *new_sp = base + m->max_locals;
    if (m->max_locals < m->arg_slots || new_sp + m->max_stack > t->stack_limit) {
        throw_stack_overflow(t);
        return false;
    }
    if (m->arg_slots)
        memcpy(base, args, m->arg_slots * sizeof(Slot));
    for (Slot *s = base + m->arg_slots; s < new_sp; s++)
        s->raw = 0;
    Frame *f = t->fp + 1;
    f->method = m;
    f->locals = base;
    f->sp = new_sp;
    f->pc = m->code->insns;
    f->flags = FRAME_ENTRY;
    f->init_class = NULL;
    t->fp = f;
    if (m->flags & METHOD_SYNCHRONIZED) {
        Object *monitor = method_monitor(t, m, base);
        if (!monitor || !lock_object(t, monitor)) {
            t->fp = f - 1;
            return false;
        }
        f->flags |= FRAME_SYNC;
    }
    t->native_depth++;
    Slot value = {.raw = 0};
    bool ok = run(t, &value);
    t->native_depth--;
    if (ok && result)
        *result = value;
    return ok;
}

/* Publishes the label table before any method is prepared. */
void interp_init(void)
{
    if (!label_table)
        run(NULL, NULL);
}
