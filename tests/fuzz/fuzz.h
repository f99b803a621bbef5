/*
 * fuzz.h - what the two libFuzzer harnesses share (tests/fuzz/README.md).
 *
 * Each input is one class file. A fresh VM (about a millisecond) takes
 * every input, so no input can influence another and a finding replays
 * alone. The VM has an empty class path of its own, a small heap and
 * stack, and writes nothing anywhere: System.out and System.err go to
 * /dev/null and standard input is /dev/null.
 */
#ifndef CORTADO_FUZZ_H
#define CORTADO_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* The libFuzzer entry point, which each harness defines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct Class Class;
typedef struct Vm Vm;

/* A fresh VM for one input, set up as described above. */
Vm *fuzz_vm_create(void);

/* Defines [data] as a class in [vm] and links (verifies) it; when it
 * verifies, also prepares (decodes) each of its methods. Returns the class
 * if all of that succeeded, else NULL with any exception cleared. */
Class *fuzz_load(Vm *vm, const uint8_t *data, size_t size);

/* Ends [vm] (cortado_vm_destroy). */
void fuzz_vm_destroy(Vm *vm);

#endif
