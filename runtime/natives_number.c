/*
 * natives_number.c - natives of java.lang.Float and java.lang.Double: the
 * raw bit conversions, toString and parsing (runtime/fpconv.c does the
 * arithmetic). Pure functions of their arguments; they touch no VM state
 * beyond creating Strings and exceptions.
 */
#include "runtime/fpconv.h"
#include "runtime/native.h"

#include <stdlib.h>
#include <string.h>

static bool double_to_raw_long_bits(Thread *t, Slot *args, Slot *result)
{
    (void)t;
    uint64_t bits;
    memcpy(&bits, &args[0].d, sizeof bits);
    result->j = (int64_t)bits;
    return true;
}

static bool long_bits_to_double(Thread *t, Slot *args, Slot *result)
{
    (void)t;
    uint64_t bits = (uint64_t)args[0].j;
    memcpy(&result->d, &bits, sizeof bits);
    return true;
}

static bool float_to_raw_int_bits(Thread *t, Slot *args, Slot *result)
{
    (void)t;
    uint32_t bits;
    memcpy(&bits, &args[0].f, sizeof bits);
    result->i = (int32_t)bits;
    return true;
}

static bool int_bits_to_float(Thread *t, Slot *args, Slot *result)
{
    (void)t;
    uint32_t bits = (uint32_t)args[0].i;
    memcpy(&result->f, &bits, sizeof bits);
    return true;
}

/* Double.toString(double) */
static bool double_to_string(Thread *t, Slot *args, Slot *result)
{
    char buffer[FPCONV_BUFFER_SIZE];
    fpconv_double_to_java(args[0].d, buffer);
    result->a = string_from_utf8(t, buffer);
    return result->a != NULL;
}

/* Float.toString(float) */
static bool float_to_string(Thread *t, Slot *args, Slot *result)
{
    char buffer[FPCONV_BUFFER_SIZE];
    fpconv_float_to_java(args[0].f, buffer);
    result->a = string_from_utf8(t, buffer);
    return result->a != NULL;
}

/*
 * Throws the NumberFormatException of Double/Float.parse* for [s]:
 * "multiple points" when fpconv found a second point among the digits,
 * "empty String" when nothing but characters <= ' ' is there, else
 * For input string: "<s trimmed>".
 */
static bool throw_number_format(Thread *t, Object *s,
                                FpconvParseStatus status)
{
    if (status == FPCONV_PARSE_MULTIPLE_POINTS)
        return throw_new(t, "java/lang/NumberFormatException",
                         "multiple points");
    char *text = string_to_utf8(s);
    if (text == NULL)
        return throw_out_of_memory(t);
    /* UTF-8 keeps every character <= ' ' as that one byte, so trimming
     * bytes trims exactly what String.trim() does. */
    char *start = text, *end = text + strlen(text);
    while (start < end && (unsigned char)*start <= ' ')
        start++;
    while (end > start && (unsigned char)end[-1] <= ' ')
        end--;
    *end = '\0';
    if (start == end)
        throw_new(t, "java/lang/NumberFormatException", "empty String");
    else
        throw_new(t, "java/lang/NumberFormatException",
                  "For input string: \"%s\"", start);
    free(text);
    return false;
}

/*
 * The text of [s] as bytes for fpconv's parser: UTF-16 units outside ASCII
 * become 0x7f, which the grammar never accepts (and which is not trimmed).
 * Returns NULL when out of memory; [small] is used when it is big enough.
 */
static char *ascii_text(Object *s, char *small, size_t small_size,
                        size_t *length)
{
    int32_t count = string_length(s);
    const uint16_t *units = string_units(s);
    char *text = (size_t)count <= small_size ? small : malloc((size_t)count + 1);
    if (text == NULL)
        return NULL;
    for (int32_t i = 0; i < count; i++)
        text[i] = units[i] < 0x80 ? (char)units[i] : (char)0x7f;
    *length = (size_t)count;
    return text;
}

/* Double.parse(String), private: [s] is not null. */
static bool double_parse(Thread *t, Slot *args, Slot *result)
{
    char small[128];
    size_t length;
    char *text = ascii_text(args[0].a, small, sizeof small, &length);
    if (text == NULL)
        return throw_out_of_memory(t);
    double value;
    FpconvParseStatus status = fpconv_parse_double(text, length, &value);
    if (text != small)
        free(text);
    if (status != FPCONV_PARSE_OK)
        return throw_number_format(t, args[0].a, status);
    result->d = value;
    return true;
}

/* Float.parse(String), private: [s] is not null. */
static bool float_parse(Thread *t, Slot *args, Slot *result)
{
    char small[128];
    size_t length;
    char *text = ascii_text(args[0].a, small, sizeof small, &length);
    if (text == NULL)
        return throw_out_of_memory(t);
    float value;
    FpconvParseStatus status = fpconv_parse_float(text, length, &value);
    if (text != small)
        free(text);
    if (status != FPCONV_PARSE_OK)
        return throw_number_format(t, args[0].a, status);
    result->f = value;
    return true;
}

const NativeEntry natives_number[] = {
    {"java/lang/Double", "doubleToRawLongBits", "(D)J", double_to_raw_long_bits},
    {"java/lang/Double", "longBitsToDouble", "(J)D", long_bits_to_double},
    {"java/lang/Double", "toString", "(D)Ljava/lang/String;", double_to_string},
    {"java/lang/Double", "parse", "(Ljava/lang/String;)D", double_parse},
    {"java/lang/Float", "floatToRawIntBits", "(F)I", float_to_raw_int_bits},
    {"java/lang/Float", "intBitsToFloat", "(I)F", int_bits_to_float},
    {"java/lang/Float", "toString", "(F)Ljava/lang/String;", float_to_string},
    {"java/lang/Float", "parse", "(Ljava/lang/String;)F", float_parse},
    {NULL, NULL, NULL, NULL}};
