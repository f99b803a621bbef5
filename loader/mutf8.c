/*
 * mutf8.c - modified UTF-8 (JVMS 4.4.7), UTF-16 and standard UTF-8.
 *
 * Class files store text as modified UTF-8: U+0000 is written as the two
 * bytes 0xc0 0x80 and characters outside the Basic Multilingual Plane as
 * two three-byte encoded surrogates. Java strings are UTF-16, and the host
 * speaks standard UTF-8. This module converts between the three.
 *
 * Every function here is pure: it allocates nothing and touches no state.
 * The validators must never read past [length]; the decoders trust their
 * input only where the header says the input has been validated.
 */
#include "loader/mutf8.h"

/* True when [b] is a continuation byte, 10xxxxxx. */
static inline bool is_continuation(uint8_t b)
{
    return (b & 0xc0) == 0x80;
}

/* Checks modified UTF-8; [strict] also rejects over-long forms (JVMS
 * 4.4.7 allows only the shortest encoding, except 0xc0 0x80 for U+0000;
 * HotSpot enforces that from class file version 48 on). */
static bool validate(const uint8_t *s, size_t length, bool strict)
{
    size_t i = 0;
    while (i < length) {
        uint8_t b = s[i];
        if (b == 0)
            return false;
        if (b < 0x80) {
            i++;
            continue;
        }
        switch (b >> 4) {
        case 0xc:
        case 0xd: { /* 110xxxxx 10xxxxxx */
            if (length - i < 2 || !is_continuation(s[i + 1]))
                return false;
            unsigned value = ((unsigned)(b & 0x1f) << 6) | (s[i + 1] & 0x3f);
            if (strict && value != 0 && value < 0x80)
                return false;
            i += 2;
            break;
        }
        case 0xe: { /* 1110xxxx 10xxxxxx 10xxxxxx */
            if (length - i < 3 || !is_continuation(s[i + 1]) ||
                !is_continuation(s[i + 2]))
                return false;
            unsigned value = ((unsigned)(b & 0x0f) << 12) |
                             ((unsigned)(s[i + 1] & 0x3f) << 6) |
                             (s[i + 2] & 0x3f);
            if (strict && value < 0x800)
                return false;
            i += 3;
            break;
        }
        default: /* a stray continuation byte, or 0xf0..0xff */
            return false;
        }
    }
    return true;
}

bool mutf8_validate(const uint8_t *s, size_t length)
{
    return validate(s, length, false);
}

bool mutf8_validate_strict(const uint8_t *s, size_t length)
{
    return validate(s, length, true);
}

size_t mutf8_utf16_length(const uint8_t *s, size_t length)
{
    /* Each code unit starts with exactly one byte that is not a
     * continuation byte. */
    size_t count = 0;
    for (size_t i = 0; i < length; i++)
        if (!is_continuation(s[i]))
            count++;
    return count;
}

size_t mutf8_to_utf16(const uint8_t *s, size_t length, uint16_t *out)
{
    size_t i = 0, n = 0;
    while (i < length) {
        uint8_t b = s[i];
        if (b < 0x80) {
            out[n++] = b;
            i++;
        } else if ((b >> 5) == 0x6 && length - i >= 2) {
            out[n++] = (uint16_t)(((b & 0x1f) << 6) | (s[i + 1] & 0x3f));
            i += 2;
        } else if ((b >> 4) == 0xe && length - i >= 3) {
            out[n++] = (uint16_t)(((b & 0x0f) << 12) |
                                  ((s[i + 1] & 0x3f) << 6) |
                                  (s[i + 2] & 0x3f));
            i += 3;
        } else {
            /* Not reachable for validated input; keep going safely. */
            out[n++] = 0xfffd;
            i++;
        }
    }
    return n;
}

size_t utf16_mutf8_length(const uint16_t *units, size_t count)
{
    size_t bytes = 0;
    for (size_t i = 0; i < count; i++) {
        uint16_t c = units[i];
        if (c != 0 && c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2; /* U+0000 too: 0xc0 0x80 */
        else
            bytes += 3; /* surrogates are encoded one by one */
    }
    return bytes;
}

void utf16_to_mutf8(const uint16_t *units, size_t count, char *out)
{
    uint8_t *p = (uint8_t *)out;
    for (size_t i = 0; i < count; i++) {
        uint16_t c = units[i];
        if (c != 0 && c < 0x80) {
            *p++ = (uint8_t)c;
        } else if (c < 0x800) {
            *p++ = (uint8_t)(0xc0 | (c >> 6));
            *p++ = (uint8_t)(0x80 | (c & 0x3f));
        } else {
            *p++ = (uint8_t)(0xe0 | (c >> 12));
            *p++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
            *p++ = (uint8_t)(0x80 | (c & 0x3f));
        }
    }
    *p = '\0';
}

/* Writes one UTF-16 unit when [out] is not NULL and counts it. */
static inline void put_unit(uint16_t *out, size_t *n, uint16_t unit)
{
    if (out)
        out[*n] = unit;
    (*n)++;
}

/*
 * Decodes standard UTF-8 the way java.lang.String(byte[], UTF_8) does on
 * JDK 17, which was checked byte pattern by byte pattern: an ill-formed
 * sequence becomes one U+FFFD per maximal well-formed prefix (a lead byte
 * followed by the continuation bytes that could still belong to it), so
 * "e0 80" gives two replacements and "f0 9f 98 41" one plus 'A'. The one
 * exception is a complete three-byte encoding of a surrogate (ed a0..bf
 * xx), which Java replaces by a single U+FFFD for all three bytes.
 */
size_t utf8_to_utf16(const uint8_t *s, size_t length, uint16_t *out)
{
    size_t i = 0, n = 0;
    while (i < length) {
        uint8_t b = s[i];
        if (b < 0x80) {
            put_unit(out, &n, b);
            i++;
            continue;
        }
        size_t need; /* continuation bytes after the lead */
        uint8_t low = 0x80, high = 0xbf; /* allowed range of the 2nd byte */
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b == 0xe0)
                low = 0xa0; /* shorter forms are over-long */
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b == 0xf0)
                low = 0x90;
            else if (b == 0xf4)
                high = 0x8f; /* beyond U+10FFFF */
        } else {
            put_unit(out, &n, 0xfffd); /* 0x80..0xc1, 0xf5..0xff */
            i++;
            continue;
        }
        size_t got = 0; /* continuation bytes accepted so far */
        while (got < need && i + 1 + got < length) {
            uint8_t c = s[i + 1 + got];
            bool ok = got == 0 ? (c >= low && c <= high) : is_continuation(c);
            if (!ok)
                break;
            got++;
        }
        if (got < need) {
            put_unit(out, &n, 0xfffd);
            i += 1 + got;
            continue;
        }
        uint32_t value;
        if (need == 1) {
            value = ((uint32_t)(b & 0x1f) << 6) | (s[i + 1] & 0x3f);
        } else if (need == 2) {
            value = ((uint32_t)(b & 0x0f) << 12) |
                    ((uint32_t)(s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
        } else {
            value = ((uint32_t)(b & 0x07) << 18) |
                    ((uint32_t)(s[i + 1] & 0x3f) << 12) |
                    ((uint32_t)(s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
        }
        i += 1 + need;
        if (value >= 0xd800 && value <= 0xdfff) {
            put_unit(out, &n, 0xfffd);
        } else if (value >= 0x10000) {
            value -= 0x10000;
            put_unit(out, &n, (uint16_t)(0xd800 | (value >> 10)));
            put_unit(out, &n, (uint16_t)(0xdc00 | (value & 0x3ff)));
        } else {
            put_unit(out, &n, (uint16_t)value);
        }
    }
    return n;
}

/* Writes [count] bytes of [bytes] when [out] is not NULL and counts them. */
static inline void put_bytes(uint8_t *out, size_t *n, const uint8_t *bytes,
                             size_t count)
{
    for (size_t k = 0; k < count; k++) {
        if (out)
            out[*n] = bytes[k];
        (*n)++;
    }
}

size_t utf16_to_utf8(const uint16_t *units, size_t count, uint8_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        uint32_t c = units[i];
        uint8_t buf[4];
        if (c < 0x80) {
            buf[0] = (uint8_t)c;
            put_bytes(out, &n, buf, 1);
        } else if (c < 0x800) {
            buf[0] = (uint8_t)(0xc0 | (c >> 6));
            buf[1] = (uint8_t)(0x80 | (c & 0x3f));
            put_bytes(out, &n, buf, 2);
        } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < count &&
                   units[i + 1] >= 0xdc00 && units[i + 1] <= 0xdfff) {
            uint32_t v = 0x10000 + ((c - 0xd800) << 10) + (units[i + 1] - 0xdc00);
            i++;
            buf[0] = (uint8_t)(0xf0 | (v >> 18));
            buf[1] = (uint8_t)(0x80 | ((v >> 12) & 0x3f));
            buf[2] = (uint8_t)(0x80 | ((v >> 6) & 0x3f));
            buf[3] = (uint8_t)(0x80 | (v & 0x3f));
            put_bytes(out, &n, buf, 4);
        } else if (c >= 0xd800 && c <= 0xdfff) {
            buf[0] = '?'; /* an unpaired surrogate, as Java's encoder does */
            put_bytes(out, &n, buf, 1);
        } else {
            buf[0] = (uint8_t)(0xe0 | (c >> 12));
            buf[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
            buf[2] = (uint8_t)(0x80 | (c & 0x3f));
            put_bytes(out, &n, buf, 3);
        }
    }
    return n;
}
