/*
 * test_arith.c - Java's arithmetic edge cases (interp/arith.h), JVMS 2.8
 * and the idiv/irem/shift/f2i/fcmp pages of chapter 6.
 */
#include "interp/arith.h"

#include "unit.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>

START_TEST(float_to_int_saturates)
{
    ck_assert_int_eq(java_f2i(NAN), 0);
    ck_assert_int_eq(java_f2i(INFINITY), INT32_MAX);
    ck_assert_int_eq(java_f2i(-INFINITY), INT32_MIN);
    ck_assert_int_eq(java_f2i(3e9f), INT32_MAX);
    ck_assert_int_eq(java_f2i(-3e9f), INT32_MIN);
    ck_assert_int_eq(java_f2i(-1.9f), -1);
    ck_assert_int_eq(java_f2i(2147483520.0f), 2147483520);
    ck_assert(java_f2l(NAN) == 0);
    ck_assert(java_f2l(1e30f) == INT64_MAX);
    ck_assert(java_f2l(-1e30f) == INT64_MIN);
    ck_assert_int_eq(java_d2i(NAN), 0);
    ck_assert_int_eq(java_d2i(2147483647.9), INT32_MAX);
    ck_assert_int_eq(java_d2i(-2147483648.9), INT32_MIN);
    ck_assert_int_eq(java_d2i(-0.5), 0);
    ck_assert(java_d2l(9.3e18) == INT64_MAX);
    ck_assert(java_d2l(-9.3e18) == INT64_MIN);
    ck_assert(java_d2l(-NAN) == 0);
    ck_assert(java_d2l(123456789012.7) == 123456789012LL);
}
END_TEST

START_TEST(division_overflow_is_defined)
{
    ck_assert_int_eq(java_idiv(INT32_MIN, -1), INT32_MIN);
    ck_assert_int_eq(java_irem(INT32_MIN, -1), 0);
    ck_assert(java_ldiv(INT64_MIN, -1) == INT64_MIN);
    ck_assert(java_lrem(INT64_MIN, -1) == 0);
    ck_assert_int_eq(java_idiv(-7, 2), -3);
    ck_assert_int_eq(java_irem(-7, 2), -1);
    ck_assert_int_eq(java_irem(7, -2), 1);
}
END_TEST

START_TEST(shift_counts_are_masked)
{
    ck_assert_int_eq(java_ishl(1, 33), 2);
    ck_assert_int_eq(java_ishl(1, 31), INT32_MIN);
    ck_assert_int_eq(java_ishr(-16, 2), -4);
    ck_assert_int_eq(java_ishr(-1, 31), -1);
    ck_assert_int_eq(java_ishr(-16, 32), -16);
    ck_assert_int_eq(java_iushr(-1, 28), 15);
    ck_assert_int_eq(java_iushr(-1, 32), -1);
    ck_assert(java_lshl(1, 65) == 2);
    ck_assert(java_lshr(-256, 4) == -16);
    ck_assert(java_lshr(INT64_MIN, 63) == -1);
    ck_assert(java_lushr(-1, 60) == 15);
    ck_assert(java_lushr(-1, 64) == -1);
}
END_TEST

START_TEST(comparisons_order_nan)
{
    ck_assert_int_eq(java_fcmp(NAN, 1.0f, -1), -1);
    ck_assert_int_eq(java_fcmp(NAN, 1.0f, 1), 1);
    ck_assert_int_eq(java_fcmp(0.0f, -0.0f, -1), 0);
    ck_assert_int_eq(java_dcmp(1.0, 2.0, 1), -1);
    ck_assert_int_eq(java_dcmp(2.0, NAN, -1), -1);
    ck_assert_int_eq(java_dcmp(2.0, NAN, 1), 1);
    ck_assert_int_eq(java_dcmp(INFINITY, 1e308, 1), 1);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("arith");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, float_to_int_saturates);
    tcase_add_test(tc, division_overflow_is_defined);
    tcase_add_test(tc, shift_counts_are_masked);
    tcase_add_test(tc, comparisons_order_nan);
    suite_add_tcase(s, tc);
    return unit_run(s, true);
}
