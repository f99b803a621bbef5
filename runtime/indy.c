/*
 * indy.c - linking invokedynamic call sites (JVMS 5.4.3.6, 6.5).
 *
 * javac's call sites use three bootstrap methods, which the VM implements
 * itself by generating a small class (runtime/classwriter.c) with one
 * static method whose descriptor is the call site's: the linked call site
 * is then an ordinary static call, as fast as any other.
 *
 *  - StringConcatFactory.makeConcatWithConstants / makeConcat: the method
 *    appends the recipe's constants and arguments to a StringBuilder.
 *  - LambdaMetafactory.metafactory / altMetafactory: a proxy class that
 *    implements the functional interface (plus markers and bridges); the
 *    method returns a new proxy holding the captured values (or the one
 *    shared instance when nothing is captured).
 *  - ObjectMethods.bootstrap: a record's toString, equals or hashCode.
 *
 * Any other bootstrap method is run for real by runtime/methodhandle.c.
 *
 * Must never: generate code from a descriptor it has not checked, or link
 * a call site to a method whose descriptor differs from the site's.
 */
#include "runtime/indy.h"

#include "runtime/classwriter.h"
#include "runtime/exception.h"
#include "runtime/native.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPC_ACONST_NULL = 0x01, OPC_ICONST_0 = 0x03, OPC_ICONST_1 = 0x04, OPC_LDC_W = 0x13,
    OPC_ILOAD = 0x15, OPC_LLOAD = 0x16, OPC_FLOAD = 0x17, OPC_DLOAD = 0x18, OPC_ALOAD = 0x19,
    OPC_ASTORE = 0x3a, OPC_POP = 0x57, OPC_POP2 = 0x58, OPC_DUP = 0x59, OPC_IADD = 0x60,
    OPC_IMUL = 0x68, OPC_I2L = 0x85, OPC_I2F = 0x86, OPC_I2D = 0x87, OPC_L2F = 0x89,
    OPC_L2D = 0x8a, OPC_F2D = 0x8d, OPC_LCMP = 0x94, OPC_IFEQ = 0x99, OPC_IFNE = 0x9a,
    OPC_IF_ICMPNE = 0xa0, OPC_IF_ACMPNE = 0xa6, OPC_IRETURN = 0xac, OPC_LRETURN = 0xad,
    OPC_FRETURN = 0xae, OPC_DRETURN = 0xaf, OPC_ARETURN = 0xb0, OPC_RETURN = 0xb1,
    OPC_GETSTATIC = 0xb2, OPC_PUTSTATIC = 0xb3, OPC_GETFIELD = 0xb4, OPC_PUTFIELD = 0xb5,
    OPC_INVOKEVIRTUAL = 0xb6, OPC_INVOKESPECIAL = 0xb7, OPC_INVOKESTATIC = 0xb8,
    OPC_INVOKEINTERFACE = 0xb9, OPC_NEW = 0xbb, OPC_CHECKCAST = 0xc0, OPC_INSTANCEOF = 0xc1
};

#define FLAG_SERIALIZABLE 1
#define FLAG_MARKERS 2
#define FLAG_BRIDGES 4

/* ---- descriptors ------------------------------------------------------- */

/* Length of the field descriptor at [d] (already validated by the loader). */
static size_t type_length(const char *d)
{
    const char *p = d;
    while (*p == '[')
        p++;
    if (*p == 'L')
        p = strchr(p, ';');
    return (size_t)(p - d) + 1;
}

typedef struct Params {
    int count;
    const char *types[256]; /* pointers into the descriptor */
    size_t lengths[256];
    int slots;
    const char *ret;
} Params;

static void parse_params(const char *descriptor, Params *p)
{
    p->count = 0;
    p->slots = 0;
    const char *d = descriptor + 1;
    while (*d != ')' && p->count < 256) {
        size_t n = type_length(d);
        p->types[p->count] = d;
        p->lengths[p->count] = n;
        p->count++;
        p->slots += (*d == 'J' || *d == 'D') ? 2 : 1;
        d += n;
    }
    p->ret = d + 1;
}

static bool is_reference(char c) { return c == 'L' || c == '['; }
static int type_slots(char c) { return c == 'J' || c == 'D' ? 2 : c == 'V' ? 0 : 1; }

static uint8_t load_opcode(char c)
{
    switch (c) {
    case 'J': return OPC_LLOAD;
    case 'F': return OPC_FLOAD;
    case 'D': return OPC_DLOAD;
    case 'L': case '[': return OPC_ALOAD;
    default: return OPC_ILOAD;
    }
}

static uint8_t return_opcode(char c)
{
    switch (c) {
    case 'V': return OPC_RETURN;
    case 'J': return OPC_LRETURN;
    case 'F': return OPC_FRETURN;
    case 'D': return OPC_DRETURN;
    case 'L': case '[': return OPC_ARETURN;
    default: return OPC_IRETURN;
    }
}

static void emit_load(ClassWriter *cw, char type, int slot)
{
    cw_u1(cw, load_opcode(type));
    cw_u1(cw, (uint8_t)slot);
}

/* "Ljava/lang/String;" -> "java/lang/String"; arrays stay descriptors. */
static char *class_name_of(const char *type, size_t length)
{
    char *name = malloc(length + 1);
    if (!name)
        return NULL;
    if (type[0] == 'L') {
        memcpy(name, type + 1, length - 2);
        name[length - 2] = '\0';
    } else {
        memcpy(name, type, length);
        name[length] = '\0';
    }
    return name;
}

static const char *wrapper_of(char c)
{
    switch (c) {
    case 'Z': return "java/lang/Boolean";
    case 'B': return "java/lang/Byte";
    case 'C': return "java/lang/Character";
    case 'S': return "java/lang/Short";
    case 'I': return "java/lang/Integer";
    case 'J': return "java/lang/Long";
    case 'F': return "java/lang/Float";
    case 'D': return "java/lang/Double";
    default: return NULL;
    }
}

static char primitive_of_wrapper(const char *type, size_t length)
{
    static const char prims[] = "ZBCSIJFD";
    for (int i = 0; prims[i]; i++) {
        const char *w = wrapper_of(prims[i]);
        if (length == strlen(w) + 2 && type[0] == 'L' && strncmp(type + 1, w, length - 2) == 0)
            return prims[i];
    }
    return 0;
}

static const char *unbox_method(char c)
{
    switch (c) {
    case 'Z': return "booleanValue";
    case 'B': return "byteValue";
    case 'C': return "charValue";
    case 'S': return "shortValue";
    case 'I': return "intValue";
    case 'J': return "longValue";
    case 'F': return "floatValue";
    default: return "doubleValue";
    }
}

/* Widening primitive conversion [from] -> [to] (JLS 5.1.2). */
static void emit_widen(ClassWriter *cw, char from, char to)
{
    if (from == to)
        return;
    bool from_int = from == 'I' || from == 'S' || from == 'B' || from == 'C';
    if (from_int && to == 'J')
        cw_u1(cw, OPC_I2L);
    else if (from_int && to == 'F')
        cw_u1(cw, OPC_I2F);
    else if (from_int && to == 'D')
        cw_u1(cw, OPC_I2D);
    else if (from == 'J' && to == 'F')
        cw_u1(cw, OPC_L2F);
    else if (from == 'J' && to == 'D')
        cw_u1(cw, OPC_L2D);
    else if (from == 'F' && to == 'D')
        cw_u1(cw, OPC_F2D);
}

/* Converts the value on the stack from type [from] to type [to] the way
 * LambdaMetafactory adapts arguments and results: casts, boxing,
 * unboxing and widening. */
static void emit_convert(ClassWriter *cw, const char *from, size_t from_len, const char *to,
                         size_t to_len)
{
    if (from_len == to_len && strncmp(from, to, from_len) == 0)
        return;
    char f = from[0], g = to[0];
    if (is_reference(f) && is_reference(g)) {
        if (to_len == 18 && strncmp(to, "Ljava/lang/Object;", 18) == 0)
            return;
        char *name = class_name_of(to, to_len);
        if (name)
            cw_op_cp(cw, OPC_CHECKCAST, cw_class(cw, name));
        free(name);
        return;
    }
    if (!is_reference(f) && is_reference(g)) {
        char box[40];
        const char *w = wrapper_of(f);
        snprintf(box, sizeof box, "(%c)L%s;", f, w);
        cw_op_cp(cw, OPC_INVOKESTATIC, cw_method_ref(cw, w, "valueOf", box, false));
        return;
    }
    if (is_reference(f) && !is_reference(g)) {
        char p = primitive_of_wrapper(from, from_len);
        if (!p) {
            /* From Object or Number: cast to the target's wrapper first. */
            p = g;
            cw_op_cp(cw, OPC_CHECKCAST, cw_class(cw, wrapper_of(g)));
        }
        char d[8];
        snprintf(d, sizeof d, "()%c", p);
        cw_op_cp(cw, OPC_INVOKEVIRTUAL, cw_method_ref(cw, wrapper_of(p), unbox_method(p), d, false));
        emit_widen(cw, p, g);
        return;
    }
    emit_widen(cw, f, g);
}

/* ---- call-site data from the constant pool ----------------------------- */

typedef struct CallSite {
    Thread *t;
    Class *host;
    const ClassFile *cf;
    const char *name;       /* the call site's name */
    const char *descriptor; /* the call site's method descriptor */
    const BootstrapMethod *bsm;
} CallSite;

static const char *method_type_arg(const CallSite *cs, int i)
{
    if (i >= cs->bsm->argument_count)
        return NULL;
    const CpEntry *e = &cs->cf->cp[cs->bsm->arguments[i]];
    return e->tag == CP_METHOD_TYPE ? class_file_utf8(cs->cf, e->u.name) : NULL;
}

typedef struct HandleInfo {
    uint8_t kind;
    const char *owner, *name, *descriptor;
    bool interface;
} HandleInfo;

static bool handle_arg(const CallSite *cs, int i, HandleInfo *h)
{
    if (i >= cs->bsm->argument_count)
        return false;
    const CpEntry *e = &cs->cf->cp[cs->bsm->arguments[i]];
    if (e->tag != CP_METHOD_HANDLE)
        return false;
    const CpEntry *ref = &cs->cf->cp[e->u.handle.reference_index];
    h->kind = e->u.handle.kind;
    h->owner = class_file_class_name(cs->cf, ref->u.ref.class_index);
    class_file_member_ref(cs->cf, e->u.handle.reference_index, &h->name, &h->descriptor);
    h->interface = ref->tag == CP_INTERFACE_METHODREF;
    return true;
}

static bool int_arg(const CallSite *cs, int i, int32_t *value)
{
    if (i >= cs->bsm->argument_count)
        return false;
    const CpEntry *e = &cs->cf->cp[cs->bsm->arguments[i]];
    if (e->tag != CP_INTEGER)
        return false;
    *value = e->u.i;
    return true;
}

static bool fail(const CallSite *cs, const char *why)
{
    char host[512];
    return throw_new(cs->t, "java/lang/BootstrapMethodError",
                     "call site %s%s in %s: %s", cs->name, cs->descriptor,
                     class_binary_name(cs->host, host, sizeof host), why);
}

/* Defines the generated class and returns its static method [name]. */
static Method *define_and_find(const CallSite *cs, ClassWriter *cw, const char *name)
{
    size_t length;
    uint8_t *bytes = cw_finish(cw, &length);
    cw_free(cw);
    if (!bytes)
        return throw_out_of_memory(cs->t), NULL;
    Class *c = class_define_generated(cs->t, bytes, length, CLASS_SPUN | CLASS_IN_LIBRARY);
    free(bytes);
    if (!c || !class_initialize(cs->t, c))
        return NULL;
    Method *m = class_declared_method(c, name, cs->descriptor);
    if (!m) {
        fail(cs, "generated class lacks its method");
        return NULL;
    }
    return m;
}

static char *spun_name(const CallSite *cs, const char *kind)
{
    Vm *vm = cs->t->vm;
    size_t n = strlen(cs->host->name) + 48;
    char *name = malloc(n);
    if (name)
        snprintf(name, n, "%s$$%s$%u", cs->host->name, kind, ++vm->spun_count);
    return name;
}

/* ---- string concatenation ---------------------------------------------- */

static void append_literal(ClassWriter *cw, const char *text, size_t n)
{
    if (n == 0)
        return;
    char *copy = malloc(n + 1);
    if (!copy)
        return;
    memcpy(copy, text, n);
    copy[n] = '\0';
    cw_op_cp(cw, OPC_LDC_W, cw_string(cw, copy));
    free(copy);
    cw_op_cp(cw, OPC_INVOKEVIRTUAL,
             cw_method_ref(cw, "java/lang/StringBuilder", "append",
                           "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
}

static void append_typed(ClassWriter *cw, const char *type, size_t length)
{
    const char *d;
    switch (type[0]) {
    case 'Z': d = "(Z)Ljava/lang/StringBuilder;"; break;
    case 'C': d = "(C)Ljava/lang/StringBuilder;"; break;
    case 'J': d = "(J)Ljava/lang/StringBuilder;"; break;
    case 'F': d = "(F)Ljava/lang/StringBuilder;"; break;
    case 'D': d = "(D)Ljava/lang/StringBuilder;"; break;
    case 'B': case 'S': case 'I': d = "(I)Ljava/lang/StringBuilder;"; break;
    default:
        d = (length == 18 && strncmp(type, "Ljava/lang/String;", 18) == 0)
                ? "(Ljava/lang/String;)Ljava/lang/StringBuilder;"
                : "(Ljava/lang/Object;)Ljava/lang/StringBuilder;";
        break;
    }
    cw_op_cp(cw, OPC_INVOKEVIRTUAL, cw_method_ref(cw, "java/lang/StringBuilder", "append", d, false));
}

static Method *link_concat(const CallSite *cs, bool with_recipe)
{
    Params p;
    parse_params(cs->descriptor, &p);
    if (strcmp(p.ret, "Ljava/lang/String;") != 0)
        return fail(cs, "concatenation must return String"), NULL;
    const char *recipe = NULL;
    if (with_recipe) {
        if (cs->bsm->argument_count < 1 || cs->cf->cp[cs->bsm->arguments[0]].tag != CP_STRING)
            return fail(cs, "missing recipe"), NULL;
        recipe = class_file_utf8(cs->cf, cs->cf->cp[cs->bsm->arguments[0]].u.name);
    }
    char *name = spun_name(cs, "Concat");
    ClassWriter *cw = name ? cw_new(name, "java/lang/Object", ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC) : NULL;
    free(name);
    if (!cw)
        return throw_out_of_memory(cs->t), NULL;
    cw_method_begin(cw, ACC_STATIC | ACC_PUBLIC, "concat", cs->descriptor);
    cw_op_cp(cw, OPC_NEW, cw_class(cw, "java/lang/StringBuilder"));
    cw_u1(cw, OPC_DUP);
    cw_op_cp(cw, OPC_INVOKESPECIAL, cw_method_ref(cw, "java/lang/StringBuilder", "<init>", "()V", false));
    int arg = 0, slot = 0, constant = 1;
    if (recipe) {
        const char *run = recipe;
        for (const char *r = recipe;; r++) {
            if (*r != '\1' && *r != '\2' && *r != '\0')
                continue;
            append_literal(cw, run, (size_t)(r - run));
            run = r + 1;
            if (*r == '\0')
                break;
            if (*r == '\1') {
                if (arg >= p.count) {
                    cw_free(cw);
                    return fail(cs, "recipe has more arguments than the call site"), NULL;
                }
                emit_load(cw, p.types[arg][0], slot);
                append_typed(cw, p.types[arg], p.lengths[arg]);
                slot += type_slots(p.types[arg][0]);
                arg++;
            } else {
                const CpEntry *e = constant < cs->bsm->argument_count
                                       ? &cs->cf->cp[cs->bsm->arguments[constant]] : NULL;
                constant++;
                if (e && e->tag == CP_STRING) {
                    const char *text = class_file_utf8(cs->cf, e->u.name);
                    append_literal(cw, text, strlen(text));
                } else if (e && e->tag == CP_INTEGER) {
                    char text[16];
                    snprintf(text, sizeof text, "%d", e->u.i);
                    append_literal(cw, text, strlen(text));
                } else {
                    cw_free(cw);
                    return fail(cs, "unsupported recipe constant"), NULL;
                }
            }
        }
    }
    for (; arg < p.count; arg++) { /* makeConcat: every argument in order */
        emit_load(cw, p.types[arg][0], slot);
        append_typed(cw, p.types[arg], p.lengths[arg]);
        slot += type_slots(p.types[arg][0]);
    }
    cw_op_cp(cw, OPC_INVOKEVIRTUAL, cw_method_ref(cw, "java/lang/StringBuilder", "toString",
                                                  "()Ljava/lang/String;", false));
    cw_u1(cw, OPC_ARETURN);
    cw_method_end(cw, 4, (uint16_t)(slot ? slot : 1));
    return define_and_find(cs, cw, "concat");
}

/* ---- lambdas ----------------------------------------------------------- */

/* The body of one interface method of a lambda proxy: [descriptor] is its
 * own (the SAM's or a bridge's); [instantiated] the specialized SAM type. */
static void emit_lambda_method(ClassWriter *cw, const char *proxy, const Params *captured,
                               const char *name, const char *descriptor,
                               const Params *instantiated, const HandleInfo *impl)
{
    Params own, target;
    parse_params(descriptor, &own);
    parse_params(impl->descriptor, &target);
    cw_method_begin(cw, ACC_PUBLIC, name, descriptor);
    if (impl->kind == REF_newInvokeSpecial) {
        cw_op_cp(cw, OPC_NEW, cw_class(cw, impl->owner));
        cw_u1(cw, OPC_DUP);
    }
    /* The implementation's parameter list: receiver first for instance
     * kinds, then its declared parameters. */
    bool has_receiver = impl->kind == REF_invokeVirtual || impl->kind == REF_invokeInterface ||
                        impl->kind == REF_invokeSpecial;
    int position = 0; /* index into the implementation's parameter list */
    char receiver_type[600];
    snprintf(receiver_type, sizeof receiver_type, "L%s;", impl->owner);
    for (int i = 0; i < captured->count; i++, position++) {
        char field[16];
        snprintf(field, sizeof field, "arg$%d", i + 1);
        char desc[600];
        snprintf(desc, sizeof desc, "%.*s", (int)captured->lengths[i], captured->types[i]);
        cw_u1(cw, OPC_ALOAD);
        cw_u1(cw, 0);
        cw_op_cp(cw, OPC_GETFIELD, cw_field_ref(cw, proxy, field, desc));
        const char *to = has_receiver && position == 0 ? receiver_type
                         : target.types[position - (has_receiver ? 1 : 0)];
        size_t to_len = has_receiver && position == 0 ? strlen(receiver_type)
                        : target.lengths[position - (has_receiver ? 1 : 0)];
        emit_convert(cw, captured->types[i], captured->lengths[i], to, to_len);
    }
    int slot = 1;
    for (int i = 0; i < own.count; i++, position++) {
        emit_load(cw, own.types[i][0], slot);
        slot += type_slots(own.types[i][0]);
        const char *mid = i < instantiated->count ? instantiated->types[i] : own.types[i];
        size_t mid_len = i < instantiated->count ? instantiated->lengths[i] : own.lengths[i];
        emit_convert(cw, own.types[i], own.lengths[i], mid, mid_len);
        bool is_receiver = has_receiver && position == 0;
        int index = position - (has_receiver ? 1 : 0);
        if (!is_receiver && index >= target.count)
            break;
        emit_convert(cw, mid, mid_len, is_receiver ? receiver_type : target.types[index],
                     is_receiver ? strlen(receiver_type) : target.lengths[index]);
    }
    switch (impl->kind) {
    case REF_invokeStatic:
        cw_op_cp(cw, OPC_INVOKESTATIC,
                 cw_method_ref(cw, impl->owner, impl->name, impl->descriptor, impl->interface));
        break;
    case REF_invokeInterface:
        cw_op_cp(cw, OPC_INVOKEINTERFACE,
                 cw_method_ref(cw, impl->owner, impl->name, impl->descriptor, true));
        cw_u1(cw, (uint8_t)(target.slots + 1));
        cw_u1(cw, 0);
        break;
    case REF_invokeSpecial:
    case REF_newInvokeSpecial:
        cw_op_cp(cw, OPC_INVOKESPECIAL,
                 cw_method_ref(cw, impl->owner, impl->name, impl->descriptor, impl->interface));
        break;
    default:
        cw_op_cp(cw, OPC_INVOKEVIRTUAL,
                 cw_method_ref(cw, impl->owner, impl->name, impl->descriptor, false));
        break;
    }
    /* The result, converted to this method's return type. */
    const char *result = impl->kind == REF_newInvokeSpecial ? receiver_type : target.ret;
    size_t result_len = strlen(result);
    if (result[0] != 'V') {
        if (own.ret[0] == 'V') {
            cw_u1(cw, type_slots(result[0]) == 2 ? OPC_POP2 : OPC_POP);
        } else {
            const char *mid = instantiated->ret;
            emit_convert(cw, result, result_len, mid, strlen(mid));
            emit_convert(cw, mid, strlen(mid), own.ret, strlen(own.ret));
        }
    } else if (own.ret[0] != 'V') {
        cw_u1(cw, OPC_ACONST_NULL); /* void adapted to an Object result */
    }
    cw_u1(cw, return_opcode(own.ret[0]));
    cw_method_end(cw, (uint16_t)(4 + captured->slots + own.slots + 4), (uint16_t)(1 + own.slots));
}

static Method *link_lambda(const CallSite *cs, bool alt)
{
    Params captured;
    parse_params(cs->descriptor, &captured);
    const char *sam = method_type_arg(cs, 0);
    const char *instantiated_desc = method_type_arg(cs, 2);
    HandleInfo impl;
    if (!sam || !instantiated_desc || !handle_arg(cs, 1, &impl) || !is_reference(captured.ret[0]))
        return fail(cs, "malformed LambdaMetafactory arguments"), NULL;
    int32_t flags = 0;
    int next = 3;
    if (alt && !int_arg(cs, next++, &flags))
        return fail(cs, "malformed altMetafactory flags"), NULL;
    char *iface = class_name_of(captured.ret, strlen(captured.ret));
    char *proxy = spun_name(cs, "Lambda");
    ClassWriter *cw = iface && proxy
                          ? cw_new(proxy, "java/lang/Object", ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC)
                          : NULL;
    if (!cw) {
        free(iface);
        free(proxy);
        return throw_out_of_memory(cs->t), NULL;
    }
    cw_add_interface(cw, iface);
    if (flags & FLAG_SERIALIZABLE)
        cw_add_interface(cw, "java/io/Serializable");
    int32_t marker_count = 0;
    if ((flags & FLAG_MARKERS) && int_arg(cs, next++, &marker_count)) {
        for (int32_t i = 0; i < marker_count && next < cs->bsm->argument_count; i++, next++) {
            const CpEntry *e = &cs->cf->cp[cs->bsm->arguments[next]];
            if (e->tag == CP_CLASS)
                cw_add_interface(cw, class_file_class_name(cs->cf, cs->bsm->arguments[next]));
        }
    }
    Params instantiated;
    parse_params(instantiated_desc, &instantiated);

    /* Fields for the captured values, and the constructor storing them. */
    char field[16], ctor[1024] = "(";
    for (int i = 0; i < captured.count; i++) {
        snprintf(field, sizeof field, "arg$%d", i + 1);
        char desc[600];
        snprintf(desc, sizeof desc, "%.*s", (int)captured.lengths[i], captured.types[i]);
        cw_add_field(cw, ACC_PRIVATE | ACC_FINAL, field, desc);
        strncat(ctor, desc, sizeof ctor - strlen(ctor) - 1);
    }
    strncat(ctor, ")V", sizeof ctor - strlen(ctor) - 1);
    cw_method_begin(cw, ACC_PRIVATE, "<init>", ctor);
    cw_u1(cw, OPC_ALOAD);
    cw_u1(cw, 0);
    cw_op_cp(cw, OPC_INVOKESPECIAL, cw_method_ref(cw, "java/lang/Object", "<init>", "()V", false));
    int slot = 1;
    for (int i = 0; i < captured.count; i++) {
        snprintf(field, sizeof field, "arg$%d", i + 1);
        char desc[600];
        snprintf(desc, sizeof desc, "%.*s", (int)captured.lengths[i], captured.types[i]);
        cw_u1(cw, OPC_ALOAD);
        cw_u1(cw, 0);
        emit_load(cw, captured.types[i][0], slot);
        slot += type_slots(captured.types[i][0]);
        cw_op_cp(cw, OPC_PUTFIELD, cw_field_ref(cw, proxy, field, desc));
    }
    cw_u1(cw, OPC_RETURN);
    cw_method_end(cw, 3, (uint16_t)slot);

    /* The factory the call site is linked to. */
    char instance_desc[600];
    snprintf(instance_desc, sizeof instance_desc, "L%s;", iface);
    if (captured.count == 0) {
        cw_add_field(cw, ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "INSTANCE", instance_desc);
        cw_method_begin(cw, ACC_STATIC, "<clinit>", "()V");
        cw_op_cp(cw, OPC_NEW, cw_class(cw, proxy));
        cw_u1(cw, OPC_DUP);
        cw_op_cp(cw, OPC_INVOKESPECIAL, cw_method_ref(cw, proxy, "<init>", "()V", false));
        cw_op_cp(cw, OPC_PUTSTATIC, cw_field_ref(cw, proxy, "INSTANCE", instance_desc));
        cw_u1(cw, OPC_RETURN);
        cw_method_end(cw, 2, 0);
        cw_method_begin(cw, ACC_STATIC | ACC_PUBLIC, "get$Lambda", cs->descriptor);
        cw_op_cp(cw, OPC_GETSTATIC, cw_field_ref(cw, proxy, "INSTANCE", instance_desc));
        cw_u1(cw, OPC_ARETURN);
        cw_method_end(cw, 1, 0);
    } else {
        cw_method_begin(cw, ACC_STATIC | ACC_PUBLIC, "get$Lambda", cs->descriptor);
        cw_op_cp(cw, OPC_NEW, cw_class(cw, proxy));
        cw_u1(cw, OPC_DUP);
        slot = 0;
        for (int i = 0; i < captured.count; i++) {
            emit_load(cw, captured.types[i][0], slot);
            slot += type_slots(captured.types[i][0]);
        }
        cw_op_cp(cw, OPC_INVOKESPECIAL, cw_method_ref(cw, proxy, "<init>", ctor, false));
        cw_u1(cw, OPC_ARETURN);
        cw_method_end(cw, (uint16_t)(2 + slot), (uint16_t)slot);
    }

    emit_lambda_method(cw, proxy, &captured, cs->name, sam, &instantiated, &impl);
    int32_t bridge_count = 0;
    if ((flags & FLAG_BRIDGES) && int_arg(cs, next++, &bridge_count)) {
        for (int32_t i = 0; i < bridge_count; i++, next++) {
            const char *bridge = method_type_arg(cs, next);
            if (bridge && strcmp(bridge, sam) != 0)
                emit_lambda_method(cw, proxy, &captured, cs->name, bridge, &instantiated, &impl);
        }
    }
    free(iface);
    free(proxy);
    return define_and_find(cs, cw, "get$Lambda");
}

/* ---- records (java.lang.runtime.ObjectMethods) ------------------------- */

typedef struct Component {
    const char *name, *descriptor;
} Component;

static Method *link_object_method(const CallSite *cs)
{
    const ClassFile *cf = cs->cf;
    if (cs->bsm->argument_count < 2 || cf->cp[cs->bsm->arguments[0]].tag != CP_CLASS ||
        cf->cp[cs->bsm->arguments[1]].tag != CP_STRING)
        return fail(cs, "malformed ObjectMethods arguments"), NULL;
    const char *record = class_file_class_name(cf, cs->bsm->arguments[0]);
    int count = cs->bsm->argument_count - 2;
    Component *components = calloc((size_t)(count ? count : 1), sizeof *components);
    if (!components)
        return throw_out_of_memory(cs->t), NULL;
    for (int i = 0; i < count; i++) {
        HandleInfo h;
        if (!handle_arg(cs, 2 + i, &h) || h.kind != REF_getField) {
            free(components);
            return fail(cs, "record getters must be getField handles"), NULL;
        }
        components[i].name = h.name;
        components[i].descriptor = h.descriptor;
    }
    /* The simple name, as Class.getSimpleName gives it. */
    const char *simple = strrchr(record, '/') ? strrchr(record, '/') + 1 : record;
    Class *rc = class_find(cs->t, record);
    if (!rc) {
        free(components);
        return NULL;
    }
    if (rc->file) {
        for (uint16_t i = 0; i < rc->file->inner_class_count; i++) {
            const InnerClassInfo *ic = &rc->file->inner_classes[i];
            if (ic->inner_name_index &&
                strcmp(class_file_class_name(rc->file, ic->inner_class_info_index), record) == 0)
                simple = class_file_utf8(rc->file, ic->inner_name_index);
        }
    }
    char record_desc[600];
    snprintf(record_desc, sizeof record_desc, "L%s;", record);
    char *name = spun_name(cs, "ObjectMethods");
    ClassWriter *cw = name ? cw_new(name, "java/lang/Object", ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC) : NULL;
    free(name);
    if (!cw) {
        free(components);
        return throw_out_of_memory(cs->t), NULL;
    }
    cw_method_begin(cw, ACC_STATIC | ACC_PUBLIC, cs->name, cs->descriptor);
    if (strcmp(cs->name, "toString") == 0) {
        cw_op_cp(cw, OPC_NEW, cw_class(cw, "java/lang/StringBuilder"));
        cw_u1(cw, OPC_DUP);
        cw_op_cp(cw, OPC_INVOKESPECIAL, cw_method_ref(cw, "java/lang/StringBuilder", "<init>", "()V", false));
        char text[700];
        for (int i = 0; i < count; i++) {
            snprintf(text, sizeof text, "%s%s%s=", i == 0 ? simple : "", i == 0 ? "[" : ", ",
                     components[i].name);
            append_literal(cw, text, strlen(text));
            cw_u1(cw, OPC_ALOAD);
            cw_u1(cw, 0);
            cw_op_cp(cw, OPC_GETFIELD, cw_field_ref(cw, record, components[i].name, components[i].descriptor));
            append_typed(cw, components[i].descriptor, strlen(components[i].descriptor));
        }
        snprintf(text, sizeof text, "%s%s]", count == 0 ? simple : "", count == 0 ? "[" : "");
        append_literal(cw, text, strlen(text));
        cw_op_cp(cw, OPC_INVOKEVIRTUAL, cw_method_ref(cw, "java/lang/StringBuilder", "toString",
                                                      "()Ljava/lang/String;", false));
        cw_u1(cw, OPC_ARETURN);
        cw_method_end(cw, 4, 1);
    } else if (strcmp(cs->name, "hashCode") == 0) {
        cw_u1(cw, OPC_ICONST_0);
        for (int i = 0; i < count; i++) {
            cw_op_cp(cw, OPC_LDC_W, cw_integer(cw, 31));
            cw_u1(cw, OPC_IMUL);
            cw_u1(cw, OPC_ALOAD);
            cw_u1(cw, 0);
            const char *d = components[i].descriptor;
            cw_op_cp(cw, OPC_GETFIELD, cw_field_ref(cw, record, components[i].name, d));
            if (is_reference(d[0])) {
                cw_op_cp(cw, OPC_INVOKESTATIC, cw_method_ref(cw, "java/util/Objects", "hashCode",
                                                             "(Ljava/lang/Object;)I", false));
            } else {
                char hd[8];
                snprintf(hd, sizeof hd, "(%c)I", d[0]);
                cw_op_cp(cw, OPC_INVOKESTATIC, cw_method_ref(cw, wrapper_of(d[0]), "hashCode", hd, false));
            }
            cw_u1(cw, OPC_IADD);
        }
        cw_u1(cw, OPC_IRETURN);
        cw_method_end(cw, 5, 1);
    } else if (strcmp(cs->name, "equals") == 0) {
        /* if (a == b) return true; if (!(b instanceof R)) return false; */
        cw_u1(cw, OPC_ALOAD); cw_u1(cw, 0);
        cw_u1(cw, OPC_ALOAD); cw_u1(cw, 1);
        uint32_t not_same = cw_code_offset(cw);
        cw_u1(cw, OPC_IF_ACMPNE); cw_u2(cw, 0);
        cw_u1(cw, OPC_ICONST_1);
        cw_u1(cw, OPC_IRETURN);
        cw_patch_branch(cw, not_same, cw_code_offset(cw));
        cw_u1(cw, OPC_ALOAD); cw_u1(cw, 1);
        cw_op_cp(cw, OPC_INSTANCEOF, cw_class(cw, record));
        uint32_t *fails = calloc((size_t)count + 1, sizeof *fails);
        int nfails = 0;
        if (fails) {
            fails[nfails++] = cw_code_offset(cw);
            cw_u1(cw, OPC_IFEQ); cw_u2(cw, 0);
            cw_u1(cw, OPC_ALOAD); cw_u1(cw, 1);
            cw_op_cp(cw, OPC_CHECKCAST, cw_class(cw, record));
            cw_u1(cw, OPC_ASTORE); cw_u1(cw, 2);
            /* Components are compared last to first, as the JDK does. */
            for (int i = count - 1; i >= 0; i--) {
                const char *d = components[i].descriptor;
                uint16_t f = cw_field_ref(cw, record, components[i].name, d);
                cw_u1(cw, OPC_ALOAD); cw_u1(cw, 0);
                cw_op_cp(cw, OPC_GETFIELD, f);
                cw_u1(cw, OPC_ALOAD); cw_u1(cw, 2);
                cw_op_cp(cw, OPC_GETFIELD, f);
                uint8_t branch;
                switch (d[0]) {
                case 'J': cw_u1(cw, OPC_LCMP); branch = OPC_IFNE; break;
                case 'F':
                    cw_op_cp(cw, OPC_INVOKESTATIC, cw_method_ref(cw, "java/lang/Float", "compare", "(FF)I", false));
                    branch = OPC_IFNE;
                    break;
                case 'D':
                    cw_op_cp(cw, OPC_INVOKESTATIC, cw_method_ref(cw, "java/lang/Double", "compare", "(DD)I", false));
                    branch = OPC_IFNE;
                    break;
                case 'L': case '[':
                    cw_op_cp(cw, OPC_INVOKESTATIC, cw_method_ref(cw, "java/util/Objects", "equals",
                                                                 "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
                    branch = OPC_IFEQ;
                    break;
                default: branch = OPC_IF_ICMPNE; break;
                }
                fails[nfails++] = cw_code_offset(cw);
                cw_u1(cw, branch); cw_u2(cw, 0);
            }
            cw_u1(cw, OPC_ICONST_1);
            cw_u1(cw, OPC_IRETURN);
            uint32_t false_label = cw_code_offset(cw);
            for (int i = 0; i < nfails; i++)
                cw_patch_branch(cw, fails[i], false_label);
            cw_u1(cw, OPC_ICONST_0);
            cw_u1(cw, OPC_IRETURN);
            free(fails);
        }
        cw_method_end(cw, 4, 3);
    } else {
        cw_free(cw);
        free(components);
        return fail(cs, "unknown ObjectMethods method"), NULL;
    }
    free(components);
    return define_and_find(cs, cw, cs->name);
}

/* ---- entry ------------------------------------------------------------- */

Method *indy_link(Thread *t, Class *host, uint16_t index)
{
    const ClassFile *cf = host->file;
    const CpEntry *e = &cf->cp[index];
    CallSite cs = {.t = t, .host = host, .cf = cf};
    class_file_member_ref(cf, index, &cs.name, &cs.descriptor);
    if (e->u.dyn.bootstrap_index >= cf->bootstrap_count) {
        fail(&cs, "bootstrap method index out of range");
        return NULL;
    }
    cs.bsm = &cf->bootstrap_methods[e->u.dyn.bootstrap_index];
    HandleInfo bsm;
    const CpEntry *handle = &cf->cp[cs.bsm->method_ref];
    const CpEntry *ref = &cf->cp[handle->u.handle.reference_index];
    bsm.owner = class_file_class_name(cf, ref->u.ref.class_index);
    class_file_member_ref(cf, handle->u.handle.reference_index, &bsm.name, &bsm.descriptor);
    if (strcmp(bsm.owner, "java/lang/invoke/StringConcatFactory") == 0) {
        if (strcmp(bsm.name, "makeConcatWithConstants") == 0)
            return link_concat(&cs, true);
        if (strcmp(bsm.name, "makeConcat") == 0)
            return link_concat(&cs, false);
    } else if (strcmp(bsm.owner, "java/lang/invoke/LambdaMetafactory") == 0) {
        if (strcmp(bsm.name, "metafactory") == 0)
            return link_lambda(&cs, false);
        if (strcmp(bsm.name, "altMetafactory") == 0)
            return link_lambda(&cs, true);
    } else if (strcmp(bsm.owner, "java/lang/runtime/ObjectMethods") == 0 &&
               strcmp(bsm.name, "bootstrap") == 0) {
        return link_object_method(&cs);
    }
    return NULL; /* not one of ours: the general path (methodhandle.c) */
}
