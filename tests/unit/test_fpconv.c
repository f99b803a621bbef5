/*
 * test_fpconv.c - runtime/fpconv: Double/Float.toString and parsing.
 *
 * The expected results come from fpconv_data/fpconv_cases.h, generated on
 * HotSpot 17 by fpconv_data/GenFpconvCases.java: the text the Java SE
 * specification asks for (computed there with BigDecimal and compared with
 * JDK 17's own output; the cases where JDK 17 is not shortest or not
 * closest are marked JDK17_DIFFERS and follow the specification), and the
 * bits Double.parseDouble / Float.parseFloat return. Property tests then
 * check round trips and shortness on many random values, and the parser
 * against the C library's strtod/strtof.
 */
#include "runtime/fpconv.h"

#include "unit.h"

#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fpconv_data/fpconv_cases.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static double double_from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static float float_from_bits(uint32_t bits)
{
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static uint64_t double_bits(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

static uint32_t float_bits(float f)
{
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    return bits;
}

/* A small deterministic generator (xorshift64*) for the property tests. */
static uint64_t random_state = 0x9e3779b97f4a7c15ULL;
static uint64_t random_next(void)
{
    random_state ^= random_state >> 12;
    random_state ^= random_state << 25;
    random_state ^= random_state >> 27;
    return random_state * 0x2545f4914f6cdd1dULL;
}

START_TEST(double_to_string_table)
{
    int failures = 0;
    for (size_t i = 0; i < COUNT(double_cases); i++) {
        char buffer[FPCONV_BUFFER_SIZE];
        double v = double_from_bits(double_cases[i].bits);
        int length = fpconv_double_to_java(v, buffer);
        if (strcmp(buffer, double_cases[i].text) != 0 ||
            length != (int)strlen(buffer)) {
            if (failures++ < 20)
                fprintf(stderr, "double %016llx: got %s, expected %s\n",
                        (unsigned long long)double_cases[i].bits, buffer,
                        double_cases[i].text);
        }
    }
    ck_assert_int_eq(failures, 0);
}
END_TEST

START_TEST(float_to_string_table)
{
    int failures = 0;
    for (size_t i = 0; i < COUNT(float_cases); i++) {
        char buffer[FPCONV_BUFFER_SIZE];
        float v = float_from_bits(float_cases[i].bits);
        int length = fpconv_float_to_java(v, buffer);
        if (strcmp(buffer, float_cases[i].text) != 0 ||
            length != (int)strlen(buffer)) {
            if (failures++ < 20)
                fprintf(stderr, "float %08x: got %s, expected %s\n",
                        (unsigned)float_cases[i].bits, buffer,
                        float_cases[i].text);
        }
    }
    ck_assert_int_eq(failures, 0);
}
END_TEST

START_TEST(parse_table)
{
    int failures = 0;
    for (size_t i = 0; i < COUNT(parse_cases); i++) {
        const ParseCase *c = &parse_cases[i];
        double d = 0;
        float f = 0;
        int dok = fpconv_parse_double(c->text, strlen(c->text), &d);
        int fok = fpconv_parse_float(c->text, strlen(c->text), &f);
        bool good = dok == c->status && fok == c->status;
        if (good && c->status == FPCONV_PARSE_OK)
            good = double_bits(d) == c->double_bits &&
                   float_bits(f) == c->float_bits;
        if (!good && failures++ < 20)
            fprintf(stderr,
                    "parse \"%.60s\": got %d %016llx / %d %08x, expected "
                    "%d %016llx %08x\n",
                    c->text, dok, (unsigned long long)double_bits(d), fok,
                    (unsigned)float_bits(f), c->status,
                    (unsigned long long)c->double_bits,
                    (unsigned)c->float_bits);
    }
    ck_assert_int_eq(failures, 0);
}
END_TEST

START_TEST(special_values)
{
    char buffer[FPCONV_BUFFER_SIZE];
    fpconv_double_to_java(0.0, buffer);
    ck_assert_str_eq(buffer, "0.0");
    fpconv_double_to_java(-0.0, buffer);
    ck_assert_str_eq(buffer, "-0.0");
    fpconv_double_to_java(NAN, buffer);
    ck_assert_str_eq(buffer, "NaN");
    fpconv_double_to_java(-NAN, buffer);
    ck_assert_str_eq(buffer, "NaN");
    fpconv_double_to_java(-INFINITY, buffer);
    ck_assert_str_eq(buffer, "-Infinity");
    fpconv_float_to_java(INFINITY, buffer);
    ck_assert_str_eq(buffer, "Infinity");
    fpconv_float_to_java(-0.0f, buffer);
    ck_assert_str_eq(buffer, "-0.0");
    ck_assert_int_eq(fpconv_double_to_java(-2.2250738585072014E-308, buffer),
                     24);
    ck_assert_str_eq(buffer, "-2.2250738585072014E-308");

    char digits[FPCONV_MAX_DIGITS];
    int exponent;
    int n = fpconv_shortest_double(1234.5, digits, &exponent);
    ck_assert_int_eq(n, 5);
    ck_assert(memcmp(digits, "12345", 5) == 0);
    ck_assert_int_eq(exponent, 3);
    n = fpconv_shortest_float(0.001f, digits, &exponent);
    ck_assert_int_eq(n, 1);
    ck_assert_int_eq(digits[0], '1');
    ck_assert_int_eq(exponent, -3);
}
END_TEST

/* Parses what fpconv printed (the Java text is valid Java input). */
static bool shorter_exists_double(double v, const char *digits, int n, int k)
{
    /* Any decimal of n-1 digits near v: the two neighbours of v on that
     * grid, built from the exact digits rounded down and up. */
    if (n <= 2)
        return false; /* the one- and two-digit rule is in the table */
    char text[64];
    for (int up = 0; up <= 1; up++) {
        char d[FPCONV_MAX_DIGITS + 1];
        memcpy(d, digits, (size_t)(n - 1));
        int m = n - 1, e = k;
        if (up) {
            int i = m - 1;
            while (i >= 0 && d[i] == '9')
                d[i--] = '0';
            if (i < 0) {
                d[0] = '1';
                e++;
            } else {
                d[i]++;
            }
        }
        snprintf(text, sizeof text, "%.1s.%.*se%d", d, m - 1, d + 1, e);
        double parsed;
        if (fpconv_parse_double(text, strlen(text), &parsed) == FPCONV_PARSE_OK &&
            parsed == v)
            return true;
    }
    return false;
}

START_TEST(double_round_trip_random)
{
    for (int i = 0; i < 300000; i++) {
        double v = double_from_bits(random_next());
        if (isnan(v) || isinf(v) || v == 0)
            continue;
        char buffer[FPCONV_BUFFER_SIZE];
        fpconv_double_to_java(v, buffer);
        double back;
        ck_assert_msg(fpconv_parse_double(buffer, strlen(buffer), &back) ==
                          FPCONV_PARSE_OK,
                      "%s", buffer);
        ck_assert_msg(back == v, "%s does not round-trip", buffer);
        char *end;
        ck_assert(strtod(buffer, &end) == v);
        char digits[FPCONV_MAX_DIGITS];
        int k;
        int n = fpconv_shortest_double(fabs(v), digits, &k);
        ck_assert_msg(!shorter_exists_double(fabs(v), digits, n, k),
                      "%s is not shortest", buffer);
    }
}
END_TEST

START_TEST(float_round_trip_random)
{
    for (int i = 0; i < 300000; i++) {
        float v = float_from_bits((uint32_t)random_next());
        if (isnan(v) || isinf(v))
            continue;
        char buffer[FPCONV_BUFFER_SIZE];
        fpconv_float_to_java(v, buffer);
        float back;
        ck_assert(fpconv_parse_float(buffer, strlen(buffer), &back) ==
                  FPCONV_PARSE_OK);
        ck_assert_msg(back == v, "%s does not round-trip", buffer);
        ck_assert(strtof(buffer, NULL) == v);
    }
}
END_TEST

/* Random decimal text against glibc's correctly rounded strtod/strtof. */
START_TEST(parse_against_strtod)
{
    setlocale(LC_NUMERIC, "C");
    for (int i = 0; i < 200000; i++) {
        char text[80];
        int length = 1 + (int)(random_next() % 25);
        char *p = text;
        for (int j = 0; j < length; j++)
            *p++ = (char)('0' + random_next() % 10);
        if (random_next() % 2) {
            int point = (int)(random_next() % (uint64_t)length);
            memmove(text + point + 1, text + point, (size_t)(length - point));
            text[point] = '.';
            p++;
        }
        p += sprintf(p, "e%d", (int)(random_next() % 700) - 350);
        *p = '\0';
        double d;
        float f;
        ck_assert(fpconv_parse_double(text, strlen(text), &d) ==
                  FPCONV_PARSE_OK);
        ck_assert(fpconv_parse_float(text, strlen(text), &f) ==
                  FPCONV_PARSE_OK);
        ck_assert_msg(double_bits(d) == double_bits(strtod(text, NULL)),
                      "double %s", text);
        ck_assert_msg(float_bits(f) == float_bits(strtof(text, NULL)),
                      "float %s", text);
    }
}
END_TEST

START_TEST(parse_long_and_odd_inputs)
{
    /* 1 + 2^-53 (exactly halfway between 1 and its successor) rounds to
     * even; any nonzero digit far beyond that decides upwards. */
    static char text[2200];
    strcpy(text, "1.00000000000000011102230246251565404236316680908203125");
    double d;
    ck_assert(fpconv_parse_double(text, strlen(text), &d) == FPCONV_PARSE_OK);
    ck_assert(d == 1.0);
    size_t length = strlen(text);
    memset(text + length, '0', 2000);
    strcpy(text + length + 2000, "1");
    ck_assert(fpconv_parse_double(text, strlen(text), &d) == FPCONV_PARSE_OK);
    ck_assert(d == nextafter(1.0, 2.0));
    /* Not NUL-terminated input, and bytes outside ASCII. */
    ck_assert(fpconv_parse_double("12345", 2, &d) == FPCONV_PARSE_OK);
    ck_assert(d == 12.0);
    ck_assert(fpconv_parse_double("1\xc3\xa9", 3, &d) == FPCONV_PARSE_INVALID);
    ck_assert(fpconv_parse_double("", 0, &d) == FPCONV_PARSE_INVALID);
    ck_assert(fpconv_parse_double(" 1.2.3 ", 7, &d) ==
              FPCONV_PARSE_MULTIPLE_POINTS);
}
END_TEST

static Suite *fpconv_suite(void)
{
    Suite *s = suite_create("fpconv");
    TCase *tc = tcase_create("fpconv");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, double_to_string_table);
    tcase_add_test(tc, float_to_string_table);
    tcase_add_test(tc, parse_table);
    tcase_add_test(tc, special_values);
    tcase_add_test(tc, double_round_trip_random);
    tcase_add_test(tc, float_round_trip_random);
    tcase_add_test(tc, parse_against_strtod);
    tcase_add_test(tc, parse_long_and_odd_inputs);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(fpconv_suite(), true);
}
