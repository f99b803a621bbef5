/*
 * jstring.c - java.lang.String objects made and read by C, and the intern
 * table (JVMS 5.1: string literals are interned per VM).
 *
 * Must never: modify a String after it has been handed to Java code.
 */
#include "runtime/jstring.h"

#include "gc/heap.h"
#include "loader/mutf8.h"
#include "runtime/class.h"
#include "runtime/exception.h"
#include "runtime/vm.h"

#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

Array *string_value(Object *s)
{
    return field_at(s, s->klass->vm->wk.String_value, Array *);
}

int32_t string_length(Object *s)
{
    Array *v = string_value(s);
    return v ? v->length : 0;
}

const uint16_t *string_units(Object *s)
{
    Array *v = string_value(s);
    return v ? array_elements(v, uint16_t) : NULL;
}

int32_t string_hash_units(const uint16_t *units, int32_t length)
{
    uint32_t h = 0;
    for (int32_t i = 0; i < length; i++)
        h = 31 * h + units[i];
    return (int32_t)h;
}

/* A String over a fresh char[] of [length] units, left for the caller to
 * fill through [*units]. */
static Object *string_alloc(Thread *t, int32_t length, uint16_t **units)
{
    Vm *vm = t->vm;
    Array *value = heap_alloc_array(t, vm->wk.char_array, length);
    if (!value)
        return NULL;
    Object *s = heap_alloc_object(t, vm->wk.String);
    if (!s)
        return NULL;
    field_at(s, vm->wk.String_value, Array *) = value;
    *units = array_elements(value, uint16_t);
    return s;
}

Object *string_from_utf16(Thread *t, const uint16_t *units, int32_t length)
{
    uint16_t *dst;
    Object *s = string_alloc(t, length, &dst);
    if (s && length)
        memcpy(dst, units, (size_t)length * 2);
    return s;
}

Object *string_from_utf8_n(Thread *t, const char *utf8, size_t length)
{
    size_t n = utf8_to_utf16((const uint8_t *)utf8, length, NULL);
    if (n > INT32_MAX)
        return throw_out_of_memory(t), NULL;
    uint16_t *dst;
    Object *s = string_alloc(t, (int32_t)n, &dst);
    if (s)
        utf8_to_utf16((const uint8_t *)utf8, length, dst);
    return s;
}

Object *string_from_utf8(Thread *t, const char *utf8)
{
    return string_from_utf8_n(t, utf8, strlen(utf8));
}

Object *string_from_mutf8(Thread *t, const char *mutf8, size_t length)
{
    size_t n = mutf8_utf16_length((const uint8_t *)mutf8, length);
    uint16_t *dst;
    Object *s = string_alloc(t, (int32_t)n, &dst);
    if (s)
        mutf8_to_utf16((const uint8_t *)mutf8, length, dst);
    return s;
}

char *string_to_utf8(Object *s)
{
    int32_t n = string_length(s);
    const uint16_t *u = string_units(s);
    size_t bytes = utf16_to_utf8(u, (size_t)n, NULL);
    char *out = malloc(bytes + 1);
    if (!out)
        return NULL;
    utf16_to_utf8(u, (size_t)n, (uint8_t *)out);
    out[bytes] = '\0';
    return out;
}

char *string_to_mutf8(Object *s)
{
    int32_t n = string_length(s);
    const uint16_t *u = string_units(s);
    char *out = malloc(utf16_mutf8_length(u, (size_t)n) + 1);
    if (out)
        utf16_to_mutf8(u, (size_t)n, out);
    return out;
}

bool string_equals_utf8(Object *s, const char *utf8)
{
    char *text = string_to_utf8(s);
    bool equal = text && strcmp(text, utf8) == 0;
    free(text);
    return equal;
}

/* ---- interning --------------------------------------------------------- */

static bool units_equal(Object *s, const uint16_t *units, int32_t length)
{
    return string_length(s) == length &&
           (length == 0 || memcmp(string_units(s), units, (size_t)length * 2) == 0);
}

static bool intern_grow(Vm *vm)
{
    InternTable *table = &vm->interned;
    uint32_t capacity = table->capacity ? table->capacity * 2 : 1024;
    Object **slots = GC_MALLOC_UNCOLLECTABLE(capacity * sizeof(Object *));
    if (!slots)
        return false;
    memset(slots, 0, capacity * sizeof(Object *));
    for (uint32_t i = 0; i < table->capacity; i++) {
        Object *s = table->slots[i];
        if (!s)
            continue;
        uint32_t h = (uint32_t)string_hash_units(string_units(s), string_length(s));
        uint32_t j = h & (capacity - 1);
        while (slots[j])
            j = (j + 1) & (capacity - 1);
        slots[j] = s;
    }
    if (table->slots)
        GC_FREE(table->slots);
    table->slots = slots;
    table->capacity = capacity;
    return true;
}

/* Finds the interned string with these units, or the slot to put it in. */
static Object **intern_slot(Vm *vm, const uint16_t *units, int32_t length)
{
    InternTable *table = &vm->interned;
    uint32_t h = (uint32_t)string_hash_units(units, length);
    uint32_t j = h & (table->capacity - 1);
    while (table->slots[j] && !units_equal(table->slots[j], units, length))
        j = (j + 1) & (table->capacity - 1);
    return &table->slots[j];
}

static Object *intern_units(Thread *t, const uint16_t *units, int32_t length, Object *candidate)
{
    Vm *vm = t->vm;
    InternTable *table = &vm->interned;
    if ((table->count + 1) * 4 >= table->capacity * 3 && !intern_grow(vm))
        return throw_out_of_memory(t), NULL;
    Object **slot = intern_slot(vm, units, length);
    if (*slot)
        return *slot;
    if (!candidate) {
        candidate = string_from_utf16(t, units, length);
        if (!candidate)
            return NULL;
        /* Allocation may have collected; the slot is still right because
         * the table only changes here. */
    }
    *slot = candidate;
    table->count++;
    return candidate;
}

Object *string_intern(Thread *t, Object *s)
{
    return intern_units(t, string_units(s), string_length(s), s);
}

Object *string_intern_mutf8(Thread *t, const char *mutf8, size_t length)
{
    size_t n = mutf8_utf16_length((const uint8_t *)mutf8, length);
    uint16_t stack_units[256];
    uint16_t *units = n <= 256 ? stack_units : malloc(n * 2);
    if (!units)
        return throw_out_of_memory(t), NULL;
    mutf8_to_utf16((const uint8_t *)mutf8, length, units);
    Object *s = intern_units(t, units, (int32_t)n, NULL);
    if (units != stack_units)
        free(units);
    return s;
}
