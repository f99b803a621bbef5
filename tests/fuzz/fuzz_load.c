/*
 * fuzz_load.c - libFuzzer harness: arbitrary bytes through the class-file
 * parser, the linker and the verifier (and the decoder, for what
 * verifies). Nothing runs. See tests/fuzz/README.md.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Vm *vm = fuzz_vm_create();
    fuzz_load(vm, data, size);
    fuzz_vm_destroy(vm);
    return 0;
}
