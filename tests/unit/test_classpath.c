/*
 * test_classpath.c - the class path (loader/classpath.c): lookups through
 * directories and jars in order, names that could escape the class path,
 * and the Main-Class of jar manifests with java's verdicts and messages
 * (each manifest case was checked with `java -jar` 17).
 *
 * Each test works in a fresh temporary directory; jars are written here
 * with libzip.
 */
#include "loader/classpath.h"

#include "unit.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

static char root[PATH_MAX];

/* Writes [length] bytes to [relative] (below root, the working
 * directory), creating directories. */
static void write_file(const char *relative, const void *bytes, size_t length)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", relative);
    for (char *slash = strchr(path, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0755);
        *slash = '/';
    }
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(bytes, 1, length, f), length);
    fclose(f);
}

/* One member of a jar to write. */
typedef struct Member {
    const char *name;
    const char *data;
    size_t length; /* 0: strlen(data) */
} Member;

/* Writes [relative] as a zip holding [members]. */
static void write_jar(const char *relative, const Member *members, size_t count)
{
    int error = 0;
    zip_t *z = zip_open(relative, ZIP_CREATE | ZIP_TRUNCATE, &error);
    ck_assert_ptr_nonnull(z);
    for (size_t i = 0; i < count; i++) {
        size_t length = members[i].length ? members[i].length : strlen(members[i].data);
        zip_source_t *source = zip_source_buffer(z, members[i].data, length, 0);
        ck_assert_ptr_nonnull(source);
        ck_assert_int_ge(zip_file_add(z, members[i].name, source, ZIP_FL_OVERWRITE), 0);
    }
    ck_assert_int_eq(zip_close(z), 0);
}

/* Writes [relative] as a jar whose only member is [manifest]. */
static void write_manifest_jar(const char *relative, const char *manifest,
                               size_t length)
{
    Member member = {"META-INF/MANIFEST.MF", manifest, length};
    write_jar(relative, &member, 1);
}

static char saved_cwd[PATH_MAX];

static void setup(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/cortado-classpath-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(root));
    ck_assert_ptr_nonnull(getcwd(saved_cwd, sizeof saved_cwd));
    ck_assert_int_eq(chdir(root), 0); /* the tests use relative paths */
}

static void teardown(void)
{
    ck_assert_int_eq(chdir(saved_cwd), 0);
    char command[PATH_MAX + 16];
    snprintf(command, sizeof command, "rm -rf '%s'", root);
    ck_assert_int_eq(system(command), 0);
}

/* Looks [name] up and checks the bytes and the reported location. */
static void expect_found(ClassPath *cp, const char *name, const char *contents,
                         const char *location)
{
    uint8_t *bytes = NULL;
    size_t length = 0;
    char *where = NULL;
    ck_assert_msg(class_path_find(cp, name, &bytes, &length, &where),
                  "%s not found", name);
    ck_assert_uint_eq(length, strlen(contents));
    ck_assert_mem_eq(bytes, contents, length);
    ck_assert_str_eq(where, location);
    free(bytes);
    free(where);
}

static void expect_missing(ClassPath *cp, const char *name)
{
    uint8_t *bytes = NULL;
    size_t length = 0;
    char *where = NULL;
    ck_assert_msg(!class_path_find(cp, name, &bytes, &length, &where),
                  "%s was found", name);
    ck_assert_ptr_null(bytes);
    ck_assert_ptr_null(where);
}

START_TEST(lookup_order)
{
    write_file("one/p/A.class", "A from one", 10);
    write_file("two/p/A.class", "A from two", 10);
    write_file("two/p/B.class", "B", 1);
    write_file("two/Top.class", "top", 3);
    Member jar[] = {{"p/A.class", "A from jar", 0},
                    {"p/C.class", "C from jar", 0},
                    {"p/q/D.class", "D", 0}};
    write_jar("lib.jar", jar, 3);
    ClassPath *cp = class_path_open("one:lib.jar:missing:two/:missing.jar");
    ck_assert_ptr_nonnull(cp);
    expect_found(cp, "p/A", "A from one", "one/p/A.class");
    expect_found(cp, "p/C", "C from jar", "lib.jar!/p/C.class");
    expect_found(cp, "p/q/D", "D", "lib.jar!/p/q/D.class");
    expect_found(cp, "p/B", "B", "two/p/B.class");
    expect_found(cp, "Top", "top", "two/Top.class");
    expect_missing(cp, "p/Z");
    expect_missing(cp, "p");
    expect_missing(cp, "p/A.class");
    /* The location is optional. */
    uint8_t *bytes;
    size_t length;
    ck_assert(class_path_find(cp, "p/B", &bytes, &length, NULL));
    free(bytes);
    class_path_close(cp);
    class_path_close(NULL);
}
END_TEST

START_TEST(empty_entry_is_the_current_directory)
{
    write_file("p/A.class", "here", 4);
    ClassPath *cp = class_path_open("");
    expect_found(cp, "p/A", "here", "./p/A.class");
    class_path_close(cp);
    cp = class_path_open("nowhere:");
    expect_found(cp, "p/A", "here", "./p/A.class");
    class_path_close(cp);
    cp = class_path_open("nowhere");
    expect_missing(cp, "p/A");
    class_path_close(cp);
}
END_TEST

START_TEST(names_cannot_escape_the_class_path)
{
    write_file("secret.class", "secret", 6);
    write_file("cp/p/A.class", "A", 1);
    write_file("cp/p/.class", "dot", 3);
    Member jar[] = {{"../secret.class", "zip slip", 0}, {"p/A.class", "A", 0}};
    write_jar("evil.jar", jar, 2);
    ClassPath *cp = class_path_open("cp:evil.jar");
    static const char *const bad[] = {"../secret", "p/../../secret", "/secret",
                                      "p/..", "./p/A", "p/./A", "p//A", "p/",
                                      "", "..", "."};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        expect_missing(cp, bad[i]);
    expect_found(cp, "p/A", "A", "cp/p/A.class");
    expect_missing(cp, NULL);
    class_path_close(cp);
}
END_TEST

START_TEST(unusable_entries_yield_nothing)
{
    write_file("notazip.jar", "this is not a zip file", 22);
    write_file("dir.jar/p/A.class", "A in a directory named .jar", 27);
    write_file("p/B.class", "B", 1);
    ClassPath *cp = class_path_open("notazip.jar:dir.jar:.");
    expect_found(cp, "p/A", "A in a directory named .jar", "dir.jar/p/A.class");
    expect_found(cp, "p/B", "B", "./p/B.class");
    class_path_close(cp);
    /* A directory where a class file should be is not a class. */
    mkdir("q", 0755);
    mkdir("q/A.class", 0755);
    cp = class_path_open(".");
    expect_missing(cp, "q/A");
    class_path_close(cp);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Main-Class                                                          */
/* ------------------------------------------------------------------ */

static void expect_main(const char *jar, const char *expected)
{
    char error[256] = "untouched";
    char *main_class = class_path_jar_main_class(jar, error, sizeof error);
    ck_assert_msg(main_class != NULL, "%s: %s", jar, error);
    ck_assert_str_eq(main_class, expected);
    free(main_class);
}

static void expect_no_main(const char *jar, const char *message)
{
    char error[256] = "";
    char *main_class = class_path_jar_main_class(jar, error, sizeof error);
    ck_assert_msg(main_class == NULL, "%s gave %s", jar, main_class);
    ck_assert_str_eq(error, message);
}

#define MANIFEST(jar, text) write_manifest_jar((jar), (text), sizeof(text) - 1)

START_TEST(main_class_is_read)
{
    MANIFEST("plain.jar", "Manifest-Version: 1.0\nMain-Class: p.Main\nCreated-By: 17\n\n");
    expect_main("plain.jar", "p.Main");
    /* A 72-byte line continued on the next, CR LF line ends. */
    MANIFEST("wrapped.jar",
             "Manifest-Version: 1.0\r\n"
             "Main-Class: com.example.application.subsystem.module.VeryLong\r\n"
             " ClassName\r\n"
             " Again\r\n"
             "\r\n");
    expect_main("wrapped.jar",
                "com.example.application.subsystem.module.VeryLongClassNameAgain");
    MANIFEST("cr.jar", "Manifest-Version: 1.0\rmain-class: T\r\r");
    expect_main("cr.jar", "T");
    MANIFEST("spaces.jar", "MAIN-CLASS:   T  \n");
    expect_main("spaces.jar", "T");
    MANIFEST("last.jar", "Main-Class: A\nMain-Class: B\n");
    expect_main("last.jar", "B");
    MANIFEST("empty.jar", "Main-Class: \n");
    expect_main("empty.jar", "");
    /* java decodes the value as UTF-8, replacing what is ill-formed. */
    MANIFEST("utf8.jar", "Main-Class: p.Caf\xc3\xa9\xff\n");
    expect_main("utf8.jar", "p.Caf\xc3\xa9\xef\xbf\xbd");
    /* Later sections may hold anything well-formed. */
    MANIFEST("sections.jar", "Main-Class: M\n\nName: p/\nSealed: true\n\n\nName: q/\n");
    expect_main("sections.jar", "M");
    /* A 511-byte line is the longest java reads. */
    char text[700];
    snprintf(text, sizeof text, "X-Long: %0503d\nMain-Class: L\n", 0);
    write_manifest_jar("long.jar", text, strlen(text));
    expect_main("long.jar", "L");
}
END_TEST

START_TEST(main_class_errors)
{
    expect_no_main("missing.jar", "Unable to access jarfile missing.jar");
    write_file("bad.jar", "PK\3\4 not really", 16);
    expect_no_main("bad.jar", "Invalid or corrupt jarfile bad.jar");
    mkdir("dir.jar", 0755);
    expect_no_main("dir.jar", "Invalid or corrupt jarfile dir.jar");
    Member other = {"p/A.class", "A", 0};
    write_jar("nomanifest.jar", &other, 1);
    expect_no_main("nomanifest.jar", "Invalid or corrupt jarfile nomanifest.jar");
    Member lower = {"meta-inf/manifest.mf", "Main-Class: A\n", 0};
    write_jar("lower.jar", &lower, 1);
    expect_no_main("lower.jar", "Invalid or corrupt jarfile lower.jar");

    MANIFEST("nomain.jar", "Manifest-Version: 1.0\n\n");
    expect_no_main("nomain.jar", "no main manifest attribute, in nomain.jar");
    MANIFEST("section.jar", "Manifest-Version: 1.0\n\nName: x\nMain-Class: T\n");
    expect_no_main("section.jar", "no main manifest attribute, in section.jar");
    /* java drops a last line that has no line end. */
    MANIFEST("noeol.jar", "Manifest-Version: 1.0\nMain-Class: T");
    expect_no_main("noeol.jar", "no main manifest attribute, in noeol.jar");

    /* The launcher wants ": " in every main-section header. */
    MANIFEST("nospace.jar", "Main-Class:T\n");
    expect_no_main("nospace.jar", "Invalid or corrupt jarfile nospace.jar");
    MANIFEST("tab.jar", "Main-Class:\tT\n");
    expect_no_main("tab.jar", "Invalid or corrupt jarfile tab.jar");
    MANIFEST("first.jar", " continued\nMain-Class: T\n");
    expect_no_main("first.jar", "Invalid or corrupt jarfile first.jar");
    MANIFEST("tail.jar", "Main-Class: T\n more");
    expect_no_main("tail.jar", "Invalid or corrupt jarfile tail.jar");

    /* java.util.jar.Manifest's own objections. */
    MANIFEST("name.jar", "Manifest-Version: 1.0\nBad Name: x\nMain-Class: T\n");
    expect_no_main("name.jar", "An unexpected error occurred while trying to open file name.jar");
    MANIFEST("split.jar", "Main-Cl\n ass: T\n");
    expect_no_main("split.jar", "An unexpected error occurred while trying to open file split.jar");
    MANIFEST("blank.jar", "\nMain-Class: T\n");
    expect_no_main("blank.jar", "An unexpected error occurred while trying to open file blank.jar");
    MANIFEST("badsection.jar", "Main-Class: T\n\nName: x\nfoo\n");
    expect_no_main("badsection.jar",
                   "An unexpected error occurred while trying to open file badsection.jar");
    char text[700];
    snprintf(text, sizeof text, "X-Long: %0504d\nMain-Class: L\n", 0);
    write_manifest_jar("toolong.jar", text, strlen(text));
    expect_no_main("toolong.jar",
                   "An unexpected error occurred while trying to open file toolong.jar");

    /* A short error buffer is cut, not overrun; none at all is fine. */
    char tiny[8];
    ck_assert_ptr_null(class_path_jar_main_class("missing.jar", tiny, sizeof tiny));
    ck_assert_str_eq(tiny, "Unable ");
    ck_assert_ptr_null(class_path_jar_main_class("missing.jar", NULL, 0));
}
END_TEST

int main(void)
{
    Suite *suite = suite_create("classpath");
    TCase *lookups = tcase_create("lookups");
    tcase_add_checked_fixture(lookups, setup, teardown);
    tcase_add_test(lookups, lookup_order);
    tcase_add_test(lookups, empty_entry_is_the_current_directory);
    tcase_add_test(lookups, names_cannot_escape_the_class_path);
    tcase_add_test(lookups, unusable_entries_yield_nothing);
    suite_add_tcase(suite, lookups);
    TCase *manifests = tcase_create("manifests");
    tcase_add_checked_fixture(manifests, setup, teardown);
    tcase_add_test(manifests, main_class_is_read);
    tcase_add_test(manifests, main_class_errors);
    suite_add_tcase(suite, manifests);
    return unit_run(suite, true);
}
