/*
 * verify.h - the bytecode verifier (JVMS 4.10).
 *
 * verify_class() checks every method of a parsed class file: by type
 * checking against its StackMapTable (JVMS 4.10.1) for class files of
 * version 50 and later, by type inference (JVMS 4.10.2, jsr/ret
 * subroutines included) for older ones, and for a version 50 class that
 * fails type checking, as HotSpot does. It works on the ClassFile alone;
 * whatever needs
 * other classes (is A a subclass of B, is C an interface, does a protected
 * member need the check of JVMS 4.10.1.8) it asks the runtime through the
 * callbacks of a VerifyEnv, which may load classes to answer.
 *
 * Must never: read outside the ClassFile, trust a length or an index of the
 * StackMapTable, or take time or memory beyond linear in the size of the
 * code times the size of a frame.
 */
#ifndef CORTADO_VERIFY_H
#define CORTADO_VERIFY_H

#include "loader/classfile.h"

#include <stdbool.h>
#include <stddef.h>

/* Answers of the environment: yes, no, or "could not tell" (a class could
 * not be loaded; the environment keeps the error, e.g. a pending Java
 * exception, and verification stops with VERIFY_ENV_ERROR). */
enum { VERIFY_ANSWER_NO = 0, VERIFY_ANSWER_YES = 1, VERIFY_ANSWER_ERROR = -1 };

/* What the verifier needs to know about other classes. Names are internal
 * class names ("java/lang/String"), never array names. */
typedef struct VerifyEnv {
    void *context;
    /* Is [name] an interface (yes), or a class (no)? May load [name]. */
    int (*is_interface)(void *context, const char *name);
    /* Is class [sub] the class [super], or a subclass of it? Both are
     * classes, not interfaces. May load both. */
    int (*is_subclass)(void *context, const char *sub, const char *super);
    /* JVMS 4.10.1.8: does an access from [current] (the class being
     * verified) to the field or method [name] [descriptor] referenced
     * through [member_class] need the protected check? Yes when
     * [member_class] is a proper superclass of [current] and the member it
     * resolves to is protected and declared in another runtime package.
     * Unresolvable members answer no (resolution reports them later). */
    int (*needs_protected_check)(void *context, const char *current,
                                 const char *member_class, const char *name,
                                 const char *descriptor, bool is_method);
    /* The superclass of class [name] into [*super] (NULL for
     * java/lang/Object), a string that stays valid until verify_class()
     * returns. Type inference merges types with it. May load [name]. */
    int (*superclass)(void *context, const char *name, const char **super);
} VerifyEnv;

typedef enum VerifyStatus {
    VERIFY_OK,
    VERIFY_FAILED,       /* java.lang.VerifyError, message filled in */
    VERIFY_FORMAT_ERROR, /* java.lang.ClassFormatError (malformed
                            StackMapTable), message filled in */
    VERIFY_ENV_ERROR,    /* an env callback answered VERIFY_ANSWER_ERROR */
    VERIFY_OUT_OF_MEMORY
} VerifyStatus;

/*
 * Verifies every method of [cf] that has code. On failure writes a message
 * naming the method, the bytecode offset and the reason (HotSpot's
 * headlines and reasons, e.g. "Bad type on operand stack in method
 * Foo.bar(I)V at offset 12: Type 'java/lang/Object' (current frame,
 * stack[0]) is not assignable to integer") into [message].
 */
VerifyStatus verify_class(const ClassFile *cf, const VerifyEnv *env,
                          char *message, size_t message_size);

#endif
