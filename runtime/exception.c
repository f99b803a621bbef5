/*
 * exception.c - creating Java exceptions from C, recording stack traces
 * and reporting uncaught exceptions the way HotSpot does.
 *
 * Must never: lose the pending exception silently, or recurse without
 * bound when creating an exception itself fails (an error while building
 * an error is reported instead of the original).
 */
#include "runtime/exception.h"

#include "gc/heap.h"
#include "interp/interp.h"
#include "runtime/class.h"
#include "runtime/jstring.h"
#include "runtime/native.h"
#include "runtime/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_STACK_TRACE_DEPTH = 1024 }; /* HotSpot's MaxJavaStackTraceDepth */

bool throw_exception(Thread *t, Object *exception)
{
    t->exception = exception;
    return false;
}

bool throw_out_of_memory(Thread *t)
{
    t->exception = t->vm->oom_error;
    return false;
}

Object *exception_new(Thread *t, const char *class_name, const char *message)
{
    Class *c = class_find(t, class_name);
    if (!c || !class_initialize(t, c))
        return NULL;
    Object *e = heap_alloc_object(t, c);
    if (!e)
        return NULL;
    Object *text = NULL;
    if (message) {
        text = string_from_utf8(t, message);
        if (!text)
            return NULL;
    }
    Method *ctor = class_declared_method(c, "<init>", message ? "(Ljava/lang/String;)V" : "()V");
    if (!ctor && !message)
        ctor = class_declared_method(c, "<init>", "(Ljava/lang/String;)V");
    if (!ctor) {
        throw_new(t, "java/lang/InternalError", "no usable constructor in %s", class_name);
        return NULL;
    }
    Slot args[2] = {{.a = e}, {.a = text}};
    if (!interp_call(t, ctor, args, NULL))
        return NULL;
    return e;
}

bool throw_newv(Thread *t, const char *class_name, const char *fmt, va_list args)
{
    if (t->exception == VM_EXIT_MARKER(t->vm))
        return false;
    char message[1024];
    if (fmt)
        vsnprintf(message, sizeof message, fmt, args);
    /* Building the exception runs Java code; start from a clean state. If
     * building it keeps failing (the library itself is broken), give up
     * with the preallocated error rather than recurse. */
    t->exception = NULL;
    if (t->throw_depth > 8) {
        fprintf(t->vm->err, "cortado: cannot create %s: %s\n", class_name, fmt ? message : "");
        t->exception = t->vm->oom_error ? t->vm->oom_error : VM_EXIT_MARKER(t->vm);
        return false;
    }
    t->throw_depth++;
    Object *e = exception_new(t, class_name, fmt ? message : NULL);
    t->throw_depth--;
    if (e)
        t->exception = e;
    return false;
}

bool throw_new(Thread *t, const char *class_name, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    throw_newv(t, class_name, fmt, args);
    va_end(args);
    return false;
}

bool throw_null_pointer(Thread *t)
{
    return throw_new(t, "java/lang/NullPointerException", NULL);
}

bool throw_array_index(Thread *t, int32_t index, int32_t length)
{
    return throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                     "Index %d out of bounds for length %d", index, length);
}

Object *exception_take(Thread *t)
{
    Object *e = t->exception;
    t->exception = NULL;
    return e;
}

/* ---- stack traces ------------------------------------------------------ */

/* The backtrace is a long[] of (Method*, bytecode pc) pairs, top first. */
bool exception_fill_in_stack_trace(Thread *t, Object *throwable)
{
    Vm *vm = t->vm;
    Frame *f = t->fp;
    /* Skip fillInStackTrace itself and the constructors of this throwable
     * (HotSpot hides them too). */
    while (f > t->frames && (strcmp(f->method->name, "fillInStackTrace") == 0 ||
                              strcmp(f->method->name, "fillInStackTrace0") == 0))
        f--;
    while (f > t->frames && (f->method->flags & METHOD_INIT) &&
           class_is_assignable(throwable->klass, f->method->klass) &&
           f->locals[0].a == throwable)
        f--;
    /* Frames of the VM's generated classes (lambda proxies, concatenation)
     * are hidden, as HotSpot hides its hidden classes. */
    int32_t depth = 0;
    for (Frame *g = f; g > t->frames && depth < MAX_STACK_TRACE_DEPTH; g--)
        if (!(g->method->klass->flags & CLASS_SPUN))
            depth++;
    Array *trace = array_new_primitive(t, 'J', depth * 2);
    if (!trace)
        return false;
    int64_t *e = array_elements(trace, int64_t);
    for (Frame *g = f; g > t->frames && e < array_elements(trace, int64_t) + depth * 2; g--) {
        if (g->method->klass->flags & CLASS_SPUN)
            continue;
        *e++ = (int64_t)(intptr_t)g->method;
        *e++ = g->pc ? (int64_t)frame_bytecode_pc(g) : -1;
    }
    field_at(throwable, vm->wk.Throwable_backtrace, Object *) = &trace->header;
    return true;
}

/* ---- uncaught exceptions ----------------------------------------------- */

/* Last resort when Java code cannot print: "java.lang.X: message". */
static void print_plain(Thread *t, Object *e)
{
    Vm *vm = t->vm;
    char name[512];
    fprintf(vm->err, "%s", class_binary_name(e->klass, name, sizeof name));
    if (e != vm->oom_error || vm->wk.Throwable_detailMessage) {
        Object *msg = field_at(e, vm->wk.Throwable_detailMessage, Object *);
        if (msg) {
            char *text = string_to_utf8(msg);
            if (text)
                fprintf(vm->err, ": %s", text);
            free(text);
        }
    }
    fputc('\n', vm->err);
}

/* Calls a no-argument virtual method of [receiver] returning a String. */
static Object *call_string_method(Thread *t, Object *receiver, const char *name)
{
    Method *m = class_find_method(receiver->klass, name, "()Ljava/lang/String;");
    if (!m)
        return NULL;
    if (m->vtable_index >= 0)
        m = receiver->klass->vtable[m->vtable_index];
    Slot arg = {.a = receiver}, result = {0};
    if (!interp_call(t, m, &arg, &result))
        return NULL;
    return result.a;
}

void exception_report_uncaught(Thread *t, Object *e)
{
    Vm *vm = t->vm;
    if (e == vm->oom_error)
        heap_collect(); /* printing needs a little memory */
    fflush(vm->out);
    fprintf(vm->err, "Exception in thread \"main\" ");
    fflush(vm->err);
    free(vm->uncaught_text);
    vm->uncaught_text = NULL;
    Object *text = call_string_method(t, e, "toString");
    t->exception = NULL;
    if (text)
        vm->uncaught_text = string_to_utf8(text);
    Method *print = vm->wk.Throwable_printStackTrace;
    if (print && print->vtable_index >= 0)
        print = e->klass->vtable[print->vtable_index];
    Slot arg = {.a = e};
    if (!print || !interp_call(t, print, &arg, NULL)) {
        t->exception = NULL;
        print_plain(t, e);
    }
    fflush(vm->err);
}
