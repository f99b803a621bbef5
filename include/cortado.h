/*
 * cortado.h - the public interface of Cortado, an embeddable virtual
 * machine for Java class files.
 *
 * Everything an embedder or the vmrun launcher needs is declared here and
 * nothing else of the library is exported. A CortadoVm is an independent
 * virtual machine with its own classes, heap ceiling and stack size;
 * several may exist in one process. Functions are not thread-safe on the
 * same VM.
 *
 * Typical use:
 *
 *     CortadoOptions opts;
 *     cortado_options_init(&opts);
 *     opts.class_path = "build/classes";
 *     CortadoVm *vm = cortado_vm_create(&opts);
 *     int status = cortado_run_main(vm, "com.example.Main", argc, argv);
 *     cortado_vm_destroy(vm);
 */
#ifndef CORTADO_H
#define CORTADO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define CORTADO_API __attribute__((visibility("default")))
#else
#define CORTADO_API
#endif

#define CORTADO_VERSION "0.1.0"

typedef struct Vm CortadoVm;

/* Options for cortado_vm_create(). Initialize with cortado_options_init()
 * and then set the fields you care about. */
typedef struct CortadoOptions {
    /* Class path: directories and jar files separated by ':'. NULL means
     * the current directory, as in java. */
    const char *class_path;
    /* Heap ceiling in bytes (java's -Xmx); 0 chooses the default. */
    size_t max_heap;
    /* VM stack size in bytes per thread (java's -Xss); 0 chooses 1 MiB. */
    size_t stack_size;
    /* Print "[Loaded NAME from SOURCE]" for each class (-verbose:class). */
    int verbose_class;
    /* Enable assertions in user classes (-ea). */
    int enable_assertions;
    /* Per-class and per-package assertion switches (-ea:NAME, -da:NAME),
     * space-separated, later ones winning: "+p.Foo" enables class p.Foo,
     * "-p.q..." disables package p.q and its subpackages, "+..." the
     * unnamed package. NULL for none. */
    const char *assertion_switches;
    /* Skip bytecode verification of class-path classes (-Xverify:none);
     * zero, the default, verifies them. */
    int no_verify;
} CortadoOptions;

/* Fills [options] with the defaults. */
CORTADO_API void cortado_options_init(CortadoOptions *options);

/* Creates a VM and loads its core classes. Returns NULL when the host is
 * out of memory or the built-in class library cannot be loaded (a message
 * is written to stderr). */
CORTADO_API CortadoVm *cortado_vm_create(const CortadoOptions *options);

/* Destroys [vm] and frees everything it owns. Accepts NULL. */
CORTADO_API void cortado_vm_destroy(CortadoVm *vm);

/*
 * Runs `public static void main(String[])` of [main_class] (binary name,
 * "p.Main" or "p/Main") with the [argc] UTF-8 strings in [argv] as
 * arguments. Returns the program's exit status: 0 when main returns, the
 * argument of System.exit, or 1 when the main class cannot be loaded or an
 * exception escapes main; java's launcher messages and the uncaught
 * exception's stack trace are written to stderr.
 */
CORTADO_API int cortado_run_main(CortadoVm *vm, const char *main_class,
                                 int argc, const char *const *argv);

/* The Main-Class named by the manifest of [jar_path], malloc'd (free it
 * with free()), or NULL after writing java's message to stderr. */
CORTADO_API char *cortado_jar_main_class(const char *jar_path);

/* The text (as printed) of the exception that ended the last
 * cortado_run_main(), or NULL when it ended normally. Owned by [vm]. */
CORTADO_API const char *cortado_uncaught_exception(const CortadoVm *vm);

/* Parses a java-style size ("64m", "512k", "1g", "1048576") into bytes.
 * Returns 0 for malformed text. */
CORTADO_API size_t cortado_parse_size(const char *text);

#ifdef __cplusplus
}
#endif

#endif
