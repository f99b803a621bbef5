/*
 * natives_reflect.c - natives of java.lang.reflect: for now only the array
 * allocation behind java.lang.reflect.Array.newInstance, which the
 * collections need to make an array of a type known only at run time
 * (Arrays.copyOf, Collection.toArray(T[])).
 *
 * The Java side does the argument checks (null, void, negative length,
 * dimension limit) so that the messages live in one place.
 */
#include "runtime/native.h"

/* java.lang.reflect.Array.newArray(Class<?> componentType, int length):
 * a new array of [length] elements of [componentType], primitive or not. */
static bool Array_newArray(Thread *t, Slot *args, Slot *result)
{
    if (!args[0].a)
        return throw_null_pointer(t);
    Class *component = class_from_mirror(t->vm, args[0].a);
    Array *a = array_new_object(t, component, args[1].i);
    result->a = a ? &a->header : NULL;
    return a != NULL;
}

const NativeEntry natives_reflect[] = {
    {"java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;",
     Array_newArray},
    {NULL, NULL, NULL, NULL},
};
