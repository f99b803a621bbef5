/*
 * verifier.h - verification of runtime classes: the bridge between the
 * class-file verifier (loader/verify.c) and the class hierarchy.
 */
#ifndef CORTADO_VERIFIER_H
#define CORTADO_VERIFIER_H

#include "runtime/class.h"

/*
 * Verifies every method of the loaded class [c] (JVMS 4.10), whether or not
 * it is marked verified or trusted (class_link() decides when a class
 * needs it; a test verifies the trusted library this way). Returns false
 * with java.lang.VerifyError (or ClassFormatError for a malformed
 * StackMapTable, or the error of loading a class the verifier needed)
 * pending. Classes the verifier asks about are only looked at, never
 * linked: a user class not yet loaded is read and parsed for its
 * superclass and flags, as HotSpot loads without linking.
 */
bool class_verify(Thread *t, Class *c);

#endif
