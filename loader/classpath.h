/*
 * classpath.h - finding class files: the built-in class library, then the
 * user's class path of directories and jar files (read through libzip).
 *
 * The class path knows nothing of classes: it maps an internal name such as
 * "java/lang/String" to the bytes of "java/lang/String.class".
 */
#ifndef CORTADO_CLASSPATH_H
#define CORTADO_CLASSPATH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ClassPath ClassPath;

/* Opens the path list [path] (entries separated by ':'; an empty entry
 * means the current directory, as in java). Entries that do not exist are
 * kept and silently yield nothing, as in java. Returns NULL only when out
 * of memory. */
ClassPath *class_path_open(const char *path);

/* Closes every jar and frees [cp]. Accepts NULL. */
void class_path_close(ClassPath *cp);

/* Looks up "[internal_name].class" along the path, first entry first. On
 * success stores a malloc'd copy of the bytes in [*bytes] and [*length], a
 * malloc'd human-readable location (e.g. "lib/app.jar!/p/Foo.class" or
 * "./p/Foo.class") in [*location] when it is not NULL, and returns true.
 * Returns false when no entry holds the class. */
bool class_path_find(ClassPath *cp, const char *internal_name,
                     uint8_t **bytes, size_t *length, char **location);

/* Reads the Main-Class attribute of the jar manifest at [jar_path] into a
 * malloc'd string (in binary form, e.g. "p.Main"). On failure returns NULL
 * and writes a message such as "Invalid or corrupt jarfile app.jar" or
 * "no main manifest attribute, in app.jar" (java's wording) into [error]. */
char *class_path_jar_main_class(const char *jar_path, char *error,
                                size_t error_size);

/* The class library compiled into libcortado (generated at build time).
 * Returns true and points [*bytes]/[*length] at static data when
 * [internal_name] is one of the library's classes. */
bool classlib_find(const char *internal_name, const uint8_t **bytes,
                   size_t *length);

/* Number of classes in the built-in library, and the internal name of the
 * [index]th in sorted order (for tests that load all of them). */
size_t classlib_count(void);
const char *classlib_name(size_t index);

#endif
