/*
 * mutf8.h - modified UTF-8 (JVMS 4.4.7) and its conversions to and from
 * UTF-16 (Java's char sequences) and standard UTF-8 (the host's text).
 *
 * Pure functions with no allocation of their own and no VM state, so the
 * loader, the runtime and the unit tests can all use them.
 */
#ifndef CORTADO_MUTF8_H
#define CORTADO_MUTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when the [length] bytes at [s] are well-formed modified UTF-8: no
 * zero byte, no byte in 0xf0..0xff, every multi-byte sequence complete and
 * with the right continuation bytes. Over-long encodings (0xc1 0x81 for
 * 'A', say) are accepted, as HotSpot does for class files of version 47
 * and below. */
bool mutf8_validate(const uint8_t *s, size_t length);

/* Like mutf8_validate(), but also rejects over-long encodings: a two-byte
 * sequence must encode U+0000 (0xc0 0x80) or a value of at least U+0080,
 * a three-byte sequence a value of at least U+0800. This is HotSpot's rule
 * for the Utf8 entries of class files of version 48 and above. */
bool mutf8_validate_strict(const uint8_t *s, size_t length);

/* Number of UTF-16 code units the valid modified UTF-8 [s] decodes to. */
size_t mutf8_utf16_length(const uint8_t *s, size_t length);

/* Decodes valid modified UTF-8 into [out], which has room for
 * mutf8_utf16_length() units. Returns the number of units written. */
size_t mutf8_to_utf16(const uint8_t *s, size_t length, uint16_t *out);

/* Number of bytes needed to encode [units] UTF-16 units as modified UTF-8
 * (without a terminator). */
size_t utf16_mutf8_length(const uint16_t *units, size_t count);

/* Encodes UTF-16 as modified UTF-8 into [out] (room for
 * utf16_mutf8_length() bytes, plus one for the NUL it appends). */
void utf16_to_mutf8(const uint16_t *units, size_t count, char *out);

/* Standard UTF-8 (the host's text, e.g. command-line arguments) to UTF-16.
 * Invalid sequences decode to U+FFFD, as Java's decoder does. When [out] is
 * NULL only counts. Returns the number of units. */
size_t utf8_to_utf16(const uint8_t *s, size_t length, uint16_t *out);

/* UTF-16 to standard UTF-8; unpaired surrogates become '?', as Java's
 * encoder does. When [out] is NULL only counts. Returns the byte count. */
size_t utf16_to_utf8(const uint16_t *units, size_t count, uint8_t *out);

#endif
