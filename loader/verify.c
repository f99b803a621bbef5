/*
 * verify.c - the bytecode verifier: verification by type checking
 * (JVMS 4.10.1), driven by the StackMapTable, for class files of version
 * 50 and later, and by type inference (JVMS 4.10.2) for older ones.
 *
 * Type checking checks each method in one linear pass over its code, as the
 * type checker of JVMS 4.10.1 prescribes: the current frame (types of the
 * locals and of the operand stack, and the flagThisUninit flag) flows from
 * one instruction to the next; where the StackMapTable declares a frame,
 * the current frame must be assignable to it and is replaced by it; every
 * branch target and exception handler must have a declared frame that the
 * frame at the branch (or at every instruction the handler covers) is
 * assignable to. There is no fixpoint iteration: the cost is linear in the
 * code length, plus the size of each frame the StackMapTable declares
 * (frames that share their locals cost only the locals stored between).
 *
 * Types (JVMS 4.10.1.2) are 32-bit values: a tag and, for references, an
 * index into a per-class table of interned names ("java/lang/String",
 * "[I", "[Ljava/lang/Object;"), for uninitialized(Offset) the offset of the
 * `new`. Values of category 2 occupy two slots on the stack and in the
 * locals: long is T_LONG then T_LONG2.
 *
 * Reference assignability needs the class hierarchy, which the caller
 * provides through VerifyEnv (loader/verify.h). As HotSpot does, a
 * reference type is assignable to any interface type (the type checker
 * treats interfaces as java/lang/Object), arrays only to Object,
 * Cloneable and Serializable.
 *
 * Error messages use HotSpot's headline and reason wording ("Bad type on
 * operand stack", "Type integer (current frame, stack[0]) is not
 * assignable to 'java/lang/String'") on one line that names the method and
 * offset, as the rest of Cortado's VerifyErrors do.
 *
 * Class files older than version 50 have no StackMapTable: their frames
 * are inferred by data flow (JVMS 4.10.2, the section "type inference"
 * below), with jsr/ret subroutines. A version 50 class that fails type
 * checking is verified again that way, as HotSpot does.
 *
 * Must never: read outside the code array or the StackMapTable, trust a
 * count from the file, or call the environment for something the class
 * file alone can answer.
 */
#include "loader/verify.h"

#include "interp/opcodes.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- types ------------------------------------------------------------- */

typedef uint32_t VType;

enum {
    T_TOP,
    T_INT,
    T_FLOAT,
    T_LONG,
    T_LONG2,   /* second slot of a long */
    T_DOUBLE,
    T_DOUBLE2, /* second slot of a double */
    T_NULL,
    T_UNINIT_THIS,
    T_UNINIT,  /* uninitialized(Offset): data is the offset of the new */
    T_REF,     /* class or array type: data is a name index */
    T_RETADDR  /* returnAddress (type inference only): data is the
                  subroutine's entry offset */
};

#define TAG(t) ((t) & 15u)
#define DATA(t) ((t) >> 4)
#define MAKE(tag, data) ((VType)(tag) | (VType)(data) << 4)

/* ---- the name table ---------------------------------------------------- */

/* Interned class and array names of one verify_class() call; a reference
 * type holds an index into it, so equal names are equal types. */
typedef struct Names {
    char **items;
    int8_t *interface_kind; /* per name: -1 unknown, 0 class, 1 interface */
    uint32_t count, capacity;
    uint32_t *slots; /* open addressing: index + 1, 0 = empty */
    uint32_t slot_capacity;
} Names;

/* A frame of the StackMapTable, expanded: [nlocals] declared local slots
 * (the rest are top) and [nstack] stack slots, stored in Verifier.pool. */
typedef struct MapFrame {
    uint32_t offset;
    uint32_t locals, stack; /* indices into the pool */
    uint16_t nlocals, nstack;
    bool this_uninit;
} MapFrame;

typedef struct Verifier {
    const ClassFile *cf;
    const VerifyEnv *env;
    char *message;
    size_t message_size;
    VerifyStatus status;
    Names names;
    uint32_t n_object, n_string, n_class, n_throwable, n_cloneable, n_serializable;
    uint32_t n_method_type, n_method_handle, n_this;

    /* The method being verified. */
    const MethodInfo *method;
    const CodeAttribute *code;
    const uint8_t *bytes;
    uint32_t length;
    uint32_t pc;         /* offset of the instruction being checked */
    uint16_t max_locals, max_stack;
    bool is_init;        /* an <init> with uninitializedThis */
    bool returns_void;
    VType return_type;   /* first slot of the return type */

    /* The current frame. */
    VType *locals;
    VType *stack;
    uint32_t sp;
    bool this_uninit;
    uint32_t locals_high;    /* locals at and above this are all top */
    uint32_t locals_version; /* bumped when a local or the flag changes */
    /* Locals stored since the map frame whose locals (pool index, count)
     * were last adopted: frames that share those locals (same_frame...)
     * are compared and adopted by looking at these alone. */
    uint32_t adopted, adopted_nlocals;
    uint32_t *dirty;
    uint32_t dirty_count;
    bool dirty_overflow;

    uint8_t *starts;         /* per offset: 1 at an instruction start */
    int32_t *frame_at;       /* per offset: MapFrame index or -1 */
    MapFrame *maps;
    uint32_t map_count, map_capacity;
    VType *pool;
    size_t pool_used, pool_capacity;
    uint32_t *handler_seen;  /* per handler: locals_version last checked + 1 */

    /* Type inference (JVMS 4.10.2) only: see that section. */
    bool inference;
    uint32_t *successors;    /* branch targets of the current instruction */
    uint32_t successor_count;
    struct Inference *inf;
} Verifier;

/* Bounds the expanded StackMapTable of one method (2^25 slots, 128 MiB):
 * a hostile table can repeat a frame of 65535 locals for every offset. */
#define POOL_LIMIT ((size_t)1 << 25)

static const char *type_name(Verifier *v, VType t, char *buffer, size_t size)
{
    switch (TAG(t)) {
    case T_TOP: return "top";
    case T_INT: return "integer";
    case T_FLOAT: return "float";
    case T_LONG: return "long";
    case T_LONG2: return "long_2nd";
    case T_DOUBLE: return "double";
    case T_DOUBLE2: return "double_2nd";
    case T_NULL: return "null";
    case T_UNINIT_THIS: return "uninitializedThis";
    case T_UNINIT:
        snprintf(buffer, size, "uninitialized %u", DATA(t));
        return buffer;
    case T_RETADDR:
        snprintf(buffer, size, "returnAddress %u", DATA(t));
        return buffer;
    default:
        snprintf(buffer, size, "'%s'", v->names.items[DATA(t)]);
        return buffer;
    }
}

/* ---- failures ---------------------------------------------------------- */

static void write_message(Verifier *v, uint32_t pc, const char *headline, const char *reason)
{
    char name[512];
    snprintf(name, sizeof name, "%s", v->cf->this_name);
    for (char *p = name; *p; p++)
        if (*p == '/')
            *p = '.';
    if (v->method && pc == UINT32_MAX) /* no offset: StackMapTable format errors */
        snprintf(v->message, v->message_size, "%s in method %s.%s%s", headline, name,
                 v->method->name, v->method->descriptor);
    else if (v->method)
        snprintf(v->message, v->message_size, "%s in method %s.%s%s at offset %u%s%s", headline,
                 name, v->method->name, v->method->descriptor, pc, reason ? ": " : "",
                 reason ? reason : "");
    else
        snprintf(v->message, v->message_size, "%s in class %s%s%s", headline, name,
                 reason ? ": " : "", reason ? reason : "");
}

static bool fail_at(Verifier *v, uint32_t pc, const char *headline, const char *reason_fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool fail(Verifier *v, const char *headline, const char *reason_fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool vfail(Verifier *v, uint32_t pc, VerifyStatus status, const char *headline,
                  const char *reason_fmt, va_list args)
{
    if (v->status != VERIFY_OK)
        return false; /* keep the first error */
    char reason[400];
    if (reason_fmt)
        vsnprintf(reason, sizeof reason, reason_fmt, args);
    write_message(v, pc, headline, reason_fmt ? reason : NULL);
    v->status = status;
    return false;
}

/* Records a VerifyError at [pc] with HotSpot's [headline] and an optional
 * reason. Always returns false. */
static bool fail_at(Verifier *v, uint32_t pc, const char *headline, const char *reason_fmt, ...)
{
    va_list args;
    va_start(args, reason_fmt);
    vfail(v, pc, VERIFY_FAILED, headline, reason_fmt, args);
    va_end(args);
    return false;
}

/* The same at the instruction being checked. */
static bool fail(Verifier *v, const char *headline, const char *reason_fmt, ...)
{
    va_list args;
    va_start(args, reason_fmt);
    vfail(v, v->pc, VERIFY_FAILED, headline, reason_fmt, args);
    va_end(args);
    return false;
}

/* A malformed StackMapTable: ClassFormatError, as in HotSpot. */
static bool format_error(Verifier *v, const char *what)
{
    char headline[128];
    snprintf(headline, sizeof headline, "StackMapTable format error: %s", what);
    if (v->status != VERIFY_OK)
        return false;
    write_message(v, UINT32_MAX, headline, NULL);
    v->status = VERIFY_FORMAT_ERROR;
    return false;
}

static bool out_of_memory(Verifier *v)
{
    if (v->status == VERIFY_OK) {
        snprintf(v->message, v->message_size, "out of memory");
        v->status = VERIFY_OUT_OF_MEMORY;
    }
    return false;
}

/* An env callback could not answer: its error stands. */
static bool env_error(Verifier *v)
{
    if (v->status == VERIFY_OK) {
        snprintf(v->message, v->message_size, "class loading failed during verification");
        v->status = VERIFY_ENV_ERROR;
    }
    return false;
}

/* ---- interning --------------------------------------------------------- */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static bool names_grow_slots(Names *t)
{
    uint32_t capacity = t->slot_capacity ? t->slot_capacity * 2 : 256;
    uint32_t *slots = calloc(capacity, sizeof *slots);
    if (!slots)
        return false;
    for (uint32_t i = 0; i < t->count; i++) {
        uint32_t h = hash_bytes(t->items[i], strlen(t->items[i])) & (capacity - 1);
        while (slots[h])
            h = (h + 1) & (capacity - 1);
        slots[h] = i + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->slot_capacity = capacity;
    return true;
}

/* The index of the name [s] (of [n] bytes, not necessarily terminated),
 * added if new; UINT32_MAX when out of memory. */
static uint32_t intern(Verifier *v, const char *s, size_t n)
{
    Names *t = &v->names;
    if ((t->count + 1) * 2 > t->slot_capacity && !names_grow_slots(t))
        return out_of_memory(v), UINT32_MAX;
    uint32_t h = hash_bytes(s, n) & (t->slot_capacity - 1);
    for (; t->slots[h]; h = (h + 1) & (t->slot_capacity - 1)) {
        const char *item = t->items[t->slots[h] - 1];
        if (strncmp(item, s, n) == 0 && item[n] == '\0')
            return t->slots[h] - 1;
    }
    if (t->count == t->capacity) {
        uint32_t capacity = t->capacity ? t->capacity * 2 : 64;
        char **items = realloc(t->items, capacity * sizeof *items);
        if (!items)
            return out_of_memory(v), UINT32_MAX;
        t->items = items;
        int8_t *kinds = realloc(t->interface_kind, capacity);
        if (!kinds)
            return out_of_memory(v), UINT32_MAX;
        t->interface_kind = kinds;
        t->capacity = capacity;
    }
    char *copy = malloc(n + 1);
    if (!copy)
        return out_of_memory(v), UINT32_MAX;
    memcpy(copy, s, n);
    copy[n] = '\0';
    t->items[t->count] = copy;
    t->interface_kind[t->count] = -1;
    t->slots[h] = t->count + 1;
    return t->count++;
}

static uint32_t intern_string(Verifier *v, const char *s) { return intern(v, s, strlen(s)); }

static void names_free(Names *t)
{
    for (uint32_t i = 0; i < t->count; i++)
        free(t->items[i]);
    free(t->items);
    free(t->interface_kind);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static const char *name_of(Verifier *v, VType t) { return v->names.items[DATA(t)]; }

static bool is_array_type(Verifier *v, VType t)
{
    return TAG(t) == T_REF && name_of(v, t)[0] == '[';
}

/* The reference type named by a Class constant ("java/lang/String" or an
 * array descriptor "[I"); T_TOP when out of memory. */
static VType class_type(Verifier *v, const char *name)
{
    uint32_t n = intern_string(v, name);
    return n == UINT32_MAX ? T_TOP : MAKE(T_REF, n);
}

/* The first slot of the type of field descriptor [d]; [*end] is set past
 * it. boolean, byte, char and short are int (JVMS 4.10.1.2). */
static VType descriptor_type(Verifier *v, const char *d, const char **end)
{
    const char *p = d;
    switch (*p) {
    case 'B': case 'C': case 'I': case 'S': case 'Z':
        *end = p + 1;
        return T_INT;
    case 'F': *end = p + 1; return T_FLOAT;
    case 'J': *end = p + 1; return T_LONG;
    case 'D': *end = p + 1; return T_DOUBLE;
    case 'L': {
        const char *semi = strchr(p, ';');
        *end = semi + 1;
        uint32_t n = intern(v, p + 1, (size_t)(semi - p - 1));
        return n == UINT32_MAX ? T_TOP : MAKE(T_REF, n);
    }
    case '[': {
        while (*p == '[')
            p++;
        p = *p == 'L' ? strchr(p, ';') + 1 : p + 1;
        *end = p;
        uint32_t n = intern(v, d, (size_t)(p - d));
        return n == UINT32_MAX ? T_TOP : MAKE(T_REF, n);
    }
    default:
        *end = p + 1;
        return T_TOP; /* 'V': callers handle void before */
    }
}

static bool is_two_word(VType t) { return TAG(t) == T_LONG || TAG(t) == T_DOUBLE; }
static VType second_half(VType t) { return TAG(t) == T_LONG ? T_LONG2 : T_DOUBLE2; }

static bool is_reference(VType t)
{
    uint32_t tag = TAG(t);
    return tag == T_NULL || tag == T_REF || tag == T_UNINIT || tag == T_UNINIT_THIS;
}

/* ---- assignability (JVMS 4.10.1.2) ------------------------------------- */

static int is_interface(Verifier *v, uint32_t name)
{
    int8_t *kind = &v->names.interface_kind[name];
    if (*kind < 0) {
        int answer = v->env->is_interface(v->env->context, v->names.items[name]);
        if (answer == VERIFY_ANSWER_ERROR)
            return env_error(v), VERIFY_ANSWER_ERROR;
        *kind = (int8_t)answer;
    }
    return *kind;
}

/* The component type of the array type [t] ("[I" gives int). */
static VType component_type(Verifier *v, VType t)
{
    const char *name = name_of(v, t), *end;
    return descriptor_type(v, name + 1, &end);
}

/* Is class or array type [from] assignable to [to] (isJavaAssignable)?
 * Loads classes through the environment; VERIFY_ANSWER_ERROR when that
 * fails. */
static int reference_assignable(Verifier *v, VType from, VType to)
{
    if (from == to || DATA(to) == v->n_object)
        return VERIFY_ANSWER_YES;
    const char *to_name = name_of(v, to);
    bool from_array = is_array_type(v, from);
    if (to_name[0] == '[') {
        if (!from_array)
            return VERIFY_ANSWER_NO;
        VType fc = component_type(v, from), tc = component_type(v, to);
        if (v->status != VERIFY_OK)
            return VERIFY_ANSWER_ERROR;
        if (TAG(fc) != T_REF || TAG(tc) != T_REF)
            return fc == tc;
        return reference_assignable(v, fc, tc);
    }
    int iface = is_interface(v, DATA(to));
    if (iface == VERIFY_ANSWER_ERROR)
        return iface;
    if (iface)
        return !from_array || DATA(to) == v->n_cloneable || DATA(to) == v->n_serializable;
    if (from_array)
        return VERIFY_ANSWER_NO;
    int answer = v->env->is_subclass(v->env->context, name_of(v, from), to_name);
    if (answer == VERIFY_ANSWER_ERROR)
        env_error(v);
    return answer;
}

/* isAssignable(from, to) over the whole lattice. */
static int assignable(Verifier *v, VType from, VType to)
{
    if (from == to || TAG(to) == T_TOP)
        return VERIFY_ANSWER_YES;
    if (TAG(to) != T_REF)
        return VERIFY_ANSWER_NO;
    if (TAG(from) == T_NULL)
        return VERIFY_ANSWER_YES;
    if (TAG(from) != T_REF)
        return VERIFY_ANSWER_NO;
    return reference_assignable(v, from, to);
}

/* ---- the current frame ------------------------------------------------- */

static void mark_modified(Verifier *v, uint32_t index);

static void set_local_raw(Verifier *v, uint32_t index, VType t)
{
    if (v->inference)
        mark_modified(v, index);
    if (v->locals[index] != t) {
        v->locals[index] = t;
        v->locals_version++;
        if (v->dirty_count < v->max_locals)
            v->dirty[v->dirty_count++] = index;
        else
            v->dirty_overflow = true;
    }
    if (index >= v->locals_high)
        v->locals_high = index + 1;
}

/* Stores [t] (and its second half) at [index], invalidating a category 2
 * value it overwrites half of (JVMS 4.10.1.7 modifyLocalVariable). */
static void set_local(Verifier *v, uint32_t index, VType t)
{
    if (index > 0 && is_two_word(v->locals[index - 1]))
        set_local_raw(v, index - 1, T_TOP);
    if (is_two_word(t)) {
        if (index + 2 < v->max_locals && (TAG(v->locals[index + 2]) == T_LONG2 ||
                                          TAG(v->locals[index + 2]) == T_DOUBLE2))
            set_local_raw(v, index + 2, T_TOP);
        set_local_raw(v, index, t);
        set_local_raw(v, index + 1, second_half(t));
    } else {
        if (index + 1 < v->max_locals && (TAG(v->locals[index + 1]) == T_LONG2 ||
                                          TAG(v->locals[index + 1]) == T_DOUBLE2))
            set_local_raw(v, index + 1, T_TOP);
        set_local_raw(v, index, t);
    }
}

static bool push(Verifier *v, VType t)
{
    if (v->sp >= v->max_stack && v->inference) /* the old verifier's words */
        return fail(v, "Stack size too large", NULL);
    if (v->sp >= v->max_stack)
        return fail(v, "Operand stack overflow", "Exceeded max stack size.");
    v->stack[v->sp++] = t;
    return true;
}

/* Pushes [t] and, for long and double, its second slot. */
static bool push_type(Verifier *v, VType t)
{
    if (!push(v, t))
        return false;
    return !is_two_word(t) || push(v, second_half(t));
}

static bool underflow(Verifier *v)
{
    if (v->inference)
        return fail(v, "Unable to pop operand off an empty stack", NULL);
    return fail(v, "Operand stack underflow", "Attempt to pop empty stack.");
}

static bool mismatch(Verifier *v, const char *headline, VType found, const char *where,
                     uint32_t index, const char *expected)
{
    char a[300];
    return fail(v, headline, "Type %s (current frame, %s[%u]) is not assignable to %s",
                type_name(v, found, a, sizeof a), where, index, expected);
}

static bool stack_mismatch(Verifier *v, VType found, VType expected)
{
    if (v->inference && TAG(expected) != T_REF) {
        char head[80], b[40];
        VType shown = expected == T_LONG2 ? T_LONG : expected == T_DOUBLE2 ? T_DOUBLE : expected;
        snprintf(head, sizeof head, "Expecting to find %s on stack",
                 type_name(v, shown, b, sizeof b));
        return fail(v, head, NULL);
    }
    char b[300];
    return mismatch(v, "Bad type on operand stack", found, "stack", v->sp - 1,
                    type_name(v, expected, b, sizeof b));
}

/* Pops a value assignable to [expected] (a one-slot type). */
static bool pop_expect(Verifier *v, VType expected, VType *out)
{
    if (v->sp == 0)
        return underflow(v);
    VType t = v->stack[v->sp - 1];
    int ok = assignable(v, t, expected);
    if (ok == VERIFY_ANSWER_ERROR)
        return false;
    if (!ok)
        return stack_mismatch(v, t, expected);
    v->sp--;
    if (out)
        *out = t;
    return true;
}

/* Pops a value of type [expected], two slots for long and double. */
static bool pop_type(Verifier *v, VType expected)
{
    if (!is_two_word(expected))
        return pop_expect(v, expected, NULL);
    return pop_expect(v, second_half(expected), NULL) && pop_expect(v, expected, NULL);
}

/* Pops any reference (uninitialized ones included). */
static bool pop_reference(Verifier *v, VType *out)
{
    if (v->sp == 0)
        return underflow(v);
    VType t = v->stack[v->sp - 1];
    if (!is_reference(t))
        return mismatch(v, "Bad type on operand stack", t, "stack", v->sp - 1, "reference type");
    v->sp--;
    if (out)
        *out = t;
    return true;
}

/* Pops a value of category 1. */
static bool pop_category1(Verifier *v, VType *out)
{
    if (v->sp == 0)
        return underflow(v);
    VType t = v->stack[v->sp - 1];
    uint32_t tag = TAG(t);
    if (tag == T_TOP || tag == T_LONG || tag == T_LONG2 || tag == T_DOUBLE || tag == T_DOUBLE2)
        return mismatch(v, "Bad type on operand stack", t, "stack", v->sp - 1,
                        "category1 type");
    *out = t;
    v->sp--;
    return true;
}

/* Pops two slots that hold either two category 1 values or one category 2
 * value (the forms of pop2, dup2...), into out[0] (deeper), out[1]. */
static bool pop_two_slots(Verifier *v, VType out[2])
{
    if (v->sp == 0)
        return underflow(v);
    VType top = v->stack[v->sp - 1];
    if (TAG(top) == T_LONG2 || TAG(top) == T_DOUBLE2) {
        if (v->sp < 2)
            return underflow(v);
        out[1] = top;
        out[0] = v->stack[v->sp - 2];
        v->sp -= 2;
        return true;
    }
    return pop_category1(v, &out[1]) && pop_category1(v, &out[0]);
}

/* ---- locals ------------------------------------------------------------ */

static bool check_local_index(Verifier *v, uint32_t index, uint32_t slots)
{
    if (index + slots > v->max_locals)
        return fail(v, "Local variable table overflow", "Local index %u is invalid", index);
    return true;
}

static bool local_mismatch(Verifier *v, uint32_t index, const char *expected)
{
    if (v->inference) {
        char head[80];
        snprintf(head, sizeof head,
                 TAG(v->locals[index]) == T_TOP ? "Accessing value from uninitialized register %u"
                                                : "Register %u contains wrong type",
                 index);
        return fail(v, head, NULL);
    }
    return mismatch(v, "Bad local variable type", v->locals[index], "locals", index, expected);
}

/* xload: pushes local [index], which must hold [type] (T_REF: any
 * reference, uninitialized ones included). */
static bool load_local(Verifier *v, uint32_t index, VType type)
{
    if (type == T_REF) {
        if (!check_local_index(v, index, 1))
            return false;
        VType t = v->locals[index];
        if (TAG(t) == T_RETADDR) { /* the old verifier's words */
            char head[80];
            snprintf(head, sizeof head, "Cannot load return address from register %u", index);
            return fail(v, head, NULL);
        }
        if (!is_reference(t))
            return local_mismatch(v, index, "reference");
        return push(v, t);
    }
    uint32_t slots = is_two_word(type) ? 2 : 1;
    if (!check_local_index(v, index, slots))
        return false;
    char b[32];
    if (v->locals[index] != type)
        return local_mismatch(v, index, type_name(v, type, b, sizeof b));
    if (slots == 2 && v->locals[index + 1] != second_half(type))
        return local_mismatch(v, index + 1, type_name(v, second_half(type), b, sizeof b));
    return push_type(v, type);
}

/* xstore: pops a [type] (T_REF: any reference) into local [index]. */
static bool store_local(Verifier *v, uint32_t index, VType type)
{
    uint32_t slots = is_two_word(type) ? 2 : 1;
    if (!check_local_index(v, index, slots))
        return false;
    VType t = type;
    if (type == T_REF && v->sp > 0 && TAG(v->stack[v->sp - 1]) == T_RETADDR) {
        t = v->stack[--v->sp]; /* astore of jsr's return address (4.10.2.5) */
    } else if (type == T_REF) {
        if (!pop_reference(v, &t))
            return false;
    } else if (!pop_type(v, type)) {
        return false;
    }
    set_local(v, index, t);
    return true;
}

/* ---- the StackMapTable (JVMS 4.7.4) ------------------------------------ */

/* Copies [n] slots to the frame pool; returns their index or SIZE_MAX. */
static size_t pool_store(Verifier *v, const VType *slots, size_t n)
{
    if (n == 0)
        return v->pool_used;
    if (v->pool_used + n > v->pool_capacity) {
        size_t capacity = v->pool_capacity ? v->pool_capacity : 1024;
        while (capacity < v->pool_used + n)
            capacity *= 2;
        if (capacity > POOL_LIMIT) {
            if (v->pool_used + n > POOL_LIMIT)
                return format_error(v, "too large"), SIZE_MAX;
            capacity = POOL_LIMIT;
        }
        VType *pool = realloc(v->pool, capacity * sizeof *pool);
        if (!pool)
            return out_of_memory(v), SIZE_MAX;
        v->pool = pool;
        v->pool_capacity = capacity;
    }
    size_t at = v->pool_used;
    memcpy(v->pool + at, slots, n * sizeof *slots);
    v->pool_used += n;
    return at;
}

/* Reads the StackMapTable as a byte stream that never reads past its end. */
typedef struct MapReader {
    const uint8_t *p, *end;
    bool overrun;
} MapReader;

static uint32_t read_u1(MapReader *r)
{
    if (r->p + 1 > r->end) {
        r->overrun = true;
        return 0;
    }
    return *r->p++;
}

static uint32_t read_u2(MapReader *r)
{
    if (r->p + 2 > r->end) {
        r->overrun = true;
        r->p = r->end;
        return 0;
    }
    uint32_t x = (uint32_t)r->p[0] << 8 | r->p[1];
    r->p += 2;
    return x;
}

/* Reads one verification_type_info into [out] (one or two slots, at most
 * [room]); returns the number of slots, or 0 on error. */
static uint32_t read_vtype(Verifier *v, MapReader *r, VType *out, uint32_t room)
{
    uint32_t tag = read_u1(r);
    if (r->overrun)
        return format_error(v, "access beyond the end of attribute"), 0;
    VType t;
    switch (tag) {
    case 0: t = T_TOP; break;
    case 1: t = T_INT; break;
    case 2: t = T_FLOAT; break;
    case 3: t = T_DOUBLE; break;
    case 4: t = T_LONG; break;
    case 5: t = T_NULL; break;
    case 6: t = T_UNINIT_THIS; break;
    case 7: {
        uint32_t index = read_u2(r);
        if (r->overrun)
            return format_error(v, "access beyond the end of attribute"), 0;
        if (index == 0 || index >= v->cf->cp_count || v->cf->cp[index].tag != CP_CLASS)
            return format_error(v, "bad class index"), 0;
        t = class_type(v, class_file_class_name(v->cf, (uint16_t)index));
        if (v->status != VERIFY_OK)
            return 0;
        break;
    }
    case 8: {
        uint32_t offset = read_u2(r);
        if (r->overrun)
            return format_error(v, "access beyond the end of attribute"), 0;
        if (offset >= v->length || !v->starts[offset] || v->bytes[offset] != OP_new)
            return format_error(v, "bad offset for Uninitialized"), 0;
        t = MAKE(T_UNINIT, offset);
        break;
    }
    default:
        return format_error(v, "bad verification type"), 0;
    }
    uint32_t slots = is_two_word(t) ? 2 : 1;
    if (slots > room)
        return format_error(v, "bad type array size"), 0;
    out[0] = t;
    if (slots == 2)
        out[1] = second_half(t);
    return slots;
}

/* Reads [count] items into [out], at most [room] slots; returns the slots
 * used or -1. */
static int64_t read_vtypes(Verifier *v, MapReader *r, uint32_t count, VType *out, uint32_t room)
{
    uint32_t used = 0;
    for (uint32_t i = 0; i < count; i++) {
        uint32_t n = read_vtype(v, r, out + used, room - used);
        if (n == 0)
            return -1;
        used += n;
    }
    return used;
}

static bool has_uninit_this(const VType *locals, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (TAG(locals[i]) == T_UNINIT_THIS)
            return true;
    return false;
}

/* Expands the StackMapTable of the current method into v->maps, with
 * [initial] ([initial_count] slots) as the implicit first frame. */
static bool parse_stack_map(Verifier *v, const VType *initial, uint32_t initial_count)
{
    v->map_count = 0;
    v->pool_used = 0;
    for (uint32_t i = 0; i < v->length; i++)
        v->frame_at[i] = -1;
    if (!v->code->stack_map)
        return true;
    MapReader r = {v->code->stack_map, v->code->stack_map + v->code->stack_map_length, false};
    uint32_t count = read_u2(&r);
    if (r.overrun)
        return format_error(v, "access beyond the end of attribute");
    /* Scratch frame: the previous frame's locals, then room for a stack. */
    uint32_t max_locals = v->max_locals, max_stack = v->max_stack;
    VType *locals = malloc(((size_t)max_locals + max_stack + 2) * sizeof *locals);
    if (!locals)
        return out_of_memory(v);
    VType *stack = locals + max_locals;
    memcpy(locals, initial, initial_count * sizeof *locals);
    uint32_t nlocals = initial_count;
    uint32_t offset = 0;
    bool ok = true;
    if (count > v->length)
        count = v->length + 1; /* more frames than offsets: fails below */
    if (v->map_capacity < count) {
        MapFrame *maps = realloc(v->maps, (count ? count : 1) * sizeof *maps);
        if (!maps) {
            free(locals);
            return out_of_memory(v);
        }
        v->maps = maps;
        v->map_capacity = count;
    }
    for (uint32_t i = 0; i < count && ok; i++) {
        uint32_t type = read_u1(&r), delta, nstack = 0;
        bool locals_changed = false;
        if (r.overrun) {
            ok = format_error(v, "access beyond the end of attribute");
            break;
        }
        if (type < 64) {
            delta = type;
        } else if (type < 128) {
            delta = type - 64;
            int64_t n = read_vtypes(v, &r, 1, stack, max_stack);
            if (n < 0) {
                ok = false;
                break;
            }
            nstack = (uint32_t)n;
        } else if (type < 247) {
            ok = format_error(v, "reserved frame type");
            break;
        } else {
            delta = read_u2(&r);
            if (r.overrun) {
                ok = format_error(v, "access beyond the end of attribute");
                break;
            }
            if (type == 247) {
                int64_t n = read_vtypes(v, &r, 1, stack, max_stack);
                if (n < 0) {
                    ok = false;
                    break;
                }
                nstack = (uint32_t)n;
            } else if (type < 251) { /* chop */
                for (uint32_t k = 251 - type; k > 0; k--) {
                    if (nlocals == 0) {
                        ok = format_error(v, "bad type array size");
                        break;
                    }
                    nlocals -= (nlocals >= 2 && (TAG(locals[nlocals - 1]) == T_LONG2 ||
                                                 TAG(locals[nlocals - 1]) == T_DOUBLE2)) ? 2 : 1;
                }
                locals_changed = true;
            } else if (type == 251) {
                /* same_frame_extended */
            } else if (type < 255) { /* append */
                int64_t n = read_vtypes(v, &r, type - 251, locals + nlocals, max_locals - nlocals);
                if (n < 0) {
                    ok = false;
                    break;
                }
                nlocals += (uint32_t)n;
                locals_changed = true;
            } else { /* full_frame */
                uint32_t items = read_u2(&r);
                if (r.overrun) {
                    ok = format_error(v, "access beyond the end of attribute");
                    break;
                }
                int64_t n = read_vtypes(v, &r, items, locals, max_locals);
                if (n < 0) {
                    ok = false;
                    break;
                }
                nlocals = (uint32_t)n;
                items = read_u2(&r);
                if (r.overrun) {
                    ok = format_error(v, "access beyond the end of attribute");
                    break;
                }
                n = read_vtypes(v, &r, items, stack, max_stack);
                if (n < 0) {
                    ok = false;
                    break;
                }
                nstack = (uint32_t)n;
                locals_changed = true;
            }
        }
        if (!ok)
            break;
        offset = i == 0 ? delta : offset + delta + 1;
        if (offset >= v->length || !v->starts[offset]) {
            ok = fail_at(v, offset < v->length ? offset : 0, "StackMapTable error: bad offset",
                         "Invalid stackmap specification.");
            break;
        }
        MapFrame *f = &v->maps[v->map_count];
        f->offset = offset;
        f->nlocals = (uint16_t)nlocals;
        f->nstack = (uint16_t)nstack;
        f->this_uninit = has_uninit_this(locals, nlocals);
        if (!locals_changed && v->map_count > 0) {
            f->locals = v->maps[v->map_count - 1].locals; /* shared */
        } else {
            size_t at = pool_store(v, locals, nlocals);
            if (at == SIZE_MAX) {
                ok = false;
                break;
            }
            f->locals = (uint32_t)at;
        }
        size_t at = pool_store(v, stack, nstack);
        if (at == SIZE_MAX) {
            ok = false;
            break;
        }
        f->stack = (uint32_t)at;
        v->frame_at[offset] = (int32_t)v->map_count++;
    }
    if (ok && v->map_count == 0 && count > 0 && v->length == 0)
        ok = format_error(v, "bad offset");
    if (ok && r.p != r.end)
        ok = format_error(v, "wrong attribute size");
    free(locals);
    return ok;
}

/* Is the current frame (with [stack]/[nstack] as its stack) assignable
 * to map frame [f] (frameIsAssignable, JVMS 4.10.1.4)? Fails with
 * [headline] ("... %u" of [target]) when not. */
static bool frame_assignable(Verifier *v, const VType *stack, uint32_t nstack,
                             const MapFrame *f, const char *headline, uint32_t target)
{
    char head[160], a[300], b[300];
    snprintf(head, sizeof head, headline, target);
    const VType *locals = v->pool + f->locals;
    if (f->locals == v->adopted && f->nlocals == v->adopted_nlocals && !v->dirty_overflow) {
        /* Only the locals stored since can differ from the frame's. */
        bool all = true;
        for (uint32_t k = 0; k < v->dirty_count && all; k++) {
            uint32_t i = v->dirty[k];
            if (i < f->nlocals) {
                int ok = assignable(v, v->locals[i], locals[i]);
                if (ok == VERIFY_ANSWER_ERROR)
                    return false;
                all = ok;
            }
        }
        if (all)
            goto stack;
        /* A mismatch: the full scan below finds the first, for the message. */
    }
    for (uint32_t i = 0; i < f->nlocals; i++) {
        int ok = assignable(v, v->locals[i], locals[i]);
        if (ok == VERIFY_ANSWER_ERROR)
            return false;
        if (!ok)
            return fail(v, head,
                        "Type %s (current frame, locals[%u]) is not assignable to %s (stack map, locals[%u])",
                        type_name(v, v->locals[i], a, sizeof a), i,
                        type_name(v, locals[i], b, sizeof b), i);
    }
stack:
    if (nstack != f->nstack)
        return fail(v, head, "Current frame's stack size doesn't match stackmap.");
    const VType *map_stack = v->pool + f->stack;
    for (uint32_t i = 0; i < nstack; i++) {
        int ok = assignable(v, stack[i], map_stack[i]);
        if (ok == VERIFY_ANSWER_ERROR)
            return false;
        if (!ok)
            return fail(v, head,
                        "Type %s (current frame, stack[%u]) is not assignable to %s (stack map, stack[%u])",
                        type_name(v, stack[i], a, sizeof a), i,
                        type_name(v, map_stack[i], b, sizeof b), i);
    }
    if (v->this_uninit && !f->this_uninit)
        return fail(v, head, "Current frame's flags are not assignable to stack map frame's.");
    return true;
}

/* A branch from the current instruction to [target] with the current
 * frame. */
static bool check_branch(Verifier *v, int64_t target)
{
    if (v->inference) {
        if (target < 0 || target >= v->length || !v->starts[target])
            return fail(v, "Illegal target of jump or branch", NULL);
        v->successors[v->successor_count++] = (uint32_t)target;
        return true;
    }
    if (target < 0 || target >= v->length || v->frame_at[target] < 0) {
        char head[80];
        snprintf(head, sizeof head, "Expecting a stackmap frame at branch target %lld",
                 (long long)target);
        return fail(v, head, "Expected stackmap frame at this location.");
    }
    return frame_assignable(v, v->stack, v->sp, &v->maps[v->frame_at[target]],
                            "Inconsistent stackmap frames at branch target %u", (uint32_t)target);
}

static void adopt_all_locals(Verifier *v, const MapFrame *f);

/* Makes map frame [f] the current frame. */
static void adopt_frame(Verifier *v, const MapFrame *f)
{
    if (f->locals == v->adopted && f->nlocals == v->adopted_nlocals && !v->dirty_overflow) {
        const VType *locals = v->pool + f->locals;
        for (uint32_t k = 0; k < v->dirty_count; k++) {
            uint32_t i = v->dirty[k];
            v->locals[i] = i < f->nlocals ? locals[i] : T_TOP;
        }
    } else {
        adopt_all_locals(v, f);
    }
    v->locals_high = f->nlocals;
    v->adopted = f->locals;
    v->adopted_nlocals = f->nlocals;
    v->dirty_count = 0;
    v->dirty_overflow = false;
    if (f->nstack)
        memcpy(v->stack, v->pool + f->stack, f->nstack * sizeof *v->stack);
    v->sp = f->nstack;
    v->this_uninit = f->this_uninit;
    v->locals_version++;
}

static void adopt_all_locals(Verifier *v, const MapFrame *f)
{
    if (f->nlocals)
        memcpy(v->locals, v->pool + f->locals, f->nlocals * sizeof *v->locals);
    for (uint32_t i = f->nlocals; i < v->locals_high; i++)
        v->locals[i] = T_TOP;
}

/* Every handler covering the current instruction must accept its locals
 * with the stack [catch type] (JVMS 4.10.1.6). A handler is checked again
 * only when the locals changed since its last check. */
static bool check_handlers(Verifier *v)
{
    const CodeAttribute *code = v->code;
    for (uint16_t i = 0; i < code->handler_count; i++) {
        const ExceptionHandler *h = &code->handlers[i];
        if (v->pc < h->start_pc || v->pc >= h->end_pc)
            continue;
        if (v->handler_seen[i] == v->locals_version + 1)
            continue;
        v->handler_seen[i] = v->locals_version + 1;
        int32_t at = v->frame_at[h->handler_pc];
        if (at < 0) {
            char head[80];
            snprintf(head, sizeof head, "Expecting a stackmap frame at branch target %u",
                     h->handler_pc);
            return fail(v, head, "Expected stackmap frame at this location.");
        }
        VType catch_type = h->catch_type
                               ? class_type(v, class_file_class_name(v->cf, h->catch_type))
                               : MAKE(T_REF, v->n_throwable);
        if (v->status != VERIFY_OK)
            return false;
        if (!frame_assignable(v, &catch_type, 1, &v->maps[at],
                              "Stack map does not match the one at exception handler %u",
                              h->handler_pc))
            return false;
    }
    return true;
}

/* ---- instructions ------------------------------------------------------ */

static uint32_t u2at(const uint8_t *p) { return (uint32_t)p[0] << 8 | p[1]; }
static int32_t s4at(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

/* Length of the instruction at [pc], or 0 when it is not a valid
 * instruction that fits in the code. */
static uint32_t instruction_length(Verifier *v, uint32_t pc)
{
    const uint8_t *code = v->bytes;
    uint8_t op = code[pc];
    if (op > OP_jsr_w)
        return 0;
    const OpcodeInfo *info = &opcode_info[op];
    uint64_t len;
    if (info->format == OPFMT_TABLESWITCH || info->format == OPFMT_LOOKUPSWITCH) {
        uint64_t base = (pc + 4) & ~3u;
        uint64_t header = info->format == OPFMT_TABLESWITCH ? 12 : 8;
        if (base + header > v->length)
            return 0;
        if (info->format == OPFMT_TABLESWITCH) {
            int64_t low = s4at(code + base + 4), high = s4at(code + base + 8);
            if (low > high)
                return 0;
            len = base + 12 + (uint64_t)(high - low + 1) * 4 - pc;
        } else {
            int32_t pairs = s4at(code + base + 4);
            if (pairs < 0)
                return 0;
            len = base + 8 + (uint64_t)pairs * 8 - pc;
        }
    } else if (info->format == OPFMT_WIDE) {
        if (pc + 1 >= v->length)
            return 0;
        uint8_t next = code[pc + 1];
        if (next == OP_iinc)
            len = 6;
        else if (next <= OP_jsr_w && (opcode_info[next].flags & OPF_WIDE_OK) &&
                 opcode_info[next].format == OPFMT_LOCAL)
            len = 4;
        else
            return 0;
    } else {
        len = (uint64_t)opcode_fixed_length(info->format);
    }
    if (len == 0 || pc + len > v->length)
        return 0;
    return (uint32_t)len;
}

/* Marks the instruction starts; "Bad instruction" for an unknown opcode or
 * an instruction that does not fit. */
static bool find_instructions(Verifier *v)
{
    memset(v->starts, 0, v->length);
    for (uint32_t pc = 0; pc < v->length;) {
        v->starts[pc] = 1;
        uint32_t len = instruction_length(v, pc);
        if (len == 0 && v->inference) {
            char head[64];
            snprintf(head, sizeof head, "Illegal instruction found at offset %u", pc);
            return fail_at(v, pc, head, NULL);
        }
        if (len == 0)
            return fail_at(v, pc, "Bad instruction", NULL);
        pc += len;
    }
    return true;
}

static bool bad_cp_entry(Verifier *v, uint32_t index)
{
    char head[96];
    snprintf(head, sizeof head, "Illegal type at constant pool entry %u", index);
    return fail(v, head, NULL);
}

/* Checks that pool entry [index] has one of the tags in the mask. */
static bool check_cp(Verifier *v, uint32_t index, uint32_t tags)
{
    if (index == 0 || index >= v->cf->cp_count) {
        char head[96];
        snprintf(head, sizeof head, "Illegal constant pool index %u", index);
        return fail(v, head, NULL);
    }
    if (!((1u << v->cf->cp[index].tag) & tags))
        return bad_cp_entry(v, index);
    return true;
}

#define TAGBIT(x) (1u << (x))

/* The protected check of JVMS 4.10.1.8 for an access to member [name]
 * [descriptor] of class [cls] through [objectref], by [insn]. */
static bool protected_check(Verifier *v, VType cls, const char *name, const char *descriptor,
                            bool is_method, VType objectref, const char *insn)
{
    if (DATA(cls) == v->n_this || is_array_type(v, cls) || TAG(objectref) == T_NULL ||
        objectref == MAKE(T_REF, v->n_this))
        return true;
    if (is_method && strcmp(name, "clone") == 0 && is_array_type(v, objectref))
        return true; /* arrays' clone is public in effect (HotSpot) */
    int need = v->env->needs_protected_check(v->env->context, v->cf->this_name, name_of(v, cls),
                                             name, descriptor, is_method);
    if (need == VERIFY_ANSWER_ERROR)
        return env_error(v);
    if (!need)
        return true;
    int ok = assignable(v, objectref, MAKE(T_REF, v->n_this));
    if (ok == VERIFY_ANSWER_ERROR)
        return false;
    if (!ok) {
        char head[80], a[300];
        snprintf(head, sizeof head, "Bad access to protected data in %s", insn);
        return fail(v, head, "Type %s (current frame, stack[%u]) is not assignable to '%s'",
                    type_name(v, objectref, a, sizeof a), v->sp, v->cf->this_name);
    }
    return true;
}

/* Does the class file declare field [name] [descriptor] itself? */
static bool declares_field(const ClassFile *cf, const char *name, const char *descriptor)
{
    for (uint16_t i = 0; i < cf->field_count; i++)
        if (strcmp(cf->fields[i].name, name) == 0 &&
            strcmp(cf->fields[i].descriptor, descriptor) == 0)
            return true;
    return false;
}

static bool verify_field_access(Verifier *v, uint8_t op, const uint8_t *p)
{
    uint32_t index = u2at(p + 1);
    if (!check_cp(v, index, TAGBIT(CP_FIELDREF)))
        return false;
    const char *name, *descriptor, *end;
    class_file_member_ref(v->cf, (uint16_t)index, &name, &descriptor);
    const char *class_name = class_file_class_name(v->cf, v->cf->cp[index].u.ref.class_index);
    VType type = descriptor_type(v, descriptor, &end);
    VType cls = class_type(v, class_name);
    if (v->status != VERIFY_OK)
        return false;
    VType objectref;
    switch (op) {
    case OP_getstatic:
        return push_type(v, type);
    case OP_putstatic:
        return pop_type(v, type);
    case OP_getfield:
        if (!pop_expect(v, cls, &objectref) ||
            !protected_check(v, cls, name, descriptor, false, objectref, "getfield"))
            return false;
        return push_type(v, type);
    default: /* putfield */
        if (!pop_type(v, type))
            return false;
        /* Within <init>, fields of this class may be set before super(). */
        if (v->sp > 0 && TAG(v->stack[v->sp - 1]) == T_UNINIT_THIS && DATA(cls) == v->n_this &&
            declares_field(v->cf, name, descriptor)) {
            v->sp--;
            return true;
        }
        if (v->sp == 0)
            return underflow(v);
        objectref = v->stack[v->sp - 1];
        int ok = assignable(v, objectref, cls);
        if (ok == VERIFY_ANSWER_ERROR)
            return false;
        if (!ok) { /* HotSpot names the instruction for the receiver */
            char b[300];
            return mismatch(v, "Bad type on operand stack in putfield", objectref, "stack",
                            v->sp - 1, type_name(v, cls, b, sizeof b));
        }
        v->sp--;
        return protected_check(v, cls, name, descriptor, false, objectref, "putfield");
    }
}

/* Replaces every [from] in the current frame by [to] (an object has been
 * initialized, JVMS 4.10.1.9 invokespecial). */
static void replace_type(Verifier *v, VType from, VType to)
{
    for (uint32_t i = 0; i < v->locals_high; i++)
        if (v->locals[i] == from)
            v->locals[i] = to;
    for (uint32_t i = 0; i < v->sp; i++)
        if (v->stack[i] == from)
            v->stack[i] = to;
    v->locals_version++;
    v->dirty_overflow = true; /* locals changed without set_local() */
}

/* Is [name] a direct superinterface of the class being verified? */
static bool is_direct_interface(const ClassFile *cf, const char *name)
{
    for (uint16_t i = 0; i < cf->interface_count; i++)
        if (strcmp(cf->interfaces[i], name) == 0)
            return true;
    return false;
}

/* The pool entry kinds invocation instruction [op] may name. */
static uint32_t invoke_tags(const Verifier *v, uint8_t op)
{
    switch (op) {
    case OP_invokevirtual: return TAGBIT(CP_METHODREF);
    case OP_invokeinterface: return TAGBIT(CP_INTERFACE_METHODREF);
    case OP_invokedynamic: return TAGBIT(CP_INVOKE_DYNAMIC);
    default: /* invokespecial, invokestatic: interface methods from 52 */
        return TAGBIT(CP_METHODREF) |
               (v->cf->major_version >= 52 ? TAGBIT(CP_INTERFACE_METHODREF) : 0);
    }
}

static bool verify_invoke(Verifier *v, uint8_t op, const uint8_t *p)
{
    const ClassFile *cf = v->cf;
    uint32_t index = u2at(p + 1);
    if (!check_cp(v, index, invoke_tags(v, op)))
        return false;
    const char *name, *descriptor;
    class_file_member_ref(cf, (uint16_t)index, &name, &descriptor);
    if (op == OP_invokedynamic) {
        if (p[3] != 0 || p[4] != 0)
            return fail(v, "Third and fourth operand bytes of invokedynamic must be zero", NULL);
    }
    if (name[0] == '<' && (op != OP_invokespecial || strcmp(name, "<init>") != 0))
        return fail(v, "Illegal call to internal method", NULL);

    /* Arguments, popped last first. */
    VType args[256];
    uint32_t count = 0, slots = 0;
    const char *d = descriptor + 1;
    while (*d != ')') {
        if (count == 256)
            return fail(v, "Too many arguments in method signature", NULL);
        VType t = descriptor_type(v, d, &d);
        args[count++] = t;
        slots += is_two_word(t) ? 2 : 1;
    }
    if (v->status != VERIFY_OK)
        return false;
    if (op == OP_invokeinterface) {
        if (p[3] != slots + 1)
            return fail(v, "Inconsistent args count operand in invokeinterface", NULL);
        if (p[4] != 0)
            return fail(v, "Fourth operand byte of invokeinterface must be zero", NULL);
    }
    for (uint32_t i = count; i-- > 0;)
        if (!pop_type(v, args[i]))
            return false;

    if (op != OP_invokestatic && op != OP_invokedynamic) {
        const char *class_name = class_file_class_name(cf, cf->cp[index].u.ref.class_index);
        VType cls = class_type(v, class_name);
        if (v->status != VERIFY_OK)
            return false;
        VType objectref;
        if (op == OP_invokespecial && strcmp(name, "<init>") == 0) {
            if (!pop_reference(v, &objectref))
                return false;
            VType initialized;
            if (TAG(objectref) == T_UNINIT_THIS) {
                /* this() or super(): the class itself or its direct
                 * superclass (JVMS 4.10.1.9 invokespecial). */
                if (DATA(cls) != v->n_this &&
                    (!cf->super_name || strcmp(class_name, cf->super_name) != 0))
                    return fail(v, "Bad <init> method call", "Type '%s' is not assignable to '%s'",
                                class_name, cf->this_name);
                initialized = MAKE(T_REF, v->n_this);
                v->this_uninit = false; /* replace_type() bumps the version */
            } else if (TAG(objectref) == T_UNINIT) {
                uint32_t new_pc = DATA(objectref);
                uint32_t new_index = u2at(v->bytes + new_pc + 1);
                const char *new_name = class_file_class_name(cf, (uint16_t)new_index);
                if (strcmp(new_name, class_name) != 0)
                    return fail(v, "Call to wrong <init> method", "Expected '%s', found '%s'",
                                new_name, class_name);
                /* A protected constructor of a superclass in another
                 * package may only create instances of this class. */
                int need = v->env->needs_protected_check(v->env->context, cf->this_name,
                                                         class_name, name, descriptor, true);
                if (need == VERIFY_ANSWER_ERROR)
                    return env_error(v);
                if (need) {
                    int ok = assignable(v, cls, MAKE(T_REF, v->n_this));
                    if (ok == VERIFY_ANSWER_ERROR)
                        return false;
                    if (!ok)
                        return fail(v, "Bad access to protected <init> method", NULL);
                }
                initialized = cls;
            } else {
                char a[300];
                return fail(v, "Bad operand type when invoking <init>", "Type %s is not uninitialized",
                            type_name(v, objectref, a, sizeof a));
            }
            replace_type(v, objectref, initialized);
        } else if (op == OP_invokespecial) {
            if (cf->cp[index].tag == CP_INTERFACE_METHODREF) {
                if (DATA(cls) != v->n_this && !is_direct_interface(cf, class_name))
                    return fail(v, "Bad invokespecial instruction: interface method reference is in an indirect superinterface.", NULL);
            } else if (DATA(cls) != v->n_this) {
                int ok = reference_assignable(v, MAKE(T_REF, v->n_this), cls);
                if (ok == VERIFY_ANSWER_ERROR)
                    return false;
                if (!ok)
                    return fail(v, "Bad invokespecial instruction: current class isn't assignable to reference class.", NULL);
            }
            if (!pop_expect(v, MAKE(T_REF, v->n_this), &objectref))
                return false;
        } else {
            if (!pop_expect(v, cls, &objectref))
                return false;
            if (op == OP_invokevirtual &&
                !protected_check(v, cls, name, descriptor, true, objectref, "invokevirtual"))
                return false;
        }
    }
    const char *ret = strchr(descriptor, ')') + 1;
    if (*ret == 'V')
        return true;
    VType t = descriptor_type(v, ret, &d);
    return v->status == VERIFY_OK && push_type(v, t);
}

/* Pops an array reference whose element type is one of [kinds] (array
 * descriptors such as "[I", or "[L" for any array of references); null
 * passes. Stores the array type in [*out]. */
static bool pop_array(Verifier *v, const char *insn, const char *kind1, const char *kind2,
                      VType *out)
{
    if (v->sp == 0)
        return underflow(v);
    VType t = v->stack[v->sp - 1];
    bool ok = TAG(t) == T_NULL;
    if (TAG(t) == T_REF) {
        const char *name = name_of(v, t);
        if (strcmp(kind1, "[L") == 0)
            ok = name[0] == '[' && (name[1] == 'L' || name[1] == '[');
        else
            ok = strcmp(name, kind1) == 0 || (kind2 && strcmp(name, kind2) == 0);
    }
    if (!ok) {
        char head[80], expected[40];
        snprintf(head, sizeof head, "Bad type on operand stack in %s", insn);
        snprintf(expected, sizeof expected, "'%s'",
                 strcmp(kind1, "[L") == 0 ? "[Ljava/lang/Object;" : kind1);
        return mismatch(v, head, t, "stack", v->sp - 1, expected);
    }
    v->sp--;
    *out = t;
    return true;
}

/* xaload: index and array popped, element pushed. */
static bool array_load(Verifier *v, const char *insn, const char *kind1, const char *kind2,
                       VType element)
{
    VType array;
    if (!pop_expect(v, T_INT, NULL) || !pop_array(v, insn, kind1, kind2, &array))
        return false;
    if (element == T_REF) /* aaload */
        element = TAG(array) == T_NULL ? T_NULL : component_type(v, array);
    return v->status == VERIFY_OK && push_type(v, element);
}

/* xastore: value, index and array popped. */
static bool array_store(Verifier *v, const char *insn, const char *kind1, const char *kind2,
                        VType element)
{
    VType array;
    if (element == T_REF) {
        if (!pop_expect(v, MAKE(T_REF, v->n_object), NULL))
            return false;
    } else if (!pop_type(v, element)) {
        return false;
    }
    return pop_expect(v, T_INT, NULL) && pop_array(v, insn, kind1, kind2, &array);
}

/* Pops [count] values of [operand] and pushes a [result] (arithmetic,
 * conversions, comparisons). */
static bool unary_binary(Verifier *v, int count, VType operand, VType result)
{
    for (int i = 0; i < count; i++)
        if (!pop_type(v, operand))
            return false;
    return push_type(v, result);
}

/* Checks a tableswitch or lookupswitch at [pc] and its targets. */
static bool verify_switch(Verifier *v, uint8_t op, uint32_t pc)
{
    const uint8_t *code = v->bytes;
    uint32_t base = (pc + 4) & ~3u;
    for (uint32_t i = pc + 1; i < base && v->cf->major_version < 51; i++)
        if (code[i] != 0) /* from 51 the padding may be anything */
            return fail(v, "Nonzero padding byte in lookupswitch or tableswitch", NULL);
    if (op == OP_lookupswitch) {
        int32_t pairs = s4at(code + base + 4);
        for (int32_t i = 1; i < pairs; i++) {
            const uint8_t *pair = code + base + 8 + 8 * (uint32_t)i;
            if (s4at(pair) <= s4at(pair - 8))
                return fail(v, "Bad lookupswitch instruction", NULL);
        }
    }
    if (!pop_expect(v, T_INT, NULL))
        return false;
    int64_t default_target = (int64_t)pc + s4at(code + base);
    if (!check_branch(v, default_target))
        return false;
    int64_t last = default_target;
    if (op == OP_tableswitch) {
        int64_t n = (int64_t)s4at(code + base + 8) - s4at(code + base + 4) + 1;
        for (int64_t i = 0; i < n; i++) {
            int64_t target = (int64_t)pc + s4at(code + base + 12 + 4 * i);
            if (target != last && !check_branch(v, target))
                return false;
            last = target;
        }
    } else {
        int32_t pairs = s4at(code + base + 4);
        for (int32_t i = 0; i < pairs; i++) {
            const uint8_t *pair = code + base + 8 + 8 * (uint32_t)i;
            int64_t target = (int64_t)pc + s4at(pair + 4);
            if (target != last && !check_branch(v, target))
                return false;
            last = target;
        }
    }
    return true;
}

/* The pool entry kinds ldc, ldc_w ([op]) or ldc2_w may load in this
 * class file's version. */
static uint32_t ldc_tags(const Verifier *v, uint8_t op)
{
    uint16_t major = v->cf->major_version;
    uint32_t tags;
    if (op == OP_ldc2_w) {
        tags = TAGBIT(CP_LONG) | TAGBIT(CP_DOUBLE);
    } else {
        tags = TAGBIT(CP_INTEGER) | TAGBIT(CP_FLOAT) | TAGBIT(CP_STRING);
        if (major >= 49)
            tags |= TAGBIT(CP_CLASS);
        if (major >= 51)
            tags |= TAGBIT(CP_METHOD_TYPE) | TAGBIT(CP_METHOD_HANDLE);
    }
    if (major >= 55)
        tags |= TAGBIT(CP_DYNAMIC);
    return tags;
}

/* The type pushed by ldc of pool entry [index]. */
static bool verify_ldc(Verifier *v, uint8_t op, uint32_t index)
{
    const ClassFile *cf = v->cf;
    if (!check_cp(v, index, ldc_tags(v, op)))
        return false;
    VType t;
    switch (cf->cp[index].tag) {
    case CP_INTEGER: t = T_INT; break;
    case CP_FLOAT: t = T_FLOAT; break;
    case CP_LONG: t = T_LONG; break;
    case CP_DOUBLE: t = T_DOUBLE; break;
    case CP_STRING: t = MAKE(T_REF, v->n_string); break;
    case CP_CLASS: t = MAKE(T_REF, v->n_class); break;
    case CP_METHOD_TYPE: t = MAKE(T_REF, v->n_method_type); break;
    case CP_METHOD_HANDLE: t = MAKE(T_REF, v->n_method_handle); break;
    default: { /* Dynamic: its descriptor's type, of the right size */
        const char *name, *descriptor, *end;
        class_file_member_ref(cf, (uint16_t)index, &name, &descriptor);
        t = descriptor_type(v, descriptor, &end);
        if (v->status != VERIFY_OK)
            return false;
        if (is_two_word(t) != (op == OP_ldc2_w))
            return bad_cp_entry(v, index);
        break;
    }
    }
    return push_type(v, t);
}

static bool verify_jsr(Verifier *v, int64_t target);
static bool verify_ret(Verifier *v, uint32_t index);

/* The type rule of the instruction at v->pc (JVMS 4.10.1.9). Sets
 * [*falls_through] to false after an unconditional transfer. */
static bool verify_instruction(Verifier *v, bool *falls_through)
{
    uint32_t pc = v->pc;
    const uint8_t *p = v->bytes + pc;
    uint8_t op = p[0];
    VType a[2], b[2], t;
    *falls_through = !(opcode_info[op].flags & OPF_END);
    switch (op) {
    case OP_nop:
        return true;
    case OP_aconst_null:
        return push(v, T_NULL);
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2:
    case OP_iconst_3: case OP_iconst_4: case OP_iconst_5: case OP_bipush: case OP_sipush:
        return push(v, T_INT);
    case OP_lconst_0: case OP_lconst_1:
        return push_type(v, T_LONG);
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2:
        return push(v, T_FLOAT);
    case OP_dconst_0: case OP_dconst_1:
        return push_type(v, T_DOUBLE);
    case OP_ldc:
        return verify_ldc(v, op, p[1]);
    case OP_ldc_w: case OP_ldc2_w:
        return verify_ldc(v, op, u2at(p + 1));

    case OP_iload: return load_local(v, p[1], T_INT);
    case OP_lload: return load_local(v, p[1], T_LONG);
    case OP_fload: return load_local(v, p[1], T_FLOAT);
    case OP_dload: return load_local(v, p[1], T_DOUBLE);
    case OP_aload: return load_local(v, p[1], T_REF);
    case OP_iload_0: case OP_iload_1: case OP_iload_2: case OP_iload_3:
        return load_local(v, op - OP_iload_0, T_INT);
    case OP_lload_0: case OP_lload_1: case OP_lload_2: case OP_lload_3:
        return load_local(v, op - OP_lload_0, T_LONG);
    case OP_fload_0: case OP_fload_1: case OP_fload_2: case OP_fload_3:
        return load_local(v, op - OP_fload_0, T_FLOAT);
    case OP_dload_0: case OP_dload_1: case OP_dload_2: case OP_dload_3:
        return load_local(v, op - OP_dload_0, T_DOUBLE);
    case OP_aload_0: case OP_aload_1: case OP_aload_2: case OP_aload_3:
        return load_local(v, op - OP_aload_0, T_REF);

    case OP_iaload: return array_load(v, "iaload", "[I", NULL, T_INT);
    case OP_laload: return array_load(v, "laload", "[J", NULL, T_LONG);
    case OP_faload: return array_load(v, "faload", "[F", NULL, T_FLOAT);
    case OP_daload: return array_load(v, "daload", "[D", NULL, T_DOUBLE);
    case OP_aaload: return array_load(v, "aaload", "[L", NULL, T_REF);
    case OP_baload: return array_load(v, "baload", "[B", "[Z", T_INT);
    case OP_caload: return array_load(v, "caload", "[C", NULL, T_INT);
    case OP_saload: return array_load(v, "saload", "[S", NULL, T_INT);

    case OP_istore: return store_local(v, p[1], T_INT);
    case OP_lstore: return store_local(v, p[1], T_LONG);
    case OP_fstore: return store_local(v, p[1], T_FLOAT);
    case OP_dstore: return store_local(v, p[1], T_DOUBLE);
    case OP_astore: return store_local(v, p[1], T_REF);
    case OP_istore_0: case OP_istore_1: case OP_istore_2: case OP_istore_3:
        return store_local(v, op - OP_istore_0, T_INT);
    case OP_lstore_0: case OP_lstore_1: case OP_lstore_2: case OP_lstore_3:
        return store_local(v, op - OP_lstore_0, T_LONG);
    case OP_fstore_0: case OP_fstore_1: case OP_fstore_2: case OP_fstore_3:
        return store_local(v, op - OP_fstore_0, T_FLOAT);
    case OP_dstore_0: case OP_dstore_1: case OP_dstore_2: case OP_dstore_3:
        return store_local(v, op - OP_dstore_0, T_DOUBLE);
    case OP_astore_0: case OP_astore_1: case OP_astore_2: case OP_astore_3:
        return store_local(v, op - OP_astore_0, T_REF);

    case OP_iastore: return array_store(v, "iastore", "[I", NULL, T_INT);
    case OP_lastore: return array_store(v, "lastore", "[J", NULL, T_LONG);
    case OP_fastore: return array_store(v, "fastore", "[F", NULL, T_FLOAT);
    case OP_dastore: return array_store(v, "dastore", "[D", NULL, T_DOUBLE);
    case OP_aastore: return array_store(v, "aastore", "[L", NULL, T_REF);
    case OP_bastore: return array_store(v, "bastore", "[B", "[Z", T_INT);
    case OP_castore: return array_store(v, "castore", "[C", NULL, T_INT);
    case OP_sastore: return array_store(v, "sastore", "[S", NULL, T_INT);

    /* Stack manipulation: values move as whole category 1 or 2 items
     * (JVMS 4.10.1.9 pop2, dup_x2, dup2...). */
    case OP_pop:
        return pop_category1(v, &a[0]);
    case OP_pop2:
        return pop_two_slots(v, a);
    case OP_dup:
        return pop_category1(v, &a[0]) && push(v, a[0]) && push(v, a[0]);
    case OP_dup_x1:
        return pop_category1(v, &a[0]) && pop_category1(v, &b[0]) && push(v, a[0]) &&
               push(v, b[0]) && push(v, a[0]);
    case OP_dup_x2:
        return pop_category1(v, &a[0]) && pop_two_slots(v, b) && push(v, a[0]) &&
               push(v, b[0]) && push(v, b[1]) && push(v, a[0]);
    case OP_dup2:
        return pop_two_slots(v, a) && push(v, a[0]) && push(v, a[1]) && push(v, a[0]) &&
               push(v, a[1]);
    case OP_dup2_x1:
        return pop_two_slots(v, a) && pop_category1(v, &b[0]) && push(v, a[0]) &&
               push(v, a[1]) && push(v, b[0]) && push(v, a[0]) && push(v, a[1]);
    case OP_dup2_x2:
        return pop_two_slots(v, a) && pop_two_slots(v, b) && push(v, a[0]) && push(v, a[1]) &&
               push(v, b[0]) && push(v, b[1]) && push(v, a[0]) && push(v, a[1]);
    case OP_swap:
        return pop_category1(v, &a[0]) && pop_category1(v, &b[0]) && push(v, a[0]) &&
               push(v, b[0]);

    case OP_iadd: case OP_isub: case OP_imul: case OP_idiv: case OP_irem:
    case OP_ishl: case OP_ishr: case OP_iushr: case OP_iand: case OP_ior: case OP_ixor:
        return unary_binary(v, 2, T_INT, T_INT);
    case OP_ladd: case OP_lsub: case OP_lmul: case OP_ldiv: case OP_lrem:
    case OP_land: case OP_lor: case OP_lxor:
        return unary_binary(v, 2, T_LONG, T_LONG);
    case OP_fadd: case OP_fsub: case OP_fmul: case OP_fdiv: case OP_frem:
        return unary_binary(v, 2, T_FLOAT, T_FLOAT);
    case OP_dadd: case OP_dsub: case OP_dmul: case OP_ddiv: case OP_drem:
        return unary_binary(v, 2, T_DOUBLE, T_DOUBLE);
    case OP_lshl: case OP_lshr: case OP_lushr:
        return pop_type(v, T_INT) && unary_binary(v, 1, T_LONG, T_LONG);
    case OP_ineg: return unary_binary(v, 1, T_INT, T_INT);
    case OP_lneg: return unary_binary(v, 1, T_LONG, T_LONG);
    case OP_fneg: return unary_binary(v, 1, T_FLOAT, T_FLOAT);
    case OP_dneg: return unary_binary(v, 1, T_DOUBLE, T_DOUBLE);
    case OP_iinc: {
        uint32_t index = p[1];
        if (!check_local_index(v, index, 1))
            return false;
        if (v->locals[index] != T_INT)
            return local_mismatch(v, index, "integer");
        return true;
    }
    case OP_i2l: return unary_binary(v, 1, T_INT, T_LONG);
    case OP_i2f: return unary_binary(v, 1, T_INT, T_FLOAT);
    case OP_i2d: return unary_binary(v, 1, T_INT, T_DOUBLE);
    case OP_l2i: return unary_binary(v, 1, T_LONG, T_INT);
    case OP_l2f: return unary_binary(v, 1, T_LONG, T_FLOAT);
    case OP_l2d: return unary_binary(v, 1, T_LONG, T_DOUBLE);
    case OP_f2i: return unary_binary(v, 1, T_FLOAT, T_INT);
    case OP_f2l: return unary_binary(v, 1, T_FLOAT, T_LONG);
    case OP_f2d: return unary_binary(v, 1, T_FLOAT, T_DOUBLE);
    case OP_d2i: return unary_binary(v, 1, T_DOUBLE, T_INT);
    case OP_d2l: return unary_binary(v, 1, T_DOUBLE, T_LONG);
    case OP_d2f: return unary_binary(v, 1, T_DOUBLE, T_FLOAT);
    case OP_i2b: case OP_i2c: case OP_i2s: return unary_binary(v, 1, T_INT, T_INT);
    case OP_lcmp: return unary_binary(v, 2, T_LONG, T_INT);
    case OP_fcmpl: case OP_fcmpg: return unary_binary(v, 2, T_FLOAT, T_INT);
    case OP_dcmpl: case OP_dcmpg: return unary_binary(v, 2, T_DOUBLE, T_INT);

    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle:
        return pop_type(v, T_INT) && check_branch(v, (int64_t)pc + (int16_t)u2at(p + 1));
    case OP_if_icmpeq: case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge:
    case OP_if_icmpgt: case OP_if_icmple:
        return pop_type(v, T_INT) && pop_type(v, T_INT) &&
               check_branch(v, (int64_t)pc + (int16_t)u2at(p + 1));
    case OP_if_acmpeq: case OP_if_acmpne:
        return pop_reference(v, NULL) && pop_reference(v, NULL) &&
               check_branch(v, (int64_t)pc + (int16_t)u2at(p + 1));
    case OP_ifnull: case OP_ifnonnull:
        return pop_reference(v, NULL) && check_branch(v, (int64_t)pc + (int16_t)u2at(p + 1));
    case OP_goto:
        return check_branch(v, (int64_t)pc + (int16_t)u2at(p + 1));
    case OP_goto_w:
        return check_branch(v, (int64_t)pc + s4at(p + 1));
    case OP_tableswitch: case OP_lookupswitch:
        return verify_switch(v, op, pc);

    case OP_ireturn: case OP_lreturn: case OP_freturn: case OP_dreturn: case OP_areturn: {
        VType expected = op == OP_ireturn ? T_INT : op == OP_lreturn ? T_LONG
                       : op == OP_freturn ? T_FLOAT : op == OP_dreturn ? T_DOUBLE : T_REF;
        if (v->returns_void) {
            if (v->sp == 0)
                return underflow(v);
            return mismatch(v, "Method does not expect a return value", v->stack[v->sp - 1],
                            "stack", v->sp - 1, "top (from method signature)");
        }
        bool kind_ok = expected == T_REF ? TAG(v->return_type) == T_REF
                                         : v->return_type == expected;
        if (!kind_ok || (expected != T_REF && !pop_type(v, expected)) ||
            (expected == T_REF && v->sp == 0)) {
            if (v->status != VERIFY_OK)
                return false;
            if (v->sp == 0)
                return underflow(v);
            char x[300];
            return mismatch(v, "Bad return type", v->stack[v->sp - 1], "stack", v->sp - 1,
                            type_name(v, v->return_type, x, sizeof x));
        }
        if (expected == T_REF) {
            t = v->stack[v->sp - 1];
            if (!is_reference(t)) /* HotSpot pops a reference first */
                return mismatch(v, "Bad type on operand stack", t, "stack", v->sp - 1,
                                "reference type");
            int ok = assignable(v, t, v->return_type);
            if (ok == VERIFY_ANSWER_ERROR)
                return false;
            if (!ok) {
                char x[300];
                return mismatch(v, "Bad return type", t, "stack", v->sp - 1,
                                type_name(v, v->return_type, x, sizeof x));
            }
            v->sp--;
        }
        return true;
    }
    case OP_return:
        if (!v->returns_void)
            return fail(v, "Method expects a return value", NULL);
        if (v->this_uninit)
            return fail(v, "Constructor must call super() or this() before return", NULL);
        return true;

    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield:
        return verify_field_access(v, op, p);
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic:
    case OP_invokeinterface: case OP_invokedynamic:
        return verify_invoke(v, op, p);

    case OP_new: {
        uint32_t index = u2at(p + 1);
        if (!check_cp(v, index, TAGBIT(CP_CLASS)))
            return false;
        if (class_file_class_name(v->cf, (uint16_t)index)[0] == '[')
            return fail(v, "Illegal new instruction", NULL);
        return push(v, MAKE(T_UNINIT, pc));
    }
    case OP_newarray: {
        static const char *const names[12] = {
            NULL, NULL, NULL, NULL, "[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};
        if (p[1] < 4 || p[1] > 11)
            return fail(v, "Illegal newarray instruction", NULL);
        t = class_type(v, names[p[1]]);
        return v->status == VERIFY_OK && pop_type(v, T_INT) && push(v, t);
    }
    case OP_anewarray: {
        uint32_t index = u2at(p + 1);
        if (!check_cp(v, index, TAGBIT(CP_CLASS)))
            return false;
        const char *name = class_file_class_name(v->cf, (uint16_t)index);
        size_t dims = strspn(name, "[");
        if (dims >= 255)
            return fail(v, "Illegal anewarray instruction, array has more than 255 dimensions",
                        NULL);
        size_t n = strlen(name);
        char *array = malloc(n + 4);
        if (!array)
            return out_of_memory(v);
        if (name[0] == '[')
            snprintf(array, n + 4, "[%s", name);
        else
            snprintf(array, n + 4, "[L%s;", name);
        t = class_type(v, array);
        free(array);
        return v->status == VERIFY_OK && pop_type(v, T_INT) && push(v, t);
    }
    case OP_arraylength: {
        if (v->sp == 0)
            return underflow(v);
        t = v->stack[v->sp - 1];
        if (TAG(t) != T_NULL && !is_array_type(v, t))
            return mismatch(v, "Bad type on operand stack in arraylength", t, "stack", v->sp - 1,
                            "array type");
        v->sp--;
        return push(v, T_INT);
    }
    case OP_athrow:
        return pop_expect(v, MAKE(T_REF, v->n_throwable), NULL);
    case OP_checkcast: case OP_instanceof: {
        uint32_t index = u2at(p + 1);
        if (!check_cp(v, index, TAGBIT(CP_CLASS)))
            return false;
        t = class_type(v, class_file_class_name(v->cf, (uint16_t)index));
        if (v->status != VERIFY_OK || !pop_expect(v, MAKE(T_REF, v->n_object), NULL))
            return false;
        return push(v, op == OP_checkcast ? t : T_INT);
    }
    case OP_monitorenter: case OP_monitorexit:
        return pop_reference(v, NULL);
    case OP_wide: {
        uint8_t inner = p[1];
        uint32_t index = u2at(p + 2);
        switch (inner) {
        case OP_iload: return load_local(v, index, T_INT);
        case OP_lload: return load_local(v, index, T_LONG);
        case OP_fload: return load_local(v, index, T_FLOAT);
        case OP_dload: return load_local(v, index, T_DOUBLE);
        case OP_aload: return load_local(v, index, T_REF);
        case OP_istore: return store_local(v, index, T_INT);
        case OP_lstore: return store_local(v, index, T_LONG);
        case OP_fstore: return store_local(v, index, T_FLOAT);
        case OP_dstore: return store_local(v, index, T_DOUBLE);
        case OP_astore: return store_local(v, index, T_REF);
        case OP_iinc:
            if (!check_local_index(v, index, 1))
                return false;
            if (v->locals[index] != T_INT)
                return local_mismatch(v, index, "integer");
            return true;
        default: { /* ret */
            if (v->inference) {
                *falls_through = false;
                return verify_ret(v, index);
            }
            char head[40];
            snprintf(head, sizeof head, "Bad instruction: %02x", inner);
            return fail(v, head, NULL);
        }
        }
    }
    case OP_multianewarray: {
        uint32_t index = u2at(p + 1), dims = p[3];
        if (!check_cp(v, index, TAGBIT(CP_CLASS)))
            return false;
        const char *name = class_file_class_name(v->cf, (uint16_t)index);
        if (dims < 1)
            return fail(v, "Illegal dimension in multianewarray instruction: 0", NULL);
        if (strspn(name, "[") < dims) /* HotSpot's words */
            return fail(v, "Illegal constant pool index in multianewarray instruction", NULL);
        t = class_type(v, name);
        if (v->status != VERIFY_OK)
            return false;
        for (uint32_t i = 0; i < dims; i++)
            if (!pop_type(v, T_INT))
                return false;
        return push(v, t);
    }
    default: { /* jsr, jsr_w, ret: no type-checking rule (JVMS 4.10.1.9) */
        if (v->inference) {
            if (op == OP_ret) {
                *falls_through = false;
                return verify_ret(v, p[1]);
            }
            int64_t target = (int64_t)pc + (op == OP_jsr ? (int16_t)u2at(p + 1) : s4at(p + 1));
            *falls_through = false; /* the return comes through ret */
            return verify_jsr(v, target);
        }
        char head[40];
        snprintf(head, sizeof head, "Bad instruction: %02x", op);
        return fail(v, head, NULL);
    }
    }
}

/* ---- type inference (JVMS 4.10.2) ------------------------------------- */

/*
 * For class files older than version 50 (and version 50 ones that fail
 * type checking, as HotSpot fails over), the frames are inferred by data
 * flow instead of read from a StackMapTable. The code is cut into basic
 * blocks at every branch target, handler, jsr and return point ("leaders");
 * each leader keeps the merge of every frame that reaches it, and a block
 * is run again whenever its leader's frame changes, until nothing changes
 * (JVMS 4.10.2.2). Merging two reference types gives their first common
 * superclass (an interface or an array merged with a class gives Object);
 * any other two different types give top in a local and an error on the
 * stack.
 *
 * Subroutines (jsr/ret, JVMS 4.10.2.5): jsr pushes returnAddress(L) for its
 * target L. Each frame carries the subroutines it is inside, with the set of
 * locals each has modified. A ret of returnAddress(L) merges its frame
 * into L's return frame; every jsr to L then continues after itself with
 * the locals L modified taken from that frame and the others from its own.
 */

#define MAX_SUBROUTINES 16         /* nesting depth of jsr */
#define INFERENCE_SLOT_LIMIT ((size_t)1 << 24)
#define INFERENCE_STEP_LIMIT 20000000u

typedef struct InState {
    bool visited, queued, this_uninit;
    uint8_t sub_count;
    uint16_t sp;
    uint32_t offset;
    uint32_t nlocals; /* locals kept; the others are top (fixed once visited) */
    uint32_t entries[MAX_SUBROUTINES]; /* subroutine entry offsets */
    VType *slots;   /* nlocals locals, then sp stack slots */
    uint8_t *masks; /* MAX_SUBROUTINES rows of max_locals: 1 = modified */
} InState;

typedef struct Inference {
    int32_t *state_of;   /* per offset: leader state index, or -1 */
    InState *states;
    uint32_t state_count;
    size_t slots_used; /* by all states, against INFERENCE_SLOT_LIMIT */
    uint32_t *queue;
    uint32_t queue_count;
    int32_t *ret_of;     /* per offset: return state of the subroutine there */
    InState *rets;
    uint32_t ret_count;
    uint32_t *jsr_sites; /* offsets of every jsr and jsr_w */
    uint32_t jsr_count;
    /* The subroutines the current frame is inside. */
    uint8_t sub_count;
    uint32_t entries[MAX_SUBROUTINES];
    uint8_t *masks;
    uint32_t steps;
} Inference;

static void mark_modified(Verifier *v, uint32_t index)
{
    Inference *inf = v->inf;
    for (uint32_t k = 0; k < inf->sub_count; k++)
        inf->masks[k * v->max_locals + index] = 1;
}

/* The target of the branch at [pc] (goto, if*, jsr...), or -1. */
static int64_t branch_target(const Verifier *v, uint32_t pc)
{
    const uint8_t *p = v->bytes + pc;
    switch (p[0]) {
    case OP_goto_w: case OP_jsr_w:
        return (int64_t)pc + s4at(p + 1);
    default:
        if ((opcode_info[p[0]].flags & OPF_BRANCH) && opcode_info[p[0]].format == OPFMT_BRANCH2)
            return (int64_t)pc + (int16_t)u2at(p + 1);
        return -1;
    }
}

/* A legal branch target of the static pass: an instruction start. */
static bool legal_target(const Verifier *v, int64_t target)
{
    return target >= 0 && target < v->length && v->starts[target];
}

/* Switch [op] at [pc]: zero padding before version 51, sorted keys, and
 * every target an instruction (the old verifier's words). */
static bool check_switch_operands(Verifier *v, uint8_t op, uint32_t pc)
{
    const uint8_t *code = v->bytes;
    uint32_t base = (pc + 4) & ~3u;
    for (uint32_t i = pc + 1; i < base && v->cf->major_version < 51; i++)
        if (code[i] != 0)
            return fail(v, "Non zero padding bytes in switch", NULL);
    if (!legal_target(v, (int64_t)pc + s4at(code + base)))
        return fail(v, "Illegal default target in switch", NULL);
    int64_t n;
    uint32_t first, stride;
    if (op == OP_tableswitch) {
        n = (int64_t)s4at(code + base + 8) - s4at(code + base + 4) + 1;
        first = base + 12;
        stride = 4;
    } else {
        n = s4at(code + base + 4);
        first = base + 12;
        stride = 8;
        for (int64_t i = 1; i < n; i++)
            if (s4at(code + first - 4 + stride * i) <= s4at(code + first - 4 + stride * (i - 1)))
                return fail(v, "Unsorted lookup switch", NULL);
    }
    for (int64_t i = 0; i < n; i++)
        if (!legal_target(v, (int64_t)pc + s4at(code + first + stride * i)))
            return fail(v, "Illegal branch in switch", NULL);
    return true;
}

/* Invocation [op] at [p]: the pool entry's kind and name, and the extra
 * operand bytes. */
static bool check_invoke_operands(Verifier *v, uint8_t op, const uint8_t *p)
{
    uint32_t index = u2at(p + 1);
    if (!check_cp(v, index, invoke_tags(v, op)))
        return false;
    const char *name, *descriptor;
    class_file_member_ref(v->cf, (uint16_t)index, &name, &descriptor);
    if (strcmp(name, "<init>") == 0 && op != OP_invokespecial)
        return fail(v, "Must call initializers using invokespecial", NULL);
    if (name[0] == '<' && strcmp(name, "<init>") != 0)
        return fail(v, "Illegal call to internal method", NULL);
    if (op == OP_invokeinterface) {
        if (p[3] != descriptor_arg_slots(descriptor) + 1)
            return fail(v, "Inconsistent args_size for invokeinterface", NULL);
        if (p[4] != 0)
            return fail(v, "Fourth operand byte of invokeinterface must be zero", NULL);
    } else if (op == OP_invokedynamic && (p[3] != 0 || p[4] != 0)) {
        return fail(v, "Third and fourth operand bytes of invokedynamic must be zero", NULL);
    }
    return true;
}

/* Class operand of new, anewarray, checkcast, instanceof or
 * multianewarray [op] at [p]. */
static bool check_class_operands(Verifier *v, uint8_t op, const uint8_t *p)
{
    uint32_t index = u2at(p + 1);
    if (!check_cp(v, index, TAGBIT(CP_CLASS)))
        return false;
    size_t dims = strspn(class_file_class_name(v->cf, (uint16_t)index), "[");
    if (op == OP_new && dims > 0)
        return fail(v, "Illegal creation of multi-dimensional array", NULL);
    if (op == OP_anewarray && dims >= 255)
        return fail(v, "Array with too many dimensions", NULL);
    if (op == OP_multianewarray && (p[3] == 0 || p[3] > dims))
        return fail(v, "Illegal dimension argument", NULL);
    return true;
}

/* The static constraints on the operands of the instruction at [pc]
 * (JVMS 4.9.1): branch targets, constant pool entries, local variable
 * numbers, array types. The type checker meets them instruction by
 * instruction, since it checks every instruction; the old verifier
 * checks them for every instruction before its data flow, which visits
 * only the reachable ones, so that dead code too is well formed, as the
 * decoder (interp/prepare.c) needs. */
static bool check_operands(Verifier *v, uint32_t pc)
{
    const uint8_t *p = v->bytes + pc;
    uint8_t op = p[0];
    uint32_t local, slots = 1;
    v->pc = pc;
    switch (op) {
    case OP_ldc:
        return check_cp(v, p[1], ldc_tags(v, op));
    case OP_ldc_w: case OP_ldc2_w:
        return check_cp(v, u2at(p + 1), ldc_tags(v, op));
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield:
        return check_cp(v, u2at(p + 1), TAGBIT(CP_FIELDREF));
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic:
    case OP_invokeinterface: case OP_invokedynamic:
        return check_invoke_operands(v, op, p);
    case OP_new: case OP_anewarray: case OP_checkcast: case OP_instanceof:
    case OP_multianewarray:
        return check_class_operands(v, op, p);
    case OP_newarray:
        if (p[1] < 4 || p[1] > 11)
            return fail(v, "Bad type passed to newarray", NULL);
        return true;
    case OP_tableswitch: case OP_lookupswitch:
        return check_switch_operands(v, op, pc);
    case OP_iload: case OP_fload: case OP_aload: case OP_istore: case OP_fstore:
    case OP_astore: case OP_iinc: case OP_ret:
        local = p[1];
        break;
    case OP_lload: case OP_dload: case OP_lstore: case OP_dstore:
        local = p[1];
        slots = 2;
        break;
    case OP_wide:
        local = u2at(p + 2);
        if (opcode_info[p[1]].flags & OPF_LONG_LOCAL)
            slots = 2;
        break;
    default:
        if ((op >= OP_iload_0 && op <= OP_aload_3) || (op >= OP_istore_0 && op <= OP_astore_3)) {
            /* Five families of four (i, l, f, d, a), the local in the opcode. */
            uint32_t n = op - (op <= OP_aload_3 ? OP_iload_0 : OP_istore_0);
            local = n % 4;
            slots = n / 4 == 1 || n / 4 == 3 ? 2 : 1;
        } else {
            if (!(opcode_info[op].flags & OPF_BRANCH))
                return true;
            if (!legal_target(v, branch_target(v, pc)))
                return fail(v, "Illegal target of jump or branch", NULL);
            return true;
        }
        break;
    }
    if (local + slots > v->max_locals)
        return fail(v, "Illegal local variable number", "Local index %u is invalid", local);
    return true;
}

/* The static constraints on every instruction, reachable or not. */
static bool check_all_operands(Verifier *v)
{
    for (uint32_t pc = 0; pc < v->length; pc += instruction_length(v, pc))
        if (!check_operands(v, pc))
            return false;
    return true;
}

static void mark_leader(Verifier *v, int64_t offset)
{
    if (offset >= 0 && offset < v->length && v->starts[offset])
        v->inf->state_of[offset] = 1; /* numbered below */
}

/* Finds the leaders and gives each a state. */
static bool find_leaders(Verifier *v)
{
    Inference *inf = v->inf;
    for (uint32_t i = 0; i < v->length; i++)
        inf->state_of[i] = -1;
    mark_leader(v, 0);
    for (uint16_t i = 0; i < v->code->handler_count; i++)
        mark_leader(v, v->code->handlers[i].handler_pc);
    for (uint32_t pc = 0; pc < v->length; pc += instruction_length(v, pc)) {
        uint8_t op = v->bytes[pc];
        uint32_t next = pc + instruction_length(v, pc);
        if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t base = (pc + 4) & ~3u;
            mark_leader(v, (int64_t)pc + s4at(v->bytes + base));
            if (op == OP_tableswitch) {
                int64_t n = (int64_t)s4at(v->bytes + base + 8) - s4at(v->bytes + base + 4) + 1;
                for (int64_t i = 0; i < n; i++)
                    mark_leader(v, (int64_t)pc + s4at(v->bytes + base + 12 + 4 * i));
            } else {
                int32_t pairs = s4at(v->bytes + base + 4);
                for (int32_t i = 0; i < pairs; i++)
                    mark_leader(v, (int64_t)pc + s4at(v->bytes + base + 12 + 8 * (uint32_t)i));
            }
        } else {
            mark_leader(v, branch_target(v, pc));
        }
        if (op == OP_jsr || op == OP_jsr_w) {
            mark_leader(v, pc);   /* its own frame is needed at the ret */
            mark_leader(v, next); /* where the ret comes back */
            inf->jsr_count++;
        }
    }
    uint32_t count = 0;
    for (uint32_t i = 0; i < v->length; i++)
        if (inf->state_of[i] >= 0)
            inf->state_of[i] = (int32_t)count++;
    inf->state_count = count;
    inf->states = calloc(count ? count : 1, sizeof *inf->states);
    inf->rets = calloc(inf->jsr_count ? inf->jsr_count : 1, sizeof *inf->rets);
    inf->queue = malloc((count ? count : 1) * sizeof *inf->queue);
    inf->jsr_sites = malloc((inf->jsr_count ? inf->jsr_count : 1) * sizeof *inf->jsr_sites);
    if (!inf->states || !inf->rets || !inf->queue || !inf->jsr_sites)
        return out_of_memory(v);
    for (uint32_t pc = 0, n = 0; pc < v->length; pc += instruction_length(v, pc)) {
        if (inf->state_of[pc] >= 0)
            inf->states[inf->state_of[pc]].offset = pc;
        if (v->bytes[pc] == OP_jsr || v->bytes[pc] == OP_jsr_w)
            inf->jsr_sites[n++] = pc;
    }
    return true;
}

/* The first common superclass of two different reference types. */
static int merge_references(Verifier *v, VType a, VType b, VType *out)
{
    VType object = MAKE(T_REF, v->n_object);
    if (DATA(a) == v->n_object || DATA(b) == v->n_object) {
        *out = object;
        return VERIFY_ANSWER_YES;
    }
    bool array_a = is_array_type(v, a), array_b = is_array_type(v, b);
    if (array_a || array_b) {
        *out = object;
        if (!array_a || !array_b)
            return VERIFY_ANSWER_YES;
        VType ca = component_type(v, a), cb = component_type(v, b);
        if (v->status != VERIFY_OK)
            return VERIFY_ANSWER_ERROR;
        if (TAG(ca) != T_REF || TAG(cb) != T_REF)
            return VERIFY_ANSWER_YES;
        VType merged;
        int answer = ca == cb ? (merged = ca, VERIFY_ANSWER_YES)
                              : merge_references(v, ca, cb, &merged);
        if (answer != VERIFY_ANSWER_YES)
            return answer;
        const char *name = name_of(v, merged);
        size_t n = strlen(name);
        char *array = malloc(n + 4);
        if (!array)
            return out_of_memory(v), VERIFY_ANSWER_ERROR;
        snprintf(array, n + 4, name[0] == '[' ? "[%s" : "[L%s;", name);
        *out = class_type(v, array);
        free(array);
        return v->status == VERIFY_OK ? VERIFY_ANSWER_YES : VERIFY_ANSWER_ERROR;
    }
    int ia = is_interface(v, DATA(a));
    if (ia == VERIFY_ANSWER_ERROR)
        return ia;
    int ib = ia ? VERIFY_ANSWER_NO : is_interface(v, DATA(b));
    if (ib == VERIFY_ANSWER_ERROR)
        return ib;
    *out = object;
    if (ia || ib)
        return VERIFY_ANSWER_YES;
    /* Walk b's superclasses; the first that is a superclass of a wins. */
    const char *candidate = name_of(v, b);
    for (int depth = 0; candidate && depth < 4096; depth++) {
        int sub = v->env->is_subclass(v->env->context, name_of(v, a), candidate);
        if (sub == VERIFY_ANSWER_ERROR)
            return env_error(v), sub;
        if (sub) {
            *out = class_type(v, candidate);
            return v->status == VERIFY_OK ? VERIFY_ANSWER_YES : VERIFY_ANSWER_ERROR;
        }
        const char *super;
        if (v->env->superclass(v->env->context, candidate, &super) == VERIFY_ANSWER_ERROR)
            return env_error(v), VERIFY_ANSWER_ERROR;
        candidate = super;
    }
    return VERIFY_ANSWER_YES;
}

/* Merges [b] into [*a]: the same type, the common superclass of two
 * references, or top (nothing else in common). Sets [*changed]. */
static bool merge_type(Verifier *v, VType *a, VType b, bool *changed)
{
    if (*a == b)
        return true;
    VType merged = T_TOP;
    bool ref_a = TAG(*a) == T_REF || TAG(*a) == T_NULL;
    bool ref_b = TAG(b) == T_REF || TAG(b) == T_NULL;
    if (ref_a && ref_b) {
        if (TAG(*a) == T_NULL)
            merged = b;
        else if (TAG(b) == T_NULL)
            merged = *a;
        else if (merge_references(v, *a, b, &merged) == VERIFY_ANSWER_ERROR)
            return false;
    }
    if (merged != *a) {
        *a = merged;
        *changed = true;
    }
    return true;
}

/* Merges the current frame, with [stack]/[sp] as its stack and the
 * current subroutines, into state [s]; queues it when it changed. A state
 * in rets is never queued ([queue] false). */
static bool merge_state(Verifier *v, InState *s, const VType *stack, uint32_t sp, bool queue)
{
    Inference *inf = v->inf;
    uint32_t nl = v->max_locals;
    bool changed = false;
    if (sp > v->max_stack) /* a handler's exception with max_stack 0 */
        return fail(v, "Stack size too large", NULL);
    if (!s->visited) {
        /* Keep the locals up to the last that is not top, and the stack. */
        uint32_t used = v->locals_high < nl ? v->locals_high : nl;
        while (used > 0 && TAG(v->locals[used - 1]) == T_TOP)
            used--;
        size_t masks = inf->sub_count ? (size_t)MAX_SUBROUTINES * nl / sizeof(VType) + 1 : 0;
        inf->slots_used += used + sp + masks;
        if (inf->slots_used > INFERENCE_SLOT_LIMIT)
            return fail(v, "Method too complex to verify", NULL);
        s->slots = malloc(((size_t)used + sp + 1) * sizeof *s->slots);
        if (!s->slots)
            return out_of_memory(v);
        memcpy(s->slots, v->locals, used * sizeof *v->locals);
        memcpy(s->slots + used, stack, sp * sizeof *stack);
        s->nlocals = used;
        s->sp = (uint16_t)sp;
        s->this_uninit = v->this_uninit;
        s->sub_count = inf->sub_count;
        memcpy(s->entries, inf->entries, sizeof s->entries);
        if (inf->sub_count) {
            s->masks = malloc((size_t)MAX_SUBROUTINES * nl);
            if (!s->masks)
                return out_of_memory(v);
            memcpy(s->masks, inf->masks, (size_t)inf->sub_count * nl);
        }
        s->visited = true;
        changed = true;
    } else {
        if (s->sp != sp) {
            char head[80];
            snprintf(head, sizeof head, "Inconsistent stack height %u != %u", sp, s->sp);
            return fail(v, head, NULL);
        }
        /* Locals past s->nlocals are top already: merging keeps them. */
        for (uint32_t i = 0; i < s->nlocals; i++)
            if (!merge_type(v, &s->slots[i], v->locals[i], &changed))
                return false;
        VType *state_stack = s->slots + s->nlocals;
        for (uint32_t i = 0; i < sp; i++) {
            VType before = state_stack[i];
            if (!merge_type(v, &state_stack[i], stack[i], &changed))
                return false;
            if (TAG(state_stack[i]) == T_TOP && TAG(before) != T_TOP) {
                char a[300], b[300];
                return fail(v, "Mismatched stack types", "Type %s (current frame, stack[%u]) and %s",
                            type_name(v, stack[i], a, sizeof a), i,
                            type_name(v, before, b, sizeof b));
            }
        }
        if (v->this_uninit && !s->this_uninit) {
            s->this_uninit = true;
            changed = true;
        }
        /* Subroutines: keep those both frames are inside, masks joined. */
        uint8_t kept = 0;
        for (uint32_t k = 0; k < s->sub_count; k++) {
            int32_t found = -1;
            for (uint32_t j = 0; j < inf->sub_count; j++)
                if (inf->entries[j] == s->entries[k])
                    found = (int32_t)j;
            if (found < 0) {
                changed = true;
                continue;
            }
            s->entries[kept] = s->entries[k];
            if (kept != k)
                memmove(s->masks + (size_t)kept * nl, s->masks + (size_t)k * nl, nl);
            for (uint32_t i = 0; i < nl; i++) {
                if (inf->masks[(size_t)found * nl + i] && !s->masks[(size_t)kept * nl + i]) {
                    s->masks[(size_t)kept * nl + i] = 1;
                    changed = true;
                }
            }
            kept++;
        }
        s->sub_count = kept;
    }
    if (changed && queue && !s->queued) {
        s->queued = true;
        inf->queue[inf->queue_count++] = (uint32_t)(s - inf->states);
    }
    return true;
}

/* Merges the current frame into the leader at [target]. */
static bool merge_into(Verifier *v, uint32_t target, const VType *stack, uint32_t sp)
{
    int32_t index = v->inf->state_of[target];
    return merge_state(v, &v->inf->states[index], stack, sp, true);
}

/* Continues after the jsr being processed, whose frame is the current
 * one, with the return frame [r] of its subroutine [entry]. */
static bool return_from(Verifier *v, const InState *r, uint32_t entry)
{
    Inference *inf = v->inf;
    uint32_t nl = v->max_locals;
    int32_t row = -1;
    for (uint32_t k = 0; k < r->sub_count; k++)
        if (r->entries[k] == entry)
            row = (int32_t)k;
    if (row < 0)
        return true; /* not a return from this subroutine */
    VType *saved = malloc(((size_t)nl + 1) * sizeof *saved);
    if (!saved)
        return out_of_memory(v);
    memcpy(saved, v->locals, nl * sizeof *saved);
    bool saved_flag = v->this_uninit;
    for (uint32_t i = 0; i < nl; i++) {
        if (r->masks[(size_t)row * nl + i]) {
            v->locals[i] = i < r->nlocals ? r->slots[i] : T_TOP;
            if (i >= v->locals_high)
                v->locals_high = i + 1;
        }
    }
    v->this_uninit = r->this_uninit;
    /* The caller's subroutines also saw what the callee modified. */
    for (uint32_t k = 0; k < inf->sub_count; k++)
        for (uint32_t j = 0; j < r->sub_count; j++)
            if (r->entries[j] == inf->entries[k])
                for (uint32_t i = 0; i < nl; i++)
                    if (r->masks[(size_t)j * nl + i])
                        inf->masks[(size_t)k * nl + i] = 1;
    uint32_t after = v->pc + instruction_length(v, v->pc);
    bool ok = after < v->length ? merge_into(v, after, r->slots + r->nlocals, r->sp)
                                : fail(v, "Falling off the end of the code", NULL);
    memcpy(v->locals, saved, nl * sizeof *saved);
    v->this_uninit = saved_flag;
    free(saved);
    return ok;
}

static bool verify_jsr(Verifier *v, int64_t target)
{
    Inference *inf = v->inf;
    if (target < 0 || target >= v->length || !v->starts[target])
        return fail(v, "Illegal target of jump or branch", NULL);
    for (uint32_t k = 0; k < inf->sub_count; k++)
        if (inf->entries[k] == target)
            return fail(v, "Recursive call to jsr entry", NULL);
    if (inf->sub_count == MAX_SUBROUTINES)
        return fail(v, "Too many nested subroutines", NULL);
    if (!push(v, MAKE(T_RETADDR, (uint32_t)target)))
        return false;
    uint32_t k = inf->sub_count++;
    inf->entries[k] = (uint32_t)target;
    memset(inf->masks + (size_t)k * v->max_locals, 0, v->max_locals);
    bool ok = merge_into(v, (uint32_t)target, v->stack, v->sp);
    inf->sub_count--;
    v->sp--;
    if (!ok)
        return false;
    int32_t r = inf->ret_of[target];
    return r < 0 || !inf->rets[r].visited || return_from(v, &inf->rets[r], (uint32_t)target);
}

static bool verify_ret(Verifier *v, uint32_t index)
{
    Inference *inf = v->inf;
    if (!check_local_index(v, index, 1))
        return false;
    VType t = v->locals[index];
    if (TAG(t) != T_RETADDR) {
        char head[64];
        snprintf(head, sizeof head, "Register %u contains wrong type", index);
        return fail(v, head, NULL);
    }
    uint32_t entry = DATA(t);
    bool inside = false;
    for (uint32_t k = 0; k < inf->sub_count; k++)
        inside |= inf->entries[k] == entry;
    if (!inside)
        return fail(v, "Illegal return from subroutine", NULL);
    int32_t r = inf->ret_of[entry];
    if (r < 0) {
        r = (int32_t)inf->ret_count++;
        inf->ret_of[entry] = r;
    }
    InState *rs = &inf->rets[r];
    bool was_visited = rs->visited;
    /* merge_state() reports a change through queued, which rets never use:
     * compare before and after instead. */
    size_t size = was_visited ? (size_t)rs->nlocals + rs->sp : 0;
    VType *before = malloc((size + 1) * sizeof *before);
    uint8_t *masks_before = was_visited && rs->masks ? malloc((size_t)rs->sub_count * v->max_locals + 1) : NULL;
    if (!before || (was_visited && rs->masks && !masks_before)) {
        free(before);
        free(masks_before);
        return out_of_memory(v);
    }
    if (size)
        memcpy(before, rs->slots, size * sizeof *before);
    uint8_t subs_before = rs->sub_count;
    bool flag_before = rs->this_uninit;
    if (masks_before)
        memcpy(masks_before, rs->masks, (size_t)rs->sub_count * v->max_locals);
    bool ok = merge_state(v, rs, v->stack, v->sp, false);
    bool changed = !was_visited || rs->sub_count != subs_before || rs->this_uninit != flag_before ||
                   (size && memcmp(before, rs->slots, size * sizeof *before) != 0) ||
                   (masks_before && memcmp(masks_before, rs->masks,
                                           (size_t)rs->sub_count * v->max_locals) != 0);
    free(before);
    free(masks_before);
    if (!ok)
        return false;
    if (changed) /* every caller continues with the new return frame */
        for (uint32_t i = 0; i < inf->jsr_count; i++) {
            uint32_t site = inf->jsr_sites[i];
            if (branch_target(v, site) != (int64_t)entry)
                continue;
            InState *caller = &inf->states[inf->state_of[site]];
            if (caller->visited && !caller->queued) {
                caller->queued = true;
                inf->queue[inf->queue_count++] = (uint32_t)inf->state_of[site];
            }
        }
    return true;
}

/* Runs the basic block of the queued state [index]. */
static bool run_block(Verifier *v, uint32_t index)
{
    Inference *inf = v->inf;
    InState *s = &inf->states[index];
    uint32_t nl = v->max_locals;
    s->queued = false;
    memcpy(v->locals, s->slots, s->nlocals * sizeof *v->locals);
    for (uint32_t i = s->nlocals; i < nl; i++)
        v->locals[i] = T_TOP;
    memcpy(v->stack, s->slots + s->nlocals, s->sp * sizeof *v->stack);
    v->sp = s->sp;
    v->this_uninit = s->this_uninit;
    inf->sub_count = s->sub_count;
    memcpy(inf->entries, s->entries, sizeof inf->entries);
    if (s->sub_count)
        memcpy(inf->masks, s->masks, (size_t)s->sub_count * nl);
    v->locals_high = s->nlocals;
    for (uint32_t pc = s->offset;;) {
        v->pc = pc;
        if (++inf->steps > INFERENCE_STEP_LIMIT)
            return fail(v, "Method too complex to verify", NULL);
        /* Handlers get the frame before the instruction (4.10.2.2). */
        for (uint16_t i = 0; i < v->code->handler_count; i++) {
            const ExceptionHandler *h = &v->code->handlers[i];
            if (pc < h->start_pc || pc >= h->end_pc)
                continue;
            VType catch_type = h->catch_type
                                   ? class_type(v, class_file_class_name(v->cf, h->catch_type))
                                   : MAKE(T_REF, v->n_throwable);
            if (v->status != VERIFY_OK || !merge_into(v, h->handler_pc, &catch_type, 1))
                return false;
        }
        v->successor_count = 0;
        bool falls_through;
        if (!verify_instruction(v, &falls_through))
            return false;
        for (uint32_t i = 0; i < v->successor_count; i++)
            if (!merge_into(v, v->successors[i], v->stack, v->sp))
                return false;
        if (!falls_through)
            return true;
        uint32_t next = pc + instruction_length(v, pc);
        if (next >= v->length)
            return fail(v, "Falling off the end of the code", NULL);
        if (inf->state_of[next] >= 0)
            return merge_into(v, next, v->stack, v->sp);
        pc = next;
    }
}

/* Verifies the current method by type inference; the initial frame is in
 * v->locals. */
static bool infer_method(Verifier *v)
{
    Inference inf = {0};
    v->inf = &inf;
    inf.state_of = malloc(v->length * sizeof *inf.state_of);
    inf.ret_of = malloc(v->length * sizeof *inf.ret_of);
    inf.masks = calloc((size_t)MAX_SUBROUTINES * v->max_locals + 1, 1);
    v->successors = malloc(((size_t)v->length + 2) * sizeof *v->successors);
    bool ok = false;
    if (!inf.state_of || !inf.ret_of || !inf.masks || !v->successors) {
        out_of_memory(v);
        goto done;
    }
    for (uint32_t i = 0; i < v->length; i++)
        inf.ret_of[i] = -1;
    if (!find_leaders(v))
        goto done;
    v->sp = 0;
    if (!merge_into(v, 0, v->stack, 0))
        goto done;
    while (inf.queue_count > 0) {
        uint32_t index = inf.queue[--inf.queue_count];
        if (!run_block(v, index))
            goto done;
    }
    ok = true;
done:
    for (uint32_t i = 0; inf.states && i < inf.state_count; i++) {
        free(inf.states[i].slots);
        free(inf.states[i].masks);
    }
    for (uint32_t i = 0; inf.rets && i < inf.jsr_count; i++) {
        free(inf.rets[i].slots);
        free(inf.rets[i].masks);
    }
    free(inf.states);
    free(inf.rets);
    free(inf.queue);
    free(inf.jsr_sites);
    free(inf.state_of);
    free(inf.ret_of);
    free(inf.masks);
    free(v->successors);
    v->successors = NULL;
    v->inf = NULL;
    return ok;
}

/* ---- methods and classes ----------------------------------------------- */

/* Exception table entries must name instruction boundaries, and catch
 * types must be Throwables (HotSpot checks these before the code). */
static bool verify_handler_table(Verifier *v)
{
    const CodeAttribute *code = v->code;
    for (uint16_t i = 0; i < code->handler_count; i++) {
        const ExceptionHandler *h = &code->handlers[i];
        char head[96];
        if (h->start_pc >= v->length || !v->starts[h->start_pc]) {
            snprintf(head, sizeof head, "Illegal exception table start_pc %u", h->start_pc);
            return fail_at(v, h->start_pc, head, NULL);
        }
        if (h->end_pc > v->length || (h->end_pc < v->length && !v->starts[h->end_pc]) ||
            h->end_pc <= h->start_pc) {
            snprintf(head, sizeof head, "Illegal exception table end_pc %u", h->end_pc);
            return fail_at(v, h->end_pc, head, NULL);
        }
        if (h->handler_pc >= v->length || !v->starts[h->handler_pc]) {
            snprintf(head, sizeof head, "Illegal exception table handler %u", h->handler_pc);
            return fail_at(v, h->handler_pc, head, NULL);
        }
        if (h->catch_type) {
            if (h->catch_type >= v->cf->cp_count || v->cf->cp[h->catch_type].tag != CP_CLASS)
                return fail_at(v, h->handler_pc, "Illegal constant pool index in exception handler", NULL);
            const char *name = class_file_class_name(v->cf, h->catch_type);
            VType t = class_type(v, name);
            if (v->status != VERIFY_OK)
                return false;
            int ok = assignable(v, t, MAKE(T_REF, v->n_throwable));
            if (ok == VERIFY_ANSWER_ERROR)
                return false;
            if (!ok) {
                snprintf(head, sizeof head,
                         "Catch type is not a subclass of Throwable in exception handler %u",
                         h->handler_pc);
                return fail_at(v, h->handler_pc, head,
                               "Type '%s' (constant pool %u) is not assignable to 'java/lang/Throwable'",
                               name, h->catch_type);
            }
        }
    }
    return true;
}

/* The implicit first frame (JVMS 4.10.1.6 methodInitialStackFrame) into
 * [locals]; returns its number of slots. */
static uint32_t initial_frame(Verifier *v, VType *locals)
{
    const MethodInfo *m = v->method;
    uint32_t n = 0;
    v->is_init = false;
    v->this_uninit = false;
    if (!(m->access_flags & ACC_STATIC)) {
        if (v->max_locals == 0)
            return fail_at(v, 0, "Arguments can't fit into locals", NULL), 0;
        if (strcmp(m->name, "<init>") == 0 && v->n_this != v->n_object) {
            locals[n++] = T_UNINIT_THIS;
            v->is_init = true;
            v->this_uninit = true;
        } else {
            locals[n++] = MAKE(T_REF, v->n_this);
        }
    }
    const char *d = m->descriptor + 1;
    while (*d != ')') {
        VType t = descriptor_type(v, d, &d);
        /* The parser checks this too; the verifier does not rely on it. */
        if (n + (is_two_word(t) ? 2u : 1u) > v->max_locals)
            return fail_at(v, 0, "Arguments can't fit into locals", NULL), 0;
        locals[n++] = t;
        if (is_two_word(t))
            locals[n++] = second_half(t);
    }
    d++;
    v->returns_void = *d == 'V';
    if (!v->returns_void)
        v->return_type = descriptor_type(v, d, &d);
    return n;
}

/* Is the instruction at [pc] an invokespecial of an <init> method? */
static bool is_init_call(Verifier *v, uint32_t pc)
{
    if (v->bytes[pc] != OP_invokespecial)
        return false;
    uint32_t index = u2at(v->bytes + pc + 1);
    if (index == 0 || index >= v->cf->cp_count ||
        (v->cf->cp[index].tag != CP_METHODREF && v->cf->cp[index].tag != CP_INTERFACE_METHODREF))
        return false;
    const char *name, *descriptor;
    class_file_member_ref(v->cf, (uint16_t)index, &name, &descriptor);
    return strcmp(name, "<init>") == 0;
}

static bool verify_method(Verifier *v, const MethodInfo *m)
{
    const CodeAttribute *code = m->code;
    v->method = m;
    v->code = code;
    v->bytes = code->code;
    v->length = code->code_length;
    v->max_locals = code->max_locals;
    v->max_stack = code->max_stack;
    v->pc = 0;

    size_t frame_slots = (size_t)v->max_locals + v->max_stack + 2;
    v->locals = calloc(frame_slots, sizeof *v->locals);
    v->starts = malloc(v->length);
    v->frame_at = malloc(v->length * sizeof *v->frame_at);
    v->handler_seen = calloc(code->handler_count + 1u, sizeof *v->handler_seen);
    v->dirty = malloc(((size_t)v->max_locals + 1) * sizeof *v->dirty);
    v->adopted = UINT32_MAX;
    v->dirty_count = 0;
    v->dirty_overflow = false;
    bool ok = false;
    if (!v->locals || !v->starts || !v->frame_at || !v->handler_seen || !v->dirty) {
        out_of_memory(v);
        goto done;
    }
    v->stack = v->locals + v->max_locals + 1;
    v->sp = 0;

    if (!find_instructions(v))
        goto done;
    uint32_t n = initial_frame(v, v->locals);
    if (v->status != VERIFY_OK)
        goto done;
    v->locals_high = n;
    v->locals_version = 1;
    if (v->inference) {
        ok = check_all_operands(v) && verify_handler_table(v) && infer_method(v);
        goto done;
    }
    if (!parse_stack_map(v, v->locals, n) || !verify_handler_table(v))
        goto done;

    bool reachable = true;
    for (uint32_t pc = 0; pc < v->length; pc += instruction_length(v, pc)) {
        v->pc = pc;
        int32_t at = v->frame_at[pc];
        if (at >= 0) {
            const MapFrame *f = &v->maps[at];
            if (reachable && !frame_assignable(v, v->stack, v->sp, f,
                                               "Instruction type does not match stack map", 0))
                goto done;
            adopt_frame(v, f);
            reachable = true;
        } else if (!reachable) {
            fail(v, "Expecting a stack map frame", NULL);
            goto done;
        }
        /* Handlers see the incoming frame (JVMS 4.10.1.6), except around
         * an <init> call: HotSpot checks them with the locals after it and
         * the flags before it, so no handler can cover a super() call. */
        if (is_init_call(v, pc)) {
            bool this_uninit = v->this_uninit;
            if (!verify_instruction(v, &reachable))
                goto done;
            bool after = v->this_uninit;
            v->this_uninit = this_uninit;
            if (!check_handlers(v))
                goto done;
            v->this_uninit = after;
        } else if (!check_handlers(v) || !verify_instruction(v, &reachable)) {
            goto done;
        }
    }
    if (reachable) {
        fail_at(v, v->length, "Control flow falls through code end", NULL);
        goto done;
    }
    ok = true;

done:
    free(v->locals);
    free(v->starts);
    free(v->frame_at);
    free(v->handler_seen);
    free(v->dirty);
    v->dirty = NULL;
    v->locals = v->stack = NULL;
    v->starts = NULL;
    v->frame_at = NULL;
    v->handler_seen = NULL;
    return ok;
}

static bool intern_well_known(Verifier *v)
{
    struct {
        uint32_t *slot;
        const char *name;
    } names[] = {
        {&v->n_object, "java/lang/Object"},
        {&v->n_string, "java/lang/String"},
        {&v->n_class, "java/lang/Class"},
        {&v->n_throwable, "java/lang/Throwable"},
        {&v->n_cloneable, "java/lang/Cloneable"},
        {&v->n_serializable, "java/io/Serializable"},
        {&v->n_method_type, "java/lang/invoke/MethodType"},
        {&v->n_method_handle, "java/lang/invoke/MethodHandle"},
        {&v->n_this, v->cf->this_name},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        *names[i].slot = intern_string(v, names[i].name);
        if (*names[i].slot == UINT32_MAX)
            return false;
    }
    /* Known without asking: these never need loading to classify. */
    v->names.interface_kind[v->n_cloneable] = 1;
    v->names.interface_kind[v->n_serializable] = 1;
    v->names.interface_kind[v->n_throwable] = 0;
    v->names.interface_kind[v->n_this] = (v->cf->access_flags & ACC_INTERFACE) ? 1 : 0;
    return true;
}

/* Verifies every method of [v]'s class, by type checking or, when
 * [inference], by type inference. */
static void verify_methods(Verifier *v, bool inference)
{
    v->inference = inference;
    for (uint16_t i = 0; i < v->cf->method_count && v->status == VERIFY_OK; i++) {
        const MethodInfo *m = &v->cf->methods[i];
        if (m->code)
            verify_method(v, m);
    }
}

VerifyStatus verify_class(const ClassFile *cf, const VerifyEnv *env, char *message,
                          size_t message_size)
{
    if (message_size)
        message[0] = '\0';
    char scratch[1];
    Verifier v = {0};
    v.cf = cf;
    v.env = env;
    v.message = message_size ? message : scratch;
    v.message_size = message_size ? message_size : sizeof scratch;
    v.status = VERIFY_OK;
    v.pool_capacity = 1024;
    v.pool = malloc(v.pool_capacity * sizeof *v.pool); /* never NULL below */
    if (!v.pool)
        return out_of_memory(&v), VERIFY_OUT_OF_MEMORY;
    if (intern_well_known(&v)) {
        /* JVMS 4.10: type checking from version 50, type inference before.
         * HotSpot retries a version 50 class that fails type checking with
         * type inference (its FailOverToOldVerifier), and so do we. */
        verify_methods(&v, cf->major_version < 50);
        if (cf->major_version == 50 && v.status == VERIFY_FAILED) {
            /* When inference fails too, HotSpot reports the first error. */
            char *first = strdup(v.message);
            v.status = VERIFY_OK;
            v.message[0] = '\0';
            verify_methods(&v, true);
            if (v.status == VERIFY_FAILED && first)
                snprintf(v.message, v.message_size, "%s", first);
            free(first);
        }
    }
    names_free(&v.names);
    free(v.maps);
    free(v.pool);
    return v.status;
}
