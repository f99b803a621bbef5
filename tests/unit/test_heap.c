/*
 * test_heap.c - the Java heap (gc/heap.c) inside a real VM: zeroed
 * allocation, array layout, clone, the heap ceiling turning into a pending
 * OutOfMemoryError, and garbage actually being reclaimed under a ceiling.
 */
#include "cortado.h"
#include "gc/heap.h"
#include "runtime/native.h"
#include "runtime/vm.h"

#include "unit.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static CortadoVm *vm;
static Thread *t;

static void setup(void)
{
    CortadoOptions options;
    cortado_options_init(&options);
    options.max_heap = 16u << 20;
    vm = cortado_vm_create(&options);
    ck_assert_ptr_nonnull(vm);
    t = &vm->main_thread;
}

static void teardown(void)
{
    cortado_vm_destroy(vm);
    vm = NULL;
}

START_TEST(arrays_are_zeroed_and_typed)
{
    for (int round = 0; round < 100; round++) {
        Array *a = array_new_primitive(t, 'J', 1000);
        ck_assert_ptr_nonnull(a);
        ck_assert_int_eq(a->length, 1000);
        ck_assert_str_eq(a->header.klass->name, "[J");
        for (int i = 0; i < 1000; i++)
            ck_assert(array_elements(a, int64_t)[i] == 0);
        memset(array_elements(a, int64_t), 0xff, 8000); /* dirty it for the next round */
    }
    Array *refs = array_new_object(t, vm->wk.String, 10);
    ck_assert_ptr_nonnull(refs);
    ck_assert_str_eq(refs->header.klass->name, "[Ljava/lang/String;");
    for (int i = 0; i < 10; i++)
        ck_assert_ptr_null(array_elements(refs, Object *)[i]);
}
END_TEST

START_TEST(negative_length_throws)
{
    Array *a = array_new_primitive(t, 'I', -1);
    ck_assert_ptr_null(a);
    ck_assert_ptr_nonnull(t->exception);
    ck_assert_str_eq(t->exception->klass->name, "java/lang/NegativeArraySizeException");
    t->exception = NULL;
}
END_TEST

START_TEST(ceiling_gives_out_of_memory)
{
    Array *a = array_new_primitive(t, 'B', 64 << 20); /* four times the ceiling */
    ck_assert_ptr_null(a);
    ck_assert_ptr_eq(t->exception, vm->oom_error);
    t->exception = NULL;
}
END_TEST

START_TEST(garbage_is_reclaimed_under_the_ceiling)
{
    /* 400 MB of short-lived arrays through a 16 MB heap. */
    for (int i = 0; i < 400; i++) {
        Array *a = array_new_primitive(t, 'I', 256 * 1024);
        ck_assert_msg(a != NULL, "allocation %d failed", i);
        array_elements(a, int32_t)[i] = i;
    }
    ck_assert_ptr_null(t->exception);
}
END_TEST

START_TEST(a_vm_boots_while_another_has_a_full_heap)
{
    /* Fill this VM's heap with live arrays, then boot another VM: the
     * collector's ceiling is process-wide, but booting is not bound by
     * the ceiling of the VM that set it last. */
    Array *chain = NULL;
    for (int32_t size = 64 * 1024; size >= 2; size /= 4) {
        for (;;) {
            Array *a = array_new_object(t, vm->wk.Object, size);
            if (!a)
                break;
            array_elements(a, Object *)[0] = chain ? &chain->header : NULL;
            chain = a;
        }
        ck_assert_ptr_eq(t->exception, vm->oom_error);
        t->exception = NULL;
    }
    CortadoOptions options;
    cortado_options_init(&options);
    options.max_heap = 16u << 20;
    CortadoVm *other = cortado_vm_create(&options);
    ck_assert_ptr_nonnull(other);
    ck_assert_ptr_nonnull(array_new_primitive(&other->main_thread, 'I', 1024));
    cortado_vm_destroy(other);
    ck_assert_ptr_nonnull(chain);
}
END_TEST

START_TEST(clone_copies_and_resets_header)
{
    Array *a = array_new_primitive(t, 'C', 3);
    ck_assert_ptr_nonnull(a);
    array_elements(a, uint16_t)[1] = 'x';
    a->header.hash = 1234;
    Array *b = (Array *)heap_clone(t, &a->header);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_ne(a, b);
    ck_assert_int_eq(b->length, 3);
    ck_assert_int_eq(array_elements(b, uint16_t)[1], 'x');
    ck_assert_uint_eq(b->header.hash, 0);
}
END_TEST

START_TEST(arena_memory_is_zeroed)
{
    for (int i = 0; i < 1000; i++) {
        uint8_t *p = arena_alloc(vm, 100 + (size_t)i);
        ck_assert_ptr_nonnull(p);
        for (int k = 0; k < 100 + i; k++)
            ck_assert_uint_eq(p[k], 0);
        memset(p, 0xaa, 100 + (size_t)i);
    }
    char *s = arena_strdup(vm, "java/lang/Object");
    ck_assert_str_eq(s, "java/lang/Object");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("heap");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, arrays_are_zeroed_and_typed);
    tcase_add_test(tc, negative_length_throws);
    tcase_add_test(tc, ceiling_gives_out_of_memory);
    tcase_add_test(tc, garbage_is_reclaimed_under_the_ceiling);
    tcase_add_test(tc, a_vm_boots_while_another_has_a_full_heap);
    tcase_add_test(tc, clone_copies_and_resets_header);
    tcase_add_test(tc, arena_memory_is_zeroed);
    suite_add_tcase(s, tc);
    return unit_run(s, false);
}
