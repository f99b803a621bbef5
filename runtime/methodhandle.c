/*
 * methodhandle.c - java.lang.invoke on the VM side; see methodhandle.h.
 *
 * Must never: call a member through a handle without the access check the
 * handle's lookup implies, or read a MethodType/handle field the library's
 * contract (runtime/classlib/README.md) does not promise.
 */
#include "runtime/methodhandle.h"

#include "runtime/native.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The classes, fields and methods of java.lang.invoke the VM uses, found
 * on first use. */
typedef struct InvokeInfo {
    Class *MethodType, *MethodHandle, *DirectMethodHandle, *CallSite, *Lookup, *Object_class;
    uint32_t mt_rtype, mt_ptypes, mh_type, dmh_member, dmh_kind, cs_target, lookup_class;
    Method *from_descriptor, *to_descriptor, *invoke_from_vm, *dmh_init, *lookup_init;
    Method *invoke_with_arguments;
} InvokeInfo;

static bool offset_of(Class *c, const char *name, const char *descriptor, uint32_t *out)
{
    for (Class *k = c; k; k = k->super) {
        for (uint16_t i = 0; i < k->field_count; i++) {
            Field *f = &k->fields[i];
            if (strcmp(f->name, name) == 0 && strcmp(f->descriptor, descriptor) == 0 &&
                !(f->access_flags & ACC_STATIC)) {
                *out = f->offset;
                return true;
            }
        }
    }
    return false;
}

static InvokeInfo *invoke_info(Thread *t)
{
    Vm *vm = t->vm;
    if (vm->invoke)
        return vm->invoke;
    InvokeInfo *ii = arena_alloc(vm, sizeof *ii);
    if (!ii)
        return throw_out_of_memory(t), NULL;
    static const char *const names[] = {
        "java/lang/invoke/MethodType", "java/lang/invoke/MethodHandle",
        "java/lang/invoke/DirectMethodHandle", "java/lang/invoke/CallSite",
        "java/lang/invoke/MethodHandles$Lookup"};
    Class **slots[] = {&ii->MethodType, &ii->MethodHandle, &ii->DirectMethodHandle,
                       &ii->CallSite, &ii->Lookup};
    for (int i = 0; i < 5; i++) {
        *slots[i] = class_find(t, names[i]);
        if (!*slots[i] || !class_initialize(t, *slots[i]))
            return NULL;
    }
    ii->Object_class = vm->wk.Object;
    bool ok = offset_of(ii->MethodType, "rtype", "Ljava/lang/Class;", &ii->mt_rtype) &&
              offset_of(ii->MethodType, "ptypes", "[Ljava/lang/Class;", &ii->mt_ptypes) &&
              offset_of(ii->MethodHandle, "type", "Ljava/lang/invoke/MethodType;", &ii->mh_type) &&
              offset_of(ii->DirectMethodHandle, "vmMember", "J", &ii->dmh_member) &&
              offset_of(ii->DirectMethodHandle, "kind", "I", &ii->dmh_kind) &&
              offset_of(ii->CallSite, "target", "Ljava/lang/invoke/MethodHandle;", &ii->cs_target) &&
              offset_of(ii->Lookup, "lookupClass", "Ljava/lang/Class;", &ii->lookup_class);
    ii->from_descriptor = class_declared_method(ii->MethodType, "fromDescriptor",
                                                "(Ljava/lang/String;)Ljava/lang/invoke/MethodType;");
    ii->to_descriptor = class_declared_method(ii->MethodType, "toMethodDescriptorString",
                                              "()Ljava/lang/String;");
    ii->invoke_from_vm = class_declared_method(
        ii->MethodHandle, "invokeFromVm",
        "(Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;Z[Ljava/lang/Object;)Ljava/lang/Object;");
    ii->dmh_init = class_declared_method(ii->DirectMethodHandle, "<init>",
                                         "(Ljava/lang/invoke/MethodType;JI)V");
    ii->lookup_init = class_declared_method(ii->Lookup, "<init>", "(Ljava/lang/Class;I)V");
    ii->invoke_with_arguments = class_find_method(ii->MethodHandle, "invokeWithArguments",
                                                  "([Ljava/lang/Object;)Ljava/lang/Object;");
    if (!ok || !ii->from_descriptor || !ii->to_descriptor || !ii->invoke_from_vm ||
        !ii->dmh_init || !ii->lookup_init || !ii->invoke_with_arguments) {
        throw_new(t, "java/lang/InternalError",
                  "java.lang.invoke in the class library does not match the VM's contract");
        return NULL;
    }
    vm->invoke = ii;
    return ii;
}

/* ---- values ------------------------------------------------------------ */

static char kind_of(char descriptor_char)
{
    return descriptor_char == '[' ? 'L' : descriptor_char;
}

static const char *wrapper_name(char type)
{
    switch (type) {
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

/* A boxed copy of the value [v] of primitive type [type] (valueOf). */
static Object *box(Thread *t, char type, Slot v)
{
    if (type == 'L')
        return v.a;
    if (type == 'V')
        return NULL;
    Class *w = class_find(t, wrapper_name(type));
    if (!w || !class_initialize(t, w))
        return NULL;
    char descriptor[40];
    snprintf(descriptor, sizeof descriptor, "(%c)L%s;", type, wrapper_name(type));
    Method *value_of = class_declared_method(w, "valueOf", descriptor);
    if (!value_of) {
        throw_new(t, "java/lang/InternalError", "%s.valueOf missing", wrapper_name(type));
        return NULL;
    }
    Slot args[2] = {v, {.raw = 0}};
    Slot r;
    return interp_call(t, value_of, args, &r) ? r.a : NULL;
}

/* The primitive inside the box [o] (which is of the right wrapper). */
static bool unbox(Thread *t, char type, Object *o, Slot *out)
{
    if (type == 'L') {
        out->a = o;
        return true;
    }
    if (type == 'V')
        return true;
    if (!o)
        return throw_null_pointer(t);
    static const char *const methods[][2] = {
        {"Z", "booleanValue"}, {"B", "byteValue"}, {"C", "charValue"}, {"S", "shortValue"},
        {"I", "intValue"},     {"J", "longValue"}, {"F", "floatValue"}, {"D", "doubleValue"}};
    for (int i = 0; i < 8; i++) {
        if (methods[i][0][0] != type)
            continue;
        char descriptor[8];
        snprintf(descriptor, sizeof descriptor, "()%c", type);
        Method *m = class_find_method(o->klass, methods[i][1], descriptor);
        if (!m) {
            char name[512];
            return throw_new(t, "java/lang/ClassCastException", "%s cannot be unboxed to %c",
                             class_binary_name(o->klass, name, sizeof name), type);
        }
        Slot arg = {.a = o};
        return interp_call(t, m, &arg, out);
    }
    return throw_new(t, "java/lang/InternalError", "bad type %c", type);
}

/* The parameter and return type chars of a method descriptor. */
static int descriptor_kinds(const char *descriptor, char *params, char *ret)
{
    int n = 0;
    const char *d = descriptor + 1;
    while (*d && *d != ')') {
        params[n++] = kind_of(*d);
        while (*d == '[')
            d++;
        if (*d == 'L')
            d = strchr(d, ';');
        d++;
    }
    *ret = kind_of(d[1]);
    return n;
}

Object *mh_method_type(Thread *t, const char *descriptor)
{
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return NULL;
    Object *text = string_from_mutf8(t, descriptor, strlen(descriptor));
    if (!text)
        return NULL;
    Slot arg = {.a = text}, r;
    return interp_call(t, ii->from_descriptor, &arg, &r) ? r.a : NULL;
}

static bool same_type(InvokeInfo *ii, Object *a, Object *b)
{
    if (a == b)
        return true;
    if (!a || !b || field_at(a, ii->mt_rtype, Object *) != field_at(b, ii->mt_rtype, Object *))
        return false;
    Array *pa = field_at(a, ii->mt_ptypes, Array *), *pb = field_at(b, ii->mt_ptypes, Array *);
    if (pa->length != pb->length)
        return false;
    return memcmp(array_elements(pa, Object *), array_elements(pb, Object *),
                  (size_t)pa->length * sizeof(Object *)) == 0;
}

/* ---- direct calls ------------------------------------------------------ */

/* Performs what a DirectMethodHandle stands for, with its arguments in
 * [args] laid out as its type says. */
static bool direct_call(Thread *t, InvokeInfo *ii, Object *handle, Slot *args, Slot *result)
{
    int kind = field_at(handle, ii->dmh_kind, int32_t);
    void *member = (void *)(intptr_t)field_at(handle, ii->dmh_member, int64_t);
    if (kind >= REF_getField && kind <= REF_putStatic) {
        Field *f = member;
        uint8_t *base;
        int value_index = 0;
        if (kind == REF_getStatic || kind == REF_putStatic) {
            if (!class_initialize(t, f->klass))
                return false;
            base = f->klass->statics;
        } else {
            if (!args[0].a)
                return throw_null_pointer(t);
            base = (uint8_t *)args[0].a;
            value_index = 1;
        }
        uint8_t *p = base + f->offset;
        bool get = kind == REF_getField || kind == REF_getStatic;
        Slot *v = get ? result : &args[value_index];
        switch (f->type) {
        case 'B': if (get) v->i = *(int8_t *)p; else *(int8_t *)p = (int8_t)v->i; break;
        case 'Z': if (get) v->i = *(int8_t *)p; else *(int8_t *)p = (int8_t)(v->i & 1); break;
        case 'C': if (get) v->i = *(uint16_t *)p; else *(uint16_t *)p = (uint16_t)v->i; break;
        case 'S': if (get) v->i = *(int16_t *)p; else *(int16_t *)p = (int16_t)v->i; break;
        case 'I': case 'F': if (get) v->i = *(int32_t *)p; else *(int32_t *)p = v->i; break;
        case 'J': case 'D': if (get) v->j = *(int64_t *)p; else *(int64_t *)p = v->j; break;
        default: if (get) v->a = *(Object **)p; else *(Object **)p = v->a; break;
        }
        return true;
    }
    Method *m = member;
    switch (kind) {
    case REF_invokeStatic:
        if (!class_initialize(t, m->klass))
            return false;
        return interp_call(t, m, args, result);
    case REF_invokeVirtual:
    case REF_invokeInterface: {
        Object *receiver = args[0].a;
        if (!receiver)
            return throw_null_pointer(t);
        Method *target = m;
        if (class_is_interface(m->klass) && !class_is_assignable(receiver->klass, m->klass) &&
            m->klass != t->vm->wk.Object) {
            char a[512], b[512];
            return throw_new(t, "java/lang/IncompatibleClassChangeError",
                             "Class %s does not implement the requested interface %s",
                             class_binary_name(receiver->klass, a, sizeof a),
                             class_binary_name(m->klass, b, sizeof b));
        }
        if (!(m->access_flags & ACC_PRIVATE)) {
            if (!class_is_interface(m->klass) && m->vtable_index >= 0)
                target = receiver->klass->vtable[m->vtable_index];
            else if (!(target = class_select_method(t, receiver->klass, m)))
                return false;
        }
        return interp_call(t, target, args, result);
    }
    case REF_invokeSpecial:
        if (!args[0].a)
            return throw_null_pointer(t);
        return interp_call(t, m, args, result);
    case REF_newInvokeSpecial: {
        if (!class_initialize(t, m->klass))
            return false;
        Object *o = heap_alloc_object(t, m->klass);
        if (!o)
            return false;
        Slot *call = malloc(((size_t)m->arg_slots + 1) * sizeof(Slot));
        if (!call)
            return throw_out_of_memory(t);
        call[0].a = o;
        memcpy(call + 1, args, (size_t)(m->arg_slots - 1) * sizeof(Slot));
        bool ok = interp_call(t, m, call, NULL);
        free(call);
        result->a = o;
        return ok;
    }
    default:
        return throw_new(t, "java/lang/InternalError", "bad method handle kind %d", kind);
    }
}

/* ---- invocation from call sites ---------------------------------------- */

Object *mh_call_site_target(Thread *t, HandleSite *site)
{
    return field_at(site->call_site, t->vm->invoke->cs_target, Object *);
}

HandleSite *mh_site_new(Thread *t, const char *descriptor, bool exact)
{
    HandleSite *site = arena_alloc(t->vm, sizeof *site);
    if (!site)
        return throw_out_of_memory(t), NULL;
    site->descriptor = descriptor;
    site->arg_slots = (uint16_t)descriptor_arg_slots(descriptor);
    site->exact = exact;
    return site;
}

bool mh_invoke(Thread *t, HandleSite *site, Object *handle, Slot *args, Slot *result)
{
    if (!handle)
        return throw_null_pointer(t);
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return false;
    if (!site->call_type && !(site->call_type = mh_method_type(t, site->descriptor)))
        return false;
    Object *type = field_at(handle, ii->mh_type, Object *);
    if (handle->klass == ii->DirectMethodHandle && same_type(ii, type, site->call_type))
        return direct_call(t, ii, handle, args, result);

    /* Everything else: box, let the library adapt and run, unbox. */
    char params[256], ret;
    int n = descriptor_kinds(site->descriptor, params, &ret);
    Array *boxed = array_new_object(t, ii->Object_class, n);
    if (!boxed)
        return false;
    Slot *a = args;
    for (int i = 0; i < n; i++) {
        Object *o = box(t, params[i], *a);
        if (!o && t->exception)
            return false;
        array_elements(boxed, Object *)[i] = o;
        a += (params[i] == 'J' || params[i] == 'D') ? 2 : 1;
    }
    Slot call[4] = {{.a = handle}, {.a = site->call_type}, {.i = site->exact}, {.a = &boxed->header}};
    Slot r;
    if (!interp_call(t, ii->invoke_from_vm, call, &r))
        return false;
    return unbox(t, ret, r.a, result);
}

/* ---- handles and types as constants ------------------------------------ */

/* Field descriptor of class [c]. */
static void class_descriptor(const Class *c, char *out, size_t size)
{
    if (c->flags & CLASS_IS_PRIMITIVE)
        snprintf(out, size, "%c", c->element_type);
    else if (class_is_array(c))
        snprintf(out, size, "%s", c->name);
    else
        snprintf(out, size, "L%s;", c->name);
}

/* The type of a direct handle to a member with [descriptor] in [refc]. */
static void handle_descriptor(int kind, const char *refc, const char *descriptor, char *out,
                              size_t size)
{
    switch (kind) {
    case REF_getField: snprintf(out, size, "(L%s;)%s", refc, descriptor); break;
    case REF_getStatic: snprintf(out, size, "()%s", descriptor); break;
    case REF_putField: snprintf(out, size, "(L%s;%s)V", refc, descriptor); break;
    case REF_putStatic: snprintf(out, size, "(%s)V", descriptor); break;
    case REF_invokeStatic: snprintf(out, size, "%s", descriptor); break;
    case REF_newInvokeSpecial: {
        const char *close = strchr(descriptor, ')');
        snprintf(out, size, "%.*sL%s;", (int)(close - descriptor + 1), descriptor, refc);
        break;
    }
    default: snprintf(out, size, "(L%s;%s", refc, descriptor + 1); break;
    }
}

static Object *new_direct_handle(Thread *t, InvokeInfo *ii, int kind, const char *refc,
                                 const char *member_descriptor, void *member)
{
    char descriptor[1200];
    handle_descriptor(kind, refc, member_descriptor, descriptor, sizeof descriptor);
    Object *type = mh_method_type(t, descriptor);
    if (!type)
        return NULL;
    Object *h = heap_alloc_object(t, ii->DirectMethodHandle);
    if (!h)
        return NULL;
    Slot args[5] = {{.a = h}, {.a = type}, {.j = (int64_t)(intptr_t)member}, {.raw = 0}, {.i = kind}};
    return interp_call(t, ii->dmh_init, args, NULL) ? h : NULL;
}

Object *mh_resolve_constant(Thread *t, Class *c, uint16_t index)
{
    Object *cached = c->resolved[index];
    if (cached)
        return cached;
    const ClassFile *cf = c->file;
    const CpEntry *e = &cf->cp[index];
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return NULL;
    Object *value = NULL;
    if (e->tag == CP_METHOD_TYPE) {
        value = mh_method_type(t, class_file_utf8(cf, e->u.name));
    } else if (e->tag == CP_METHOD_HANDLE) {
        int kind = e->u.handle.kind;
        uint16_t ref = e->u.handle.reference_index;
        Class *refc = resolve_class(t, c, cf->cp[ref].u.ref.class_index);
        if (!refc)
            return NULL;
        if (kind <= REF_putStatic) {
            Field *f = resolve_field(t, c, ref, kind == REF_getStatic || kind == REF_putStatic);
            if (f)
                value = new_direct_handle(t, ii, kind, refc->name, f->descriptor, f);
        } else {
            Method *m = resolve_method(t, c, ref, 0);
            if (m && kind == REF_invokeVirtual && class_is_interface(m->klass))
                kind = REF_invokeInterface;
            if (m)
                value = new_direct_handle(t, ii, kind, refc->name, m->descriptor, m);
        }
    } else {
        throw_new(t, "java/lang/InternalError", "constant %u is not a method handle or type", index);
    }
    if (value)
        c->resolved[index] = value;
    return value;
}

/* ---- call sites through bootstrap methods ------------------------------ */

static Object *new_lookup(Thread *t, InvokeInfo *ii, Class *c)
{
    Object *mirror = class_mirror(t, c);
    Object *lookup = mirror ? heap_alloc_object(t, ii->Lookup) : NULL;
    if (!lookup)
        return NULL;
    Slot args[3] = {{.a = lookup}, {.a = mirror}, {.i = -1}};
    return interp_call(t, ii->lookup_init, args, NULL) ? lookup : NULL;
}

/* A bootstrap method's static argument as an Object (JVMS 5.4.3.6). */
static Object *static_argument(Thread *t, Class *host, uint16_t index)
{
    const CpEntry *e = &host->file->cp[index];
    switch (e->tag) {
    case CP_INTEGER: return box(t, 'I', (Slot){.i = e->u.i});
    case CP_FLOAT: return box(t, 'F', (Slot){.f = e->u.f});
    case CP_LONG: return box(t, 'J', (Slot){.j = e->u.j});
    case CP_DOUBLE: return box(t, 'D', (Slot){.d = e->u.d});
    case CP_STRING: return resolve_string(t, host, index);
    case CP_CLASS: {
        Class *c = resolve_class(t, host, index);
        return c ? class_mirror(t, c) : NULL;
    }
    case CP_METHOD_TYPE:
    case CP_METHOD_HANDLE: return mh_resolve_constant(t, host, index);
    default:
        throw_new(t, "java/lang/BootstrapMethodError", "unsupported static argument (tag %d)", e->tag);
        return NULL;
    }
}

static void wrap_bootstrap_failure(Thread *t)
{
    Object *cause = t->exception;
    if (!cause || cause == VM_EXIT_MARKER(t->vm))
        return;
    if (class_is_instance(cause, t->vm->wk.Error))
        return;
    t->exception = NULL;
    Object *e = exception_new(t, "java/lang/BootstrapMethodError",
                              "CallSite bootstrap method initialization exception");
    if (!e)
        return;
    Method *init_cause = class_find_method(e->klass, "initCause",
                                           "(Ljava/lang/Throwable;)Ljava/lang/Throwable;");
    Slot args[2] = {{.a = e}, {.a = cause}}, r;
    if (init_cause && !interp_call(t, init_cause, args, &r))
        return;
    t->exception = e;
}

HandleSite *mh_link_call_site(Thread *t, Class *host, uint16_t index)
{
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return NULL;
    const ClassFile *cf = host->file;
    const CpEntry *e = &cf->cp[index];
    const char *name, *descriptor;
    class_file_member_ref(cf, index, &name, &descriptor);
    const BootstrapMethod *bsm = &cf->bootstrap_methods[e->u.dyn.bootstrap_index];
    HandleSite *site = mh_site_new(t, descriptor, true);
    if (!site)
        return NULL;
    Object *bootstrap = mh_resolve_constant(t, host, bsm->method_ref);
    Object *lookup = bootstrap ? new_lookup(t, ii, host) : NULL;
    Object *text = lookup ? string_from_mutf8(t, name, strlen(name)) : NULL;
    Object *type = text ? mh_method_type(t, descriptor) : NULL;
    Array *args = type ? array_new_object(t, ii->Object_class, 3 + bsm->argument_count) : NULL;
    if (!args) {
        wrap_bootstrap_failure(t);
        return NULL;
    }
    site->call_type = type;
    array_elements(args, Object *)[0] = lookup;
    array_elements(args, Object *)[1] = text;
    array_elements(args, Object *)[2] = type;
    for (uint16_t i = 0; i < bsm->argument_count; i++) {
        Object *v = static_argument(t, host, bsm->arguments[i]);
        if (!v && t->exception) {
            wrap_bootstrap_failure(t);
            return NULL;
        }
        array_elements(args, Object *)[3 + i] = v;
    }
    Slot call[2] = {{.a = bootstrap}, {.a = &args->header}}, r;
    if (!interp_call(t, ii->invoke_with_arguments, call, &r)) {
        wrap_bootstrap_failure(t);
        return NULL;
    }
    Object *cs = r.a;
    if (!cs || !class_is_instance(cs, ii->CallSite)) {
        throw_new(t, "java/lang/BootstrapMethodError",
                  "CallSite bootstrap method initialization exception: bootstrap method did "
                  "not return a CallSite");
        return NULL;
    }
    Object *target = field_at(cs, ii->cs_target, Object *);
    if (!target || !same_type(ii, field_at(target, ii->mh_type, Object *), type)) {
        throw_new(t, "java/lang/BootstrapMethodError",
                  "CallSite bootstrap method initialization exception: wrong type of call site target");
        return NULL;
    }
    site->call_site = cs;
    return site;
}

/* ---- dynamically-computed constants (CONSTANT_Dynamic, JVMS 5.4.3.6) ---- */

bool mh_resolve_dynamic(Thread *t, Class *host, uint16_t index, Slot *value)
{
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return false;
    const ClassFile *cf = host->file;
    const CpEntry *e = &cf->cp[index];
    const char *name, *descriptor;
    class_file_member_ref(cf, index, &name, &descriptor);
    char kind = kind_of(descriptor[0]);
    Object *boxed = host->resolved[index];
    if (!boxed) {
        const BootstrapMethod *bsm = &cf->bootstrap_methods[e->u.dyn.bootstrap_index];
        Class *type = NULL;
        if (kind != 'L') {
            type = class_primitive(t->vm, descriptor[0]);
        } else {
            char *internal = strdup(descriptor[0] == 'L' ? descriptor + 1 : descriptor);
            if (!internal)
                return throw_out_of_memory(t);
            if (descriptor[0] == 'L')
                internal[strlen(internal) - 1] = '\0';
            type = class_find(t, internal);
            free(internal);
        }
        Object *bootstrap = type ? mh_resolve_constant(t, host, bsm->method_ref) : NULL;
        Object *lookup = bootstrap ? new_lookup(t, ii, host) : NULL;
        Object *text = lookup ? string_from_mutf8(t, name, strlen(name)) : NULL;
        Object *mirror = text ? class_mirror(t, type) : NULL;
        Array *args = mirror ? array_new_object(t, ii->Object_class, 3 + bsm->argument_count) : NULL;
        if (!args) {
            wrap_bootstrap_failure(t);
            return false;
        }
        array_elements(args, Object *)[0] = lookup;
        array_elements(args, Object *)[1] = text;
        array_elements(args, Object *)[2] = mirror;
        for (uint16_t i = 0; i < bsm->argument_count; i++) {
            if (bsm->arguments[i] == index)
                return throw_new(t, "java/lang/StackOverflowError", "constant %u depends on itself", index);
            Object *v = cf->cp[bsm->arguments[i]].tag == CP_DYNAMIC ? NULL
                                                                     : static_argument(t, host, bsm->arguments[i]);
            if (cf->cp[bsm->arguments[i]].tag == CP_DYNAMIC) {
                Slot nested;
                if (!mh_resolve_dynamic(t, host, bsm->arguments[i], &nested)) {
                    wrap_bootstrap_failure(t);
                    return false;
                }
                v = host->resolved[bsm->arguments[i]];
            }
            if (!v && t->exception) {
                wrap_bootstrap_failure(t);
                return false;
            }
            array_elements(args, Object *)[3 + i] = v;
        }
        Slot call[2] = {{.a = bootstrap}, {.a = &args->header}}, r;
        if (!interp_call(t, ii->invoke_with_arguments, call, &r)) {
            wrap_bootstrap_failure(t);
            return false;
        }
        boxed = r.a;
        if (kind == 'L' && boxed && !class_is_instance(boxed, type)) {
            char a[512], b[512];
            return throw_new(t, "java/lang/ClassCastException", "Cannot cast %s to %s",
                             class_binary_name(boxed->klass, a, sizeof a),
                             class_binary_name(type, b, sizeof b));
        }
        if (kind != 'L' && !boxed)
            return throw_null_pointer(t);
        host->resolved[index] = boxed;
    }
    return unbox(t, kind, boxed, value);
}

/* ---- natives ----------------------------------------------------------- */

/* DirectMethodHandle.invoke0(Object[]): the generic path's last step. */
static bool DirectMethodHandle_invoke0(Thread *t, Slot *args, Slot *result)
{
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return false;
    Object *handle = args[0].a;
    Array *boxed = (Array *)args[1].a;
    Object *type = field_at(handle, ii->mh_type, Object *);
    Array *ptypes = field_at(type, ii->mt_ptypes, Array *);
    int n = ptypes->length;
    if (!boxed || boxed->length != n)
        return throw_new(t, "java/lang/IllegalArgumentException", "wrong number of arguments");
    Slot *slots = calloc((size_t)n * 2 + 2, sizeof(Slot));
    if (!slots)
        return throw_out_of_memory(t);
    Slot *s = slots;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        Class *p = class_from_mirror(t->vm, array_elements(ptypes, Object *)[i]);
        char k = (p->flags & CLASS_IS_PRIMITIVE) ? p->element_type : 'L';
        ok = unbox(t, k, array_elements(boxed, Object *)[i], s);
        s += (k == 'J' || k == 'D') ? 2 : 1;
    }
    Slot value = {.raw = 0};
    if (ok)
        ok = direct_call(t, ii, handle, slots, &value);
    free(slots);
    if (!ok)
        return false;
    Class *rt = class_from_mirror(t->vm, field_at(type, ii->mt_rtype, Object *));
    char k = (rt->flags & CLASS_IS_PRIMITIVE) ? rt->element_type : 'L';
    result->a = box(t, k, value);
    return !t->exception;
}

/* MethodHandles.lookup(): a full-privilege lookup for the calling class. */
static bool MethodHandles_lookup(Thread *t, Slot *args, Slot *result)
{
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return false;
    Frame *caller = t->fp - 1;
    if (caller <= t->frames)
        return throw_new(t, "java/lang/IllegalCallerException", "no caller frame");
    result->a = new_lookup(t, ii, caller->method->klass);
    return result->a != NULL;
}

static const char *const kind_names[] = {
    "", "getField", "getStatic", "putField", "putStatic", "invokeVirtual",
    "invokeStatic", "invokeSpecial", "newInvokeSpecial", "invokeInterface"};

/* [o].toString() as UTF-8 (malloc'd), or NULL with the exception pending. */
static char *java_to_string(Thread *t, Object *o)
{
    Method *m = class_find_method(o->klass, "toString", "()Ljava/lang/String;");
    Slot arg = {.a = o}, r;
    if (!m || !interp_call(t, m, &arg, &r) || !r.a)
        return NULL;
    return string_to_utf8(r.a);
}

/* Handles for variable-arity methods collect trailing arguments, as the
 * JDK's do (MethodHandle.asVarargsCollector on the last parameter). */
static Object *as_varargs_collector(Thread *t, InvokeInfo *ii, Object *handle)
{
    Object *type = field_at(handle, ii->mh_type, Object *);
    Array *ptypes = field_at(type, ii->mt_ptypes, Array *);
    if (ptypes->length == 0)
        return handle;
    Method *collect = class_find_method(handle->klass, "asVarargsCollector",
                                        "(Ljava/lang/Class;)Ljava/lang/invoke/MethodHandle;");
    if (!collect)
        return handle;
    Slot args[2] = {{.a = handle}, {.a = array_elements(ptypes, Object *)[ptypes->length - 1]}}, r;
    return interp_call(t, collect, args, &r) ? r.a : NULL;
}

/* Lookup.resolve0(refc, name, type, fieldType, kind, specialCaller):
 * finds the member, checks it the way the JDK's Lookup does (with its
 * messages), and makes the DirectMethodHandle. */
static bool Lookup_resolve0(Thread *t, Slot *args, Slot *result)
{
    InvokeInfo *ii = invoke_info(t);
    if (!ii)
        return false;
    Object *lookup = args[0].a;
    if (!args[1].a || !args[2].a)
        return throw_null_pointer(t);
    Class *from = class_from_mirror(t->vm, field_at(lookup, ii->lookup_class, Object *));
    Class *refc = class_from_mirror(t->vm, args[1].a);
    int kind = args[5].i;
    if (kind < REF_getField || kind > REF_invokeInterface)
        return throw_new(t, "java/lang/IllegalArgumentException", "bad reference kind %d", kind);
    char *name = string_to_mutf8(args[2].a);
    if (!name)
        return throw_out_of_memory(t);
    char descriptor[1024], refc_name[512], from_name[512];
    class_binary_name(refc, refc_name, sizeof refc_name);
    class_binary_name(from, from_name, sizeof from_name);
    bool ok = false;
    if (kind <= REF_putStatic) {
        if (!args[4].a) {
            free(name);
            return throw_null_pointer(t);
        }
        Class *ftype = class_from_mirror(t->vm, args[4].a);
        char ftype_name[512];
        class_binary_name(ftype, ftype_name, sizeof ftype_name);
        class_descriptor(ftype, descriptor, sizeof descriptor);
        Field *f = class_find_field(refc, name, descriptor);
        bool want_static = kind == REF_getStatic || kind == REF_putStatic;
        if (!f)
            throw_new(t, "java/lang/NoSuchFieldException", "no such field: %s.%s/%s/%s", refc_name,
                      name, ftype_name, kind_names[kind]);
        else if (((f->access_flags & ACC_STATIC) != 0) != want_static)
            throw_new(t, "java/lang/IllegalAccessException",
                      "expected a %s field: %s.%s/%s/%s, from class %s",
                      want_static ? "static" : "non-static", refc_name, name, ftype_name,
                      kind_names[kind], from_name);
        else if ((kind == REF_putField || kind == REF_putStatic) && (f->access_flags & ACC_FINAL))
            throw_new(t, "java/lang/IllegalAccessException",
                      "unexpected set of a final field: %s.%s/%s/%s, from class %s", refc_name,
                      name, ftype_name, kind_names[kind], from_name);
        else if (!resolve_member_accessible(t, from, f->klass, f->access_flags))
            throw_new(t, "java/lang/IllegalAccessException",
                      "member is %s: %s.%s/%s/%s, from class %s",
                      (f->access_flags & ACC_PRIVATE) ? "private" : "not accessible", refc_name,
                      name, ftype_name, kind_names[kind], from_name);
        else if ((result->a = new_direct_handle(t, ii, kind, refc->name, f->descriptor, f)))
            ok = true;
        free(name);
        return ok;
    }
    if (!args[3].a) {
        free(name);
        return throw_null_pointer(t);
    }
    Slot arg = {.a = args[3].a}, r;
    char *text = NULL, *shown_type = NULL;
    if (interp_call(t, ii->to_descriptor, &arg, &r) && r.a)
        text = string_to_mutf8(r.a);
    if (text)
        shown_type = java_to_string(t, args[3].a);
    if (!text || !shown_type) {
        free(text);
        free(name);
        return t->exception ? false : throw_out_of_memory(t);
    }
    snprintf(descriptor, sizeof descriptor, "%s", text);
    free(text);
    Method *m = class_find_method(refc, name, descriptor);
    if (!m && class_is_interface(refc))
        m = class_find_method(t->vm->wk.Object, name, descriptor);
    bool constructor = kind == REF_newInvokeSpecial;
    const char *what = constructor ? "constructor" : "method";
    bool want_static = kind == REF_invokeStatic;
    if (!m || constructor != ((m->flags & METHOD_INIT) != 0))
        throw_new(t, "java/lang/NoSuchMethodException", "no such %s: %s.%s%s/%s", what, refc_name,
                  name, shown_type, kind_names[kind]);
    else if (!constructor && ((m->access_flags & ACC_STATIC) != 0) != want_static)
        throw_new(t, "java/lang/IllegalAccessException", "no such method: %s.%s%s/%s", refc_name,
                  name, shown_type, kind_names[kind]);
    else if (!resolve_member_accessible(t, from, m->klass, m->access_flags))
        throw_new(t, "java/lang/IllegalAccessException", "member is %s: %s.%s%s/%s, from class %s",
                  (m->access_flags & ACC_PRIVATE) ? "private" : "not accessible", refc_name, name,
                  shown_type, kind_names[kind], from_name);
    else {
        if (kind == REF_invokeVirtual && class_is_interface(m->klass))
            kind = REF_invokeInterface;
        Object *h = new_direct_handle(t, ii, kind, refc->name, m->descriptor, m);
        if (h && (m->access_flags & ACC_VARARGS))
            h = as_varargs_collector(t, ii, h);
        if ((result->a = h))
            ok = true;
    }
    free(shown_type);
    free(name);
    return ok;
}

const NativeEntry natives_invoke[] = {
    {"java/lang/invoke/DirectMethodHandle", "invoke0", "([Ljava/lang/Object;)Ljava/lang/Object;",
     DirectMethodHandle_invoke0},
    {"java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;",
     MethodHandles_lookup},
    {"java/lang/invoke/MethodHandles$Lookup", "resolve0",
     "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/Class;ILjava/lang/Class;)"
     "Ljava/lang/invoke/MethodHandle;",
     Lookup_resolve0},
    {NULL, NULL, NULL, NULL},
};
