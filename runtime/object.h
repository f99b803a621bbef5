/*
 * object.h - the object model: what a Java object and array look like in
 * memory, and the value slot used by stacks, locals and arguments.
 *
 * Every object starts with a header: its class, an identity hash (0 until
 * first asked for) and a lock word. Instance fields follow at offsets the
 * linker computed (runtime/class.c). An array's length follows the header
 * and its elements start at the next 8-byte boundary. Objects live in the
 * Boehm heap (gc/heap.c); primitive arrays are allocated atomic, so the
 * collector never scans their contents.
 */
#ifndef CORTADO_OBJECT_H
#define CORTADO_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Class Class;
typedef struct Object Object;
typedef struct Method Method;
typedef struct Field Field;
typedef struct Thread Thread;
typedef struct Vm Vm;

struct Object {
    Class *klass;
    uint32_t hash; /* identity hash, 0 = not yet assigned */
    uint32_t lock; /* monitor recursion count (JVMS 2.11.10) */
};

typedef struct Array {
    Object header;
    int32_t length;
    int32_t padding_; /* keeps the elements 8-byte aligned */
} Array;

/* First element of [array], viewed as [type]. */
#define array_elements(array, type) ((type *)((Array *)(array) + 1))

/*
 * One JVM value slot (JVMS 2.6.1/2.6.2). int, float and references take one
 * slot; long and double take two, with the whole value stored in the first
 * and the second left unused, so local-variable and operand-stack indices
 * match the class file exactly.
 */
typedef union Slot {
    int32_t i;
    float f;
    int64_t j;
    double d;
    Object *a;
    uint64_t raw;
} Slot;

/* Reads/writes an instance field at byte [offset] of [object]. */
#define field_at(object, offset, type) \
    (*(type *)((uint8_t *)(object) + (offset)))

#endif
