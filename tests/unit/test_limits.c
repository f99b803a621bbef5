/*
 * test_limits.c - the execution limits of runtime/vm.h: a budget of ticks
 * (taken backward branches, calls, caught exceptions) and a wall-clock
 * limit stop any code, however it loops, and no handler runs after.
 */
#include "cortado.h"
#include "interp/interp.h"
#include "interp/opcodes.h"
#include "runtime/classwriter.h"
#include "runtime/native.h"
#include "runtime/vm.h"

#include "unit.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

static CortadoVm *vm;
static Thread *t;

static void setup(void)
{
    vm = cortado_vm_create(NULL);
    ck_assert_ptr_nonnull(vm);
    t = &vm->main_thread;
}

static void teardown(void)
{
    cortado_vm_destroy(vm);
}

/* Defines the class [cw] built (one static method "run") and returns run. */
static Method *define(ClassWriter *cw, const char *descriptor)
{
    size_t length;
    uint8_t *bytes = cw_finish(cw, &length);
    cw_free(cw);
    ck_assert_ptr_nonnull(bytes);
    Class *c = class_define_generated(t, bytes, length, 0);
    free(bytes);
    ck_assert_msg(c != NULL, "class rejected");
    ck_assert(class_initialize(t, c));
    Method *m = class_declared_method(c, "run", descriptor);
    ck_assert_ptr_nonnull(m);
    return m;
}

/* A method counting [n] down to 0 in a loop: n backward branches. */
static Method *countdown(void)
{
    ClassWriter *cw = cw_new("Countdown", "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    cw_method_begin(cw, ACC_PUBLIC | ACC_STATIC, "run", "(I)I");
    /* 0: iload_0; ifle 10; iinc 0 -1; goto 0; 10: iload_0; ireturn */
    cw_u1(cw, OP_iload_0);
    cw_u1(cw, OP_ifle); cw_u2(cw, 9);
    cw_u1(cw, OP_iinc); cw_u1(cw, 0); cw_u1(cw, 0xff);
    cw_u1(cw, OP_goto); cw_u2(cw, (uint16_t)-7);
    cw_u1(cw, OP_iload_0);
    cw_u1(cw, OP_ireturn);
    cw_method_end(cw, 1, 1);
    return define(cw, "(I)I");
}

/* Asserts that the last call was stopped by limit [which]. */
static void assert_stopped(ExecutionLimit which)
{
    ck_assert_ptr_eq(t->exception, VM_EXIT_MARKER(vm));
    ck_assert(vm->exiting);
    ck_assert_int_eq(vm->exit_status, 1);
    ck_assert_int_eq(vm->limit_hit, which);
}

START_TEST(the_budget_is_exact)
{
    Method *m = countdown();
    /* The call is one tick and each of the 100 iterations one more. */
    Slot arg = {.i = 100}, r;
    vm_set_limits(vm, 101, 0);
    ck_assert(interp_call(t, m, &arg, &r));
    ck_assert_int_eq(r.i, 0);
    vm_set_limits(vm, 100, 0);
    ck_assert(!interp_call(t, m, &arg, &r));
    assert_stopped(LIMIT_TICKS);
    ck_assert_uint_eq(vm->ticks_used, 101);
}
END_TEST

START_TEST(no_limit_by_default)
{
    Method *m = countdown();
    Slot arg = {.i = 50000000}, r;
    ck_assert(interp_call(t, m, &arg, &r));
    ck_assert(!vm->exiting);
}
END_TEST

START_TEST(an_endless_loop_stops_and_no_handler_runs)
{
    /* 0: goto 0, covered by a catch-everything handler that returns 7. */
    ClassWriter *cw = cw_new("Endless", "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    cw_method_begin(cw, ACC_PUBLIC | ACC_STATIC, "run", "()I");
    cw_u1(cw, OP_goto); cw_u2(cw, 0);
    cw_u1(cw, OP_pop);
    cw_u1(cw, OP_bipush); cw_u1(cw, 7);
    cw_u1(cw, OP_ireturn);
    cw_add_handler(cw, 0, 3, 3, 0);
    cw_method_end(cw, 1, 0);
    Method *m = define(cw, "()I");
    vm_set_limits(vm, 1000000, 0);
    Slot r = {.i = 0};
    ck_assert(!interp_call(t, m, NULL, &r));
    assert_stopped(LIMIT_TICKS);
    ck_assert_int_ne(r.i, 7);
}
END_TEST

START_TEST(a_loop_through_a_handler_stops)
{
    /* 0: aconst_null; 1: athrow - handled at 1: the NullPointerException
     * rethrown and caught forever, with no branch at all. */
    ClassWriter *cw = cw_new("Rethrow", "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    cw_method_begin(cw, ACC_PUBLIC | ACC_STATIC, "run", "()V");
    cw_u1(cw, OP_aconst_null);
    cw_u1(cw, OP_athrow);
    cw_add_handler(cw, 0, 2, 1, 0);
    cw_method_end(cw, 2, 0);
    Method *m = define(cw, "()V");
    vm_set_limits(vm, 5000, 0);
    ck_assert(!interp_call(t, m, NULL, NULL));
    assert_stopped(LIMIT_TICKS);
}
END_TEST

START_TEST(endless_calls_stop)
{
    /* A method that calls itself twice and catches StackOverflowError to
     * call itself again: it runs for ages without a backward branch. */
    ClassWriter *cw = cw_new("Recurse", "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    uint16_t self = cw_method_ref(cw, "Recurse", "run", "()V", false);
    cw_method_begin(cw, ACC_PUBLIC | ACC_STATIC, "run", "()V");
    cw_op_cp(cw, OP_invokestatic, self); /* 0 */
    cw_op_cp(cw, OP_invokestatic, self); /* 3 */
    cw_u1(cw, OP_return);                /* 6 */
    cw_u1(cw, OP_pop);                   /* 7: handler */
    cw_op_cp(cw, OP_invokestatic, self);
    cw_u1(cw, OP_return);
    cw_add_handler(cw, 0, 6, 7, 0);
    cw_method_end(cw, 1, 0);
    Method *m = define(cw, "()V");
    vm_set_limits(vm, 200000, 0);
    ck_assert(!interp_call(t, m, NULL, NULL));
    assert_stopped(LIMIT_TICKS);
}
END_TEST

START_TEST(sleep_stops_at_the_time_limit)
{
    ClassWriter *cw = cw_new("Sleeper", "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    uint16_t sleep = cw_method_ref(cw, "java/lang/Thread", "sleep", "(J)V", false);
    uint16_t minute = cw_integer(cw, 60000);
    cw_method_begin(cw, ACC_PUBLIC | ACC_STATIC, "run", "()V");
    cw_u1(cw, OP_ldc); cw_u1(cw, (uint8_t)minute);
    cw_u1(cw, OP_i2l);
    cw_op_cp(cw, OP_invokestatic, sleep);
    cw_u1(cw, OP_return);
    cw_method_end(cw, 2, 0);
    Method *m = define(cw, "()V");
    int64_t start = vm_nanotime();
    vm_set_limits(vm, 0, 50 * 1000000);
    ck_assert(!interp_call(t, m, NULL, NULL));
    assert_stopped(LIMIT_TIME);
    int64_t took = vm_nanotime() - start;
    ck_assert_msg(took >= 50 * 1000000 && took < 30 * (int64_t)1000000000, "took %lld ns",
                  (long long)took);
}
END_TEST

START_TEST(a_loop_stops_at_the_time_limit)
{
    Method *m = countdown();
    Slot arg = {.i = INT32_MAX}, r;
    vm_set_limits(vm, 0, 20 * 1000000);
    ck_assert(!interp_call(t, m, &arg, &r));
    assert_stopped(LIMIT_TIME);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, the_budget_is_exact);
    tcase_add_test(tc, no_limit_by_default);
    tcase_add_test(tc, an_endless_loop_stops_and_no_handler_runs);
    tcase_add_test(tc, a_loop_through_a_handler_stops);
    tcase_add_test(tc, endless_calls_stop);
    tcase_add_test(tc, sleep_stops_at_the_time_limit);
    tcase_add_test(tc, a_loop_stops_at_the_time_limit);
    suite_add_tcase(s, tc);
    return unit_run(s, false);
}
