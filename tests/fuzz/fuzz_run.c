/*
 * fuzz_run.c - libFuzzer harness: as fuzz_load.c, then whatever loads and
 * verifies and has a main method runs, under an execution budget of
 * FUZZ_TICKS ticks and FUZZ_MILLIS of wall time (runtime/vm.h), its
 * output thrown away. See tests/fuzz/README.md.
 */
#include "fuzz.h"

#include "cortado.h"
#include "interp/interp.h"
#include "runtime/class.h"
#include "runtime/vm.h"

enum { FUZZ_TICKS = 100000, FUZZ_MILLIS = 2000 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Vm *vm = fuzz_vm_create();
    Class *c = fuzz_load(vm, data, size);
    Method *main = c ? class_declared_method(c, "main", "([Ljava/lang/String;)V") : NULL;
    if (main) {
        vm_set_limits(vm, FUZZ_TICKS, (int64_t)FUZZ_MILLIS * 1000000);
        static const char *const args[] = {"fuzz"};
        cortado_run_main(vm, c->name, 1, args);
    }
    fuzz_vm_destroy(vm);
    return 0;
}
