/*
 * resolve.c - resolution of symbolic references in the constant pool
 * (JVMS 5.4.3) with access control (JVMS 5.4.4), cached per index.
 *
 * Must never: cache a failed resolution as a success, or skip the access
 * check on the first resolution of an entry.
 */
#include "gc/heap.h"
#include "interp/opcodes.h"
#include "runtime/class.h"
#include "runtime/exception.h"
#include "runtime/jstring.h"
#include "runtime/vm.h"

#include <stdio.h>
#include <string.h>

/* ---- messages in HotSpot's style --------------------------------------- */

/* Appends the Java type named by the field descriptor at [*d] to [out]
 * and advances [*d] past it. */
static void append_type(char *out, size_t size, const char **d)
{
    int dims = 0;
    while (**d == '[') {
        dims++;
        (*d)++;
    }
    size_t n = strlen(out);
    char *p = out + n;
    size_t room = size > n ? size - n : 0;
    const char *name;
    switch (**d) {
    case 'B': name = "byte"; break;
    case 'C': name = "char"; break;
    case 'D': name = "double"; break;
    case 'F': name = "float"; break;
    case 'I': name = "int"; break;
    case 'J': name = "long"; break;
    case 'S': name = "short"; break;
    case 'Z': name = "boolean"; break;
    case 'V': name = "void"; break;
    case 'L': {
        const char *start = *d + 1, *end = strchr(start, ';');
        if (!end)
            end = start + strlen(start);
        int len = (int)(end - start);
        int w = snprintf(p, room, "%.*s", len, start);
        for (int i = 0; i < w && (size_t)i < room; i++)
            if (p[i] == '/')
                p[i] = '.';
        *d = *end ? end + 1 : end;
        goto brackets;
    }
    default: name = "?"; break;
    }
    snprintf(p, room, "%s", name);
    (*d)++;
brackets:
    for (int i = 0; i < dims; i++)
        strncat(out, "[]", size - strlen(out) - 1);
}

/* "'void p.Foo.bar(int, java.lang.String)'" for error messages. */
static void describe_method(char *out, size_t size, const char *class_name,
                            const char *name, const char *descriptor)
{
    out[0] = '\0';
    strncat(out, "'", size - 1);
    const char *ret = strchr(descriptor, ')');
    if (ret) {
        const char *r = ret + 1;
        append_type(out, size, &r);
    }
    size_t n = strlen(out);
    snprintf(out + n, size - n, " %s.%s(", class_name, name);
    for (char *p = out + n; *p; p++)
        if (*p == '/')
            *p = '.';
    const char *d = descriptor + 1;
    bool first = true;
    while (*d && *d != ')') {
        if (!first)
            strncat(out, ", ", size - strlen(out) - 1);
        append_type(out, size, &d);
        first = false;
    }
    strncat(out, ")'", size - strlen(out) - 1);
}

static char *dotted(const char *internal, char *out, size_t size)
{
    snprintf(out, size, "%s", internal);
    for (char *p = out; *p; p++)
        if (*p == '/')
            *p = '.';
    return out;
}

/* ---- access control (JVMS 5.4.4) --------------------------------------- */

/* The nest host of [c] (JVMS 5.4.4): the class named by NestHost when that
 * class is in the same package and lists [c] as a member, else [c]. */
Class *resolve_nest_host(Thread *t, Class *c)
{
    if (c->nest_host)
        return c->nest_host;
    Class *host = c;
    if (c->file && c->file->nest_host) {
        Object *pending = t->exception;
        Class *h = class_find(t, c->file->nest_host);
        t->exception = pending;
        if (h && class_same_package(h, c) && h->file) {
            for (uint16_t i = 0; i < h->file->nest_member_count; i++) {
                if (strcmp(h->file->nest_members[i], c->name) == 0) {
                    host = h;
                    break;
                }
            }
        }
    }
    c->nest_host = host;
    return host;
}

static bool is_subclass(const Class *d, const Class *c)
{
    for (const Class *k = d; k; k = k->super)
        if (k == c)
            return true;
    return false;
}

bool resolve_member_accessible(Thread *t, Class *from, Class *owner, uint16_t access);

static bool member_accessible(Thread *t, Class *from, Class *owner, uint16_t access)
{
    return resolve_member_accessible(t, from, owner, access);
}

bool resolve_member_accessible(Thread *t, Class *from, Class *owner, uint16_t access)
{
    if ((access & ACC_PUBLIC) || (from->flags & CLASS_SPUN))
        return true;
    if (access & ACC_PRIVATE) {
        if (from == owner)
            return true;
        return from->file && owner->file && from->file->major_version >= 55 &&
               resolve_nest_host(t, from) == resolve_nest_host(t, owner);
    }
    if (class_same_package(from, owner))
        return true;
    return (access & ACC_PROTECTED) && is_subclass(from, owner);
}

static const char *access_word(uint16_t access)
{
    if (access & ACC_PRIVATE)
        return "private";
    if (access & ACC_PROTECTED)
        return "protected";
    if (access & ACC_PUBLIC)
        return "public";
    return "package-private";
}

/* ---- classes ----------------------------------------------------------- */

Class *resolve_class(Thread *t, Class *c, uint16_t index)
{
    Class *r = c->resolved[index];
    if (r)
        return r;
    const char *name = class_file_class_name(c->file, index);
    r = class_find(t, name);
    if (!r)
        return NULL;
    const Class *element = r;
    while (element->component)
        element = element->component;
    if (!(element->flags & CLASS_IS_PRIMITIVE) && !(element->access_flags & ACC_PUBLIC) &&
        !class_same_package(c, element) && !(c->flags & CLASS_SPUN)) {
        char a[256], b[256];
        throw_new(t, "java/lang/IllegalAccessError",
                  "failed to access class %s from class %s (%s and %s are in unnamed module of loader 'app')",
                  dotted(element->name, b, sizeof b), dotted(c->name, a, sizeof a), b, a);
        return NULL;
    }
    c->resolved[index] = r;
    return r;
}

/* ---- fields (JVMS 5.4.3.2) --------------------------------------------- */

Field *resolve_field(Thread *t, Class *c, uint16_t index, bool is_static)
{
    Field *f = c->resolved[index];
    if (!f) {
        const CpEntry *e = &c->file->cp[index];
        Class *owner = resolve_class(t, c, e->u.ref.class_index);
        if (!owner)
            return NULL;
        const char *name, *descriptor;
        class_file_member_ref(c->file, index, &name, &descriptor);
        f = class_find_field(owner, name, descriptor);
        if (!f) {
            throw_new(t, "java/lang/NoSuchFieldError", "%s", name);
            return NULL;
        }
        if (!member_accessible(t, c, f->klass, f->access_flags)) {
            char a[256], b[256];
            throw_new(t, "java/lang/IllegalAccessError",
                      "class %s tried to access %s field %s.%s (%s and %s are in unnamed module of loader 'app')",
                      dotted(c->name, a, sizeof a), access_word(f->access_flags),
                      dotted(f->klass->name, b, sizeof b), f->name, a, b);
            return NULL;
        }
        c->resolved[index] = f;
    }
    if (((f->access_flags & ACC_STATIC) != 0) != is_static) {
        char b[256];
        throw_new(t, "java/lang/IncompatibleClassChangeError", "Expected %s field %s.%s",
                  is_static ? "static" : "non-static", dotted(f->klass->name, b, sizeof b),
                  f->name);
        return NULL;
    }
    return f;
}

/* ---- methods (JVMS 5.4.3.3, 5.4.3.4) ----------------------------------- */

static Method *lookup_interface_method(Vm *vm, Class *iface, const char *name,
                                       const char *descriptor)
{
    Method *m = class_declared_method(iface, name, descriptor);
    if (m)
        return m;
    /* java.lang.Object's public instance methods come next. */
    m = class_declared_method(vm->wk.Object, name, descriptor);
    if (m && (m->access_flags & ACC_PUBLIC) && !(m->access_flags & ACC_STATIC))
        return m;
    return class_find_method(iface, name, descriptor);
}

Method *resolve_method(Thread *t, Class *c, uint16_t index, int opcode)
{
    Method *m = c->resolved[index];
    if (m)
        return m;
    const CpEntry *e = &c->file->cp[index];
    Class *owner = resolve_class(t, c, e->u.ref.class_index);
    if (!owner)
        return NULL;
    const char *name, *descriptor;
    class_file_member_ref(c->file, index, &name, &descriptor);
    char a[256], b[512];
    if (e->tag == CP_INTERFACE_METHODREF) {
        if (!class_is_interface(owner)) {
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "Found class %s, but interface was expected",
                      dotted(owner->name, a, sizeof a));
            return NULL;
        }
        m = lookup_interface_method(t->vm, owner, name, descriptor);
    } else {
        if (class_is_interface(owner)) {
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "Found interface %s, but class was expected",
                      dotted(owner->name, a, sizeof a));
            return NULL;
        }
        m = class_find_method(owner, name, descriptor);
        if (!m && strcmp(owner->name, "java/lang/invoke/MethodHandle") == 0) {
            /* Signature-polymorphic methods (JVMS 2.9.3): any descriptor
             * resolves to the one native varargs method of that name. */
            for (uint16_t i = 0; i < owner->method_count; i++) {
                Method *p = &owner->methods[i];
                if (strcmp(p->name, name) == 0 && (p->access_flags & ACC_NATIVE) &&
                    (p->access_flags & ACC_VARARGS))
                    m = p;
            }
        }
    }
    if (!m) {
        describe_method(b, sizeof b, owner->name, name, descriptor);
        throw_new(t, "java/lang/NoSuchMethodError", "%s", b);
        return NULL;
    }
    bool array_clone = class_is_array(owner) && strcmp(name, "clone") == 0;
    if (!array_clone && !member_accessible(t, c, m->klass, m->access_flags)) {
        describe_method(b, sizeof b, m->klass->name, name, descriptor);
        char d[256];
        throw_new(t, "java/lang/IllegalAccessError",
                  "class %s tried to access %s method %s (%s and %s are in unnamed module of loader 'app')",
                  dotted(c->name, a, sizeof a), access_word(m->access_flags), b, a,
                  dotted(m->klass->name, d, sizeof d));
        return NULL;
    }
    (void)opcode;
    c->resolved[index] = m;
    return m;
}

/* ---- strings ----------------------------------------------------------- */

Object *resolve_string(Thread *t, Class *c, uint16_t index)
{
    Object *s = c->resolved[index];
    if (s)
        return s;
    const CpEntry *e = &c->file->cp[index];
    const CpEntry *text = &c->file->cp[e->u.name];
    s = string_intern_mutf8(t, text->u.utf8.bytes, text->u.utf8.length);
    if (!s)
        return NULL;
    c->resolved[index] = s;
    return s;
}

/* Exposed for the interpreter's error messages. */
void resolve_describe_method(char *out, size_t size, const Method *m)
{
    describe_method(out, size, m->klass->name, m->name, m->descriptor);
}
