/*
 * classpath.c - the user's class path: directories and jar files, and the
 * Main-Class of a jar's manifest.
 *
 * A class path maps an internal name ("p/Foo") to the bytes of "p/Foo.class"
 * in the first entry that has it. Directories are looked up by path; jar
 * and zip files are opened once with libzip when the path is opened and
 * stay open until it is closed (a ClassPath is therefore not safe to use
 * from two threads at once).
 *
 * What this module must never do: read a file outside the class path (a
 * name with a ".." component, an empty component or a leading '/' is
 * refused before any file is touched), trust a size it has not checked,
 * or leak a descriptor or an allocation on an error path.
 *
 * classlib_find() and friends, declared in classpath.h, are generated at
 * build time by tools/embedgen.c and live elsewhere.
 */
#include "loader/classpath.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "loader/mutf8.h"

/* Class files and manifests larger than this are treated as unreadable:
 * no real one comes close, and it bounds what a hostile jar can make us
 * allocate. */
#define MAX_FILE_SIZE ((size_t)256 << 20)

typedef struct ClassPathEntry {
    char *path;   /* as given, "" meaning the current directory */
    zip_t *jar;   /* open archive, or NULL for a directory or nothing */
} ClassPathEntry;

struct ClassPath {
    size_t count;
    ClassPathEntry *entries;
};

/* Copies [length] bytes of [s] into a new NUL-terminated string. */
static char *copy_text(const char *s, size_t length)
{
    char *copy = malloc(length + 1);
    if (copy) {
        memcpy(copy, s, length);
        copy[length] = '\0';
    }
    return copy;
}

/* Formats a new string, or returns NULL when out of memory. */
__attribute__((format(printf, 1, 2))) static char *format_text(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int length = vsnprintf(NULL, 0, format, args);
    va_end(args);
    if (length < 0)
        return NULL;
    char *text = malloc((size_t)length + 1);
    if (!text)
        return NULL;
    va_start(args, format);
    vsnprintf(text, (size_t)length + 1, format, args);
    va_end(args);
    return text;
}

/* Opens [path] as a zip archive when it is a regular file. Anything else
 * (a directory, a missing path, a file libzip rejects) yields NULL and is
 * then looked up as a directory or silently finds nothing, as in java. */
static zip_t *open_jar(const char *path)
{
    struct stat st;
    if (path[0] == '\0' || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return NULL;
    int error = 0;
    return zip_open(path, ZIP_RDONLY, &error);
}

ClassPath *class_path_open(const char *path)
{
    if (!path)
        path = "";
    ClassPath *cp = calloc(1, sizeof *cp);
    if (!cp)
        return NULL;
    size_t count = 1;
    for (const char *s = path; *s; s++)
        if (*s == ':')
            count++;
    cp->entries = calloc(count, sizeof *cp->entries);
    if (!cp->entries) {
        free(cp);
        return NULL;
    }
    const char *start = path;
    for (;;) {
        const char *end = strchr(start, ':');
        size_t length = end ? (size_t)(end - start) : strlen(start);
        ClassPathEntry *entry = &cp->entries[cp->count];
        entry->path = copy_text(start, length);
        if (!entry->path) {
            class_path_close(cp);
            return NULL;
        }
        cp->count++;
        entry->jar = open_jar(entry->path);
        if (!end)
            break;
        start = end + 1;
    }
    return cp;
}

void class_path_close(ClassPath *cp)
{
    if (!cp)
        return;
    for (size_t i = 0; i < cp->count; i++) {
        if (cp->entries[i].jar)
            zip_discard(cp->entries[i].jar); /* read-only: nothing to write */
        free(cp->entries[i].path);
    }
    free(cp->entries);
    free(cp);
}

/* True when [name] can only name a file below a class path entry: not
 * empty, no leading '/', no empty, "." or ".." component, no trailing '/'. */
static bool safe_internal_name(const char *name)
{
    if (name[0] == '\0')
        return false;
    const char *component = name;
    for (;;) {
        const char *slash = strchr(component, '/');
        size_t length = slash ? (size_t)(slash - component) : strlen(component);
        if (length == 0 || (length == 1 && component[0] == '.') ||
            (length == 2 && component[0] == '.' && component[1] == '.'))
            return false;
        if (!slash)
            return true;
        component = slash + 1;
    }
}

/* Reads the regular file [path] whole. */
static bool read_file(const char *path, uint8_t **bytes, size_t *length)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 0 ||
        (uintmax_t)st.st_size > MAX_FILE_SIZE) {
        close(fd);
        return false;
    }
    size_t size = (size_t)st.st_size;
    uint8_t *buffer = malloc(size ? size : 1);
    if (!buffer) {
        close(fd);
        return false;
    }
    size_t done = 0;
    while (done < size) {
        ssize_t n = read(fd, buffer + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; /* an error, or the file shrank under us */
        done += (size_t)n;
    }
    close(fd);
    if (done != size) {
        free(buffer);
        return false;
    }
    *bytes = buffer;
    *length = size;
    return true;
}

/* Reads the archive member at [index] whole. */
static bool read_member(zip_t *jar, zip_int64_t index, uint8_t **bytes,
                        size_t *length)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(jar, (zip_uint64_t)index, 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE) || st.size > MAX_FILE_SIZE)
        return false;
    size_t size = (size_t)st.size;
    zip_file_t *file = zip_fopen_index(jar, (zip_uint64_t)index, 0);
    if (!file)
        return false;
    uint8_t *buffer = malloc(size ? size : 1);
    if (!buffer) {
        zip_fclose(file);
        return false;
    }
    size_t done = 0;
    while (done < size) {
        zip_int64_t n = zip_fread(file, buffer + done, size - done);
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    /* A member longer than its recorded size is corrupt too. */
    uint8_t extra;
    bool exact = done == size && zip_fread(file, &extra, 1) == 0;
    zip_fclose(file);
    if (!exact) {
        free(buffer);
        return false;
    }
    *bytes = buffer;
    *length = size;
    return true;
}

bool class_path_find(ClassPath *cp, const char *internal_name,
                     uint8_t **bytes, size_t *length, char **location)
{
    if (!cp || !internal_name || !safe_internal_name(internal_name))
        return false;
    char *member = format_text("%s.class", internal_name);
    if (!member)
        return false;
    bool found = false;
    for (size_t i = 0; i < cp->count && !found; i++) {
        ClassPathEntry *entry = &cp->entries[i];
        char *where;
        if (entry->jar) {
            zip_int64_t index = zip_name_locate(entry->jar, member, 0);
            if (index < 0 || !read_member(entry->jar, index, bytes, length))
                continue;
            where = format_text("%s!/%s", entry->path, member);
        } else {
            /* An empty entry is the current directory, as in java; a
             * trailing '/' is not doubled. */
            const char *dir = entry->path[0] ? entry->path : ".";
            size_t dir_length = strlen(dir);
            bool has_slash = dir[dir_length - 1] == '/';
            where = format_text("%s%s%s", dir, has_slash ? "" : "/", member);
            if (!where)
                continue;
            if (!read_file(where, bytes, length)) {
                free(where);
                continue;
            }
        }
        found = true;
        if (location)
            *location = where;
        else
            free(where);
    }
    free(member);
    return found;
}

/* ------------------------------------------------------------------ */
/* The jar manifest and its Main-Class                                 */
/* ------------------------------------------------------------------ */

/*
 * `java -jar` reads the manifest twice, and we reproduce both readings
 * because each has its own verdict (all checked against java 17):
 *
 *  1. The launcher's C parser (libjli) reads the main section and reports
 *     "Invalid or corrupt jarfile X" when a header has no ": " or a
 *     continuation line ends the file without a newline.
 *  2. java.util.jar.Manifest then reads the whole manifest; its errors
 *     (a line over 511 bytes, a continuation line with nothing to
 *     continue, an invalid header name, a section not starting with
 *     "Name: ") become "An unexpected error occurred while trying to open
 *     file X". It ignores an unterminated last line. Main-Class is looked
 *     up in the main section (header names are case-insensitive, the last
 *     one wins) and trimmed; if absent: "no main manifest attribute, in X".
 *
 * Lines end in CR LF, LF or CR; a line starting with one space continues
 * the previous one (the 72-byte width is only a rule for writers).
 */

enum { MANIFEST_LINE_MAX = 512 }; /* java's line buffer, terminator included */

typedef enum ManifestVerdict {
    MANIFEST_OK,
    MANIFEST_CORRUPT,   /* "Invalid or corrupt jarfile" */
    MANIFEST_UNREADABLE /* "An unexpected error occurred ..." */
} ManifestVerdict;

/* The launcher's check of the main section (libjli's parse_nv_pair): the
 * text ends at the first NUL byte, as it does there. Each header, joined
 * with its continuation lines, must have a ':' followed by a space. */
static ManifestVerdict check_main_section_c(const uint8_t *text, size_t length)
{
    size_t end = strnlen((const char *)text, length);
    size_t pos = 0;
    while (pos < end && text[pos] != '\n' && text[pos] != '\r') {
        enum { NO_COLON, AFTER_COLON, GOOD, BAD } state = NO_COLON;
        size_t i = pos;
        bool continuation = false;
        for (;;) {
            while (i < end && text[i] != '\n' && text[i] != '\r') {
                uint8_t c = text[i++];
                if (state == AFTER_COLON)
                    state = c == ' ' ? GOOD : BAD;
                else if (state == NO_COLON && c == ':')
                    state = AFTER_COLON;
            }
            if (i >= end) {
                if (continuation)
                    return MANIFEST_CORRUPT; /* it needs its newline */
                break;
            }
            if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
                i++;
            i++;
            if (i < end && text[i] == ' ') {
                i++;
                continuation = true;
                continue;
            }
            break;
        }
        if (state != GOOD)
            return MANIFEST_CORRUPT;
        pos = i;
    }
    return MANIFEST_OK;
}

/* java.util.jar.Manifest's reading of lines. */
typedef struct ManifestReader {
    const uint8_t *text;
    size_t length, pos;
    uint8_t *joined; /* continuation lines joined (room for the whole text) */
    size_t joined_length;
    char *main_class; /* the last Main-Class value of the main section */
} ManifestReader;

/* Reads the next line as java's FastInputStream.readLine() does with its
 * 512-byte buffer. Returns 1 and the line's content (terminator removed),
 * 0 at the end (an unterminated last line is dropped, as java does), or
 * -1 for a line too long. */
static int next_line(ManifestReader *r, const uint8_t **line, size_t *length)
{
    if (r->pos >= r->length)
        return 0;
    size_t start = r->pos;
    size_t limit = r->length - start > MANIFEST_LINE_MAX
                       ? start + MANIFEST_LINE_MAX : r->length;
    size_t i = start;
    while (i < limit && r->text[i] != '\n' && r->text[i] != '\r')
        i++;
    if (i == limit)
        return limit - start < MANIFEST_LINE_MAX ? 0 : -1;
    size_t next = i + 1;
    if (r->text[i] == '\r' && next < limit && r->text[next] == '\n')
        next++;
    *line = r->text + start;
    *length = i - start;
    r->pos = next;
    return 1;
}

/* The byte that starts the next line, or -1 at the end. */
static int peek(const ManifestReader *r)
{
    return r->pos < r->length ? r->text[r->pos] : -1;
}

/* java.util.jar.Attributes.Name: 1 to 70 of [A-Za-z0-9_-]. */
static bool header_name_ok(const uint8_t *name, size_t length)
{
    if (length == 0 || length > 70)
        return false;
    for (size_t i = 0; i < length; i++) {
        uint8_t c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

/* ASCII comparison of [length] bytes at [s] with [ascii], ignoring case. */
static bool equals_ignoring_case(const uint8_t *s, size_t length,
                                 const char *ascii)
{
    size_t n = strlen(ascii);
    if (length != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        uint8_t a = s[i], b = (uint8_t)ascii[i];
        if (a >= 'A' && a <= 'Z')
            a = (uint8_t)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = (uint8_t)(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

/* Encodes UTF-16 as UTF-8 for a C string: U+0000 cannot appear in one, so
 * it is written 0xc0 0x80 as in modified UTF-8 (such a name then finds no
 * class, as in java). Counts only when [out] is NULL. */
static size_t encode_value(const uint16_t *units, size_t count, uint8_t *out)
{
    size_t size = 0, start = 0;
    for (size_t i = 0; i <= count; i++) {
        if (i < count && units[i] != 0)
            continue;
        size += utf16_to_utf8(units + start, i - start, out ? out + size : NULL);
        if (i < count) {
            if (out) {
                out[size] = 0xc0;
                out[size + 1] = 0x80;
            }
            size += 2;
        }
        start = i + 1;
    }
    return size;
}

/* Turns a header value into the string java would use: decoded as UTF-8
 * (ill-formed bytes become U+FFFD), re-encoded, and trimmed of characters
 * up to ' ' at both ends, as the launcher trims the class name. */
static char *java_value(const uint8_t *bytes, size_t length)
{
    size_t units = utf8_to_utf16(bytes, length, NULL);
    uint16_t *text = malloc((units ? units : 1) * sizeof(uint16_t));
    if (!text)
        return NULL;
    utf8_to_utf16(bytes, length, text);
    size_t first = 0, last = units;
    while (first < last && text[first] <= ' ')
        first++;
    while (last > first && text[last - 1] <= ' ')
        last--;
    size_t size = encode_value(text + first, last - first, NULL);
    char *result = malloc(size + 1);
    if (result) {
        encode_value(text + first, last - first, (uint8_t *)result);
        result[size] = '\0';
    }
    free(text);
    return result;
}

/* Reads the headers of one section (java.util.jar.Attributes.read), up to
 * a blank line or the end. When [main] is true, remembers Main-Class. */
static ManifestVerdict read_section(ManifestReader *r, bool main, bool *memory)
{
    bool have_name = false;
    const uint8_t *name = NULL;
    size_t name_length = 0;
    for (;;) {
        const uint8_t *line;
        size_t length;
        int got = next_line(r, &line, &length);
        if (got < 0)
            return MANIFEST_UNREADABLE;
        if (got == 0 || length == 0)
            return MANIFEST_OK;
        const uint8_t *value;
        size_t value_length;
        if (line[0] == ' ') {
            if (!have_name)
                return MANIFEST_UNREADABLE; /* nothing to continue */
            memcpy(r->joined + r->joined_length, line + 1, length - 1);
            r->joined_length += length - 1;
            if (peek(r) == ' ')
                continue;
            value = r->joined;
            value_length = r->joined_length;
        } else {
            const uint8_t *colon = memchr(line, ':', length);
            size_t c = colon ? (size_t)(colon - line) : length;
            if (c + 1 >= length || line[c + 1] != ' ')
                return MANIFEST_UNREADABLE; /* "invalid header field" */
            have_name = true;
            name = line;
            name_length = c;
            value = line + c + 2;
            value_length = length - c - 2;
            if (peek(r) == ' ') {
                memcpy(r->joined, value, value_length);
                r->joined_length = value_length;
                continue;
            }
        }
        if (!header_name_ok(name, name_length))
            return MANIFEST_UNREADABLE;
        if (main && equals_ignoring_case(name, name_length, "Main-Class")) {
            char *text = java_value(value, value_length);
            if (!text) {
                *memory = false;
                return MANIFEST_UNREADABLE;
            }
            free(r->main_class);
            r->main_class = text;
        }
        r->joined_length = 0;
    }
}

/* java.util.jar.Manifest.read: the main section, then named sections. */
static ManifestVerdict read_manifest(ManifestReader *r, bool *memory)
{
    ManifestVerdict verdict = read_section(r, true, memory);
    if (verdict != MANIFEST_OK)
        return verdict;
    bool skip_empty = true, in_name = false;
    for (;;) {
        const uint8_t *line;
        size_t length;
        int got = next_line(r, &line, &length);
        if (got < 0)
            return MANIFEST_UNREADABLE;
        if (got == 0)
            return MANIFEST_OK;
        if (length == 0 && skip_empty)
            continue;
        skip_empty = false;
        if (!in_name) {
            /* A section starts with "Name: " (the word in any case). */
            if (length < 6 || !equals_ignoring_case(line, 4, "name") ||
                line[4] != ':' || line[5] != ' ')
                return MANIFEST_UNREADABLE;
            if (peek(r) == ' ') {
                in_name = true;
                continue;
            }
        } else {
            if (peek(r) == ' ')
                continue; /* the name goes on */
            in_name = false;
        }
        verdict = read_section(r, false, memory);
        if (verdict != MANIFEST_OK)
            return verdict;
        skip_empty = true;
    }
}

__attribute__((format(printf, 3, 4))) static void
report(char *error, size_t error_size, const char *format, ...)
{
    if (!error || error_size == 0)
        return;
    va_list args;
    va_start(args, format);
    vsnprintf(error, error_size, format, args);
    va_end(args);
}

char *class_path_jar_main_class(const char *jar_path, char *error,
                                size_t error_size)
{
    report(error, error_size, "%s", "");
    int fd = open(jar_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        report(error, error_size, "Unable to access jarfile %s", jar_path);
        return NULL;
    }
    int zip_error = 0;
    zip_t *jar = zip_fdopen(fd, 0, &zip_error);
    if (!jar) {
        close(fd); /* still ours when zip_fdopen fails */
        report(error, error_size, "Invalid or corrupt jarfile %s", jar_path);
        return NULL;
    }
    uint8_t *text = NULL;
    size_t length = 0;
    zip_int64_t index = zip_name_locate(jar, "META-INF/MANIFEST.MF", 0);
    bool readable = index >= 0 && read_member(jar, index, &text, &length);
    zip_discard(jar);
    if (!readable || check_main_section_c(text, length) != MANIFEST_OK) {
        free(text);
        report(error, error_size, "Invalid or corrupt jarfile %s", jar_path);
        return NULL;
    }
    ManifestReader reader = {.text = text, .length = length};
    reader.joined = malloc(length ? length : 1);
    bool memory = reader.joined != NULL;
    ManifestVerdict verdict =
        memory ? read_manifest(&reader, &memory) : MANIFEST_UNREADABLE;
    free(reader.joined);
    free(text);
    if (!memory) {
        free(reader.main_class);
        report(error, error_size, "out of memory reading the manifest of %s",
               jar_path);
        return NULL;
    }
    if (verdict != MANIFEST_OK) {
        free(reader.main_class);
        report(error, error_size,
               "An unexpected error occurred while trying to open file %s",
               jar_path);
        return NULL;
    }
    if (!reader.main_class)
        report(error, error_size, "no main manifest attribute, in %s",
               jar_path);
    return reader.main_class;
}
