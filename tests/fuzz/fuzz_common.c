/*
 * fuzz_common.c - a sandboxed VM per input, and loading one class file
 * into it the way an embedding application would (tests/fuzz/fuzz.h).
 */
#include "fuzz.h"

#include "cortado.h"
#include "interp/interp.h"
#include "runtime/class.h"
#include "runtime/jstring.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char class_dir[4096];
static FILE *sink;

/* An empty directory of our own under base, for the class path; false
 * if base has no room for one (it may not exist, or the name may not
 * fit). */
static bool make_class_dir(const char *base)
{
    int n = snprintf(class_dir, sizeof class_dir, "%s/cortado-fuzz-XXXXXX", base);
    return n > 0 && (size_t)n < sizeof class_dir && mkdtemp(class_dir);
}

static void remove_class_dir(void)
{
    rmdir(class_dir);
}

/* Once per process: an empty class-path directory, /dev/null as stdin
 * (a program reading System.in gets end of file at once) and as the
 * VM's output. */
static void setup_once(void)
{
    if (sink)
        return;
    const char *tmp = getenv("TMPDIR");
    if (!(tmp && *tmp && make_class_dir(tmp)) && !make_class_dir("/tmp") && !make_class_dir(".")) {
        fprintf(stderr, "fuzz: cannot make a class-path directory under $TMPDIR, /tmp or .: %s\n",
                strerror(errno));
        abort();
    }
    atexit(remove_class_dir);
    int null_fd = open("/dev/null", O_RDWR);
    sink = fopen("/dev/null", "w");
    if (null_fd < 0 || !sink || dup2(null_fd, 0) < 0) {
        perror("/dev/null");
        abort();
    }
    close(null_fd);
}

Vm *fuzz_vm_create(void)
{
    setup_once();
    CortadoOptions options;
    cortado_options_init(&options);
    options.class_path = class_dir;
    options.max_heap = (size_t)64 << 20;
    options.stack_size = (size_t)256 << 10;
    Vm *vm = cortado_vm_create(&options);
    if (!vm) {
        fprintf(stderr, "fuzz: cannot create a VM\n");
        abort();
    }
    vm->out = sink;
    vm->err = sink;
    return vm;
}

Class *fuzz_load(Vm *vm, const uint8_t *data, size_t size)
{
    Thread *t = &vm->main_thread;
    Class *c = class_define(t, data, size, "fuzz.class");
    if (c && class_link(t, c)) {
        for (uint16_t i = 0; i < c->method_count; i++) {
            Method *m = &c->methods[i];
            if (m->info && m->info->code && !method_prepare(t, m)) {
                /* The decoder refuses only what verification rejects: a
                 * disagreement is a bug worth a crash report. */
                char *text = NULL;
                Object *msg = t->exception
                                  ? field_at(t->exception, vm->wk.Throwable_detailMessage, Object *)
                                  : NULL;
                text = msg ? string_to_utf8(msg) : NULL;
                fprintf(stderr, "fuzz: verified method %s%s refused by the decoder: %s: %s\n",
                        m->name, m->descriptor, t->exception ? t->exception->klass->name : "?",
                        text ? text : "");
                abort();
            }
        }
    } else {
        c = NULL;
    }
    t->exception = NULL;
    return c;
}

void fuzz_vm_destroy(Vm *vm)
{
    cortado_vm_destroy(vm);
}
