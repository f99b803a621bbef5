/*
 * arith.h - Java's arithmetic where C's differs (JVMS 2.8, 6.5).
 *
 * C leaves signed overflow, out-of-range float-to-int conversion and
 * division of INT_MIN by -1 undefined; Java defines all of them. These
 * helpers give the Java results with no undefined behaviour.
 */
#ifndef CORTADO_ARITH_H
#define CORTADO_ARITH_H

#include <stdint.h>

/* f2i, f2l, d2i, d2l: NaN becomes 0, out-of-range values saturate
 * (JVMS 2.8.3, round toward zero). */
static inline int32_t java_f2i(float f)
{
    if (f != f)
        return 0;
    if (f >= 2147483648.0f)
        return INT32_MAX;
    if (f <= -2147483648.0f)
        return INT32_MIN;
    return (int32_t)f;
}

static inline int64_t java_f2l(float f)
{
    if (f != f)
        return 0;
    if (f >= 9223372036854775808.0f)
        return INT64_MAX;
    if (f <= -9223372036854775808.0f)
        return INT64_MIN;
    return (int64_t)f;
}

static inline int32_t java_d2i(double d)
{
    if (d != d)
        return 0;
    if (d >= 2147483648.0)
        return INT32_MAX;
    if (d <= -2147483648.0)
        return INT32_MIN;
    return (int32_t)d;
}

static inline int64_t java_d2l(double d)
{
    if (d != d)
        return 0;
    if (d >= 9223372036854775808.0)
        return INT64_MAX;
    if (d <= -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)d;
}

/* idiv/irem/ldiv/lrem for a non-zero divisor: MIN_VALUE / -1 overflows to
 * MIN_VALUE and its remainder is 0 (JVMS 6.5 idiv). */
static inline int32_t java_idiv(int32_t a, int32_t b)
{
    return b == -1 ? (int32_t)(0u - (uint32_t)a) : a / b;
}

static inline int32_t java_irem(int32_t a, int32_t b)
{
    return b == -1 ? 0 : a % b;
}

static inline int64_t java_ldiv(int64_t a, int64_t b)
{
    return b == -1 ? (int64_t)(0u - (uint64_t)a) : a / b;
}

static inline int64_t java_lrem(int64_t a, int64_t b)
{
    return b == -1 ? 0 : a % b;
}

/* Shifts use only the low 5 (int) or 6 (long) bits of the count; >> is
 * arithmetic, >>> logical. */
static inline int32_t java_ishl(int32_t a, int32_t s) { return (int32_t)((uint32_t)a << (s & 31)); }
static inline int32_t java_ishr(int32_t a, int32_t s)
{
    /* Arithmetic shift without relying on implementation-defined >>. */
    uint32_t u = (uint32_t)a >> (s & 31);
    if (a < 0 && (s & 31))
        u |= ~(UINT32_MAX >> (s & 31));
    return (int32_t)u;
}
static inline int32_t java_iushr(int32_t a, int32_t s) { return (int32_t)((uint32_t)a >> (s & 31)); }
static inline int64_t java_lshl(int64_t a, int32_t s) { return (int64_t)((uint64_t)a << (s & 63)); }
static inline int64_t java_lshr(int64_t a, int32_t s)
{
    uint64_t u = (uint64_t)a >> (s & 63);
    if (a < 0 && (s & 63))
        u |= ~(UINT64_MAX >> (s & 63));
    return (int64_t)u;
}
static inline int64_t java_lushr(int64_t a, int32_t s) { return (int64_t)((uint64_t)a >> (s & 63)); }

/* fcmpl/fcmpg/dcmpl/dcmpg: [nan_result] is -1 for the *l forms, 1 for *g. */
static inline int32_t java_fcmp(float a, float b, int32_t nan_result)
{
    return a < b ? -1 : a > b ? 1 : a == b ? 0 : nan_result;
}

static inline int32_t java_dcmp(double a, double b, int32_t nan_result)
{
    return a < b ? -1 : a > b ? 1 : a == b ? 0 : nan_result;
}

#endif
