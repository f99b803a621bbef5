/*
 * replay.c - a main() for a fuzz harness without libFuzzer: feeds it each
 * file named on the command line, and every file in each directory named,
 * once. The regression tests run the kept inputs this way in every build
 * (tests/fuzz/README.md).
 */
#include "fuzz.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Runs the input in file [path]; false if it cannot be read. */
static bool replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return false;
    }
    size_t capacity = 4096, size = 0;
    uint8_t *data = malloc(capacity);
    size_t n;
    while (data && (n = fread(data + size, 1, capacity - size, f)) > 0) {
        size += n;
        if (size == capacity) {
            uint8_t *bigger = realloc(data, capacity *= 2);
            if (!bigger)
                free(data);
            data = bigger;
        }
    }
    bool ok = data && !ferror(f);
    fclose(f);
    if (ok)
        LLVMFuzzerTestOneInput(data, size);
    else
        fprintf(stderr, "%s: cannot read\n", path);
    free(data);
    return ok;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file in directory [path], in name order; returns the
 * number run, or -1 on an error. */
static long replay_directory(const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return -1;
    }
    char **names = NULL;
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char **more = realloc(names, (count + 1) * sizeof *names);
        if (!more)
            break;
        names = more;
        names[count] = malloc(strlen(path) + strlen(e->d_name) + 2);
        if (!names[count])
            break;
        sprintf(names[count++], "%s/%s", path, e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, compare_names);
    long run = 0;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (run >= 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
            run = replay_file(names[i]) ? run + 1 : -1;
        free(names[i]);
    }
    free(names);
    return run;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|DIRECTORY...\n", argv[0]);
        return 2;
    }
    long total = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            return 1;
        }
        long run = S_ISDIR(st.st_mode) ? replay_directory(argv[i]) : replay_file(argv[i]) ? 1 : -1;
        if (run < 0)
            return 1;
        total += run;
    }
    printf("%ld inputs replayed\n", total);
    return 0;
}
