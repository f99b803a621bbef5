/*
 * vmrun - the command-line launcher: parses java-style options and runs a
 * main class (or a jar's Main-Class) through the public API only.
 */
#include "cortado.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: vmrun [options] <mainclass> [args...]\n"
            "           (to execute a class)\n"
            "   or  vmrun [options] -jar <jarfile> [args...]\n"
            "           (to execute a jar file)\n"
            "where options include:\n"
            "    -cp <class search path of directories and jar files>\n"
            "    -classpath <class search path of directories and jar files>\n"
            "                  A : separated list of directories and JAR archives\n"
            "                  to search for class files.\n"
            "    -Xmx<size>    set maximum Java heap size (also -Xmx <size>)\n"
            "    -Xss<size>    set Java thread stack size (also -Xss <size>)\n"
            "    -ea[:<packagename>...|:<classname>], -enableassertions[...]\n"
            "                  enable assertions\n"
            "    -da, -disableassertions\n"
            "                  disable assertions\n"
            "    -Xverify:none  do not verify class-path classes (-Xverify:remote,\n"
            "                  the default, and -Xverify:all verify them)\n"
            "    -verbose:class\n"
            "                  print a line for each class loaded\n"
            "    -version      print product version and exit\n"
            "    -help, -?     print this help message\n");
}

/* Reads a size given as -XmxNNN or -Xmx NNN. Returns false on bad input. */
static bool size_option(const char *option, int argc, char **argv, int *i, size_t *out)
{
    const char *text = argv[*i] + strlen(option);
    if (*text == '\0') {
        if (*i + 1 >= argc)
            return false;
        text = argv[++*i];
    }
    *out = cortado_parse_size(text);
    return *out != 0;
}

int main(int argc, char **argv)
{
    CortadoOptions options;
    cortado_options_init(&options);
    const char *jar = NULL;
    char *switches = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-cp") == 0 || strcmp(a, "-classpath") == 0 ||
            strcmp(a, "--class-path") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Error: %s requires class path specification\n", a);
                usage(stderr);
                return 1;
            }
            options.class_path = argv[++i];
        } else if (strncmp(a, "-Xmx", 4) == 0) {
            if (!size_option("-Xmx", argc, argv, &i, &options.max_heap)) {
                fprintf(stderr, "Invalid maximum heap size: %s\n"
                                "Error: Could not create the Java Virtual Machine.\n"
                                "Error: A fatal exception has occurred. Program will exit.\n",
                        a);
                return 1;
            }
        } else if (strncmp(a, "-Xss", 4) == 0) {
            if (!size_option("-Xss", argc, argv, &i, &options.stack_size)) {
                fprintf(stderr, "Invalid thread stack size: %s\n"
                                "Error: Could not create the Java Virtual Machine.\n"
                                "Error: A fatal exception has occurred. Program will exit.\n",
                        a);
                return 1;
            }
        } else if (strcmp(a, "-ea") == 0 || strcmp(a, "-enableassertions") == 0) {
            options.enable_assertions = 1;
        } else if (strcmp(a, "-da") == 0 || strcmp(a, "-disableassertions") == 0) {
            options.enable_assertions = 0;
        } else if (strncmp(a, "-ea:", 4) == 0 || strncmp(a, "-da:", 4) == 0 ||
                   strncmp(a, "-enableassertions:", 18) == 0 ||
                   strncmp(a, "-disableassertions:", 19) == 0) {
            const char *name = strchr(a, ':') + 1;
            size_t used = switches ? strlen(switches) : 0;
            char *grown = realloc(switches, used + strlen(name) + 3);
            if (!grown)
                return 1;
            switches = grown;
            sprintf(switches + used, "%s%c%s", used ? " " : "", a[1] == 'e' ? '+' : '-', name);
            options.assertion_switches = switches;
        } else if (strcmp(a, "-Xverify:none") == 0 || strcmp(a, "-noverify") == 0) {
            options.no_verify = 1;
        } else if (strcmp(a, "-Xverify:all") == 0 || strcmp(a, "-Xverify:remote") == 0) {
            options.no_verify = 0;
        } else if (strcmp(a, "-verbose:class") == 0) {
            options.verbose_class = 1;
        } else if (strcmp(a, "-version") == 0) {
            fprintf(stderr, "cortado version \"%s\" (Java class files up to 61.0)\n",
                    CORTADO_VERSION);
            return 0;
        } else if (strcmp(a, "-help") == 0 || strcmp(a, "-?") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-jar") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Error: -jar requires jar file specification\n");
                usage(stderr);
                return 1;
            }
            jar = argv[++i];
            i++;
            break;
        } else {
            fprintf(stderr, "Unrecognized option: %s\n"
                            "Error: Could not create the Java Virtual Machine.\n"
                            "Error: A fatal exception has occurred. Program will exit.\n",
                    a);
            return 1;
        }
    }
    char *main_class = NULL;
    if (jar) {
        main_class = cortado_jar_main_class(jar);
        if (!main_class)
            return 1;
        options.class_path = jar; /* -jar replaces the class path, as in java */
    } else {
        if (i >= argc) {
            usage(stderr);
            return 1;
        }
        main_class = strdup(argv[i++]);
        if (!main_class)
            return 1;
    }
    CortadoVm *vm = cortado_vm_create(&options);
    if (!vm) {
        fprintf(stderr, "Error: Could not create the Java Virtual Machine.\n");
        free(main_class);
        return 1;
    }
    int status = cortado_run_main(vm, main_class, argc - i, (const char *const *)argv + i);
    cortado_vm_destroy(vm);
    free(main_class);
    free(switches);
    return status;
}
