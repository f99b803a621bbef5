/*
 * methodhandle.h - java.lang.invoke on the VM side: invoking method
 * handles from call sites (invokeExact/invoke, invokedynamic linked to a
 * CallSite), method handle and method type constants, and bootstrap
 * methods other than the three javac uses (runtime/indy.c).
 *
 * The Java side (runtime/classlib/java/lang/invoke) does everything that
 * is not a direct call: asType conversions, bound and combined handles.
 * A DirectMethodHandle whose type matches the call site exactly is called
 * straight from C; anything else goes through MethodHandle.invokeFromVm
 * with the arguments boxed.
 */
#ifndef CORTADO_METHODHANDLE_H
#define CORTADO_METHODHANDLE_H

#include "runtime/class.h"

/* What a call site needs to invoke a handle; hung off the quickened Insn. */
typedef struct HandleSite {
    const char *descriptor; /* the call site's method descriptor */
    uint16_t arg_slots;     /* argument slots, not counting the handle */
    bool exact;             /* invokeExact (and invokedynamic) */
    Object *call_type;      /* its MethodType, made on first use */
    Object *call_site;      /* invokedynamic: the CallSite, else NULL */
} HandleSite;

/* A HandleSite for [descriptor] (from a class file, so it lives as long as
 * the class). NULL with OutOfMemoryError pending. */
HandleSite *mh_site_new(Thread *t, const char *descriptor, bool exact);

/* Invokes [handle] with the call site's arguments at [args] (arg_slots
 * slots) and stores the result per the site's return type. */
bool mh_invoke(Thread *t, HandleSite *site, Object *handle, Slot *args, Slot *result);

/* The current target of an invokedynamic site linked to a CallSite. */
Object *mh_call_site_target(Thread *t, HandleSite *site);

/* The MethodType for a method descriptor (MethodType.fromDescriptor). */
Object *mh_method_type(Thread *t, const char *descriptor);

/* ldc of a CONSTANT_MethodHandle / CONSTANT_MethodType entry of [c]. */
Object *mh_resolve_constant(Thread *t, Class *c, uint16_t index);

/* The value of the CONSTANT_Dynamic entry [index] of [host] (ldc),
 * computed by its bootstrap method on first use and cached. */
bool mh_resolve_dynamic(Thread *t, Class *host, uint16_t index, Slot *value);

/* Links an invokedynamic call site through its bootstrap method the
 * general way (JVMS 5.4.3.6): returns the site, bound to the CallSite the
 * bootstrap returned, or NULL with the error pending. */
HandleSite *mh_link_call_site(Thread *t, Class *host, uint16_t index);

#endif
