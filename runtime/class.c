/*
 * class.c - loading, linking and initialization of classes (JVMS ch. 5).
 *
 * The bootstrap loader looks in the built-in class library first, then on
 * the class path (JVMS 5.3.1). Linking resolves the superclass and
 * superinterfaces (detecting circularity, 5.3.5), lays out fields, builds
 * the vtable and itables (method selection, 5.4.5/5.4.6) and binds natives.
 * Initialization follows the procedure of JVMS 5.5 for a single thread.
 *
 * Must never: leave a half-linked class visible after a failure, or run
 * Java code while a class is in an inconsistent state.
 */
#include "runtime/class.h"

#include "gc/heap.h"
#include "interp/interp.h"
#include "loader/classpath.h"
#include "runtime/exception.h"
#include "runtime/jstring.h"
#include "runtime/native.h"
#include "runtime/verifier.h"
#include "runtime/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the class table --------------------------------------------------- */

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (uint8_t)*s++) * 16777619u;
    return h;
}

Class *class_lookup_loaded(Vm *vm, const char *name)
{
    if (!vm->class_table)
        return NULL;
    uint32_t i = name_hash(name) & (vm->class_table_size - 1);
    for (Class *c = vm->class_table[i]; c; c = c->hash_next)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

static bool table_insert(Vm *vm, Class *c)
{
    if (vm->class_count * 2 >= vm->class_table_size) {
        uint32_t size = vm->class_table_size ? vm->class_table_size * 2 : 1024;
        Class **table = calloc(size, sizeof *table);
        if (!table)
            return false;
        for (uint32_t i = 0; i < vm->class_table_size; i++) {
            for (Class *e = vm->class_table[i], *next; e; e = next) {
                next = e->hash_next;
                uint32_t j = name_hash(e->name) & (size - 1);
                e->hash_next = table[j];
                table[j] = e;
            }
        }
        free(vm->class_table);
        vm->class_table = table;
        vm->class_table_size = size;
    }
    uint32_t i = name_hash(c->name) & (vm->class_table_size - 1);
    c->hash_next = vm->class_table[i];
    vm->class_table[i] = c;
    vm->class_count++;
    return true;
}

static void table_remove(Vm *vm, Class *c)
{
    uint32_t i = name_hash(c->name) & (vm->class_table_size - 1);
    for (Class **p = &vm->class_table[i]; *p; p = &(*p)->hash_next) {
        if (*p == c) {
            *p = c->hash_next;
            vm->class_count--;
            return;
        }
    }
}

/* ---- names ------------------------------------------------------------- */

char *class_binary_name(const Class *c, char *buffer, size_t size)
{
    snprintf(buffer, size, "%s", c->name);
    for (char *p = buffer; *p; p++)
        if (*p == '/')
            *p = '.';
    return buffer;
}

/* Length of the package prefix of internal name [name] (0: unnamed). */
static size_t package_length(const char *name)
{
    while (*name == '[')
        name++;
    if (*name == 'L')
        name++;
    const char *slash = strrchr(name, '/');
    return slash ? (size_t)(slash - name) : 0;
}

/* Same runtime package (JVMS 5.3): one loader here, so the same package
 * name. Arrays belong to the package of their element type. */
bool class_same_package(const Class *a, const Class *b)
{
    while (a->component)
        a = a->component;
    while (b->component)
        b = b->component;
    size_t la = package_length(a->name), lb = package_length(b->name);
    return la == lb && strncmp(a->name, b->name, la) == 0;
}

/* ---- primitive and array classes --------------------------------------- */

static const char primitive_chars[9] = {'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'V'};
static const char *const primitive_names[9] = {
    "byte", "char", "double", "float", "int", "long", "short", "boolean", "void"};

static int primitive_index(char type)
{
    for (int i = 0; i < 9; i++)
        if (primitive_chars[i] == type)
            return i;
    return -1;
}

static uint8_t type_size(char type)
{
    switch (type) {
    case 'B': case 'Z': return 1;
    case 'C': case 'S': return 2;
    case 'I': case 'F': return 4;
    case 'J': case 'D': return 8;
    default: return sizeof(Object *);
    }
}

Class *class_primitive(Vm *vm, char type)
{
    int i = primitive_index(type);
    if (i < 0)
        return NULL;
    if (!vm->primitives[i]) {
        Class *c = arena_alloc(vm, sizeof(Class));
        if (!c)
            return NULL;
        c->vm = vm;
        c->name = primitive_names[i];
        c->flags = CLASS_IS_PRIMITIVE;
        c->access_flags = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
        c->state = CLASS_INITIALIZED;
        c->element_type = type;
        c->element_size = type == 'V' ? 0 : type_size(type);
        vm->primitives[i] = c;
    }
    return vm->primitives[i];
}

static bool build_itable(Thread *t, Class *c);

Class *class_array_of(Thread *t, Class *component)
{
    if (component->array_class)
        return component->array_class;
    Vm *vm = t->vm;
    if (component->element_type == 'V' && (component->flags & CLASS_IS_PRIMITIVE)) {
        throw_new(t, "java/lang/NoClassDefFoundError", "[V");
        return NULL;
    }
    int dims = (class_is_array(component) ? component->dimensions : 0) + 1;
    if (dims > 255) {
        throw_new(t, "java/lang/IllegalArgumentException",
                  "array dimensions exceed 255");
        return NULL;
    }
    size_t len = strlen(component->name);
    char *name = arena_alloc_data(vm, len + 4);
    if (!name)
        return throw_out_of_memory(t), NULL;
    if (component->flags & CLASS_IS_PRIMITIVE)
        sprintf(name, "[%c", component->element_type);
    else if (class_is_array(component))
        sprintf(name, "[%s", component->name);
    else
        sprintf(name, "[L%s;", component->name);

    Class *existing = class_lookup_loaded(vm, name);
    if (existing) {
        component->array_class = existing;
        return existing;
    }
    Class *c = arena_alloc(vm, sizeof(Class));
    Class **ifaces = arena_alloc(vm, 2 * sizeof(Class *));
    if (!c || !ifaces)
        return throw_out_of_memory(t), NULL;
    c->vm = vm;
    c->name = name;
    c->flags = CLASS_IS_ARRAY;
    if (!(component->flags & CLASS_IS_PRIMITIVE))
        c->flags |= CLASS_IS_REFERENCE_ARRAY;
    c->access_flags = (component->access_flags & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED)) |
                      ACC_FINAL | ACC_ABSTRACT;
    if (component->flags & CLASS_IS_PRIMITIVE)
        c->access_flags = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
    c->component = component;
    c->dimensions = (uint8_t)dims;
    c->element_type = (component->flags & CLASS_IS_PRIMITIVE) ? component->element_type : 'L';
    c->element_size = type_size(c->element_type);
    c->super = vm->wk.Object;
    ifaces[0] = vm->wk.Cloneable;
    ifaces[1] = vm->wk.Serializable;
    c->interfaces = ifaces;
    c->interface_count = 2;
    c->instance_size = sizeof(Array);
    c->vtable = vm->wk.Object->vtable;
    c->vtable_length = vm->wk.Object->vtable_length;
    if (!build_itable(t, c))
        return NULL;
    c->state = CLASS_INITIALIZED;
    if (!table_insert(vm, c))
        return throw_out_of_memory(t), NULL;
    component->array_class = c;
    return c;
}

/* Creates the array class named by descriptor-form [name] ("[I", "[[LFoo;"). */
static Class *array_class_named(Thread *t, const char *name)
{
    const char *elem = name + 1;
    Class *component;
    if (*elem == '[') {
        component = class_find(t, elem);
    } else if (*elem == 'L') {
        size_t n = strlen(elem);
        if (n < 3 || elem[n - 1] != ';') {
            throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
            return NULL;
        }
        char *inner = malloc(n - 1);
        if (!inner)
            return throw_out_of_memory(t), NULL;
        memcpy(inner, elem + 1, n - 2);
        inner[n - 2] = '\0';
        component = strchr(inner, '[') || strchr(inner, ';') ? NULL : class_find(t, inner);
        if (!component && !t->exception)
            throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
        free(inner);
    } else if (elem[0] && !elem[1] && primitive_index(*elem) >= 0 && *elem != 'V') {
        component = class_primitive(t->vm, *elem);
    } else {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    return component ? class_array_of(t, component) : NULL;
}

/* ---- linking ----------------------------------------------------------- */

static bool is_signature_return_wide(char c) { return c == 'J' || c == 'D'; }

/* Lays out instance and static fields: longest first, keeping alignment
 * (JVMS leaves layout to the implementation). */
static bool layout_fields(Thread *t, Class *c)
{
    Vm *vm = t->vm;
    ClassFile *cf = c->file;
    c->field_count = cf->field_count;
    c->fields = arena_alloc(vm, (cf->field_count + 1) * sizeof(Field));
    if (!c->fields)
        return throw_out_of_memory(t);
    uint32_t instance = c->super ? c->super->instance_size : sizeof(Object);
    uint32_t statics = 0;
    for (unsigned size = 8; size >= 1; size /= 2) {
        for (uint16_t i = 0; i < cf->field_count; i++) {
            const FieldInfo *fi = &cf->fields[i];
            char type = fi->descriptor[0];
            if (type_size(type) != size)
                continue;
            Field *f = &c->fields[i];
            f->klass = c;
            f->name = fi->name;
            f->descriptor = fi->descriptor;
            f->access_flags = fi->access_flags;
            f->type = type;
            f->constant_value_index = fi->constant_value_index;
            uint32_t *cursor = (fi->access_flags & ACC_STATIC) ? &statics : &instance;
            *cursor = (*cursor + size - 1) & ~(uint32_t)(size - 1);
            f->offset = *cursor;
            *cursor += size;
        }
    }
    c->instance_size = (instance + 7) & ~7u;
    c->static_size = statics;
    c->statics = arena_alloc(vm, statics ? statics : 8);
    if (!c->statics)
        return throw_out_of_memory(t);
    return true;
}

static bool create_methods(Thread *t, Class *c)
{
    Vm *vm = t->vm;
    ClassFile *cf = c->file;
    c->method_count = cf->method_count;
    c->methods = arena_alloc(vm, (cf->method_count + 1) * sizeof(Method));
    if (!c->methods)
        return throw_out_of_memory(t);
    for (uint16_t i = 0; i < cf->method_count; i++) {
        const MethodInfo *mi = &cf->methods[i];
        Method *m = &c->methods[i];
        m->klass = c;
        m->name = mi->name;
        m->descriptor = mi->descriptor;
        m->access_flags = mi->access_flags;
        m->info = mi;
        m->vtable_index = -1;
        m->itable_index = -1;
        m->arg_slots = (uint16_t)(descriptor_arg_slots(mi->descriptor) +
                                  ((mi->access_flags & ACC_STATIC) ? 0 : 1));
        const char *ret = strchr(mi->descriptor, ')') + 1;
        m->return_type = *ret;
        m->return_slots = *ret == 'V' ? 0 : is_signature_return_wide(*ret) ? 2 : 1;
        if (mi->code) {
            m->max_stack = mi->code->max_stack;
            m->max_locals = mi->code->max_locals;
        }
        if (strcmp(m->name, "<init>") == 0)
            m->flags |= METHOD_INIT;
        else if (strcmp(m->name, "<clinit>") == 0)
            m->flags |= METHOD_CLINIT;
        if (m->access_flags & ACC_SYNCHRONIZED)
            m->flags |= METHOD_SYNCHRONIZED;
        if (m->access_flags & ACC_NATIVE)
            m->native = native_lookup(c->name, m->name, m->descriptor);
    }
    return true;
}

Method *class_declared_method(const Class *c, const char *name, const char *descriptor)
{
    for (uint16_t i = 0; i < c->method_count; i++) {
        Method *m = &c->methods[i];
        if (strcmp(m->name, name) == 0 && strcmp(m->descriptor, descriptor) == 0)
            return m;
    }
    return NULL;
}

/* The overriding rule of JVMS 5.4.5 against the current vtable occupant. */
static bool can_override(const Method *m, const Method *super_method)
{
    if (super_method->access_flags & (ACC_PRIVATE | ACC_STATIC))
        return false;
    if (super_method->access_flags & (ACC_PUBLIC | ACC_PROTECTED))
        return true;
    if (class_is_interface(super_method->klass))
        return true;
    return class_same_package(m->klass, super_method->klass);
}

/* Calls [fn] for every superinterface of [c], transitively, once each in
 * a depth-first order (the order of JVMS 5.5 step 7). */
typedef struct InterfaceSet {
    Class **items;
    uint32_t count, capacity;
} InterfaceSet;

static bool set_add(InterfaceSet *s, Class *c)
{
    for (uint32_t i = 0; i < s->count; i++)
        if (s->items[i] == c)
            return true;
    if (s->count == s->capacity) {
        uint32_t cap = s->capacity ? s->capacity * 2 : 8;
        Class **items = realloc(s->items, cap * sizeof *items);
        if (!items)
            return false;
        s->items = items;
        s->capacity = cap;
    }
    s->items[s->count++] = c;
    return true;
}

static bool collect_interfaces(Class *c, InterfaceSet *s)
{
    for (uint16_t i = 0; i < c->interface_count; i++) {
        Class *iface = c->interfaces[i];
        if (!set_add(s, iface) || !collect_interfaces(iface, s))
            return false;
    }
    if (c->super && !class_is_interface(c))
        return collect_interfaces(c->super, s);
    return true;
}

/* Maximally-specific superinterface methods of [c] for name/descriptor
 * (JVMS 5.4.3.3): non-private, non-static methods declared in a
 * superinterface with no more specific declaration. Writes up to [max]. */
static int maximally_specific(Class *c, const char *name, const char *descriptor,
                              Method **out, int max)
{
    InterfaceSet set = {0};
    if (!collect_interfaces(c, &set)) {
        free(set.items);
        return -1;
    }
    int n = 0;
    for (uint32_t i = 0; i < set.count; i++) {
        Method *m = class_declared_method(set.items[i], name, descriptor);
        if (!m || (m->access_flags & (ACC_PRIVATE | ACC_STATIC)))
            continue;
        bool dominated = false;
        for (uint32_t j = 0; j < set.count && !dominated; j++) {
            Class *other = set.items[j];
            if (other != set.items[i] && class_is_assignable(other, set.items[i])) {
                Method *o = class_declared_method(other, name, descriptor);
                if (o && !(o->access_flags & (ACC_PRIVATE | ACC_STATIC)))
                    dominated = true;
            }
        }
        if (!dominated && n < max)
            out[n++] = m;
    }
    free(set.items);
    return n;
}

/* JVMS 5.4.6 without the class-chain step: the default method to use, the
 * abstract method, or a conflict stand-in. */
static Method *select_default(Thread *t, Class *c, Method *resolved)
{
    Method *candidates[16];
    int n = maximally_specific(c, resolved->name, resolved->descriptor, candidates, 16);
    if (n < 0)
        return throw_out_of_memory(t), NULL;
    Method *concrete = NULL;
    int concrete_count = 0;
    for (int i = 0; i < n; i++) {
        if (!(candidates[i]->access_flags & ACC_ABSTRACT)) {
            concrete = candidates[i];
            concrete_count++;
        }
    }
    if (concrete_count == 1)
        return concrete;
    if (concrete_count == 0)
        return resolved;
    Method *conflict = arena_alloc(t->vm, sizeof(Method));
    if (!conflict)
        return throw_out_of_memory(t), NULL;
    *conflict = *resolved;
    conflict->klass = c;
    conflict->access_flags = ACC_PUBLIC | ACC_ABSTRACT;
    conflict->flags |= METHOD_CONFLICT;
    conflict->native = NULL;
    conflict->code = NULL;
    return conflict;
}

Method *class_select_method(Thread *t, Class *c, Method *resolved)
{
    for (Class *k = c; k; k = k->super) {
        Method *m = class_declared_method(k, resolved->name, resolved->descriptor);
        if (m && !(m->access_flags & ACC_STATIC) && !(m->access_flags & ACC_PRIVATE) &&
            (k == resolved->klass || can_override(m, resolved)))
            return m;
    }
    return select_default(t, c, resolved);
}

static bool build_vtable(Thread *t, Class *c)
{
    Vm *vm = t->vm;
    Class *super = c->super;
    uint32_t capacity = (super ? super->vtable_length : 0) + c->method_count + 8;
    Method **vt = malloc(capacity * sizeof *vt);
    if (!vt)
        return throw_out_of_memory(t);
    uint32_t n = 0;
    if (super) {
        memcpy(vt, super->vtable, super->vtable_length * sizeof *vt);
        n = super->vtable_length;
    }
    for (uint16_t i = 0; i < c->method_count; i++) {
        Method *m = &c->methods[i];
        if (m->access_flags & (ACC_STATIC | ACC_PRIVATE) || (m->flags & (METHOD_INIT | METHOD_CLINIT)))
            continue;
        for (uint32_t j = 0; j < n; j++) {
            if (strcmp(vt[j]->name, m->name) == 0 &&
                strcmp(vt[j]->descriptor, m->descriptor) == 0 && can_override(m, vt[j])) {
                vt[j] = m;
                if (m->vtable_index < 0)
                    m->vtable_index = (int32_t)j;
            }
        }
        if (m->vtable_index < 0) {
            m->vtable_index = (int32_t)n;
            vt[n++] = m;
        }
    }
    /* Interface methods with no class implementation get a slot holding
     * the selected default (or the abstract method), JVMS 5.4.6. */
    InterfaceSet set = {0};
    if (!collect_interfaces(c, &set)) {
        free(vt);
        free(set.items);
        return throw_out_of_memory(t);
    }
    for (uint32_t k = 0; k < set.count; k++) {
        Class *iface = set.items[k];
        for (uint16_t i = 0; i < iface->method_count; i++) {
            Method *im = &iface->methods[i];
            if (im->itable_index < 0)
                continue;
            int32_t found = -1;
            for (uint32_t j = 0; j < n; j++) {
                if (strcmp(vt[j]->name, im->name) == 0 &&
                    strcmp(vt[j]->descriptor, im->descriptor) == 0) {
                    found = (int32_t)j;
                    break;
                }
            }
            if (found >= 0 && !class_is_interface(vt[found]->klass) &&
                !(vt[found]->flags & METHOD_CONFLICT))
                continue;
            Method *selected = select_default(t, c, im);
            if (!selected) {
                free(vt);
                free(set.items);
                return false;
            }
            if (found >= 0) {
                vt[found] = selected;
                continue;
            }
            if (n == capacity) {
                capacity *= 2;
                Method **grown = realloc(vt, capacity * sizeof *vt);
                if (!grown) {
                    free(vt);
                    free(set.items);
                    return throw_out_of_memory(t);
                }
                vt = grown;
            }
            vt[n++] = selected;
        }
    }
    free(set.items);
    c->vtable = arena_alloc(vm, (n ? n : 1) * sizeof *vt);
    if (!c->vtable) {
        free(vt);
        return throw_out_of_memory(t);
    }
    memcpy(c->vtable, vt, n * sizeof *vt);
    c->vtable_length = n;
    free(vt);
    return true;
}

/* One entry per superinterface; classes also get the selected methods. */
static bool build_itable(Thread *t, Class *c)
{
    InterfaceSet set = {0};
    if (!collect_interfaces(c, &set)) {
        free(set.items);
        return throw_out_of_memory(t);
    }
    c->itable_length = set.count;
    c->itable = arena_alloc(t->vm, (set.count ? set.count : 1) * sizeof(ItableEntry));
    if (!c->itable) {
        free(set.items);
        return throw_out_of_memory(t);
    }
    for (uint32_t k = 0; k < set.count; k++) {
        Class *iface = set.items[k];
        ItableEntry *e = &c->itable[k];
        e->interface = iface;
        if (class_is_interface(c) || iface->interface_method_count == 0)
            continue;
        e->methods = arena_alloc(t->vm, iface->interface_method_count * sizeof(Method *));
        if (!e->methods) {
            free(set.items);
            return throw_out_of_memory(t);
        }
        for (uint16_t i = 0; i < iface->method_count; i++) {
            Method *im = &iface->methods[i];
            if (im->itable_index < 0)
                continue;
            Method *m = class_select_method(t, c, im);
            if (!m) {
                free(set.items);
                return false;
            }
            e->methods[im->itable_index] = m;
        }
    }
    free(set.items);
    return true;
}

static void number_interface_methods(Class *c)
{
    uint32_t k = 0;
    for (uint16_t i = 0; i < c->method_count; i++) {
        Method *m = &c->methods[i];
        if (m->access_flags & (ACC_STATIC | ACC_PRIVATE) || (m->flags & METHOD_CLINIT))
            continue;
        m->itable_index = (int32_t)k++;
    }
    c->interface_method_count = k;
}

/* JVMS 5.3.5: a class or interface with PermittedSubclasses (version 61+)
 * may only be extended or implemented by the classes it names, in its own
 * package (everything here is in the unnamed module). */
static bool sealing_permits(const Class *super, const Class *sub)
{
    const ClassFile *cf = super->file;
    if (!cf || cf->major_version < 61 || cf->permitted_count == 0)
        return true;
    if (!class_same_package(super, sub))
        return false;
    for (uint16_t i = 0; i < cf->permitted_count; i++)
        if (strcmp(cf->permitted_subclasses[i], sub->name) == 0)
            return true;
    return false;
}

static bool check_sealing(Thread *t, const Class *super, const Class *sub)
{
    if (sealing_permits(super, sub))
        return true;
    char a[256], b[256];
    return throw_new(t, "java/lang/IncompatibleClassChangeError",
                     "class %s cannot %s sealed %s %s", class_binary_name(sub, a, sizeof a),
                     class_is_interface(super) && !class_is_interface(sub) ? "implement" : "inherit from",
                     class_is_interface(super) ? "interface" : "class",
                     class_binary_name(super, b, sizeof b));
}

/* Access to class [target] from [from] (JVMS 5.4.4). */
static bool class_accessible(const Class *from, const Class *target)
{
    while (target->component)
        target = target->component;
    if (target->flags & CLASS_IS_PRIMITIVE)
        return true;
    return (target->access_flags & ACC_PUBLIC) || class_same_package(from, target);
}

static void print_loaded(Vm *vm, const Class *c, const char *source)
{
    char name[512];
    fflush(vm->err);
    double uptime = (double)(vm_nanotime() - vm->start_nanos) / 1e9;
    fprintf(vm->out, "[%.3fs][info][class,load] %s source: %s\n", uptime,
            class_binary_name(c, name, sizeof name), source);
}

/* Creates, links and registers the class [name] from [cf], which it takes
 * ownership of. Returns NULL with the error pending. */
static Class *define_class(Thread *t, const char *name, ClassFile *cf, const char *source,
                           uint16_t extra_flags)
{
    Vm *vm = t->vm;
    if (strcmp(cf->this_name, name) != 0) {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s (wrong name: %s)", name,
                  cf->this_name);
        class_file_free(cf);
        return NULL;
    }
    if (cf->access_flags & ACC_MODULE) {
        throw_new(t, "java/lang/NoClassDefFoundError",
                  "%s is not a class because access_flag ACC_MODULE is set", name);
        class_file_free(cf);
        return NULL;
    }
    Class *c = arena_alloc(vm, sizeof(Class));
    if (!c) {
        class_file_free(cf);
        return throw_out_of_memory(t), NULL;
    }
    c->vm = vm;
    c->name = cf->this_name;
    c->file = cf;
    c->access_flags = cf->access_flags;
    c->source_file = cf->source_file;
    c->flags = CLASS_LINKING | extra_flags;
    c->element_type = 'L';
    if (cf->access_flags & ACC_INTERFACE)
        c->flags |= CLASS_IS_INTERFACE;
    c->resolved = arena_alloc(vm, cf->cp_count * sizeof(void *));
    if (!c->resolved || !table_insert(vm, c)) {
        class_file_free(cf);
        return throw_out_of_memory(t), NULL;
    }

    /* Superclass (JVMS 5.3.5 steps 3-4). */
    if (cf->super_name) {
        Class *super = class_find(t, cf->super_name);
        if (!super)
            goto fail;
        if (super->flags & CLASS_LINKING) {
            throw_new(t, "java/lang/ClassCircularityError", "%s", name);
            goto fail;
        }
        if (class_is_interface(super)) {
            char a[256], b[256];
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "class %s has interface %s as super class",
                      class_binary_name(c, a, sizeof a), class_binary_name(super, b, sizeof b));
            goto fail;
        }
        if (class_is_array(super) || (super->flags & CLASS_IS_PRIMITIVE)) {
            throw_new(t, "java/lang/NoClassDefFoundError", "%s", cf->super_name);
            goto fail;
        }
        if (super->access_flags & ACC_FINAL) {
            char a[256], b[256];
            throw_new(t, "java/lang/VerifyError", "Cannot inherit from final class %s (in %s)",
                      class_binary_name(super, b, sizeof b), class_binary_name(c, a, sizeof a));
            goto fail;
        }
        if (!class_accessible(c, super)) {
            char a[256], b[256];
            throw_new(t, "java/lang/IllegalAccessError",
                      "class %s cannot access its superclass %s",
                      class_binary_name(c, a, sizeof a), class_binary_name(super, b, sizeof b));
            goto fail;
        }
        if (!check_sealing(t, super, c))
            goto fail;
        c->super = super;
    } else if (strcmp(name, "java/lang/Object") != 0) {
        throw_new(t, "java/lang/ClassFormatError", "%s: missing superclass", name);
        goto fail;
    }
    if (class_is_interface(c) && vm->wk.Object)
        c->super = vm->wk.Object;

    c->interface_count = cf->interface_count;
    c->interfaces = arena_alloc(vm, (cf->interface_count + 1) * sizeof(Class *));
    if (!c->interfaces) {
        throw_out_of_memory(t);
        goto fail;
    }
    for (uint16_t i = 0; i < cf->interface_count; i++) {
        Class *iface = class_find(t, cf->interfaces[i]);
        if (!iface)
            goto fail;
        if (iface->flags & CLASS_LINKING) {
            throw_new(t, "java/lang/ClassCircularityError", "%s", name);
            goto fail;
        }
        if (!class_is_interface(iface)) {
            char a[256], b[256];
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "class %s can not implement %s, because it is not an interface",
                      class_binary_name(c, a, sizeof a), class_binary_name(iface, b, sizeof b));
            goto fail;
        }
        if (!class_accessible(c, iface)) {
            char a[256], b[256];
            throw_new(t, "java/lang/IllegalAccessError",
                      "class %s cannot access its superinterface %s",
                      class_binary_name(c, a, sizeof a), class_binary_name(iface, b, sizeof b));
            goto fail;
        }
        if (!check_sealing(t, iface, c))
            goto fail;
        c->interfaces[i] = iface;
    }

    /* Preparation (JVMS 5.4.2) and method tables. */
    if (!layout_fields(t, c) || !create_methods(t, c))
        goto fail;
    if (class_is_interface(c)) {
        number_interface_methods(c);
        if (c->super) {
            c->vtable = c->super->vtable;
            c->vtable_length = c->super->vtable_length;
        }
    } else if (!build_vtable(t, c)) {
        goto fail;
    }
    if (!build_itable(t, c))
        goto fail;
    if (c->super && (c->super->flags & CLASS_IS_THROWABLE))
        c->flags |= CLASS_IS_THROWABLE;
    if (strcmp(name, "java/lang/Throwable") == 0)
        c->flags |= CLASS_IS_THROWABLE;

    c->flags &= (uint16_t)~CLASS_LINKING;
    c->state = CLASS_LINKED;
    if (vm->options.verbose_class)
        print_loaded(vm, c, source);
    /* Library and generated classes are trusted: never verified at run
     * time (tests/unit/test_verify_classlib.c verifies the library). */
    if ((c->flags & (CLASS_IN_LIBRARY | CLASS_SPUN)) || vm->options.no_verify)
        c->flags |= CLASS_VERIFIED;
    return c;

fail:
    table_remove(vm, c);
    c->file = NULL;
    class_file_free(cf);
    return NULL;
}

/*
 * The java.* packages of the modules of Java SE 17 (as listed by
 * `java --describe-module` for every module of `java --list-modules`),
 * sorted. A package belongs to its module's loader: java's application
 * loader never defines a class in one, whatever the class path holds, and
 * refuses to define any other java.* class (ClassLoader.preDefineClass).
 * That keeps user code out of the library's packages.
 */
static const char *const system_java_packages[] = {
    "java/applet", "java/awt", "java/awt/color", "java/awt/datatransfer", "java/awt/desktop",
    "java/awt/dnd", "java/awt/event", "java/awt/font", "java/awt/geom", "java/awt/im",
    "java/awt/im/spi", "java/awt/image", "java/awt/image/renderable", "java/awt/peer",
    "java/awt/print", "java/beans", "java/beans/beancontext", "java/io", "java/lang",
    "java/lang/annotation", "java/lang/constant", "java/lang/instrument", "java/lang/invoke",
    "java/lang/management", "java/lang/module", "java/lang/ref", "java/lang/reflect",
    "java/lang/runtime", "java/math", "java/net", "java/net/http", "java/net/spi",
    "java/nio", "java/nio/channels", "java/nio/channels/spi", "java/nio/charset",
    "java/nio/charset/spi", "java/nio/file", "java/nio/file/attribute", "java/nio/file/spi",
    "java/rmi", "java/rmi/dgc", "java/rmi/registry", "java/rmi/server", "java/security",
    "java/security/cert", "java/security/interfaces", "java/security/spec", "java/sql",
    "java/text", "java/text/spi", "java/time", "java/time/chrono", "java/time/format",
    "java/time/temporal", "java/time/zone", "java/util", "java/util/concurrent",
    "java/util/concurrent/atomic", "java/util/concurrent/locks", "java/util/function",
    "java/util/jar", "java/util/logging", "java/util/prefs", "java/util/random",
    "java/util/regex", "java/util/spi", "java/util/stream", "java/util/zip",
};

/* Whether class [name] is in one of system_java_packages. */
static bool in_system_package(const char *name)
{
    const char *slash = strrchr(name, '/');
    if (!slash || strncmp(name, "java/", 5) != 0)
        return false;
    size_t n = (size_t)(slash - name);
    size_t lo = 0, hi = sizeof system_java_packages / sizeof *system_java_packages;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *p = system_java_packages[mid];
        int order = strncmp(p, name, n);
        if (order == 0)
            order = p[n] ? 1 : 0;
        if (order == 0)
            return true;
        if (order < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* SecurityException for defining class [name] outside the library when it
 * is in a java.* package; true if it may be defined. */
static bool check_package_allowed(Thread *t, const char *name)
{
    if (strncmp(name, "java/", 5) != 0)
        return true;
    char package[512];
    const char *slash = strrchr(name, '/');
    size_t n = (size_t)(slash - name) < sizeof package - 1 ? (size_t)(slash - name)
                                                             : sizeof package - 1;
    for (size_t i = 0; i < n; i++)
        package[i] = name[i] == '/' ? '.' : name[i];
    package[n] = '\0';
    throw_new(t, "java/lang/SecurityException", "Prohibited package name: %s", package);
    return false;
}

/* Parses a class file, throwing what HotSpot throws for a bad one. */
static ClassFile *parse_or_throw(Thread *t, const uint8_t *bytes, size_t length,
                                 const char *file_name, const char *name)
{
    ClassFile *cf = NULL;
    ClassFileError error = {0};
    if (class_file_parse_named(bytes, length, file_name, name, &cf, &error))
        return cf;
    switch (error.kind) {
    case CFE_UNSUPPORTED_VERSION:
        throw_new(t, "java/lang/UnsupportedClassVersionError", "%s", error.message);
        break;
    case CFE_OUT_OF_MEMORY:
        throw_out_of_memory(t);
        break;
    default:
        /* A module-info is not a class at all (HotSpot: NoClassDefFoundError). */
        throw_new(t, strstr(error.message, "ACC_MODULE") ? "java/lang/NoClassDefFoundError"
                                                          : "java/lang/ClassFormatError",
                  "%s", error.message);
        break;
    }
    return NULL;
}

/* Loads [name] from the class library or the class path (JVMS 5.3.1). */
static Class *load_class(Thread *t, const char *name)
{
    Vm *vm = t->vm;
    const uint8_t *bytes;
    size_t length;
    uint8_t *owned = NULL;
    char *location = NULL;
    char file_name[600];
    const char *source;
    if (classlib_find(name, &bytes, &length)) {
        source = "jrt:/java.base";
        snprintf(file_name, sizeof file_name, "%s.class", name);
    } else if (vm->class_path && !in_system_package(name) &&
               class_path_find(vm->class_path, name, &owned, &length, &location)) {
        bytes = owned;
        source = location;
        snprintf(file_name, sizeof file_name, "%s", location);
    } else {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    ClassFile *cf = NULL;
    if (!owned || check_package_allowed(t, name))
        cf = parse_or_throw(t, bytes, length, file_name, name);
    free(owned);
    Class *c = cf ? define_class(t, name, cf, source, owned ? 0 : CLASS_IN_LIBRARY) : NULL;
    free(location);
    return c;
}

Class *class_define(Thread *t, const uint8_t *bytes, size_t length, const char *source)
{
    ClassFile *cf = parse_or_throw(t, bytes, length, source, NULL);
    if (!cf)
        return NULL;
    if (!check_package_allowed(t, cf->this_name)) {
        class_file_free(cf);
        return NULL;
    }
    if (class_lookup_loaded(t->vm, cf->this_name)) {
        char name[512];
        size_t i = 0;
        for (; i < sizeof name - 1 && cf->this_name[i]; i++)
            name[i] = cf->this_name[i] == '/' ? '.' : cf->this_name[i];
        name[i] = '\0';
        throw_new(t, "java/lang/LinkageError", "duplicate class definition: %s", name);
        class_file_free(cf);
        return NULL;
    }
    return define_class(t, cf->this_name, cf, source, 0);
}

Class *class_define_generated(Thread *t, const uint8_t *bytes, size_t length, uint16_t flags)
{
    ClassFile *cf = NULL;
    ClassFileError error = {0};
    if (!class_file_parse(bytes, length, "<generated>", &cf, &error)) {
        throw_new(t, "java/lang/InternalError", "generated class is malformed: %s", error.message);
        return NULL;
    }
    if (class_lookup_loaded(t->vm, cf->this_name)) {
        throw_new(t, "java/lang/LinkageError", "duplicate class definition: %s", cf->this_name);
        class_file_free(cf);
        return NULL;
    }
    return define_class(t, cf->this_name, cf, "__VM_generated__", flags);
}

Class *class_find(Thread *t, const char *name)
{
    Class *c = class_lookup_loaded(t->vm, name);
    if (c)
        return c;
    if (name[0] == '[')
        return array_class_named(t, name);
    if (name[0] == '\0' || strchr(name, '.') || strchr(name, ';') || strchr(name, '[')) {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    return load_class(t, name);
}

/* ---- queries ----------------------------------------------------------- */

bool class_is_assignable(const Class *s, const Class *t)
{
    if (s == t)
        return true;
    if (class_is_interface(t)) {
        for (uint32_t i = 0; i < s->itable_length; i++)
            if (s->itable[i].interface == t)
                return true;
        return false;
    }
    if (class_is_array(s)) {
        if (!class_is_array(t))
            return t->super == NULL && !(t->flags & CLASS_IS_PRIMITIVE); /* Object */
        const Class *sc = s->component, *tc = t->component;
        if ((sc->flags & CLASS_IS_PRIMITIVE) || (tc->flags & CLASS_IS_PRIMITIVE))
            return sc == tc;
        return class_is_assignable(sc, tc);
    }
    if (class_is_interface(s))
        return t->super == NULL && !(t->flags & CLASS_IS_PRIMITIVE) && !class_is_array(t);
    for (const Class *k = s->super; k; k = k->super)
        if (k == t)
            return true;
    return false;
}

bool class_is_instance(const Object *o, const Class *c)
{
    return o && class_is_assignable(o->klass, c);
}

Method *class_find_method(const Class *c, const char *name, const char *descriptor)
{
    for (const Class *k = c; k; k = k->super) {
        Method *m = class_declared_method(k, name, descriptor);
        if (m)
            return m;
    }
    Method *candidates[16];
    int n = maximally_specific((Class *)c, name, descriptor, candidates, 16);
    for (int i = 0; i < n; i++)
        if (!(candidates[i]->access_flags & ACC_ABSTRACT))
            return candidates[i];
    if (n > 0)
        return candidates[0];
    return NULL;
}

static Field *find_field_in(const Class *c, const char *name, const char *descriptor)
{
    for (uint16_t i = 0; i < c->field_count; i++) {
        Field *f = &c->fields[i];
        if (strcmp(f->name, name) == 0 && strcmp(f->descriptor, descriptor) == 0)
            return f;
    }
    for (uint16_t i = 0; i < c->interface_count; i++) {
        Field *f = find_field_in(c->interfaces[i], name, descriptor);
        if (f)
            return f;
    }
    if (c->super && !class_is_interface(c))
        return find_field_in(c->super, name, descriptor);
    return NULL;
}

Field *class_find_field(const Class *c, const char *name, const char *descriptor)
{
    return find_field_in(c, name, descriptor);
}

int method_line_number(const Method *m, uint32_t pc)
{
    const CodeAttribute *code = m->info ? m->info->code : NULL;
    if (!code || code->line_count == 0)
        return -1;
    int best = -1;
    uint16_t best_pc = 0;
    for (uint16_t i = 0; i < code->line_count; i++) {
        const LineNumber *ln = &code->lines[i];
        if (ln->start_pc <= pc && (best < 0 || ln->start_pc >= best_pc)) {
            best = ln->line;
            best_pc = ln->start_pc;
        }
    }
    return best;
}

/* ---- mirrors ----------------------------------------------------------- */

Object *class_mirror(Thread *t, Class *c)
{
    if (!c->mirror) {
        Object *m = heap_alloc_object(t, t->vm->wk.Class);
        if (!m)
            return NULL;
        field_at(m, t->vm->wk.Class_vmClass, int64_t) = (int64_t)(intptr_t)c;
        c->mirror = m;
    }
    return c->mirror;
}

Class *class_from_mirror(Vm *vm, Object *mirror)
{
    return (Class *)(intptr_t)field_at(mirror, vm->wk.Class_vmClass, int64_t);
}

Object *class_name_string(Thread *t, Class *c)
{
    char buffer[1024];
    return string_from_utf8(t, class_binary_name(c, buffer, sizeof buffer));
}

/* ---- initialization (JVMS 5.5) ----------------------------------------- */

static bool set_constant_values(Thread *t, Class *c)
{
    ClassFile *cf = c->file;
    for (uint16_t i = 0; i < c->field_count; i++) {
        Field *f = &c->fields[i];
        if (!(f->access_flags & ACC_STATIC) || !f->constant_value_index)
            continue;
        const CpEntry *e = &cf->cp[f->constant_value_index];
        uint8_t *p = c->statics + f->offset;
        switch (f->type) {
        case 'B': case 'Z': *(int8_t *)p = (int8_t)e->u.i; break;
        case 'C': *(uint16_t *)p = (uint16_t)e->u.i; break;
        case 'S': *(int16_t *)p = (int16_t)e->u.i; break;
        case 'I': *(int32_t *)p = e->u.i; break;
        case 'F': *(float *)p = e->u.f; break;
        case 'J': *(int64_t *)p = e->u.j; break;
        case 'D': *(double *)p = e->u.d; break;
        case 'L':
            if (e->tag == CP_STRING) {
                Object *s = resolve_string(t, c, f->constant_value_index);
                if (!s)
                    return false;
                *(Object **)p = s;
            }
            break;
        default: break;
        }
    }
    return true;
}

static bool has_default_methods(const Class *iface)
{
    for (uint16_t i = 0; i < iface->method_count; i++) {
        const Method *m = &iface->methods[i];
        if (!(m->access_flags & (ACC_ABSTRACT | ACC_STATIC)))
            return true;
    }
    return false;
}

static bool ready(const Thread *t, const Class *c)
{
    return c->state == CLASS_INITIALIZED ||
           (c->state == CLASS_INITIALIZING && c->init_thread == t);
}

/* Superinterfaces (direct and indirect, in the recursive order of JVMS
 * 5.5 step 7) that declare default methods and are not yet initialized. */
static Class *next_interface_to_initialize(const Thread *t, Class *c, Class **failed)
{
    for (uint16_t i = 0; i < c->interface_count; i++) {
        Class *iface = c->interfaces[i];
        if (has_default_methods(iface) && !ready(t, iface)) {
            if (iface->state == CLASS_ERROR) {
                *failed = iface;
                return NULL;
            }
            return iface;
        }
        Class *s = next_interface_to_initialize(t, iface, failed);
        if (s || *failed)
            return s;
    }
    return NULL;
}

/* The first class, in JVMS 5.5 order, that must be initialized before [c]:
 * its superclass chain, then superinterfaces with default methods, then c.
 * NULL when everything is ready. Sets [*failed] to the first erroneous. */
static Class *next_to_initialize(const Thread *t, Class *c, Class **failed)
{
    if (ready(t, c))
        return NULL;
    if (c->state == CLASS_ERROR) {
        *failed = c;
        return NULL;
    }
    if (!class_is_interface(c)) {
        if (c->super) {
            Class *s = next_to_initialize(t, c->super, failed);
            if (s || *failed)
                return s;
        }
        Class *s = next_interface_to_initialize(t, c, failed);
        if (s || *failed)
            return s;
    }
    return c;
}

/* HotSpot 17 gives the NoClassDefFoundError for a class whose
 * initialization failed a cause: an ExceptionInInitializerError naming the
 * exception that made it fail, "Exception java.lang.X: msg [in thread
 * "main"]" (the original behind an ExceptionInInitializerError). */
static void attach_init_error(Thread *t, Class *failed)
{
    Object *ncdfe = t->exception;
    Object *original = failed->init_error;
    if (!ncdfe || !original || ncdfe == VM_EXIT_MARKER(t->vm))
        return;
    Class *eiie_class = class_lookup_loaded(t->vm, "java/lang/ExceptionInInitializerError");
    if (eiie_class && class_is_instance(original, eiie_class)) {
        Object *cause = field_at(original, t->vm->wk.Throwable_cause, Object *);
        if (cause && cause != original)
            original = cause;
    }
    char name[512], text[1200];
    class_binary_name(original->klass, name, sizeof name);
    Object *msg = field_at(original, t->vm->wk.Throwable_detailMessage, Object *);
    char *detail = msg ? string_to_utf8(msg) : NULL;
    snprintf(text, sizeof text, "Exception %s%s%s [in thread \"main\"]", name,
             detail ? ": " : "", detail ? detail : "");
    free(detail);
    t->exception = NULL;
    Object *eiie = exception_new(t, "java/lang/ExceptionInInitializerError", text);
    Method *init_cause = eiie ? class_find_method(ncdfe->klass, "initCause",
                                                  "(Ljava/lang/Throwable;)Ljava/lang/Throwable;")
                              : NULL;
    Slot args[2] = {{.a = ncdfe}, {.a = eiie}}, r;
    if (init_cause && interp_call(t, init_cause, args, &r))
        t->exception = ncdfe;
    else if (!t->exception)
        t->exception = ncdfe;
}

/* HotSpot rewrites the methods that hold subroutines (jsr, before
 * version 51) when it links their class, and a jsr its rewriting cannot
 * follow, last in the code, is a LinkageError then. The decoder finds
 * the same, so such methods are decoded now rather than at their first
 * call. A stray jsr byte inside another instruction costs only an early
 * decoding. */
static bool prepare_subroutines(Thread *t, Class *c)
{
    if (!c->file || c->file->major_version >= 51)
        return true;
    for (uint16_t i = 0; i < c->method_count; i++) {
        Method *m = &c->methods[i];
        const CodeAttribute *ca = m->info ? m->info->code : NULL;
        if (ca && (memchr(ca->code, OP_jsr, ca->code_length) ||
                   memchr(ca->code, OP_jsr_w, ca->code_length)) &&
            !method_prepare(t, m))
            return false;
    }
    return true;
}

bool class_link(Thread *t, Class *c)
{
    if (c->flags & CLASS_VERIFIED)
        return true;
    if (c->super && !class_link(t, c->super))
        return false;
    for (uint16_t i = 0; i < c->interface_count; i++)
        if (!class_link(t, c->interfaces[i]))
            return false;
    if (!class_verify(t, c))
        return false;
    c->flags |= CLASS_PASSED_VERIFIER;
    if (!prepare_subroutines(t, c))
        return false;
    c->flags |= CLASS_VERIFIED;
    return true;
}

InitStep class_init_step(Thread *t, Class *c, Class **which, Method **clinit)
{
    /* JVMS 5.5: a class is linked (here: verified) before initialization. */
    if (!(c->flags & CLASS_VERIFIED) && !class_link(t, c))
        return INIT_FAILED;
    for (;;) {
        Class *failed = NULL;
        Class *x = next_to_initialize(t, c, &failed);
        if (failed) {
            char a[512];
            /* JVMS 5.5 step 7: a class whose superclass failed fails too. */
            if (c->state != CLASS_ERROR && !ready(t, c))
                c->state = CLASS_ERROR;
            throw_new(t, "java/lang/NoClassDefFoundError", "Could not initialize class %s",
                      class_binary_name(c, a, sizeof a));
            attach_init_error(t, failed);
            return INIT_FAILED;
        }
        if (!x)
            return INIT_READY;
        x->state = CLASS_INITIALIZING;
        x->init_thread = t;
        if (x->file && !set_constant_values(t, x)) {
            x->state = CLASS_ERROR;
            return INIT_FAILED;
        }
        Method *m = class_declared_method(x, "<clinit>", "()V");
        if (m && (m->access_flags & ACC_STATIC)) {
            *which = x;
            *clinit = m;
            return INIT_RUN_CLINIT;
        }
        x->state = CLASS_INITIALIZED;
        x->init_thread = NULL;
    }
}

void class_init_done(Thread *t, Class *c, bool ok)
{
    c->init_thread = NULL;
    if (ok) {
        c->state = CLASS_INITIALIZED;
        return;
    }
    c->state = CLASS_ERROR;
    Object *cause = t->exception;
    if (!cause || cause == VM_EXIT_MARKER(t->vm))
        return;
    Class *error = class_find(t, "java/lang/Error");
    if (error && class_is_instance(cause, error)) {
        c->init_error = cause;
        return;
    }
    t->exception = NULL;
    Class *eiie = class_find(t, "java/lang/ExceptionInInitializerError");
    if (!eiie || !class_initialize(t, eiie))
        return;
    Object *wrapper = heap_alloc_object(t, eiie);
    Method *ctor = wrapper ? class_declared_method(eiie, "<init>", "(Ljava/lang/Throwable;)V") : NULL;
    if (!ctor) {
        if (!t->exception)
            t->exception = cause;
        return;
    }
    Slot args[2] = {{.a = wrapper}, {.a = cause}};
    if (interp_call(t, ctor, args, NULL)) {
        c->init_error = wrapper;
        t->exception = wrapper;
    }
}

bool class_initialize(Thread *t, Class *c)
{
    for (;;) {
        Class *which;
        Method *clinit;
        switch (class_init_step(t, c, &which, &clinit)) {
        case INIT_READY:
            return true;
        case INIT_FAILED:
            return false;
        case INIT_RUN_CLINIT: {
            bool ok = interp_call(t, clinit, NULL, NULL);
            class_init_done(t, which, ok);
            if (!ok)
                return false;
            break;
        }
        }
    }
}
