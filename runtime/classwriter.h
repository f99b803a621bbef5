/*
 * classwriter.h - building class files in memory (JVMS chapter 4).
 *
 * The VM generates small classes at run time - lambda proxies, string
 * concatenation and record methods for invokedynamic call sites - as real
 * class files, which then go through the same parser and linker as any
 * other class. Generated classes use version 49 (no StackMapTable needed)
 * and are marked CLASS_SPUN, so they are trusted.
 *
 * Usage: cw_new, constants and members, for each method cw_method_begin,
 * cw_op/cw_u1/cw_u2..., cw_method_end, then cw_finish for the bytes.
 * Out-of-memory is sticky: cw_finish returns NULL if anything failed.
 */
#ifndef CORTADO_CLASSWRITER_H
#define CORTADO_CLASSWRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ClassWriter ClassWriter;

ClassWriter *cw_new(const char *name, const char *super_name, uint16_t access);
void cw_free(ClassWriter *cw);
void cw_add_interface(ClassWriter *cw, const char *name);

/* Constant-pool entries (deduplicated); each returns the index. */
uint16_t cw_utf8(ClassWriter *cw, const char *text);
uint16_t cw_class(ClassWriter *cw, const char *name);
uint16_t cw_string(ClassWriter *cw, const char *text); /* modified UTF-8 */
uint16_t cw_integer(ClassWriter *cw, int32_t value);
uint16_t cw_field_ref(ClassWriter *cw, const char *owner, const char *name,
                      const char *descriptor);
uint16_t cw_method_ref(ClassWriter *cw, const char *owner, const char *name,
                       const char *descriptor, bool interface);

void cw_add_field(ClassWriter *cw, uint16_t access, const char *name, const char *descriptor);

/* Starts a method; bytecode goes into it until cw_method_end. */
void cw_method_begin(ClassWriter *cw, uint16_t access, const char *name, const char *descriptor);
void cw_u1(ClassWriter *cw, uint8_t byte);
void cw_u2(ClassWriter *cw, uint16_t value);
/* Emits [opcode] with a u2 constant-pool operand. */
void cw_op_cp(ClassWriter *cw, uint8_t opcode, uint16_t index);
/* Current code offset (for branches). */
uint32_t cw_code_offset(const ClassWriter *cw);
/* Patches the s2 branch offset of the instruction at [at] to [target]. */
void cw_patch_branch(ClassWriter *cw, uint32_t at, uint32_t target);
/* Adds an exception-table entry to the method: [start, end) is handled at
 * [handler] for exceptions of class [catch_type] (0: any). */
void cw_add_handler(ClassWriter *cw, uint16_t start, uint16_t end, uint16_t handler,
                    uint16_t catch_type);
void cw_method_end(ClassWriter *cw, uint16_t max_stack, uint16_t max_locals);

/* The finished class file (malloc'd, free()), or NULL if out of memory. */
uint8_t *cw_finish(ClassWriter *cw, size_t *length);

#endif
