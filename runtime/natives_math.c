/*
 * natives_math.c - natives of java.lang.StrictMath (and through it Math):
 * the functions of the C library's libm. Each is a pure function of its
 * arguments.
 *
 * Java specifies StrictMath by fdlibm's exact results; libm is correctly
 * rounded or within one ulp, so a result may differ from HotSpot's in the
 * last bit. sqrt, fma and remainder (IEEEremainder) are exact everywhere.
 * The special cases of these C functions (C99 Annex F) agree with Java's,
 * except pow's, which StrictMath.pow handles before calling pow0.
 * Requires -ffp-contract=off and no -ffast-math (see CMakeLists.txt).
 */
#include "runtime/native.h"

#include <math.h>

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
UNARY(cbrt, cbrt)
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
