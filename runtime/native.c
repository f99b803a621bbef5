/*
 * native.c - binding `native` methods to their C functions, and the array
 * helpers natives share.
 */
#include "runtime/native.h"

#include <string.h>

static const NativeEntry *const native_tables[] = {
    natives_core,
    natives_io,
    natives_number,
    natives_math,
    natives_reflect,
    natives_invoke,
};

NativeFn native_lookup(const char *class_name, const char *name, const char *descriptor)
{
    for (size_t i = 0; i < sizeof native_tables / sizeof native_tables[0]; i++) {
        for (const NativeEntry *e = native_tables[i]; e && e->class_name; e++) {
            if (strcmp(e->name, name) == 0 && strcmp(e->class_name, class_name) == 0 &&
                strcmp(e->descriptor, descriptor) == 0)
                return e->fn;
        }
    }
    return NULL;
}

Array *array_new_primitive(Thread *t, char type, int32_t length)
{
    Class *element = class_primitive(t->vm, type);
    Class *array_class = element ? class_array_of(t, element) : NULL;
    return array_class ? heap_alloc_array(t, array_class, length) : NULL;
}

Array *array_new_object(Thread *t, Class *element, int32_t length)
{
    Class *array_class = class_array_of(t, element);
    return array_class ? heap_alloc_array(t, array_class, length) : NULL;
}
