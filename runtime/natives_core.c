/*
 * natives_core.c - natives that need the VM's insides: Object, Class,
 * System, Runtime, String.intern, Throwable and Thread.
 *
 * The Java side of each is in runtime/classlib/java/lang; the contract is
 * in runtime/classlib/README.md.
 */
#include "runtime/native.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#define THIS (args[0].a)

/* ---- java.lang.Object -------------------------------------------------- */

static bool Object_getClass(Thread *t, Slot *args, Slot *result)
{
    result->a = class_mirror(t, THIS->klass);
    return result->a != NULL;
}

static int32_t identity_hash(Vm *vm, Object *o)
{
    if (!o)
        return 0;
    if (o->hash == 0)
        o->hash = vm_next_hash(vm);
    return (int32_t)o->hash;
}

static bool Object_hashCode(Thread *t, Slot *args, Slot *result)
{
    result->i = identity_hash(t->vm, THIS);
    return true;
}

static bool Object_clone(Thread *t, Slot *args, Slot *result)
{
    Object *o = THIS;
    if (!class_is_array(o->klass) && !class_is_assignable(o->klass, t->vm->wk.Cloneable)) {
        char name[512];
        return throw_new(t, "java/lang/CloneNotSupportedException", "%s",
                         class_binary_name(o->klass, name, sizeof name));
    }
    result->a = heap_clone(t, o);
    return result->a != NULL;
}

static bool check_owner(Thread *t, Object *o)
{
    if (o->lock == 0)
        return throw_new(t, "java/lang/IllegalMonitorStateException",
                         "current thread is not owner");
    return true;
}

static bool Object_notify(Thread *t, Slot *args, Slot *result)
{
    return check_owner(t, THIS);
}

/* With one thread nobody can notify; a timed wait sleeps, an untimed one
 * returns at once (a spurious wakeup, which JLS 17.2.1 allows). */
static bool Object_wait(Thread *t, Slot *args, Slot *result)
{
    int64_t millis = args[1].j;
    if (millis < 0)
        return throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
    if (!check_owner(t, THIS))
        return false;
    return millis <= 0 || vm_sleep(t, millis > INT64_MAX / 1000000 ? INT64_MAX : millis * 1000000);
}

/* ---- java.lang.Class --------------------------------------------------- */

static Class *this_class(Thread *t, Slot *args)
{
    return class_from_mirror(t->vm, THIS);
}

static bool Class_getPrimitiveClass(Thread *t, Slot *args, Slot *result)
{
    static const char *const names[] = {"byte", "char", "double", "float", "int",
                                        "long", "short", "boolean", "void"};
    static const char types[] = "BCDFIJSZV";
    if (!args[0].a)
        return throw_null_pointer(t);
    for (int i = 0; i < 9; i++) {
        if (string_equals_utf8(args[0].a, names[i])) {
            result->a = class_mirror(t, class_primitive(t->vm, types[i]));
            return result->a != NULL;
        }
    }
    return throw_new(t, "java/lang/IllegalArgumentException", "not a primitive type");
}

static bool Class_getName0(Thread *t, Slot *args, Slot *result)
{
    result->a = class_name_string(t, this_class(t, args));
    return result->a != NULL;
}

/* The InnerClasses entry describing [c] itself, or NULL. */
static const InnerClassInfo *inner_class_entry(const Class *c)
{
    const ClassFile *cf = c->file;
    if (!cf)
        return NULL;
    for (uint16_t i = 0; i < cf->inner_class_count; i++) {
        const InnerClassInfo *ic = &cf->inner_classes[i];
        if (strcmp(class_file_class_name(cf, ic->inner_class_info_index), c->name) == 0)
            return ic;
    }
    return NULL;
}

static bool Class_getSimpleName0(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    const InnerClassInfo *ic = inner_class_entry(c);
    const char *simple;
    if (ic)
        simple = ic->inner_name_index ? class_file_utf8(c->file, ic->inner_name_index) : "";
    else {
        const char *slash = strrchr(c->name, '/');
        simple = slash ? slash + 1 : c->name;
    }
    result->a = string_from_mutf8(t, simple, strlen(simple));
    return result->a != NULL;
}

static bool Class_forName0(Thread *t, Slot *args, Slot *result)
{
    Object *name = args[0].a;
    if (!name)
        return throw_null_pointer(t);
    char *text = string_to_mutf8(name);
    if (!text)
        return throw_out_of_memory(t);
    bool bad = strchr(text, '/') != NULL || text[0] == '\0';
    for (char *p = text; *p; p++)
        if (*p == '.')
            *p = '/';
    Class *c = bad ? NULL : class_find(t, text);
    if (!c) {
        /* Only "this class is not there" becomes ClassNotFoundException; a
         * class it needs that is missing stays a NoClassDefFoundError. */
        Object *cause = exception_take(t);
        Class *ncdfe = class_lookup_loaded(t->vm, "java/lang/NoClassDefFoundError");
        bool missing = !cause;
        if (cause && ncdfe && class_is_instance(cause, ncdfe)) {
            Object *msg = field_at(cause, t->vm->wk.Throwable_detailMessage, Object *);
            /* For an array name, its element class being absent counts. */
            const char *element = text;
            while (*element == '[')
                element++;
            char *bare = strdup(*element == 'L' ? element + 1 : element);
            if (bare && *element == 'L' && *bare)
                bare[strlen(bare) - 1] = '\0';
            missing = msg && (string_equals_utf8(msg, text) || (bare && string_equals_utf8(msg, bare)));
            free(bare);
        }
        free(text);
        if (cause && !missing)
            return throw_exception(t, cause);
        char *shown = string_to_utf8(name);
        throw_new(t, "java/lang/ClassNotFoundException", "%s", shown ? shown : "");
        free(shown);
        return false;
    }
    free(text);
    if (args[1].i && !class_initialize(t, c))
        return false;
    result->a = class_mirror(t, c);
    return result->a != NULL;
}

static bool Class_getSuperclass(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    result->a = NULL;
    if (class_is_interface(c) || (c->flags & CLASS_IS_PRIMITIVE) || !c->super)
        return true;
    result->a = class_mirror(t, c->super);
    return result->a != NULL;
}

static bool Class_getInterfaces(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    Array *a = array_new_object(t, t->vm->wk.Class, c->interface_count);
    if (!a)
        return false;
    for (uint16_t i = 0; i < c->interface_count; i++) {
        Object *m = class_mirror(t, c->interfaces[i]);
        if (!m)
            return false;
        array_elements(a, Object *)[i] = m;
    }
    result->a = &a->header;
    return true;
}

static bool Class_isInstance(Thread *t, Slot *args, Slot *result)
{
    result->i = class_is_instance(args[1].a, this_class(t, args));
    return true;
}

static bool Class_isAssignableFrom(Thread *t, Slot *args, Slot *result)
{
    if (!args[1].a)
        return throw_null_pointer(t);
    Class *to = this_class(t, args), *from = class_from_mirror(t->vm, args[1].a);
    if ((to->flags | from->flags) & CLASS_IS_PRIMITIVE)
        result->i = to == from;
    else
        result->i = class_is_assignable(from, to);
    return true;
}

static bool Class_isInterface(Thread *t, Slot *args, Slot *result)
{
    result->i = class_is_interface(this_class(t, args));
    return true;
}

static bool Class_isArray(Thread *t, Slot *args, Slot *result)
{
    result->i = class_is_array(this_class(t, args));
    return true;
}

static bool Class_isPrimitive(Thread *t, Slot *args, Slot *result)
{
    result->i = (this_class(t, args)->flags & CLASS_IS_PRIMITIVE) != 0;
    return true;
}

static bool Class_getComponentType(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    result->a = c->component ? class_mirror(t, c->component) : NULL;
    return !c->component || result->a;
}

static bool Class_getModifiers(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    const InnerClassInfo *ic = inner_class_entry(c);
    uint16_t flags = ic ? ic->inner_class_access_flags : c->access_flags;
    result->i = flags & ~ACC_SUPER & 0x7fff;
    return true;
}

/* java's rules: a switch naming the class wins, then the one for the
 * closest enclosing package, then -ea/-da; among equals the last one. */
static bool assertion_status(const Vm *vm, const Class *c)
{
    if (c->flags & CLASS_IN_LIBRARY)
        return false;
    char name[512];
    class_binary_name(c, name, sizeof name);
    bool enabled = vm->options.enable_assertions != 0;
    size_t best = 0; /* 0: none, else length of the package matched + 1 */
    const char *s = vm->options.assertion_switches;
    while (s && *s) {
        const char *end = strchr(s, ' ');
        size_t n = end ? (size_t)(end - s) : strlen(s);
        bool on = s[0] == '+';
        const char *target = s + 1;
        size_t tn = n - 1;
        if (tn >= 3 && strncmp(target + tn - 3, "...", 3) == 0) {
            size_t pn = tn - 3; /* package name length; 0 = unnamed */
            const char *dot = strrchr(name, '.');
            size_t own = dot ? (size_t)(dot - name) : 0;
            bool inside = pn == 0 ? own == 0
                                  : (own >= pn && strncmp(name, target, pn) == 0 &&
                                     (own == pn || name[pn] == '.'));
            if (inside && pn + 1 >= best && best != SIZE_MAX) {
                best = pn + 1;
                enabled = on;
            }
        } else if (tn == strlen(name) && strncmp(target, name, tn) == 0) {
            best = SIZE_MAX;
            enabled = on;
        }
        s = end ? end + 1 : s + n;
    }
    return enabled;
}

static bool Class_desiredAssertionStatus(Thread *t, Slot *args, Slot *result)
{
    result->i = assertion_status(t->vm, this_class(t, args));
    return true;
}

static bool Class_getDeclaringClass0(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    const InnerClassInfo *ic = inner_class_entry(c);
    result->a = NULL;
    if (!ic || !ic->outer_class_info_index)
        return true;
    Class *outer = class_find(t, class_file_class_name(c->file, ic->outer_class_info_index));
    if (!outer)
        return false;
    result->a = class_mirror(t, outer);
    return result->a != NULL;
}

static bool Class_getEnumConstants0(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    result->a = NULL;
    if (!(c->access_flags & ACC_ENUM) || !c->super ||
        strcmp(c->super->name, "java/lang/Enum") != 0)
        return true;
    char descriptor[600];
    snprintf(descriptor, sizeof descriptor, "()[L%s;", c->name);
    Method *values = class_declared_method(c, "values", descriptor);
    if (!values || !(values->access_flags & ACC_STATIC))
        return true;
    if (!class_initialize(t, c))
        return false;
    return interp_call(t, values, NULL, result);
}

/* An array of the mirrors of the classes named [names] (loading them). */
static Array *class_array_named(Thread *t, Class *first, const char *const *names, uint16_t count)
{
    Array *a = array_new_object(t, t->vm->wk.Class, count + (first ? 1 : 0));
    if (!a)
        return NULL;
    int32_t k = 0;
    if (first) {
        Object *m = class_mirror(t, first);
        if (!m)
            return NULL;
        array_elements(a, Object *)[k++] = m;
    }
    for (uint16_t i = 0; i < count; i++) {
        Class *c = class_find(t, names[i]);
        Object *m = c ? class_mirror(t, c) : NULL;
        if (!m)
            return NULL;
        array_elements(a, Object *)[k++] = m;
    }
    return a;
}

static bool Class_getNestHost0(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    Class *host = c->file ? resolve_nest_host(t, c) : c;
    result->a = class_mirror(t, host);
    return result->a != NULL;
}

/* The host first, then the members its NestMembers attribute lists. */
static bool Class_getNestMembers0(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    Class *host = c->file ? resolve_nest_host(t, c) : c;
    const ClassFile *cf = host->file;
    Array *a = class_array_named(t, host, cf ? cf->nest_members : NULL,
                                 cf ? cf->nest_member_count : 0);
    result->a = a ? &a->header : NULL;
    return a != NULL;
}

/* PermittedSubclasses, or null when the class is not sealed. */
static bool Class_getPermittedSubclasses0(Thread *t, Slot *args, Slot *result)
{
    Class *c = this_class(t, args);
    const ClassFile *cf = c->file;
    result->a = NULL;
    if (!cf || cf->permitted_count == 0)
        return true;
    Array *a = class_array_named(t, NULL, cf->permitted_subclasses, cf->permitted_count);
    result->a = a ? &a->header : NULL;
    return a != NULL;
}

/* ---- java.lang.System -------------------------------------------------- */

static const char *element_type_name(const Class *array)
{
    switch (array->element_type) {
    case 'B': return "byte";
    case 'C': return "char";
    case 'D': return "double";
    case 'F': return "float";
    case 'I': return "int";
    case 'J': return "long";
    case 'S': return "short";
    case 'Z': return "boolean";
    default: return "object array";
    }
}

/* System.arraycopy with HotSpot's checks and messages. */
static bool System_arraycopy(Thread *t, Slot *args, Slot *result)
{
    Object *src = args[0].a, *dst = args[2].a;
    int32_t sp = args[1].i, dp = args[3].i, len = args[4].i;
    char a[512], b[512];
    if (!src || !dst)
        return throw_null_pointer(t);
    if (!class_is_array(src->klass))
        return throw_new(t, "java/lang/ArrayStoreException",
                         "arraycopy: source type %s is not an array",
                         class_binary_name(src->klass, a, sizeof a));
    if (!class_is_array(dst->klass))
        return throw_new(t, "java/lang/ArrayStoreException",
                         "arraycopy: destination type %s is not an array",
                         class_binary_name(dst->klass, a, sizeof a));
    Class *sc = src->klass, *dc = dst->klass;
    bool s_ref = sc->element_type == 'L', d_ref = dc->element_type == 'L';
    if (s_ref != d_ref || (!s_ref && sc->element_type != dc->element_type))
        return throw_new(t, "java/lang/ArrayStoreException",
                         "arraycopy: type mismatch: can not copy %s[] into %s[]",
                         element_type_name(sc), element_type_name(dc));
    Array *s = (Array *)src, *d = (Array *)dst;
    if (sp < 0)
        return throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                         "arraycopy: source index %d out of bounds for %s[%d]", sp,
                         element_type_name(sc), s->length);
    if (dp < 0)
        return throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                         "arraycopy: destination index %d out of bounds for %s[%d]", dp,
                         element_type_name(dc), d->length);
    if (len < 0)
        return throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                         "arraycopy: length %d is negative", len);
    if ((int64_t)sp + len > s->length)
        return throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                         "arraycopy: last source index %lld out of bounds for %s[%d]",
                         (long long)sp + len, element_type_name(sc), s->length);
    if ((int64_t)dp + len > d->length)
        return throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                         "arraycopy: last destination index %lld out of bounds for %s[%d]",
                         (long long)dp + len, element_type_name(dc), d->length);
    if (len == 0)
        return true;
    size_t size = sc->element_size;
    uint8_t *from = array_elements(s, uint8_t) + (size_t)sp * size;
    uint8_t *to = array_elements(d, uint8_t) + (size_t)dp * size;
    if (!s_ref || class_is_assignable(sc->component, dc->component)) {
        memmove(to, from, (size_t)len * size);
        return true;
    }
    /* Element-wise with store checks; elements before a failure stay
     * copied, as the specification requires. */
    Object **f = (Object **)from, **o = (Object **)to;
    for (int32_t i = 0; i < len; i++) {
        Object *e = f[i];
        if (e && !class_is_assignable(e->klass, dc->component)) {
            /* HotSpot words it by whether the two element types are
             * related at all. */
            class_binary_name(sc->component, a, sizeof a);
            class_binary_name(dc->component, b, sizeof b);
            if (!class_is_assignable(dc->component, sc->component))
                return throw_new(t, "java/lang/ArrayStoreException",
                                 "arraycopy: type mismatch: can not copy %s[] into %s[]", a, b);
            return throw_new(t, "java/lang/ArrayStoreException",
                             "arraycopy: element type mismatch: can not cast one of the elements"
                             " of %s[] to the type of the destination array, %s",
                             a, b);
        }
        o[i] = e;
    }
    return true;
}

static bool System_currentTimeMillis(Thread *t, Slot *args, Slot *result)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    result->j = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    return true;
}

static bool System_nanoTime(Thread *t, Slot *args, Slot *result)
{
    result->j = vm_nanotime();
    return true;
}

static bool System_identityHashCode(Thread *t, Slot *args, Slot *result)
{
    result->i = identity_hash(t->vm, args[0].a);
    return true;
}

static bool System_initProperties(Thread *t, Slot *args, Slot *result)
{
    Vm *vm = t->vm;
    struct utsname un;
    bool have_uname = uname(&un) == 0;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        strcpy(cwd, "/");
    const char *home = getenv("HOME");
    const char *user = getenv("USER");
    const char *arch = "unknown";
    if (have_uname)
        arch = strcmp(un.machine, "x86_64") == 0 ? "amd64" : un.machine;
    const char *props[][2] = {
        {"java.version", "17"},
        {"java.specification.version", "17"},
        {"java.class.version", "61.0"},
        {"java.vendor", "Cortado"},
        {"java.vm.name", "Cortado"},
        {"java.vm.version", CORTADO_VERSION},
        {"java.vm.specification.version", "17"},
        {"java.home", "/usr/lib/cortado"},
        {"java.class.path", vm->class_path_text ? vm->class_path_text : "."},
        {"java.io.tmpdir", "/tmp"},
        {"os.name", have_uname ? un.sysname : "Linux"},
        {"os.arch", arch},
        {"os.version", have_uname ? un.release : ""},
        {"file.separator", "/"},
        {"path.separator", ":"},
        {"line.separator", "\n"},
        {"file.encoding", "UTF-8"},
        {"native.encoding", "UTF-8"},
        {"sun.jnu.encoding", "UTF-8"},
        {"stdout.encoding", "UTF-8"},
        {"user.dir", cwd},
        {"user.home", home ? home : "?"},
        {"user.name", user ? user : "?"},
    };
    int n = (int)(sizeof props / sizeof props[0]);
    Array *a = array_new_object(t, vm->wk.String, n * 2);
    if (!a)
        return false;
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < 2; k++) {
            Object *s = string_from_utf8(t, props[i][k]);
            if (!s)
                return false;
            array_elements(a, Object *)[i * 2 + k] = s;
        }
    }
    result->a = &a->header;
    return true;
}

static bool System_getenv0(Thread *t, Slot *args, Slot *result)
{
    if (!args[0].a)
        return throw_null_pointer(t);
    char *name = string_to_utf8(args[0].a);
    if (!name)
        return throw_out_of_memory(t);
    const char *value = getenv(name);
    free(name);
    result->a = value ? string_from_utf8(t, value) : NULL;
    return !value || result->a;
}

/* ---- java.lang.Runtime ------------------------------------------------- */

static bool Runtime_availableProcessors(Thread *t, Slot *args, Slot *result)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    result->i = n > 0 ? (int32_t)n : 1;
    return true;
}

static bool Runtime_freeMemory(Thread *t, Slot *args, Slot *result)
{
    result->j = (int64_t)(heap_total() - heap_used());
    return true;
}

static bool Runtime_totalMemory(Thread *t, Slot *args, Slot *result)
{
    result->j = (int64_t)heap_total();
    return true;
}

static bool Runtime_maxMemory(Thread *t, Slot *args, Slot *result)
{
    result->j = (int64_t)heap_max(t->vm);
    return true;
}

static bool Runtime_gc(Thread *t, Slot *args, Slot *result)
{
    heap_collect();
    return true;
}

/* Unwinds every frame with the exit marker, which no handler catches. */
static bool Runtime_exit0(Thread *t, Slot *args, Slot *result)
{
    Vm *vm = t->vm;
    vm->exiting = true;
    vm->exit_status = args[0].i;
    t->exception = VM_EXIT_MARKER(vm);
    return false;
}

/* ---- java.lang.String, Throwable, Thread ------------------------------- */

static bool String_intern(Thread *t, Slot *args, Slot *result)
{
    result->a = string_intern(t, THIS);
    return result->a != NULL;
}

static bool Throwable_fillInStackTrace0(Thread *t, Slot *args, Slot *result)
{
    return exception_fill_in_stack_trace(t, THIS);
}

static bool Throwable_getStackTrace0(Thread *t, Slot *args, Slot *result)
{
    Vm *vm = t->vm;
    Object *backtrace = field_at(THIS, vm->wk.Throwable_backtrace, Object *);
    int32_t depth = backtrace ? ((Array *)backtrace)->length / 2 : 0;
    Class *ste = vm->wk.StackTraceElement;
    if (!ste) {
        ste = class_find(t, "java/lang/StackTraceElement");
        if (!ste || !class_initialize(t, ste))
            return false;
        vm->wk.StackTraceElement = ste;
    }
    Method *ctor = class_declared_method(
        ste, "<init>", "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V");
    if (!ctor)
        return throw_new(t, "java/lang/InternalError", "StackTraceElement constructor missing");
    Array *a = array_new_object(t, ste, depth);
    if (!a)
        return false;
    result->a = &a->header; /* keeps it reachable while we allocate */
    for (int32_t i = 0; i < depth; i++) {
        const int64_t *pair = array_elements(backtrace, int64_t) + i * 2;
        Method *m = (Method *)(intptr_t)pair[0];
        int line = (m->access_flags & ACC_NATIVE) ? -2
                   : pair[1] < 0                  ? -1
                                                  : method_line_number(m, (uint32_t)pair[1]);
        Object *element = heap_alloc_object(t, ste);
        if (!element)
            return false;
        array_elements(a, Object *)[i] = element;
        Object *klass = class_name_string(t, m->klass);
        Object *name = klass ? string_from_mutf8(t, m->name, strlen(m->name)) : NULL;
        Object *file = NULL;
        if (name && m->klass->source_file) {
            file = string_from_mutf8(t, m->klass->source_file, strlen(m->klass->source_file));
            if (!file)
                return false;
        }
        if (!name)
            return false;
        Slot ctor_args[5] = {{.a = element}, {.a = klass}, {.a = name}, {.a = file}, {.i = line}};
        if (!interp_call(t, ctor, ctor_args, NULL))
            return false;
    }
    return true;
}

static bool Thread_sleep(Thread *t, Slot *args, Slot *result)
{
    int64_t millis = args[0].j;
    if (millis < 0)
        return throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
    return vm_sleep(t, millis > INT64_MAX / 1000000 ? INT64_MAX : millis * 1000000);
}

const NativeEntry natives_core[] = {
    {"java/lang/Object", "getClass", "()Ljava/lang/Class;", Object_getClass},
    {"java/lang/Object", "hashCode", "()I", Object_hashCode},
    {"java/lang/Object", "clone", "()Ljava/lang/Object;", Object_clone},
    {"java/lang/Object", "notify", "()V", Object_notify},
    {"java/lang/Object", "notifyAll", "()V", Object_notify},
    {"java/lang/Object", "wait", "(J)V", Object_wait},
    {"java/lang/Class", "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;",
     Class_getPrimitiveClass},
    {"java/lang/Class", "getName0", "()Ljava/lang/String;", Class_getName0},
    {"java/lang/Class", "getSimpleName0", "()Ljava/lang/String;", Class_getSimpleName0},
    {"java/lang/Class", "forName0", "(Ljava/lang/String;Z)Ljava/lang/Class;", Class_forName0},
    {"java/lang/Class", "getSuperclass", "()Ljava/lang/Class;", Class_getSuperclass},
    {"java/lang/Class", "getInterfaces", "()[Ljava/lang/Class;", Class_getInterfaces},
    {"java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", Class_isInstance},
    {"java/lang/Class", "isAssignableFrom", "(Ljava/lang/Class;)Z", Class_isAssignableFrom},
    {"java/lang/Class", "isInterface", "()Z", Class_isInterface},
    {"java/lang/Class", "isArray", "()Z", Class_isArray},
    {"java/lang/Class", "isPrimitive", "()Z", Class_isPrimitive},
    {"java/lang/Class", "getComponentType", "()Ljava/lang/Class;", Class_getComponentType},
    {"java/lang/Class", "getModifiers", "()I", Class_getModifiers},
    {"java/lang/Class", "desiredAssertionStatus", "()Z", Class_desiredAssertionStatus},
    {"java/lang/Class", "getDeclaringClass0", "()Ljava/lang/Class;", Class_getDeclaringClass0},
    {"java/lang/Class", "getNestHost0", "()Ljava/lang/Class;", Class_getNestHost0},
    {"java/lang/Class", "getNestMembers0", "()[Ljava/lang/Class;", Class_getNestMembers0},
    {"java/lang/Class", "getPermittedSubclasses0", "()[Ljava/lang/Class;",
     Class_getPermittedSubclasses0},
    {"java/lang/Class", "getEnumConstants0", "()[Ljava/lang/Object;", Class_getEnumConstants0},
    {"java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V",
     System_arraycopy},
    {"java/lang/System", "currentTimeMillis", "()J", System_currentTimeMillis},
    {"java/lang/System", "nanoTime", "()J", System_nanoTime},
    {"java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", System_identityHashCode},
    {"java/lang/System", "initProperties", "()[Ljava/lang/String;", System_initProperties},
    {"java/lang/System", "getenv0", "(Ljava/lang/String;)Ljava/lang/String;", System_getenv0},
    {"java/lang/Runtime", "availableProcessors", "()I", Runtime_availableProcessors},
    {"java/lang/Runtime", "freeMemory", "()J", Runtime_freeMemory},
    {"java/lang/Runtime", "totalMemory", "()J", Runtime_totalMemory},
    {"java/lang/Runtime", "maxMemory", "()J", Runtime_maxMemory},
    {"java/lang/Runtime", "gc", "()V", Runtime_gc},
    {"java/lang/Runtime", "exit0", "(I)V", Runtime_exit0},
    {"java/lang/String", "intern", "()Ljava/lang/String;", String_intern},
    {"java/lang/Throwable", "fillInStackTrace0", "()V", Throwable_fillInStackTrace0},
    {"java/lang/Throwable", "getStackTrace0", "()[Ljava/lang/StackTraceElement;",
     Throwable_getStackTrace0},
    {"java/lang/Thread", "sleep", "(J)V", Thread_sleep},
    {NULL, NULL, NULL, NULL},
};
