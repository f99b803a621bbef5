/*
 * vm.c - creating and destroying VMs, booting the class library, running
 * a program's main method: the implementation of include/cortado.h.
 *
 * Must never: write to the process's stdout/stderr except through the
 * VM's streams, or exit the process (System.exit unwinds instead).
 */
#include "runtime/vm.h"

#include "gc/heap.h"
#include "runtime/exception.h"
#include "runtime/jstring.h"
#include "runtime/native.h"

#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void interp_init(void);

uint32_t vm_next_hash(Vm *vm)
{
    /* xorshift32; identity hashes are 31-bit and never 0, as on HotSpot */
    uint32_t x = vm->hash_state;
    do {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
    } while ((x & 0x7fffffff) == 0);
    vm->hash_state = x;
    return x & 0x7fffffff;
}

int64_t vm_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- execution limits ---------------------------------------------------- */

enum {
    POLL_INTERVAL = 1 << 22,      /* ticks between polls without a time limit */
    POLL_INTERVAL_TIMED = 1 << 12 /* with one: a clock read every ~10 us */
};

/* Ends the run for limit [which] (the exit marker unwinds every frame). */
static bool stop_for_limit(Thread *t, ExecutionLimit which)
{
    Vm *vm = t->vm;
    if (!vm->exiting) {
        vm->exiting = true;
        vm->exit_status = 1;
        vm->limit_hit = which;
    }
    t->exception = VM_EXIT_MARKER(vm);
    return false;
}

/* Sets the ticks of [t] to run before its next poll. */
static void arm_poll(Thread *t)
{
    Vm *vm = t->vm;
    int64_t chunk = vm->deadline_nanos ? POLL_INTERVAL_TIMED : POLL_INTERVAL;
    if (vm->max_ticks) {
        /* Exact: the poll falls on the first tick beyond the budget. */
        uint64_t left = vm->max_ticks - vm->ticks_used + 1;
        if (left < (uint64_t)chunk)
            chunk = (int64_t)left;
    }
    t->ticks = t->tick_chunk = (int32_t)chunk;
}

void vm_set_limits(Vm *vm, uint64_t max_ticks, int64_t max_nanos)
{
    vm->max_ticks = max_ticks;
    vm->ticks_used = 0;
    vm->time_limit_nanos = max_nanos > 0 ? max_nanos : 0;
    vm->deadline_nanos = max_nanos > 0 ? vm_nanotime() + max_nanos : 0;
    arm_poll(&vm->main_thread);
}

bool vm_poll(Thread *t)
{
    Vm *vm = t->vm;
    vm->ticks_used += (uint64_t)(t->tick_chunk - t->ticks);
    if (vm->exiting)
        return stop_for_limit(t, LIMIT_NONE);
    if (vm->max_ticks && vm->ticks_used > vm->max_ticks)
        return stop_for_limit(t, LIMIT_TICKS);
    if (vm->deadline_nanos && vm_nanotime() >= vm->deadline_nanos)
        return stop_for_limit(t, LIMIT_TIME);
    arm_poll(t);
    return true;
}

bool vm_sleep(Thread *t, int64_t nanos)
{
    Vm *vm = t->vm;
    int64_t stop_at = nanos > INT64_MAX - vm_nanotime() ? INT64_MAX : vm_nanotime() + nanos;
    if (vm->deadline_nanos && stop_at > vm->deadline_nanos)
        stop_at = vm->deadline_nanos;
    for (int64_t now = vm_nanotime(); now < stop_at; now = vm_nanotime()) {
        int64_t step = stop_at - now;
        struct timespec ts = {.tv_sec = step / 1000000000, .tv_nsec = step % 1000000000};
        nanosleep(&ts, NULL);
    }
    if (vm->deadline_nanos && vm_nanotime() >= vm->deadline_nanos)
        return stop_for_limit(t, LIMIT_TIME);
    return true;
}

void cortado_options_init(CortadoOptions *options)
{
    memset(options, 0, sizeof *options);
}

size_t cortado_parse_size(const char *text)
{
    if (!text || !*text)
        return 0;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (end == text || text[0] == '-')
        return 0;
    unsigned long long scale = 1;
    switch (*end) {
    case '\0': break;
    case 'k': case 'K': scale = 1ull << 10; end++; break;
    case 'm': case 'M': scale = 1ull << 20; end++; break;
    case 'g': case 'G': scale = 1ull << 30; end++; break;
    case 't': case 'T': scale = 1ull << 40; end++; break;
    default: return 0;
    }
    if (*end != '\0' || n > SIZE_MAX / scale)
        return 0;
    return (size_t)(n * scale);
}

/* Finds the offset of instance field [name] of [c], or reports failure. */
static bool field_offset(Class *c, const char *name, const char *descriptor, uint32_t *offset)
{
    for (uint16_t i = 0; i < c->field_count; i++) {
        Field *f = &c->fields[i];
        if (strcmp(f->name, name) == 0 && strcmp(f->descriptor, descriptor) == 0 &&
            !(f->access_flags & ACC_STATIC)) {
            *offset = f->offset;
            return true;
        }
    }
    return false;
}

static void boot_failure(Vm *vm, const char *what)
{
    Thread *t = &vm->main_thread;
    fprintf(stderr, "cortado: cannot boot the class library: %s\n", what);
    if (t->exception && t->exception != vm->oom_error && vm->wk.Throwable_detailMessage) {
        char name[512];
        fprintf(stderr, "  %s", class_binary_name(t->exception->klass, name, sizeof name));
        Object *msg = field_at(t->exception, vm->wk.Throwable_detailMessage, Object *);
        char *text = msg ? string_to_utf8(msg) : NULL;
        if (text)
            fprintf(stderr, ": %s", text);
        free(text);
        fputc('\n', stderr);
    }
}

/* Loads the classes the VM itself relies on (runtime/classlib/README.md). */
static bool boot(Vm *vm)
{
    Thread *t = &vm->main_thread;
    WellKnown *wk = &vm->wk;
    static const struct {
        const char *name;
        size_t offset;
    } classes[] = {
        {"java/lang/Object", offsetof(WellKnown, Object)},
        {"java/lang/Cloneable", offsetof(WellKnown, Cloneable)},
        {"java/io/Serializable", offsetof(WellKnown, Serializable)},
        {"java/lang/String", offsetof(WellKnown, String)},
        {"java/lang/Class", offsetof(WellKnown, Class)},
        {"java/lang/Throwable", offsetof(WellKnown, Throwable)},
        {"java/lang/Error", offsetof(WellKnown, Error)},
        {"java/lang/RuntimeException", offsetof(WellKnown, RuntimeException)},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        Class *c = class_find(t, classes[i].name);
        if (!c) {
            boot_failure(vm, classes[i].name);
            return false;
        }
        *(Class **)((char *)wk + classes[i].offset) = c;
    }
    /* The interface list of array classes made before Cloneable existed. */
    wk->char_array = class_array_of(t, class_primitive(vm, 'C'));
    wk->object_array = class_array_of(t, wk->Object);
    wk->string_array = class_array_of(t, wk->String);
    if (!wk->char_array || !wk->object_array || !wk->string_array) {
        boot_failure(vm, "array classes");
        return false;
    }
    if (!field_offset(wk->String, "value", "[C", &wk->String_value) ||
        !field_offset(wk->String, "hash", "I", &wk->String_hash) ||
        !field_offset(wk->Class, "vmClass", "J", &wk->Class_vmClass) ||
        !field_offset(wk->Throwable, "backtrace", "Ljava/lang/Object;", &wk->Throwable_backtrace) ||
        !field_offset(wk->Throwable, "detailMessage", "Ljava/lang/String;",
                      &wk->Throwable_detailMessage) ||
        !field_offset(wk->Throwable, "cause", "Ljava/lang/Throwable;", &wk->Throwable_cause)) {
        boot_failure(vm, "a field the VM needs is missing (see runtime/classlib/README.md)");
        return false;
    }
    wk->Throwable_printStackTrace = class_declared_method(wk->Throwable, "printStackTrace", "()V");
    wk->Object_toString = class_declared_method(wk->Object, "toString", "()Ljava/lang/String;");

    vm->oom_error = exception_new(t, "java/lang/OutOfMemoryError", "Java heap space");
    if (!vm->oom_error) {
        boot_failure(vm, "java/lang/OutOfMemoryError");
        return false;
    }
    Class *system = class_find(t, "java/lang/System");
    if (!system || !class_initialize(t, system)) {
        boot_failure(vm, "java/lang/System");
        return false;
    }
    return true;
}

CortadoVm *cortado_vm_create(const CortadoOptions *options)
{
    heap_global_init();
    interp_init();
    Vm *vm = GC_MALLOC_UNCOLLECTABLE(sizeof(Vm));
    if (!vm)
        return NULL;
    memset(vm, 0, sizeof *vm);
    cortado_options_init(&vm->options);
    if (options)
        vm->options = *options;
    vm->out = stdout;
    vm->err = stderr;
    vm->hash_state = (uint32_t)vm_nanotime() | 1;
    vm->start_nanos = vm_nanotime();
    vm->max_heap = (size_t)1 << 40; /* no ceiling while booting */
    const char *path = vm->options.class_path ? vm->options.class_path : ".";
    vm->class_path_text = strdup(path);
    vm->class_path = class_path_open(path);
    vm->options.class_path = vm->class_path_text;
    size_t stack = vm->options.stack_size ? vm->options.stack_size : (size_t)1 << 20;
    if (!vm->class_path_text || !vm->class_path || !thread_init(&vm->main_thread, vm, stack)) {
        cortado_vm_destroy(vm);
        return NULL;
    }
    heap_register_thread(&vm->main_thread);
    arm_poll(&vm->main_thread);
    heap_lift_limit();
    if (!boot(vm)) {
        cortado_vm_destroy(vm);
        return NULL;
    }
    heap_set_limit(vm, vm->options.max_heap);
    return vm;
}

void cortado_vm_destroy(CortadoVm *vm)
{
    if (!vm)
        return;
    fflush(vm->out);
    fflush(vm->err);
    if (vm->main_thread.stack) {
        heap_unregister_thread(&vm->main_thread);
        thread_destroy(&vm->main_thread);
    }
    for (uint32_t i = 0; i < vm->class_table_size; i++)
        for (Class *c = vm->class_table[i]; c; c = c->hash_next)
            class_file_free(c->file);
    free(vm->class_table);
    if (vm->interned.slots)
        GC_FREE(vm->interned.slots);
    class_path_close(vm->class_path);
    free(vm->class_path_text);
    free(vm->uncaught_text);
    arena_free_all(vm);
    GC_FREE(vm);
}

const char *cortado_uncaught_exception(const CortadoVm *vm)
{
    return vm->uncaught_text;
}

char *cortado_jar_main_class(const char *jar_path)
{
    char error[512];
    char *main_class = class_path_jar_main_class(jar_path, error, sizeof error);
    if (!main_class) /* java prefixes all but one of these messages */
        fprintf(stderr, "%s%s\n", strncmp(error, "no main manifest", 16) ? "Error: " : "", error);
    return main_class;
}

/* The launcher's report for a main class that failed to load, or to link
 * ([linking]: its lookup of main links the class). */
static int report_load_failure(Vm *vm, const char *shown_name, bool linking)
{
    Thread *t = &vm->main_thread;
    Object *e = exception_take(t);
    char name[512];
    const char *message_text = NULL;
    char *text = NULL;
    if (e) {
        Object *msg = field_at(e, vm->wk.Throwable_detailMessage, Object *);
        text = msg ? string_to_utf8(msg) : NULL;
        message_text = text;
        class_binary_name(e->klass, name, sizeof name);
    }
    fflush(vm->out);
    if (e && !linking && strcmp(name, "java.lang.NoClassDefFoundError") == 0 && text &&
        !strstr(text, "wrong name")) {
        fprintf(vm->err,
                "Error: Could not find or load main class %s\n"
                "Caused by: java.lang.ClassNotFoundException: %s\n",
                shown_name, shown_name);
    } else if (e && !linking && strcmp(name, "java.lang.NoClassDefFoundError") == 0) {
        fprintf(vm->err, "Error: Could not find or load main class %s\nCaused by: %s: %s\n",
                shown_name, name, message_text ? message_text : "");
    } else if (e && strcmp(name, "java.lang.SecurityException") == 0) {
        /* Not a LinkageError: it escapes java's LauncherHelper. */
        fprintf(vm->err,
                "Error: A JNI error has occurred, please check your installation and try again\n"
                "Exception in thread \"main\" %s%s%s\n",
                name, message_text ? ": " : "", message_text ? message_text : "");
    } else if (e && linking) {
        /* java loads the main class first and verifies it when it links it
         * to look up main: a failure then is reported as one of
         * initialization. */
        fprintf(vm->err, "Error: Unable to initialize main class %s\nCaused by: %s%s%s\n",
                shown_name, name, message_text ? ": " : "", message_text ? message_text : "");
    } else if (e) {
        fprintf(vm->err, "Error: LinkageError occurred while loading main class %s\n\t%s%s%s\n",
                shown_name, name, message_text ? ": " : "", message_text ? message_text : "");
    } else {
        fprintf(vm->err, "Error: Could not find or load main class %s\n", shown_name);
    }
    free(text);
    fflush(vm->err);
    return 1;
}

/* Status after an exception escaped: System.exit's, or 1 after a report. */
static int finish_with_exception(Vm *vm)
{
    Thread *t = &vm->main_thread;
    Object *e = exception_take(t);
    if (e == VM_EXIT_MARKER(vm) || vm->exiting)
        return vm->exit_status;
    exception_report_uncaught(t, e);
    if (t->exception == VM_EXIT_MARKER(vm) || vm->exiting)
        return vm->exit_status;
    t->exception = NULL;
    return 1;
}

/* As the VM ends without System.exit, Runtime's shutdown hooks run (an
 * exception from one is reported like an uncaught one). */
static void run_shutdown_hooks(Vm *vm)
{
    Thread *t = &vm->main_thread;
    Class *runtime = class_find(t, "java/lang/Runtime");
    Method *hooks = runtime ? class_declared_method(runtime, "runShutdownHooks", "()V") : NULL;
    if (!hooks || !class_initialize(t, runtime) || !interp_call(t, hooks, NULL, NULL)) {
        if (t->exception && t->exception != VM_EXIT_MARKER(vm))
            exception_report_uncaught(t, t->exception);
        t->exception = NULL;
    }
}

int cortado_run_main(CortadoVm *vm, const char *main_class, int argc, const char *const *argv)
{
    Thread *t = &vm->main_thread;
    free(vm->uncaught_text);
    vm->uncaught_text = NULL;
    size_t n = strlen(main_class);
    char *internal = malloc(n + 1), *shown = malloc(n + 1);
    if (!internal || !shown) {
        free(internal);
        free(shown);
        fprintf(vm->err, "Error: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i <= n; i++) {
        internal[i] = main_class[i] == '.' ? '/' : main_class[i];
        shown[i] = main_class[i] == '/' ? '.' : main_class[i];
    }
    int status;
    /* The launcher loads the main class, then links it as it looks up
     * main (HotSpot's LauncherHelper.validateMainClass). */
    Class *c = class_find(t, internal);
    if (!c || !class_link(t, c)) {
        status = report_load_failure(vm, shown, c != NULL);
        goto done;
    }
    Method *main = class_find_method(c, "main", "([Ljava/lang/String;)V");
    if (!main || main->klass != c) {
        fflush(vm->out);
        fprintf(vm->err,
                "Error: Main method not found in class %s, please define the main method as:\n"
                "   public static void main(String[] args)\n"
                "or a JavaFX application class must extend javafx.application.Application\n",
                shown);
        status = 1;
        goto done;
    }
    if (!(main->access_flags & ACC_STATIC)) {
        fflush(vm->out);
        fprintf(vm->err,
                "Error: Main method is not static in class %s, please define the main method as:\n"
                "   public static void main(String[] args)\n",
                shown);
        status = 1;
        goto done;
    }
    Array *args = array_new_object(t, vm->wk.String, argc);
    if (!args) {
        status = finish_with_exception(vm);
        goto done;
    }
    for (int i = 0; i < argc; i++) {
        Object *s = string_from_utf8(t, argv[i]);
        if (!s) {
            status = finish_with_exception(vm);
            goto done;
        }
        array_elements(args, Object *)[i] = s;
    }
    if (!class_initialize(t, c)) {
        status = finish_with_exception(vm);
        goto done;
    }
    Slot arg = {.a = &args->header};
    status = interp_call(t, main, &arg, NULL) ? 0 : finish_with_exception(vm);
    if (!vm->exiting)
        run_shutdown_hooks(vm);
done:
    fflush(vm->out);
    if (vm->limit_hit == LIMIT_TICKS)
        fprintf(vm->err, "Error: execution budget of %llu ticks exhausted\n",
                (unsigned long long)vm->max_ticks);
    else if (vm->limit_hit == LIMIT_TIME)
        fprintf(vm->err, "Error: time limit of %lld ms exceeded\n",
                (long long)(vm->time_limit_nanos / 1000000));
    fflush(vm->err);
    free(internal);
    free(shown);
    return status;
}
