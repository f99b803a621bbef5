/*
 * test_interp.c - instructions javac never emits, run through the real
 * interpreter: classes are built with runtime/classwriter.c (version 49,
 * where jsr/ret are legal), defined, and their methods called.
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
static int class_number;

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

/* A fresh class writer for a class with one static method being built. */
static ClassWriter *begin(const char *descriptor, char *name, size_t size)
{
    snprintf(name, size, "InterpTest%d", ++class_number);
    ClassWriter *cw = cw_new(name, "java/lang/Object", ACC_PUBLIC | ACC_SUPER);
    ck_assert_ptr_nonnull(cw);
    cw_method_begin(cw, ACC_PUBLIC | ACC_STATIC, "run", descriptor);
    return cw;
}

/* Finishes the class, defines it, and calls run with [args]. */
static Slot finish_and_run(ClassWriter *cw, const char *descriptor, uint16_t max_stack,
                           uint16_t max_locals, const Slot *args)
{
    cw_method_end(cw, max_stack, max_locals);
    size_t length;
    uint8_t *bytes = cw_finish(cw, &length);
    cw_free(cw);
    ck_assert_ptr_nonnull(bytes);
    Class *c = class_define_generated(t, bytes, length, 0);
    free(bytes);
    ck_assert_msg(c != NULL, "class rejected");
    Method *m = class_declared_method(c, "run", descriptor);
    ck_assert_ptr_nonnull(m);
    Slot result = {.raw = 0};
    ck_assert_msg(interp_call(t, m, args, &result), "run threw");
    return result;
}

START_TEST(jsr_and_ret_run_a_subroutine_twice)
{
    char name[32];
    ClassWriter *cw = begin("()I", name, sizeof name);
    /* 0: iconst_0; istore_0; jsr SUB; iinc 0 10; jsr SUB; iload_0; ireturn
     * SUB: astore_1; iinc 0 1; ret 1 */
    cw_u1(cw, OP_iconst_0);
    cw_u1(cw, OP_istore_0);
    uint32_t j1 = cw_code_offset(cw);
    cw_u1(cw, OP_jsr); cw_u2(cw, 0);
    cw_u1(cw, OP_iinc); cw_u1(cw, 0); cw_u1(cw, 10);
    uint32_t j2 = cw_code_offset(cw);
    cw_u1(cw, OP_jsr); cw_u2(cw, 0);
    cw_u1(cw, OP_iload_0);
    cw_u1(cw, OP_ireturn);
    uint32_t sub = cw_code_offset(cw);
    cw_u1(cw, OP_astore_1);
    cw_u1(cw, OP_iinc); cw_u1(cw, 0); cw_u1(cw, 1);
    cw_u1(cw, OP_ret); cw_u1(cw, 1);
    cw_patch_branch(cw, j1, sub);
    cw_patch_branch(cw, j2, sub);
    Slot r = finish_and_run(cw, "()I", 1, 2, NULL);
    ck_assert_int_eq(r.i, 12);
}
END_TEST

START_TEST(wide_locals_and_goto_w)
{
    char name[32];
    ClassWriter *cw = begin("(I)I", name, sizeof name);
    /* wide istore 300; wide iinc 300 by 1000; goto_w over a trap; wide iload 300 */
    cw_u1(cw, OP_iload_0);
    cw_u1(cw, OP_wide); cw_u1(cw, OP_istore); cw_u2(cw, 300);
    cw_u1(cw, OP_wide); cw_u1(cw, OP_iinc); cw_u2(cw, 300); cw_u2(cw, 1000);
    cw_u1(cw, OP_goto_w); cw_u2(cw, 0); cw_u2(cw, 7); /* skips the 2 bytes below */
    cw_u1(cw, OP_iconst_0);
    cw_u1(cw, OP_ireturn);
    cw_u1(cw, OP_wide); cw_u1(cw, OP_iload); cw_u2(cw, 300);
    cw_u1(cw, OP_ireturn);
    Slot arg = {.i = 5};
    Slot r = finish_and_run(cw, "(I)I", 1, 301, &arg);
    ck_assert_int_eq(r.i, 1005);
}
END_TEST

START_TEST(dup2_x2_over_longs)
{
    char name[32];
    ClassWriter *cw = begin("(JJ)J", name, sizeof name);
    /* a b -> b a b (dup2_x2 on two longs), then lsub; lsub = (b - (a - b))... */
    cw_u1(cw, OP_lload_0);
    cw_u1(cw, OP_lload_2);
    cw_u1(cw, OP_dup2_x2);  /* b a b */
    cw_u1(cw, OP_lsub);     /* b (a-b) */
    cw_u1(cw, OP_lsub);     /* b-(a-b) = 2b-a */
    cw_u1(cw, OP_lreturn);
    Slot args[4] = {{.j = 100}, {.raw = 0}, {.j = 7}, {.raw = 0}};
    Slot r = finish_and_run(cw, "(JJ)J", 6, 4, args);
    ck_assert(r.j == 2 * 7 - 100);
}
END_TEST

/* tableswitch at each alignment: the padding differs with the offset. */
START_TEST(tableswitch_at_every_alignment)
{
    for (int pad = 0; pad < 4; pad++) {
        char name[32];
        ClassWriter *cw = begin("(I)I", name, sizeof name);
        for (int i = 0; i < pad; i++)
            cw_u1(cw, OP_nop);
        cw_u1(cw, OP_iload_0);
        uint32_t at = cw_code_offset(cw);
        cw_u1(cw, OP_tableswitch);
        while ((cw_code_offset(cw)) % 4)
            cw_u1(cw, 0);
        uint32_t table = cw_code_offset(cw);
        /* default, low=-1, high=1, three targets; filled in below */
        uint32_t after = table + 12 + 3 * 4;
        int32_t targets[4] = {0, 4, 8, 12}; /* default, -1, 0, 1: returns 9, 10, 20, 30 */
        int32_t d[6] = {(int32_t)(after + (uint32_t)targets[0] - at), -1, 1,
                        (int32_t)(after + (uint32_t)targets[1] - at),
                        (int32_t)(after + (uint32_t)targets[2] - at),
                        (int32_t)(after + (uint32_t)targets[3] - at)};
        for (int i = 0; i < 6; i++) {
            cw_u2(cw, (uint16_t)((uint32_t)d[i] >> 16));
            cw_u2(cw, (uint16_t)d[i]);
        }
        int results[4] = {9, 10, 20, 30};
        for (int i = 0; i < 4; i++) {
            cw_u1(cw, OP_bipush); cw_u1(cw, (uint8_t)results[i]);
            cw_u1(cw, OP_ireturn);
            cw_u1(cw, OP_nop);
        }
        cw_method_end(cw, 1, 1);
        size_t length;
        uint8_t *bytes = cw_finish(cw, &length);
        cw_free(cw);
        Class *c = class_define_generated(t, bytes, length, 0);
        free(bytes);
        ck_assert_ptr_nonnull(c);
        Method *m = class_declared_method(c, "run", "(I)I");
        int inputs[5] = {-2, -1, 0, 1, 2}, expected[5] = {9, 10, 20, 30, 9};
        for (int i = 0; i < 5; i++) {
            Slot arg = {.i = inputs[i]}, r;
            ck_assert(interp_call(t, m, &arg, &r));
            ck_assert_int_eq(r.i, expected[i]);
        }
    }
}
END_TEST

START_TEST(stack_overflow_in_bytecode_is_a_verify_error)
{
    char name[32];
    ClassWriter *cw = begin("()I", name, sizeof name);
    cw_u1(cw, OP_iconst_1);
    cw_u1(cw, OP_iconst_1); /* exceeds max_stack 1 */
    cw_u1(cw, OP_iadd);
    cw_u1(cw, OP_ireturn);
    cw_method_end(cw, 1, 0);
    size_t length;
    uint8_t *bytes = cw_finish(cw, &length);
    cw_free(cw);
    /* The verifier rejects it when the class is linked; with verification
     * off, the decoder's depth check rejects the method on first call. */
    Class *c = class_define_generated(t, bytes, length, 0);
    free(bytes);
    if (c) {
        Method *m = class_declared_method(c, "run", "()I");
        Slot r;
        ck_assert(!interp_call(t, m, NULL, &r));
    }
    ck_assert_ptr_nonnull(t->exception);
    ck_assert_str_eq(t->exception->klass->name, "java/lang/VerifyError");
    t->exception = NULL;
}
END_TEST

int main(void)
{
    Suite *s = suite_create("interp");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, jsr_and_ret_run_a_subroutine_twice);
    tcase_add_test(tc, wide_locals_and_goto_w);
    tcase_add_test(tc, dup2_x2_over_longs);
    tcase_add_test(tc, tableswitch_at_every_alignment);
    tcase_add_test(tc, stack_overflow_in_bytecode_is_a_verify_error);
    suite_add_tcase(s, tc);
    return unit_run(s, false);
}
