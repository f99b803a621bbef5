/*
 * test_define.c - defining classes from memory (class_define) and the
 * package rules every application class obeys: no class of the class
 * path or from memory joins a java.* package (java's application loader
 * does not either), so user code never shares a package with the library.
 */
#include "cortado.h"
#include "interp/interp.h"
#include "interp/opcodes.h"
#include "runtime/classwriter.h"
#include "runtime/native.h"
#include "runtime/vm.h"

#include "unit.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static CortadoVm *vm;
static Thread *t;
static char dir[PATH_MAX];

static void setup(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/cortado-define-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    CortadoOptions options;
    cortado_options_init(&options);
    options.class_path = dir;
    vm = cortado_vm_create(&options);
    ck_assert_ptr_nonnull(vm);
    t = &vm->main_thread;
}

static void teardown(void)
{
    cortado_vm_destroy(vm);
    char command[PATH_MAX + 16];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(command), 0);
}

/* The bytes of an empty public class [name] (malloc'd). */
static uint8_t *empty_class(const char *name, size_t *length)
{
    ClassWriter *cw = cw_new(name, "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    uint8_t *bytes = cw_finish(cw, length);
    cw_free(cw);
    ck_assert_ptr_nonnull(bytes);
    return bytes;
}

/* Asserts that [error] is pending with a message containing [text]. */
static void expect_error(const char *error, const char *text)
{
    ck_assert_ptr_nonnull(t->exception);
    ck_assert_str_eq(t->exception->klass->name, error);
    Object *m = field_at(t->exception, vm->wk.Throwable_detailMessage, Object *);
    char *message = m ? string_to_utf8(m) : NULL;
    ck_assert_msg(message && strstr(message, text), "\"%s\" lacks \"%s\"",
                  message ? message : "", text);
    free(message);
    t->exception = NULL;
}

START_TEST(a_class_from_memory_is_found_by_name_and_verified_when_linked)
{
    size_t length;
    uint8_t *bytes = empty_class("p/FromMemory", &length);
    Class *c = class_define(t, bytes, length, "memory");
    ck_assert_ptr_nonnull(c);
    ck_assert_ptr_eq(class_find(t, "p/FromMemory"), c);
    ck_assert(!(c->flags & CLASS_VERIFIED));
    ck_assert(class_initialize(t, c));
    ck_assert(c->flags & CLASS_VERIFIED);
    /* Twice is a LinkageError. */
    ck_assert_ptr_null(class_define(t, bytes, length, "memory"));
    expect_error("java/lang/LinkageError", "duplicate class definition: p.FromMemory");
    free(bytes);
}
END_TEST

START_TEST(bad_bytes_are_a_class_format_error)
{
    static const uint8_t junk[] = {0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52, 0};
    ck_assert_ptr_null(class_define(t, junk, sizeof junk, "junk"));
    expect_error("java/lang/ClassFormatError", "junk");
    ck_assert_ptr_null(class_define(t, junk, 3, "short"));
    expect_error("java/lang/ClassFormatError", "short");
}
END_TEST

START_TEST(no_class_from_memory_joins_a_java_package)
{
    size_t length;
    uint8_t *bytes = empty_class("java/lang/Intruder", &length);
    ck_assert_ptr_null(class_define(t, bytes, length, "memory"));
    expect_error("java/lang/SecurityException", "Prohibited package name: java.lang");
    free(bytes);
    bytes = empty_class("java/foo/Bar", &length);
    ck_assert_ptr_null(class_define(t, bytes, length, "memory"));
    expect_error("java/lang/SecurityException", "Prohibited package name: java.foo");
    free(bytes);
}
END_TEST

/* Writes an empty class [name] to the class path directory. */
static void write_class_file(const char *name)
{
    size_t length;
    uint8_t *bytes = empty_class(name, &length);
    char path[PATH_MAX + 512];
    snprintf(path, sizeof path, "%s/%s.class", dir, name);
    for (char *slash = strchr(path + strlen(dir) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0755);
        *slash = '/';
    }
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(bytes, 1, length, f), length);
    fclose(f);
    free(bytes);
}

START_TEST(the_class_path_cannot_add_to_java_packages)
{
    /* A package of a Java SE module: as if the class were not there
     * (java: ClassNotFoundException). Any other java.* package: refused. */
    write_class_file("java/lang/Intruder");
    write_class_file("java/util/Sneaky");
    write_class_file("java/foo/Bar");
    write_class_file("javax/ok/Fine");
    ck_assert_ptr_null(class_find(t, "java/lang/Intruder"));
    expect_error("java/lang/NoClassDefFoundError", "java/lang/Intruder");
    ck_assert_ptr_null(class_find(t, "java/util/Sneaky"));
    expect_error("java/lang/NoClassDefFoundError", "java/util/Sneaky");
    ck_assert_ptr_null(class_find(t, "java/foo/Bar"));
    expect_error("java/lang/SecurityException", "Prohibited package name: java.foo");
    ck_assert_ptr_nonnull(class_find(t, "javax/ok/Fine"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("define");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, a_class_from_memory_is_found_by_name_and_verified_when_linked);
    tcase_add_test(tc, bad_bytes_are_a_class_format_error);
    tcase_add_test(tc, no_class_from_memory_joins_a_java_package);
    tcase_add_test(tc, the_class_path_cannot_add_to_java_packages);
    suite_add_tcase(s, tc);
    return unit_run(s, false);
}
