/*
 * verify_tree - runs the bytecode verifier (loader/verify.c) alone over
 * every class file under some directories, with a class hierarchy read
 * from those same files (no VM, no class library): a stress test on large
 * real corpora, such as a JDK's classes extracted with `jimage extract`.
 *
 *   verify_tree [-49] DIR...        verify every class; print failures and
 *                                   the totals with the time spent verifying
 *   verify_tree -fuzz N SEED DIR... mutate N random classes (code,
 *                                   StackMapTable, max_stack/max_locals,
 *                                   half of them as version 49) and verify
 *                                   them: for sanitizer builds
 *
 * -49 verifies every class as if it were version 49, that is by type
 * inference with its StackMapTable ignored. Each DIR is a class path root
 * ("java.base" of an extracted JDK). module-info classes are skipped.
 */
#include "loader/classfile.h"
#include "loader/verify.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef struct Entry {
    char *name; /* internal name */
    char *path;
    ClassFile *file; /* parsed on first use */
    bool tried;
    struct Entry *next;
} Entry;

#define BUCKETS 65536
static Entry *table[BUCKETS];
static Entry **entries;
static size_t entry_count, entry_capacity;

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h & (BUCKETS - 1);
}

/* Records every .class file under [dir], named relative to [root]. */
static void walk(const char *dir, const char *root)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk(path, root);
            continue;
        }
        size_t n = strlen(path);
        if (n < 7 || strcmp(path + n - 6, ".class") != 0 || strstr(path, "module-info"))
            continue;
        const char *relative = path + strlen(root) + 1;
        Entry *entry = calloc(1, sizeof *entry);
        if (!entry)
            exit(2);
        entry->name = strndup(relative, strlen(relative) - 6);
        entry->path = strdup(path);
        unsigned h = hash(entry->name);
        entry->next = table[h];
        table[h] = entry;
        if (entry_count == entry_capacity) {
            entry_capacity = entry_capacity ? entry_capacity * 2 : 1024;
            entries = realloc(entries, entry_capacity * sizeof *entries);
            if (!entries)
                exit(2);
        }
        entries[entry_count++] = entry;
    }
    closedir(d);
}

static Entry *find(const char *name)
{
    for (Entry *e = table[hash(name)]; e; e = e->next)
        if (strcmp(e->name, name) == 0)
            return e;
    return NULL;
}

/* Parses the class file at [path] into a new ClassFile, or NULL. */
static ClassFile *parse(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    uint8_t *bytes = malloc(n > 0 ? (size_t)n : 1);
    ClassFile *cf = NULL;
    ClassFileError error;
    if (bytes && fread(bytes, 1, (size_t)n, f) == (size_t)n &&
        !class_file_parse(bytes, (size_t)n, path, &cf, &error))
        fprintf(stderr, "%s: %s\n", path, error.message);
    fclose(f);
    free(bytes);
    return cf;
}

static ClassFile *load(const char *name)
{
    Entry *e = find(name);
    if (!e)
        return NULL;
    if (!e->tried) {
        e->tried = true;
        e->file = parse(e->path);
    }
    return e->file;
}

/* ---- the environment: answers from the files ---------------------------- */

static int env_is_interface(void *context, const char *name)
{
    ClassFile *cf = load(name);
    if (!cf)
        return VERIFY_ANSWER_ERROR;
    return (cf->access_flags & ACC_INTERFACE) ? VERIFY_ANSWER_YES : VERIFY_ANSWER_NO;
}

static int env_superclass(void *context, const char *name, const char **super)
{
    ClassFile *cf = load(name);
    if (!cf)
        return VERIFY_ANSWER_ERROR;
    *super = (cf->access_flags & ACC_INTERFACE) ? "java/lang/Object" : cf->super_name;
    return VERIFY_ANSWER_YES;
}

static int env_is_subclass(void *context, const char *sub, const char *super)
{
    for (int depth = 0; depth < 4096; depth++) {
        if (strcmp(sub, super) == 0)
            return VERIFY_ANSWER_YES;
        ClassFile *cf = load(sub);
        if (!cf)
            return VERIFY_ANSWER_ERROR;
        if (!cf->super_name)
            return VERIFY_ANSWER_NO;
        sub = cf->super_name;
    }
    return VERIFY_ANSWER_ERROR;
}

static bool same_package(const char *a, const char *b)
{
    const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
    size_t la = sa ? (size_t)(sa - a) : 0, lb = sb ? (size_t)(sb - b) : 0;
    return la == lb && strncmp(a, b, la) == 0;
}

static int env_needs_protected_check(void *context, const char *current, const char *member_class,
                                     const char *name, const char *descriptor, bool is_method)
{
    ClassFile *cf = load(current);
    const char *super = cf ? cf->super_name : NULL;
    ClassFile *owner = NULL;
    for (int depth = 0; super && depth < 4096; depth++) {
        ClassFile *k = load(super);
        if (!k)
            return VERIFY_ANSWER_NO;
        if (strcmp(super, member_class) == 0) {
            owner = k;
            break;
        }
        super = k->super_name;
    }
    for (ClassFile *k = owner; k; k = k->super_name ? load(k->super_name) : NULL) {
        uint16_t count = is_method ? k->method_count : k->field_count;
        for (uint16_t i = 0; i < count; i++) {
            const char *n = is_method ? k->methods[i].name : k->fields[i].name;
            const char *d = is_method ? k->methods[i].descriptor : k->fields[i].descriptor;
            uint16_t access = is_method ? k->methods[i].access_flags : k->fields[i].access_flags;
            if (strcmp(n, name) == 0 && strcmp(d, descriptor) == 0)
                return (access & ACC_PROTECTED) && !same_package(k->this_name, current);
        }
        if (strcmp(name, "<init>") == 0)
            break;
    }
    return VERIFY_ANSWER_NO;
}

static const VerifyEnv env = {NULL, env_is_interface, env_is_subclass, env_needs_protected_check,
                              env_superclass};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- the two modes ------------------------------------------------------- */

static int verify_all(bool as_49)
{
    size_t ok = 0, failed = 0, unanswered = 0, bytes = 0;
    double seconds = 0;
    for (size_t i = 0; i < entry_count; i++) {
        ClassFile *cf = load(entries[i]->name);
        if (!cf)
            continue;
        if (as_49)
            cf->major_version = 49;
        for (uint16_t m = 0; m < cf->method_count; m++)
            if (cf->methods[m].code)
                bytes += cf->methods[m].code->code_length;
        char message[1024];
        double start = now();
        VerifyStatus status = verify_class(cf, &env, message, sizeof message);
        seconds += now() - start;
        if (status == VERIFY_OK) {
            ok++;
        } else if (status == VERIFY_ENV_ERROR) {
            unanswered++; /* a class it needed is not in the tree */
        } else {
            failed++;
            printf("%s: %s\n", entries[i]->name, message);
        }
    }
    printf("%zu verified, %zu failed, %zu needed classes outside the tree; "
           "%zu bytes of code in %.3f s\n",
           ok, failed, unanswered, bytes, seconds);
    return failed ? 1 : 0;
}

static int fuzz(long iterations, unsigned seed)
{
    srand(seed);
    size_t outcomes[VERIFY_OUT_OF_MEMORY + 1] = {0};
    for (long it = 0; it < iterations && entry_count; it++) {
        ClassFile *cf = parse(entries[(size_t)rand() % entry_count]->path);
        if (!cf)
            continue;
        int mutations = 1 + rand() % 8;
        for (int k = 0; k < mutations && cf->method_count; k++) {
            CodeAttribute *code = cf->methods[rand() % cf->method_count].code;
            if (!code)
                continue;
            /* The parser's copies are writable; its invariants on lengths
             * and indices stay true, the bytes inside change. */
            switch (rand() % 5) {
            case 0: case 1:
                ((uint8_t *)code->code)[rand() % code->code_length] = (uint8_t)rand();
                break;
            case 2: case 3:
                if (code->stack_map_length)
                    ((uint8_t *)code->stack_map)[rand() % code->stack_map_length] = (uint8_t)rand();
                break;
            default:
                if (rand() % 2)
                    code->max_stack = (uint16_t)(rand() % 8);
                else
                    code->max_locals = (uint16_t)(rand() % (code->max_locals + 2));
                break;
            }
        }
        if (rand() % 2)
            cf->major_version = 49;
        char message[1024];
        outcomes[verify_class(cf, &env, message, sizeof message)]++;
        class_file_free(cf);
    }
    printf("%zu verified, %zu VerifyError, %zu ClassFormatError, %zu unanswered, %zu out of memory\n",
           outcomes[VERIFY_OK], outcomes[VERIFY_FAILED], outcomes[VERIFY_FORMAT_ERROR],
           outcomes[VERIFY_ENV_ERROR], outcomes[VERIFY_OUT_OF_MEMORY]);
    return 0;
}

int main(int argc, char **argv)
{
    int first = 1;
    bool as_49 = false;
    long iterations = -1;
    unsigned seed = 1;
    if (argc > 1 && strcmp(argv[1], "-49") == 0) {
        as_49 = true;
        first = 2;
    } else if (argc > 3 && strcmp(argv[1], "-fuzz") == 0) {
        iterations = atol(argv[2]);
        seed = (unsigned)atol(argv[3]);
        first = 4;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: verify_tree [-49] DIR... | verify_tree -fuzz N SEED DIR...\n");
        return 2;
    }
    for (int i = first; i < argc; i++)
        walk(argv[i], argv[i]);
    return iterations >= 0 ? fuzz(iterations, seed) : verify_all(as_49);
}
