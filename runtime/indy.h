/*
 * indy.h - linking invokedynamic call sites (runtime/indy.c).
 */
#ifndef CORTADO_INDY_H
#define CORTADO_INDY_H

#include "runtime/class.h"

/* Links the invokedynamic call site whose InvokeDynamic entry is at
 * [index] in [host]'s constant pool: runs its bootstrap (as the VM
 * implements it) and returns the static method, with exactly the call
 * site's descriptor, that the site now calls. NULL with
 * BootstrapMethodError (or the error behind it) pending, or NULL with
 * nothing pending when the bootstrap method is not one the VM implements
 * itself (then mh_link_call_site runs it). */
Method *indy_link(Thread *t, Class *host, uint16_t index);

#endif
