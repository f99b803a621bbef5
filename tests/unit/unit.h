/*
 * unit.h - what every Check unit test's main() does: run the suite and
 * turn the failures into an exit status for ctest.
 */
#ifndef CORTADO_UNIT_H
#define CORTADO_UNIT_H

#include <check.h>
#include <stdbool.h>
#include <stdlib.h>

/* Runs every test of [suite], each in a child process when [fork] (so a
 * crash fails one test), else in this one (tests that share a VM set up
 * by a fixture, and sanitizer reports that name the test). Returns the
 * process exit status: success if no test failed. */
static inline int unit_run(Suite *suite, bool fork)
{
    SRunner *runner = srunner_create(suite);
    if (!fork)
        srunner_set_fork_status(runner, CK_NOFORK);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
