/*
 * verifier.c - runs the bytecode verifier (loader/verify.c) over a linked
 * class and answers its questions about other classes.
 *
 * The verifier needs three facts about classes other than the one it
 * checks: whether a name is an interface, whether one class is a subclass
 * of another, and whether a member reached through a superclass is
 * protected in another package (JVMS 4.10.1.8). Classes already loaded and
 * classes of the built-in library are asked directly (loading a library
 * class has no side effect but itself). A user class that is not loaded
 * yet is read from the class path and parsed, and only its superclass
 * name and flags are used: it is not linked, so its own verification, and
 * any error in it, comes when the program first uses it, as in HotSpot.
 *
 * Must never: link or initialize a user class on the verifier's behalf.
 */
#include "runtime/verifier.h"

#include "loader/classpath.h"
#include "loader/verify.h"
#include "runtime/exception.h"
#include "runtime/vm.h"

#include <stdlib.h>
#include <string.h>

/* A class file parsed only to answer the verifier, kept until the
 * verification of the current class ends. */
typedef struct Peeked {
    ClassFile *file;
    struct Peeked *next;
} Peeked;

typedef struct Context {
    Thread *t;
    Class *current;
    Peeked *peeked;
} Context;

/* What the verifier needs to know of one class. */
typedef struct View {
    const char *super_name; /* NULL for java/lang/Object */
    bool is_interface;
} View;

/* Finds [name] as a loaded class, a library class, or a parsed class file
 * from the class path. Returns false with the error pending. */
static bool look_up(Context *x, const char *name, View *out)
{
    Thread *t = x->t;
    Class *c = class_lookup_loaded(t->vm, name);
    const uint8_t *library_bytes;
    size_t length;
    if (!c && classlib_find(name, &library_bytes, &length))
        c = class_find(t, name);
    if (c) {
        /* From the class file: a class still being defined (a subclass
         * whose loading loaded the class being verified) is in the table
         * before its superclass is resolved. */
        out->super_name = c->file ? c->file->super_name : c->super ? c->super->name : NULL;
        out->is_interface = class_is_interface(c);
        return true;
    }
    if (t->exception)
        return false;
    for (Peeked *p = x->peeked; p; p = p->next) {
        if (strcmp(p->file->this_name, name) == 0) {
            out->super_name = p->file->super_name;
            out->is_interface = (p->file->access_flags & ACC_INTERFACE) != 0;
            return true;
        }
    }
    uint8_t *bytes = NULL;
    char *location = NULL;
    if (!t->vm->class_path ||
        !class_path_find(t->vm->class_path, name, &bytes, &length, &location)) {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
        return false;
    }
    ClassFile *cf = NULL;
    ClassFileError error = {0};
    bool parsed = class_file_parse_named(bytes, length, location, name, &cf, &error);
    free(bytes);
    free(location);
    if (!parsed) {
        if (error.kind == CFE_OUT_OF_MEMORY)
            throw_out_of_memory(t);
        else
            throw_new(t, error.kind == CFE_UNSUPPORTED_VERSION
                             ? "java/lang/UnsupportedClassVersionError"
                             : "java/lang/ClassFormatError",
                      "%s", error.message);
        return false;
    }
    if (strcmp(cf->this_name, name) != 0) {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s (wrong name: %s)", name, cf->this_name);
        class_file_free(cf);
        return false;
    }
    Peeked *p = malloc(sizeof *p);
    if (!p) {
        class_file_free(cf);
        throw_out_of_memory(t);
        return false;
    }
    p->file = cf;
    p->next = x->peeked;
    x->peeked = p;
    out->super_name = cf->super_name;
    out->is_interface = (cf->access_flags & ACC_INTERFACE) != 0;
    return true;
}

static int env_is_interface(void *context, const char *name)
{
    View view;
    if (!look_up(context, name, &view))
        return VERIFY_ANSWER_ERROR;
    return view.is_interface ? VERIFY_ANSWER_YES : VERIFY_ANSWER_NO;
}

static int env_superclass(void *context, const char *name, const char **super)
{
    View view;
    if (!look_up(context, name, &view))
        return VERIFY_ANSWER_ERROR;
    *super = view.is_interface ? "java/lang/Object" : view.super_name;
    return VERIFY_ANSWER_YES;
}

static int env_is_subclass(void *context, const char *sub, const char *super)
{
    Context *x = context;
    /* Superclass chains of loaded classes are finite; a chain through
     * parsed files could loop, which loading would report as circular. */
    for (int depth = 0; depth < 4096; depth++) {
        if (strcmp(sub, super) == 0)
            return VERIFY_ANSWER_YES;
        View view;
        if (!look_up(x, sub, &view))
            return VERIFY_ANSWER_ERROR;
        if (!view.super_name || view.is_interface)
            return VERIFY_ANSWER_NO;
        sub = view.super_name;
    }
    throw_new(x->t, "java/lang/ClassCircularityError", "%s", sub);
    return VERIFY_ANSWER_ERROR;
}

/* Same runtime package: one loader, so the same package name. */
static bool same_package(const char *a, const char *b)
{
    const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
    size_t la = sa ? (size_t)(sa - a) : 0, lb = sb ? (size_t)(sb - b) : 0;
    return la == lb && strncmp(a, b, la) == 0;
}

static int env_needs_protected_check(void *context, const char *current, const char *member_class,
                                     const char *name, const char *descriptor, bool is_method)
{
    Context *x = context;
    Class *owner = NULL;
    for (Class *k = x->current->super; k; k = k->super) {
        if (strcmp(k->name, member_class) == 0) {
            owner = k;
            break;
        }
    }
    if (!owner)
        return VERIFY_ANSWER_NO;
    uint16_t access;
    const Class *declarer;
    if (is_method) {
        Method *m = NULL;
        for (Class *k = owner; k && !m; k = k->super) {
            m = class_declared_method(k, name, descriptor);
            if (strcmp(name, "<init>") == 0)
                break;
        }
        if (!m)
            return VERIFY_ANSWER_NO;
        access = m->access_flags;
        declarer = m->klass;
    } else {
        Field *f = class_find_field(owner, name, descriptor);
        if (!f)
            return VERIFY_ANSWER_NO;
        access = f->access_flags;
        declarer = f->klass;
    }
    if ((access & ACC_PROTECTED) && !same_package(declarer->name, current))
        return VERIFY_ANSWER_YES;
    return VERIFY_ANSWER_NO;
}

bool class_verify(Thread *t, Class *c)
{
    if (!c->file)
        return true;
    Context x = {t, c, NULL};
    VerifyEnv env = {&x, env_is_interface, env_is_subclass, env_needs_protected_check,
                     env_superclass};
    char message[1024];
    VerifyStatus status = verify_class(c->file, &env, message, sizeof message);
    while (x.peeked) {
        Peeked *next = x.peeked->next;
        class_file_free(x.peeked->file);
        free(x.peeked);
        x.peeked = next;
    }
    switch (status) {
    case VERIFY_OK:
        return true;
    case VERIFY_FAILED:
        throw_new(t, "java/lang/VerifyError", "%s", message);
        return false;
    case VERIFY_FORMAT_ERROR:
        throw_new(t, "java/lang/ClassFormatError", "%s", message);
        return false;
    case VERIFY_OUT_OF_MEMORY:
        throw_out_of_memory(t);
        return false;
    default: /* VERIFY_ENV_ERROR: the loading error is pending */
        if (!t->exception)
            throw_new(t, "java/lang/VerifyError", "%s", message);
        return false;
    }
}
