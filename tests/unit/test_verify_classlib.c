/*
 * test_verify_classlib.c - the built-in class library passes the bytecode
 * verifier (loader/verify.c). The library is trusted at run time and not
 * verified when it loads, so this test is what keeps it verifiable: every
 * class returned by classlib_name() is loaded and verified, and the time
 * verification takes is printed.
 */
#include "cortado.h"
#include "loader/classpath.h"
#include "runtime/jstring.h"
#include "runtime/verifier.h"
#include "runtime/vm.h"

#include "unit.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The pending exception's class and message, for failure reports. */
static void describe_exception(Thread *t, char *out, size_t size)
{
    Object *e = t->exception;
    if (!e) {
        snprintf(out, size, "(no exception)");
        return;
    }
    Object *message = field_at(e, t->vm->wk.Throwable_detailMessage, Object *);
    char *text = message ? string_to_utf8(message) : NULL;
    snprintf(out, size, "%s: %s", e->klass->name, text ? text : "");
    free(text);
}

START_TEST(every_library_class_verifies)
{
    CortadoOptions options;
    cortado_options_init(&options);
    CortadoVm *vm = cortado_vm_create(&options);
    ck_assert_ptr_nonnull(vm);
    Thread *t = &vm->main_thread;
    size_t count = classlib_count();
    ck_assert_uint_gt(count, 100);

    /* Load everything first, so the timing below is verification alone. */
    Class **classes = calloc(count, sizeof *classes);
    ck_assert_ptr_nonnull(classes);
    double load_start = seconds();
    for (size_t i = 0; i < count; i++) {
        classes[i] = class_find(t, classlib_name(i));
        if (!classes[i]) {
            char why[1024];
            describe_exception(t, why, sizeof why);
            ck_abort_msg("%s does not load: %s", classlib_name(i), why);
        }
    }
    double loading = seconds() - load_start;
    size_t failures = 0, methods = 0, code_bytes = 0;
    double start = seconds();
    for (size_t i = 0; i < count; i++) {
        if (!class_verify(t, classes[i])) {
            char why[1024];
            describe_exception(t, why, sizeof why);
            fprintf(stderr, "%s\n", why);
            t->exception = NULL;
            failures++;
        }
    }
    double elapsed = seconds() - start;
    for (size_t i = 0; i < count; i++) {
        const ClassFile *cf = classes[i]->file;
        for (uint16_t m = 0; m < cf->method_count; m++) {
            if (cf->methods[m].code) {
                methods++;
                code_bytes += cf->methods[m].code->code_length;
            }
        }
    }
    printf("verified %zu classes (%zu methods, %zu bytes of code) in %.1f ms; loading them "
           "(parsing, linking their hierarchy, in a booted VM) took %.1f ms\n",
           count, methods, code_bytes, elapsed * 1e3, loading * 1e3);
    free(classes);
    cortado_vm_destroy(vm);
    ck_assert_uint_eq(failures, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("verify_classlib");
    TCase *tc = tcase_create("classlib");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, every_library_class_verifies);
    suite_add_tcase(s, tc);
    return unit_run(s, true);
}
