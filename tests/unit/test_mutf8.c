/*
 * test_mutf8.c - modified UTF-8 validation (JVMS 4.4.7, with HotSpot's
 * version-dependent strictness) and the conversions between modified
 * UTF-8, UTF-16 and standard UTF-8. The expected UTF-8 decodings of
 * ill-formed input are what `new String(bytes, UTF_8)` gives on JDK 17.
 */
#include "loader/mutf8.h"

#include "unit.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define BYTES(s) (const uint8_t *)(s), sizeof(s) - 1

START_TEST(validate_accepts_well_formed_text)
{
    ck_assert(mutf8_validate(BYTES("")));
    ck_assert(mutf8_validate(BYTES("java/lang/Object")));
    ck_assert(mutf8_validate(BYTES("\xc0\x80")));           /* U+0000 */
    ck_assert(mutf8_validate(BYTES("caf\xc3\xa9")));        /* é */
    ck_assert(mutf8_validate(BYTES("\xe4\xb8\xad")));       /* 中 */
    ck_assert(mutf8_validate(BYTES("\xed\xa0\xbd\xed\xb8\x80"))); /* 😀 */
    ck_assert(mutf8_validate_strict(BYTES("\xc0\x80")));
    ck_assert(mutf8_validate_strict(BYTES("caf\xc3\xa9\xe4\xb8\xad")));
}
END_TEST

START_TEST(validate_rejects_ill_formed_text)
{
    static const char *const bad[] = {
        "a\0b",          /* a zero byte */
        "\x80",          /* a stray continuation byte */
        "\xbf",
        "a\xc3",         /* truncated two-byte sequence */
        "\xc3\x41",      /* bad continuation */
        "\xe4\xb8",      /* truncated three-byte sequence */
        "\xe4\x41\x80",
        "\xe4\x80\x41",
        "\xf0\x9f\x98\x80", /* four-byte sequences are not modified UTF-8 */
        "\xf8", "\xff",
    };
    static const size_t lengths[] = {3, 1, 1, 2, 2, 2, 3, 3, 4, 1, 1};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_msg(!mutf8_validate((const uint8_t *)bad[i], lengths[i]),
                      "case %zu", i);
        ck_assert_msg(!mutf8_validate_strict((const uint8_t *)bad[i], lengths[i]),
                      "case %zu", i);
    }
}
END_TEST

START_TEST(over_long_forms_depend_on_strictness)
{
    /* HotSpot accepts these in class files up to version 47 only. */
    ck_assert(mutf8_validate(BYTES("\xc1\x81")));     /* 'A' in two bytes */
    ck_assert(mutf8_validate(BYTES("\xe0\x81\x81"))); /* 'A' in three */
    ck_assert(mutf8_validate(BYTES("\xe0\x80\x80"))); /* U+0000 in three */
    ck_assert(!mutf8_validate_strict(BYTES("\xc1\x81")));
    ck_assert(!mutf8_validate_strict(BYTES("\xe0\x81\x81")));
    ck_assert(!mutf8_validate_strict(BYTES("\xe0\x80\x80")));
    ck_assert(!mutf8_validate_strict(BYTES("\xe0\x9f\xbf"))); /* U+07FF */
    ck_assert(mutf8_validate_strict(BYTES("\xe0\xa0\x80")));  /* U+0800 */
    ck_assert(mutf8_validate_strict(BYTES("\xc2\x80")));      /* U+0080 */
}
END_TEST

START_TEST(decodes_to_utf16)
{
    const uint8_t text[] = "A\xc0\x80\xc3\xa9\xe4\xb8\xad\xed\xa0\xbd\xed\xb8\x80";
    size_t length = sizeof text - 1;
    ck_assert(mutf8_validate(text, length));
    ck_assert_uint_eq(mutf8_utf16_length(text, length), 6);
    uint16_t units[6];
    ck_assert_uint_eq(mutf8_to_utf16(text, length, units), 6);
    const uint16_t expected[] = {0x41, 0x0000, 0xe9, 0x4e2d, 0xd83d, 0xde00};
    ck_assert_mem_eq(units, expected, sizeof expected);
}
END_TEST

START_TEST(encodes_utf16_and_round_trips)
{
    const uint16_t units[] = {0x41, 0x0000, 0x7f, 0x80, 0x7ff, 0x800,
                              0xffff, 0xd83d, 0xde00, 0xdc00};
    size_t count = sizeof units / sizeof units[0];
    size_t length = utf16_mutf8_length(units, count);
    ck_assert_uint_eq(length, 1 + 2 + 1 + 2 + 2 + 3 + 3 + 3 + 3 + 3);
    char *text = malloc(length + 1);
    utf16_to_mutf8(units, count, text);
    ck_assert_uint_eq(strlen(text), length); /* no zero byte inside */
    ck_assert_uint_eq((uint8_t)text[length], 0);
    ck_assert_mem_eq(text + 1, "\xc0\x80", 2);
    ck_assert(mutf8_validate_strict((const uint8_t *)text, length));
    uint16_t back[10];
    ck_assert_uint_eq(mutf8_to_utf16((const uint8_t *)text, length, back), count);
    ck_assert_mem_eq(back, units, sizeof units);
    free(text);
}
END_TEST

/* One decoding checked against JDK 17's String(byte[], UTF_8). */
typedef struct Utf8Case {
    const char *bytes;
    size_t length;
    uint16_t units[4];
    size_t count;
} Utf8Case;

START_TEST(utf8_decodes_like_java)
{
    static const Utf8Case cases[] = {
        {"A", 1, {0x41}, 1},
        {"\xc0", 1, {0xfffd}, 1},
        {"\xc0\x80", 2, {0xfffd, 0xfffd}, 2},
        {"\xc1\xbf", 2, {0xfffd, 0xfffd}, 2},
        {"\xc2", 1, {0xfffd}, 1},
        {"\xc2\x41", 2, {0xfffd, 0x41}, 2},
        {"\xe0\x80", 2, {0xfffd, 0xfffd}, 2},
        {"\xe0\xa0", 2, {0xfffd}, 1},
        {"\xe0\xa0\x80", 3, {0x800}, 1},
        {"\xe0\x9f\x80", 3, {0xfffd, 0xfffd, 0xfffd}, 3},
        {"\xed\xa0\x80", 3, {0xfffd}, 1}, /* a surrogate: one replacement */
        {"\xed\xa0\x41", 3, {0xfffd, 0x41}, 2},
        {"\xed\x9f\xbf", 3, {0xd7ff}, 1},
        {"\xe1\x80\x41", 3, {0xfffd, 0x41}, 2},
        {"\xf0\x9f\x98\x80", 4, {0xd83d, 0xde00}, 2},
        {"\xf0\x9f\x98", 3, {0xfffd}, 1},
        {"\xf0\x9f\x98\x41", 4, {0xfffd, 0x41}, 2},
        {"\xf0\x8f\x80\x80", 4, {0xfffd, 0xfffd, 0xfffd, 0xfffd}, 4},
        {"\xf4\x8f\xbf\xbf", 4, {0xdbff, 0xdfff}, 2},
        {"\xf4\x90\x41", 3, {0xfffd, 0xfffd, 0x41}, 3},
        {"\xf5", 1, {0xfffd}, 1},
        {"\xff", 1, {0xfffd}, 1},
        {"\x80\x80", 2, {0xfffd, 0xfffd}, 2},
        {"\xc2\xc2\xa9", 3, {0xfffd, 0xa9}, 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Utf8Case *c = &cases[i];
        const uint8_t *bytes = (const uint8_t *)c->bytes;
        ck_assert_msg(utf8_to_utf16(bytes, c->length, NULL) == c->count,
                      "case %zu counts", i);
        uint16_t units[8] = {0};
        ck_assert_uint_eq(utf8_to_utf16(bytes, c->length, units), c->count);
        ck_assert_msg(memcmp(units, c->units, c->count * 2) == 0, "case %zu", i);
    }
}
END_TEST

START_TEST(utf16_encodes_like_java)
{
    /* Java's encoder writes '?' for an unpaired surrogate. */
    const uint16_t units[] = {'a', 0xd800, 'b', 0xdc00, 0xd83d, 0xde00,
                              0xe9, 0x4e2d, 0};
    const uint8_t expected[] = "a?b?\xf0\x9f\x98\x80\xc3\xa9\xe4\xb8\xad";
    size_t count = sizeof units / sizeof units[0];
    size_t length = utf16_to_utf8(units, count, NULL);
    ck_assert_uint_eq(length, sizeof expected); /* U+0000 is one zero byte */
    uint8_t out[32];
    ck_assert_uint_eq(utf16_to_utf8(units, count, out), length);
    ck_assert_mem_eq(out, expected, sizeof expected);
    /* A high surrogate at the very end is unpaired too. */
    const uint16_t tail[] = {'x', 0xd800};
    ck_assert_uint_eq(utf16_to_utf8(tail, 2, out), 2);
    ck_assert_mem_eq(out, "x?", 2);
}
END_TEST

START_TEST(utf8_round_trips_through_utf16)
{
    const uint8_t text[] = "Grüße, 世界 😀!";
    size_t length = sizeof text - 1;
    size_t count = utf8_to_utf16(text, length, NULL);
    uint16_t *units = malloc(count * sizeof *units);
    utf8_to_utf16(text, length, units);
    uint8_t *back = malloc(length);
    ck_assert_uint_eq(utf16_to_utf8(units, count, back), length);
    ck_assert_mem_eq(back, text, length);
    free(units);
    free(back);
}
END_TEST

int main(void)
{
    Suite *suite = suite_create("mutf8");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, validate_accepts_well_formed_text);
    tcase_add_test(tc, validate_rejects_ill_formed_text);
    tcase_add_test(tc, over_long_forms_depend_on_strictness);
    tcase_add_test(tc, decodes_to_utf16);
    tcase_add_test(tc, encodes_utf16_and_round_trips);
    tcase_add_test(tc, utf8_decodes_like_java);
    tcase_add_test(tc, utf16_encodes_like_java);
    tcase_add_test(tc, utf8_round_trips_through_utf16);
    suite_add_tcase(suite, tc);
    return unit_run(suite, true);
}
