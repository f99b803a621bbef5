/*
 * fpconv.h - conversions between binary floating point and decimal text,
 * with Java's rules (Double.toString, Float.toString, Double.parseDouble,
 * Float.parseFloat).
 *
 * Pure functions over their arguments: no VM state, no locale, no
 * allocation beyond the C stack (and malloc for very long inputs to the
 * parser). Everything is exact big-integer arithmetic, so the results are
 * correct for every input, not just most.
 */
#ifndef CORTADO_FPCONV_H
#define CORTADO_FPCONV_H

#include <stdbool.h>
#include <stddef.h>

/* Room for any result of fpconv_*_to_java, NUL included
 * ("-2.2250738585072014E-308" is 24 characters). */
#define FPCONV_BUFFER_SIZE 32

/* Most digits fpconv_shortest_* produce (17 for double, 9 for float). */
#define FPCONV_MAX_DIGITS 17

/*
 * The decimal Java SE 19+ specifies for Double.toString(v) (v finite and
 * nonzero; the sign is ignored): the shortest decimal that rounds to |v|,
 * the closest to |v| among those (length 1 or 2 when the shortest has one
 * digit), ties to the even significand. Writes its significant digits to
 * [digits] (ASCII, no trailing zeros, not NUL-terminated) and returns their
 * count n; the value is 0.d1d2...dn x 10^(*[exponent] + 1), that is
 * d1.d2...dn x 10^*[exponent].
 */
int fpconv_shortest_double(double v, char digits[FPCONV_MAX_DIGITS],
                           int *exponent);

/* The same for a float, in float precision (Float.toString). */
int fpconv_shortest_float(float v, char digits[FPCONV_MAX_DIGITS],
                          int *exponent);

/* Writes Double.toString(v) / Float.toString(v) and a NUL to [buffer]
 * (at least FPCONV_BUFFER_SIZE bytes); returns the length. */
int fpconv_double_to_java(double v, char *buffer);
int fpconv_float_to_java(float v, char *buffer);

/* What the parsers found: the JDK reports a second decimal point in the
 * digits ("multiple points") apart from other malformed input. */
typedef enum FpconvParseStatus {
    FPCONV_PARSE_OK,
    FPCONV_PARSE_INVALID,        /* For input string: "..." */
    FPCONV_PARSE_MULTIPLE_POINTS /* a second '.' among the leading digits */
} FpconvParseStatus;

/*
 * Parses [text] ([length] bytes, not necessarily NUL-terminated) with the
 * grammar of Double.valueOf(String): surrounding characters <= ' ' are
 * ignored; then an optional sign and "NaN", "Infinity", a decimal number
 * (digits with an optional point, an optional exponent) or a hexadecimal
 * one ("0x1.8p1", binary exponent required), each of the numbers with an
 * optional f/F/d/D suffix. The result is correctly rounded (round half to
 * even). Returns FPCONV_PARSE_OK, or why [text] does not match the
 * grammar (bytes outside ASCII never do); an empty or blank text is
 * FPCONV_PARSE_INVALID (the caller says "empty String").
 */
FpconvParseStatus fpconv_parse_double(const char *text, size_t length,
                                      double *result);

/* The same, rounded directly to float (never through double, which could
 * round twice). */
FpconvParseStatus fpconv_parse_float(const char *text, size_t length,
                                     float *result);

#endif
