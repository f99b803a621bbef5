/*
 * natives_math.c - natives of java.lang.StrictMath (and through it Math):
 * the functions of the C library's libm. Each is a pure function of its
 * arguments.
 *
 * Java specifies StrictMath by fdlibm's exact results; libm is correctly
 * rounded or within one ulp, so a result may differ from HotSpot's in the
 * last bit. Measured on glibc 2.36 over 20000 arguments each: against
 * HotSpot's Math (its intrinsics), sin cos tan exp log pow differ in 0.02-0.4%
 * of cases; against fdlibm (StrictMath, and Math's asin acos atan sinh cosh
 * atan2 hypot cbrt) in 2-17%. sqrt, fma and remainder (IEEEremainder) are exact everywhere.
 * The special cases of these C functions (C99 Annex F) agree with Java's,
 * except pow's, which StrictMath.pow handles before calling pow0.
 * Requires -ffp-contract=off and no -ffast-math (see CMakeLists.txt).
 */
#include "runtime/native.h"

#include <float.h>
#include <math.h>

/* glibc's cbrt is off by one ulp for half of all arguments, 27.0 included
 * (3.0000000000000004); through long double (64 bits on x86) it is exact
 * for exact cubes and agrees with fdlibm far more often. */
static double java_cbrt(double x)
{
#if LDBL_MANT_DIG > DBL_MANT_DIG
    return (double)cbrtl((long double)x);
#else
    return cbrt(x);
#endif
}

#define UNARY(java_name, c_function)                                      \
    static bool native_##java_name(Thread *t, Slot *args, Slot *result)   \
    {                                                                     \
        (void)t;                                                          \
        result->d = c_function(args[0].d);                                \
        return true;                                                      \
    }

/* A double takes two argument slots: the second argument is args[2]. */
#define BINARY(java_name, c_function)                                     \
    static bool native_##java_name(Thread *t, Slot *args, Slot *result)   \
    {                                                                     \
        (void)t;                                                          \
        result->d = c_function(args[0].d, args[2].d);                     \
        return true;                                                      \
    }

UNARY(sin, sin)
UNARY(cos, cos)
UNARY(tan, tan)
UNARY(asin, asin)
UNARY(acos, acos)
UNARY(atan, atan)
UNARY(exp, exp)
UNARY(log, log)
UNARY(log10, log10)
UNARY(sqrt, sqrt)
UNARY(cbrt, java_cbrt)
UNARY(sinh, sinh)
UNARY(cosh, cosh)
UNARY(tanh, tanh)
UNARY(expm1, expm1)
UNARY(log1p, log1p)
BINARY(atan2, atan2)
BINARY(pow0, pow)
BINARY(hypot, hypot)
BINARY(IEEEremainder, remainder)

static bool native_fma_double(Thread *t, Slot *args, Slot *result)
{
    (void)t;
    result->d = fma(args[0].d, args[2].d, args[4].d);
    return true;
}

static bool native_fma_float(Thread *t, Slot *args, Slot *result)
{
    (void)t;
    result->f = fmaf(args[0].f, args[1].f, args[2].f);
    return true;
}

#define ENTRY(name, descriptor) \
    {"java/lang/StrictMath", #name, descriptor, native_##name}

const NativeEntry natives_math[] = {
    ENTRY(sin, "(D)D"),
    ENTRY(cos, "(D)D"),
    ENTRY(tan, "(D)D"),
    ENTRY(asin, "(D)D"),
    ENTRY(acos, "(D)D"),
    ENTRY(atan, "(D)D"),
    ENTRY(exp, "(D)D"),
    ENTRY(log, "(D)D"),
    ENTRY(log10, "(D)D"),
    ENTRY(sqrt, "(D)D"),
    ENTRY(cbrt, "(D)D"),
    ENTRY(sinh, "(D)D"),
    ENTRY(cosh, "(D)D"),
    ENTRY(tanh, "(D)D"),
    ENTRY(expm1, "(D)D"),
    ENTRY(log1p, "(D)D"),
    ENTRY(atan2, "(DD)D"),
    ENTRY(pow0, "(DD)D"),
    ENTRY(hypot, "(DD)D"),
    ENTRY(IEEEremainder, "(DD)D"),
    {"java/lang/StrictMath", "fma", "(DDD)D", native_fma_double},
    {"java/lang/StrictMath", "fma", "(FFF)F", native_fma_float},
    {NULL, NULL, NULL, NULL}};
