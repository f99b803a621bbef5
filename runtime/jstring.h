/*
 * jstring.h - java.lang.String from C: creation, access and interning.
 *
 * A String is an instance of the library's java.lang.String whose `value`
 * field is a char[] holding exactly its UTF-16 code units, and whose `hash`
 * field caches hashCode(). C code never changes a String after creating it.
 */
#ifndef CORTADO_JSTRING_H
#define CORTADO_JSTRING_H

#include "runtime/object.h"

/* New Strings; each returns NULL with OutOfMemoryError pending on failure. */
Object *string_from_utf8(Thread *t, const char *utf8);
Object *string_from_utf8_n(Thread *t, const char *utf8, size_t length);
Object *string_from_mutf8(Thread *t, const char *mutf8, size_t length);
Object *string_from_utf16(Thread *t, const uint16_t *units, int32_t length);

/* The char[] of [s], its length and its first unit. [s] must be non-null. */
Array *string_value(Object *s);
int32_t string_length(Object *s);
const uint16_t *string_units(Object *s);

/* [s] as a malloc'd NUL-terminated standard UTF-8 string (NULL if out of
 * memory). */
char *string_to_utf8(Object *s);

/* [s] as modified UTF-8 in a malloc'd buffer; used to look up classes and
 * members by the names Java code passes in. */
char *string_to_mutf8(Object *s);

/* True when [s] holds exactly the (ASCII/UTF-8) text [utf8]. */
bool string_equals_utf8(Object *s, const char *utf8);

/* The canonical String equal to [s] (String.intern, JVMS 5.1). */
Object *string_intern(Thread *t, Object *s);

/* The interned String for modified-UTF-8 literal text (ldc). */
Object *string_intern_mutf8(Thread *t, const char *mutf8, size_t length);

/* Java's String.hashCode over UTF-16 units. */
int32_t string_hash_units(const uint16_t *units, int32_t length);

#endif
