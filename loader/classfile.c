/*
 * classfile.c - the class-file parser and format checker (JVMS chapter 4).
 *
 * class_file_parse() reads a class file front to back, in the order and
 * with the verdicts of HotSpot 17's ClassFileParser (the reference VM our
 * differential tests compare against): the same checks, made at the same
 * moments, so that a malformed file fails here exactly when it fails
 * there, and with the same Java error (ClassFormatError or
 * UnsupportedClassVersionError). The messages are our own and always name
 * the file, the byte offset and the problem.
 *
 * What this module must never do: read outside the buffer it is given,
 * trust a length or an index before checking it, overflow a size
 * computation, leak on an error path, or crash on any input. Everything
 * the result owns lives in one arena, freed as a whole on failure or by
 * class_file_free(); temporary tables live in a second arena freed before
 * class_file_parse() returns.
 */
#include "loader/classfile.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/mutf8.h"

/* Class file versions whose rules differ (JVMS 4.1, table 4.1-A). */
enum {
    VERSION_MIN = 45,
    VERSION_1_5 = 49, /* Signature, annotations, modern name rules */
    VERSION_6 = 50,   /* StackMapTable; interfaces need ACC_ABSTRACT */
    VERSION_7 = 51,   /* invokedynamic; <clinit> must be static ()V */
    VERSION_8 = 52,   /* interface methods may have bodies */
    VERSION_9 = 53,   /* ACC_MODULE, Module and Package constants */
    VERSION_11 = 55,  /* CONSTANT_Dynamic, nests */
    VERSION_12 = 56,  /* minor version must be 0 or 65535 */
    VERSION_16 = 60,  /* Record */
    VERSION_17 = 61,  /* PermittedSubclasses; the newest we accept */
    VERSION_MAX = VERSION_17,
    MINOR_PREVIEW = 65535
};

/* The access flags HotSpot keeps; other bits are silently dropped. */
enum {
    RECOGNIZED_CLASS_FLAGS = ACC_PUBLIC | ACC_FINAL | ACC_SUPER |
                             ACC_INTERFACE | ACC_ABSTRACT | ACC_ANNOTATION |
                             ACC_ENUM | ACC_SYNTHETIC,
    RECOGNIZED_INNER_CLASS_FLAGS = RECOGNIZED_CLASS_FLAGS | ACC_PRIVATE |
                                   ACC_PROTECTED | ACC_STATIC,
    RECOGNIZED_FIELD_FLAGS = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED |
                             ACC_STATIC | ACC_FINAL | ACC_VOLATILE |
                             ACC_TRANSIENT | ACC_ENUM | ACC_SYNTHETIC,
    RECOGNIZED_METHOD_FLAGS = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED |
                              ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED |
                              ACC_BRIDGE | ACC_VARARGS | ACC_NATIVE |
                              ACC_ABSTRACT | ACC_STRICT | ACC_SYNTHETIC
};

enum {
    MAX_ARRAY_DIMENSIONS = 255, /* JVMS 4.3.2 */
    MAX_ARGUMENT_SLOTS = 255,   /* JVMS 4.3.3, `this` included */
    MAX_CODE_LENGTH = 65535,    /* JVMS 4.7.3 */
    NAME_IN_MESSAGE = 80        /* longest quoted name in a message */
};

/* ------------------------------------------------------------------ */
/* Arena: bump allocation in chunks, all released at once.             */
/* ------------------------------------------------------------------ */

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size, used;
    max_align_t data[];
} ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;
    size_t next_size; /* size of the next ordinary chunk */
} Arena;

/* Returns [size] zeroed, maximally aligned bytes from [arena], or NULL
 * when the host is out of memory or the size is absurd. */
static void *arena_alloc(Arena *arena, size_t size)
{
    const size_t align = sizeof(max_align_t);
    if (size > SIZE_MAX / 2)
        return NULL;
    size = (size + align - 1) / align * align;
    if (size == 0)
        size = align;
    ArenaChunk *chunk = arena->head;
    if (!chunk || chunk->size - chunk->used < size) {
        if (arena->next_size == 0)
            arena->next_size = 4096;
        size_t chunk_size = arena->next_size;
        if (chunk_size < size)
            chunk_size = size; /* a large block gets a chunk of its own */
        else if (arena->next_size < (1u << 20))
            arena->next_size *= 2;
        chunk = malloc(sizeof(ArenaChunk) + chunk_size);
        if (!chunk)
            return NULL;
        chunk->size = chunk_size;
        chunk->used = 0;
        chunk->next = arena->head;
        arena->head = chunk;
    }
    void *result = (char *)chunk->data + chunk->used;
    chunk->used += size;
    memset(result, 0, size);
    return result;
}

/* Multiplies before allocating, refusing an overflowing product. */
static void *arena_array(Arena *arena, size_t count, size_t element)
{
    if (element != 0 && count > SIZE_MAX / 2 / element)
        return NULL;
    return arena_alloc(arena, count * element);
}

/* Releases every chunk of [arena]; it can be used again afterwards. */
static void arena_free(Arena *arena)
{
    ArenaChunk *chunk = arena->head;
    while (chunk) {
        ArenaChunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    arena->head = NULL;
}

/* ------------------------------------------------------------------ */
/* Parser state and errors                                             */
/* ------------------------------------------------------------------ */

/* One LocalVariableTable or LocalVariableTypeTable entry, kept only
 * while its method is parsed (JVMS 4.7.13, 4.7.14). */
typedef struct LocalVariable {
    uint16_t start_pc, length, name_index, slot;
    bool typed; /* a LocalVariableTypeTable entry already matched it */
} LocalVariable;

typedef struct Parser {
    const uint8_t *data;
    size_t length;
    size_t pos;
    const char *file_name;
    const char *class_name; /* expected name, or NULL */
    ClassFileError *error;
    Arena *arena;  /* owns the result */
    Arena scratch; /* temporary tables, freed when parsing ends */
    ClassFile *cf;
    uint16_t major;
    uint32_t *cp_offset; /* file offset of each constant's tag */
    int max_bootstrap_index;   /* highest index used by a (Invoke)Dynamic */
    uint8_t bad_constant;      /* first Module or Package tag seen */
    uint16_t bad_constant_index;

    /* Per-method growable tables (malloc'd, freed at the end). */
    LineNumber *lines;
    size_t line_count, line_capacity;
    LocalVariable *lvt, *lvtt;
    size_t lvt_count, lvt_capacity, lvtt_count, lvtt_capacity;
} Parser;

/* Records a ClassFormatError: "[file]: [message] at offset 0x[offset]".
 * Only the first error is kept. Always returns false so callers can write
 * `return fail(...)`. */
__attribute__((format(printf, 3, 4))) static bool
fail(Parser *p, size_t offset, const char *format, ...)
{
    if (p->error->kind != CFE_NONE)
        return false;
    char text[224]; /* leaves room for the file name and the offset */
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    /* Names quoted from a hostile file may hold control characters;
     * keep the message on one printable line. */
    for (char *c = text; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = '?';
    p->error->kind = CFE_CLASS_FORMAT;
    snprintf(p->error->message, sizeof p->error->message,
             "%s: %s at offset 0x%zx", p->file_name, text, offset);
    return false;
}

/* Records an error whose whole message is given (HotSpot's wording). */
__attribute__((format(printf, 3, 4))) static bool
fail_plain(Parser *p, ClassFileErrorKind kind, const char *format, ...)
{
    if (p->error->kind != CFE_NONE)
        return false;
    va_list args;
    va_start(args, format);
    vsnprintf(p->error->message, sizeof p->error->message, format, args);
    va_end(args);
    p->error->kind = kind;
    return false;
}

/* Records that the host ran out of memory (CFE_OUT_OF_MEMORY). */
static bool fail_memory(Parser *p)
{
    return fail_plain(p, CFE_OUT_OF_MEMORY,
                      "%s: out of memory while parsing the class file",
                      p->file_name);
}

/* Allocates from the result arena, reporting exhaustion. */
static void *alloc_array(Parser *p, size_t count, size_t element)
{
    void *result = arena_array(p->arena, count, element);
    if (!result)
        fail_memory(p);
    return result;
}

/* Allocates from the scratch arena, reporting exhaustion. */
static void *scratch_array(Parser *p, size_t count, size_t element)
{
    void *result = arena_array(&p->scratch, count, element);
    if (!result)
        fail_memory(p);
    return result;
}

/* Grows a malloc'd table of [element]-sized items so that one more fits. */
static bool grow(Parser *p, void **table, size_t count, size_t *capacity,
                 size_t element)
{
    if (count < *capacity)
        return true;
    size_t wanted = *capacity ? *capacity * 2 : 64;
    if (wanted > SIZE_MAX / 2 / element)
        return fail_memory(p);
    void *bigger = realloc(*table, wanted * element);
    if (!bigger)
        return fail_memory(p);
    *table = bigger;
    *capacity = wanted;
    return true;
}

/*
 * The name HotSpot puts into UnsupportedClassVersionError and the
 * ACC_MODULE NoClassDefFoundError is the name the class was asked for,
 * which the file has not told us yet at that point. It is the caller's
 * [class_name] when given; otherwise we derive it from the file name: the
 * part after a jar's "!/", without a leading "./" and without the ".class"
 * suffix, so "p/Foo.class" gives "p/Foo".
 */
static void class_label(const Parser *p, char *out, size_t size)
{
    if (p->class_name) {
        snprintf(out, size, "%s", p->class_name);
        return;
    }
    const char *start = p->file_name;
    const char *bang = strstr(p->file_name, "!/");
    if (bang)
        start = bang + 2;
    while (start[0] == '.' && start[1] == '/')
        start += 2;
    size_t length = strlen(start);
    if (length > 6 && strcmp(start + length - 6, ".class") == 0)
        length -= 6;
    snprintf(out, size, "%.*s", (int)length, start);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

/* Makes sure [n] bytes can be read at the current position. */
static bool need(Parser *p, size_t n)
{
    size_t left = p->length - p->pos;
    if (n <= left)
        return true;
    return fail(p, p->length, "truncated class file: expected %zu more bytes",
                n - left);
}

/* The get_* readers assume need() has succeeded. */
static uint8_t get_u1(Parser *p)
{
    return p->data[p->pos++];
}

static uint16_t get_u2(Parser *p)
{
    uint16_t value = (uint16_t)((p->data[p->pos] << 8) | p->data[p->pos + 1]);
    p->pos += 2;
    return value;
}

static uint32_t get_u4(Parser *p)
{
    uint32_t value = ((uint32_t)p->data[p->pos] << 24) |
                     ((uint32_t)p->data[p->pos + 1] << 16) |
                     ((uint32_t)p->data[p->pos + 2] << 8) |
                     (uint32_t)p->data[p->pos + 3];
    p->pos += 4;
    return value;
}

static bool read_u1(Parser *p, uint8_t *out)
{
    if (!need(p, 1))
        return false;
    *out = get_u1(p);
    return true;
}

static bool read_u2(Parser *p, uint16_t *out)
{
    if (!need(p, 2))
        return false;
    *out = get_u2(p);
    return true;
}

/* Skips the body of attribute [name], [length] bytes long. */
static bool skip_attribute(Parser *p, const char *name, uint32_t length)
{
    if (length <= p->length - p->pos) {
        p->pos += length;
        return true;
    }
    return fail(p, p->pos,
                "truncated class file: %s attribute of length %u extends "
                "past its end",
                name, length);
}

/* ------------------------------------------------------------------ */
/* Constant-pool access                                                */
/* ------------------------------------------------------------------ */

/* The JVMS name of [tag], for messages. */
static const char *tag_name(uint8_t tag)
{
    switch (tag) {
    case CP_UTF8: return "Utf8";
    case CP_INTEGER: return "Integer";
    case CP_FLOAT: return "Float";
    case CP_LONG: return "Long";
    case CP_DOUBLE: return "Double";
    case CP_CLASS: return "Class";
    case CP_STRING: return "String";
    case CP_FIELDREF: return "Fieldref";
    case CP_METHODREF: return "Methodref";
    case CP_INTERFACE_METHODREF: return "InterfaceMethodref";
    case CP_NAME_AND_TYPE: return "NameAndType";
    case CP_METHOD_HANDLE: return "MethodHandle";
    case CP_METHOD_TYPE: return "MethodType";
    case CP_DYNAMIC: return "Dynamic";
    case CP_INVOKE_DYNAMIC: return "InvokeDynamic";
    case CP_MODULE: return "Module";
    case CP_PACKAGE: return "Package";
    default: return "unusable slot";
    }
}

/* "a" or "an", to go before [word] in a message. */
static const char *article(const char *word)
{
    /* Vowels, but not the 'U' of "Utf8" ("a Utf8", "an unusable slot"). */
    return word[0] && strchr("AEIOaeiou", word[0]) ? "an" : "a";
}

/* True when [index] is a usable constant-pool index (1..count-1). */
static bool cp_in_range(const Parser *p, unsigned index)
{
    return index > 0 && index < p->cf->cp_count;
}

/* True when [index] is in range and its entry has [tag]. */
static bool cp_has(const Parser *p, unsigned index, CpTag tag)
{
    return cp_in_range(p, index) && p->cf->cp[index].tag == tag;
}

/* Checks that [index], read at [offset] for [what], names an entry with
 * [tag]; reports the precise problem otherwise. */
static bool expect_tag(Parser *p, unsigned index, CpTag tag, size_t offset,
                       const char *what)
{
    if (!cp_in_range(p, index))
        return fail(p, offset, "constant pool index %u out of range for %s",
                    index, what);
    uint8_t found = p->cf->cp[index].tag;
    if (found != tag)
        return fail(p, offset,
                    "constant pool index %u for %s is %s %s, expected %s %s",
                    index, what, article(tag_name(found)), tag_name(found),
                    article(tag_name((uint8_t)tag)), tag_name((uint8_t)tag));
    return true;
}

/* Reads a u2 Utf8 index for [what] and returns its text, or NULL. */
static const char *read_utf8_ref(Parser *p, const char *what)
{
    size_t at = p->pos;
    uint16_t index;
    if (!read_u2(p, &index) || !expect_tag(p, index, CP_UTF8, at, what))
        return NULL;
    return p->cf->cp[index].u.utf8.bytes;
}

const char *class_file_utf8(const ClassFile *cf, uint16_t index)
{
    return cf->cp[index].u.utf8.bytes;
}

const char *class_file_class_name(const ClassFile *cf, uint16_t index)
{
    return cf->cp[cf->cp[index].u.name].u.utf8.bytes;
}

void class_file_member_ref(const ClassFile *cf, uint16_t index,
                           const char **name, const char **descriptor)
{
    const CpEntry *entry = &cf->cp[index];
    uint16_t nat = index;
    switch (entry->tag) {
    case CP_FIELDREF:
    case CP_METHODREF:
    case CP_INTERFACE_METHODREF:
        nat = entry->u.ref.name_and_type_index;
        break;
    case CP_DYNAMIC:
    case CP_INVOKE_DYNAMIC:
        nat = entry->u.dyn.name_and_type_index;
        break;
    default:
        break;
    }
    const CpEntry *pair = &cf->cp[nat];
    *name = cf->cp[pair->u.nat.name_index].u.utf8.bytes;
    *descriptor = cf->cp[pair->u.nat.descriptor_index].u.utf8.bytes;
}

/* ------------------------------------------------------------------ */
/* Names and descriptors (JVMS 4.2, 4.3)                               */
/* ------------------------------------------------------------------ */

typedef enum NameKind { NAME_FIELD, NAME_METHOD, NAME_CLASS } NameKind;

/*
 * JVMS 4.2.2 for class files of version 49 and above: an unqualified name
 * is non-empty and contains none of . ; [ / (and, for methods, < >). In a
 * class name (JVMS 4.2.1) '/' separates non-empty unqualified names.
 */
static bool unqualified_name_ok(const char *s, size_t length, NameKind kind)
{
    if (length == 0)
        return false;
    for (size_t i = 0; i < length; i++) {
        switch (s[i]) {
        case '.':
        case ';':
        case '[':
            return false;
        case '/':
            if (kind != NAME_CLASS || i == 0 || i + 1 >= length ||
                s[i + 1] == '/')
                return false;
            break;
        case '<':
        case '>':
            if (kind == NAME_METHOD)
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

/*
 * Class files older than 49 name things with Java identifiers, as HotSpot
 * still checks with Character.isJavaIdentifierStart/Part. Outside ASCII we
 * decide Latin-1 exactly and accept everything above U+00FF, a deliberate
 * approximation: such names in pre-1.5 class files are vanishingly rare,
 * and the full Unicode tables do not belong in the loader.
 */
static bool old_identifier_char(uint32_t c, bool first)
{
    if (c > 0xff)
        return true;
    if (c >= 0xc0)
        return c != 0xd7 && c != 0xf7; /* × and ÷ */
    if ((c >= 0xa2 && c <= 0xa5) || c == 0xaa || c == 0xb5 || c == 0xba)
        return true; /* currency signs and the Latin-1 letters */
    if (!first && ((c >= 0x80 && c <= 0x9f) || c == 0xad))
        return true; /* identifier-ignorable controls, soft hyphen */
    return false;
}

/* Decodes the modified UTF-8 character at [s] (before [end]), joining an
 * encoded surrogate pair as HotSpot's UTF8::next_character does. */
static const char *next_character(const char *s, const char *end,
                                  uint32_t *value)
{
    const uint8_t *u = (const uint8_t *)s;
    size_t left = (size_t)(end - s);
    if (left >= 6 && u[0] == 0xed && (u[1] & 0xf0) == 0xa0 &&
        (u[2] & 0xc0) == 0x80 && u[3] == 0xed && (u[4] & 0xf0) == 0xb0 &&
        (u[5] & 0xc0) == 0x80) {
        *value = 0x10000 + ((uint32_t)(u[1] & 0x0f) << 16) +
                 ((uint32_t)(u[2] & 0x3f) << 10) +
                 ((uint32_t)(u[4] & 0x0f) << 6) + (u[5] & 0x3f);
        return s + 6;
    }
    if ((u[0] >> 5) == 0x6 && left >= 2) {
        *value = ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
        return s + 2;
    }
    if ((u[0] >> 4) == 0xe && left >= 3) {
        *value = ((uint32_t)(u[0] & 0x0f) << 12) |
                 ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
        return s + 3;
    }
    *value = u[0];
    return s + 1;
}

/* Skips the longest prefix of [s] that is an old-style (pre-49) name,
 * '/' allowed between identifiers when [slash_ok]. Returns the end of the
 * prefix, or NULL when there is none or it has "//". */
static const char *skip_old_name(const char *s, size_t length, bool slash_ok)
{
    const char *p = s, *end = s + length;
    bool last_was_slash = false, first = true;
    while (p < end) {
        const char *before = p;
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x80) {
            p++;
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                ch == '_' || ch == '$' || (!first && ch >= '0' && ch <= '9')) {
                last_was_slash = false;
                first = false;
                continue;
            }
            if (slash_ok && ch == '/') {
                if (last_was_slash)
                    return NULL;
                last_was_slash = true;
                first = false;
                continue;
            }
        } else {
            uint32_t c;
            p = next_character(p, end, &c);
            last_was_slash = false;
            if (old_identifier_char(c, first)) {
                first = false;
                continue;
            }
        }
        return first ? NULL : before;
    }
    return first ? NULL : p;
}

/* Why the last descriptor check failed, when it is more specific than
 * "not a valid descriptor". */
typedef struct DescriptorCheck {
    uint16_t major;
    const char *why;
} DescriptorCheck;

/* Skips one field type (JVMS 4.3.2) at the start of [s], or 'V' when
 * [void_ok]. Returns its end, or NULL. */
static const char *skip_field_type(DescriptorCheck *check, const char *s,
                                   size_t length, bool void_ok)
{
    unsigned dimensions = 0;
    while (length > 0) {
        switch (s[0]) {
        case 'V':
            if (!void_ok)
                return NULL;
            return s + 1;
        case 'Z': case 'B': case 'C': case 'S':
        case 'I': case 'F': case 'J': case 'D':
            return s + 1;
        case 'L':
            if (check->major < VERSION_1_5) {
                const char *end = skip_old_name(s + 1, length - 1, true);
                if (end && end - s > 1 && end < s + length && *end == ';')
                    return end + 1;
                return NULL;
            } else {
                const char *semicolon = memchr(s + 1, ';', length - 1);
                if (!semicolon)
                    return NULL;
                size_t name_length = (size_t)(semicolon - (s + 1));
                if (!unqualified_name_ok(s + 1, name_length, NAME_CLASS)) {
                    check->why = "the class name in it is empty or contains "
                                 "an illegal character";
                    return NULL;
                }
                return semicolon + 1;
            }
        case '[':
            if (++dimensions > MAX_ARRAY_DIMENSIONS) {
                check->why = "an array type has more than 255 dimensions";
                return NULL;
            }
            s++;
            length--;
            void_ok = false;
            break;
        default:
            return NULL;
        }
    }
    return NULL;
}

/* JVMS 4.3.2: the whole of [s] is one field type. */
static bool field_descriptor_ok(DescriptorCheck *check, const char *s,
                                size_t length)
{
    const char *end = skip_field_type(check, s, length, false);
    return end && (size_t)(end - s) == length;
}

/*
 * Checks a method descriptor (JVMS 4.3.3) for the method [name] (NULL for
 * a MethodType) and returns its argument slots without `this`, or -1.
 * Methods whose name starts with '<' must return void; <clinit> must be
 * exactly ()V from version 51 on (JVMS 4.6).
 */
static int method_descriptor_slots(DescriptorCheck *check, const char *name,
                                   const char *s, size_t length)
{
    bool special = name && name[0] == '<';
    if (name && strcmp(name, "<clinit>") == 0 && check->major >= VERSION_7 &&
        !(length == 3 && memcmp(s, "()V", 3) == 0))
        return -1;
    if (length == 0 || s[0] != '(')
        return -1;
    const char *p = s + 1;
    length--;
    int slots = 0;
    const char *next = skip_field_type(check, p, length, false);
    while (length > 0 && next) {
        slots += (p[0] == 'J' || p[0] == 'D') ? 2 : 1;
        length -= (size_t)(next - p);
        p = next;
        next = skip_field_type(check, p, length, false);
    }
    if (length == 0 || p[0] != ')')
        return -1;
    p++;
    length--;
    if (special)
        return (length == 1 && p[0] == 'V') ? slots : -1;
    next = skip_field_type(check, p, length, true);
    if (next && (size_t)(next - p) == length)
        return slots;
    return -1;
}

bool descriptor_is_field(const char *s)
{
    DescriptorCheck check = {.major = VERSION_MAX};
    return field_descriptor_ok(&check, s, strlen(s));
}

bool descriptor_is_method(const char *s)
{
    DescriptorCheck check = {.major = VERSION_MAX};
    return method_descriptor_slots(&check, NULL, s, strlen(s)) >= 0;
}

int descriptor_arg_slots(const char *method_descriptor)
{
    DescriptorCheck check = {.major = VERSION_MAX};
    return method_descriptor_slots(&check, NULL, method_descriptor,
                                   strlen(method_descriptor));
}

/* JVMS 4.2.1: a class name, or an array descriptor in a Class entry. */
static bool class_name_ok(const Parser *p, const char *s, size_t length)
{
    if (length == 0)
        return false;
    if (s[0] == '[') {
        DescriptorCheck check = {.major = p->major};
        return field_descriptor_ok(&check, s, length);
    }
    if (p->major < VERSION_1_5) {
        if (s[0] == '<')
            return false;
        const char *end = skip_old_name(s, length, true);
        return end && (size_t)(end - s) == length;
    }
    return unqualified_name_ok(s, length, NAME_CLASS);
}

/* JVMS 4.2.2: a field name (also a record component or local variable). */
static bool field_name_ok(const Parser *p, const char *s, size_t length)
{
    if (length == 0)
        return false;
    if (p->major < VERSION_1_5) {
        if (s[0] == '<')
            return false;
        const char *end = skip_old_name(s, length, false);
        return end && (size_t)(end - s) == length;
    }
    return unqualified_name_ok(s, length, NAME_FIELD);
}

/* JVMS 4.2.2: a method name, <init> and <clinit> included. */
static bool method_name_ok(const Parser *p, const char *s, size_t length)
{
    if (length == 0)
        return false;
    if (s[0] == '<')
        return strcmp(s, "<init>") == 0 || strcmp(s, "<clinit>") == 0;
    if (p->major < VERSION_1_5) {
        const char *end = skip_old_name(s, length, false);
        return end && (size_t)(end - s) == length;
    }
    return unqualified_name_ok(s, length, NAME_METHOD);
}

/* Length of a string stored in the pool (no NUL inside, so strlen). */
static size_t text_length(const char *s)
{
    return strlen(s);
}

/* Reports an illegal [name] of a field-like thing ([what]). */
static bool check_field_name(Parser *p, const char *name, size_t offset,
                             const char *what)
{
    if (field_name_ok(p, name, text_length(name)))
        return true;
    return fail(p, offset, "illegal %s name \"%.*s\"", what,
                NAME_IN_MESSAGE, name);
}

/* Reports an illegal field [descriptor] of [what] [name]. */
static bool check_field_descriptor(Parser *p, const char *name,
                                   const char *descriptor, size_t offset,
                                   const char *what)
{
    DescriptorCheck check = {.major = p->major};
    if (field_descriptor_ok(&check, descriptor, text_length(descriptor)))
        return true;
    return fail(p, offset, "%s \"%.*s\" has illegal descriptor \"%.*s\"%s%s",
                what, NAME_IN_MESSAGE, name, NAME_IN_MESSAGE, descriptor,
                check.why ? ": " : "", check.why ? check.why : "");
}

/* Returns the argument slots of [descriptor] for method [name], or -1
 * after reporting the error. */
static int check_method_descriptor(Parser *p, const char *name,
                                   const char *descriptor, size_t offset)
{
    DescriptorCheck check = {.major = p->major};
    int slots = method_descriptor_slots(&check, name, descriptor,
                                        text_length(descriptor));
    if (slots < 0)
        fail(p, offset, "method \"%.*s\" has illegal descriptor \"%.*s\"%s%s",
             NAME_IN_MESSAGE, name ? name : "", NAME_IN_MESSAGE, descriptor,
             check.why ? ": " : "", check.why ? check.why : "");
    return slots;
}

/* ------------------------------------------------------------------ */
/* Duplicate detection by content (names are compared as strings, as  */
/* HotSpot compares interned symbols).                                 */
/* ------------------------------------------------------------------ */

/* FNV-1a over a NUL-terminated string, continuing from [hash]. */
static uint32_t hash_text(uint32_t hash, const char *s)
{
    for (; *s; s++)
        hash = (hash ^ (uint8_t)*s) * 16777619u;
    return hash ^ 0xff; /* separates ("ab","c") from ("a","bc") */
}

/* A name with its descriptor (or NULL), as members are told apart. */
typedef struct NamePair {
    const char *name, *descriptor;
} NamePair;

/*
 * Returns the index of the first of [count] pairs equal to an earlier one,
 * -1 when all are distinct, or -2 when out of memory (already reported).
 */
static long find_duplicate(Parser *p, const NamePair *pairs, size_t count)
{
    if (count < 2)
        return -1;
    size_t slots = 4;
    while (slots < count * 2)
        slots *= 2;
    long *table = scratch_array(p, slots, sizeof(long));
    if (!table)
        return -2;
    for (size_t i = 0; i < slots; i++)
        table[i] = -1;
    for (size_t i = 0; i < count; i++) {
        const char *descriptor = pairs[i].descriptor ? pairs[i].descriptor : "";
        uint32_t hash = hash_text(hash_text(2166136261u, pairs[i].name), descriptor);
        size_t slot = hash & (slots - 1);
        while (table[slot] >= 0) {
            const NamePair *other = &pairs[table[slot]];
            if (strcmp(pairs[i].name, other->name) == 0 &&
                strcmp(descriptor, other->descriptor ? other->descriptor : "") == 0)
                return (long)i;
            slot = (slot + 1) & (slots - 1);
        }
        table[slot] = (long)i;
    }
    return -1;
}

/* ------------------------------------------------------------------ */
/* Header and version (JVMS 4.1)                                       */
/* ------------------------------------------------------------------ */

/* HotSpot 17's verdicts and messages (UnsupportedClassVersionError), from
 * its ClassFileParser::verify_class_version, checked against `java`. */
static bool check_version(Parser *p, uint16_t major, uint16_t minor)
{
    char label[160];
    class_label(p, label, sizeof label);
    if (major < VERSION_MIN)
        return fail_plain(p, CFE_UNSUPPORTED_VERSION,
                          "%s (class file version %u.%u) was compiled with "
                          "an invalid major version",
                          label, major, minor);
    if (major > VERSION_MAX)
        return fail_plain(p, CFE_UNSUPPORTED_VERSION,
                          "%s has been compiled by a more recent version of "
                          "the Java Runtime (class file version %u.%u), this "
                          "version of the Java Runtime only recognizes class "
                          "file versions up to %u.0",
                          label, major, minor, VERSION_MAX);
    if (major < VERSION_12 || minor == 0)
        return true;
    if (minor == MINOR_PREVIEW) {
        if (major != VERSION_MAX)
            return fail_plain(p, CFE_UNSUPPORTED_VERSION,
                              "%s (class file version %u.%u) was compiled "
                              "with preview features that are unsupported. "
                              "This version of the Java Runtime only "
                              "recognizes preview features for class file "
                              "version %u.%u",
                              label, major, minor, VERSION_MAX, MINOR_PREVIEW);
        /* Cortado has no --enable-preview: HotSpot's default verdict. */
        return fail_plain(p, CFE_UNSUPPORTED_VERSION,
                          "Preview features are not enabled for %s (class "
                          "file version %u.%u). Try running with "
                          "'--enable-preview'",
                          label, major, minor);
    }
    return fail_plain(p, CFE_UNSUPPORTED_VERSION,
                      "%s (class file version %u.%u) was compiled with an "
                      "invalid non-zero minor version",
                      label, major, minor);
}

/* ------------------------------------------------------------------ */
/* Constant pool (JVMS 4.4)                                            */
/* ------------------------------------------------------------------ */

/* JVMS 4.4, table 4.4-B: constant tags newer than the file's version. */
static bool version_gate(Parser *p, uint8_t tag, uint16_t index, size_t at,
                         uint16_t minimum)
{
    if (p->major >= minimum)
        return true;
    return fail(p, at,
                "constant pool entry %u: tag %u (%s) needs class file "
                "version %u or above, this file has %u",
                index, tag, tag_name(tag), minimum, p->major);
}

/* Reads the entries themselves: tags, sizes, version gates and the
 * modified UTF-8 of every Utf8 entry. */
static bool read_constants(Parser *p)
{
    ClassFile *cf = p->cf;
    for (unsigned index = 1; index < cf->cp_count; index++) {
        size_t at = p->pos;
        uint8_t tag;
        if (!read_u1(p, &tag))
            return false;
        p->cp_offset[index] = (uint32_t)at;
        CpEntry *entry = &cf->cp[index];
        switch (tag) {
        case CP_CLASS:
        case CP_STRING:
            if (!read_u2(p, &entry->u.name))
                return false;
            break;
        case CP_FIELDREF:
        case CP_METHODREF:
        case CP_INTERFACE_METHODREF:
            if (!need(p, 4))
                return false;
            entry->u.ref.class_index = get_u2(p);
            entry->u.ref.name_and_type_index = get_u2(p);
            break;
        case CP_METHOD_HANDLE:
            if (!version_gate(p, tag, (uint16_t)index, at, VERSION_7) ||
                !need(p, 3))
                return false;
            entry->u.handle.kind = get_u1(p);
            entry->u.handle.reference_index = get_u2(p);
            break;
        case CP_METHOD_TYPE:
            if (!version_gate(p, tag, (uint16_t)index, at, VERSION_7) ||
                !read_u2(p, &entry->u.name))
                return false;
            break;
        case CP_DYNAMIC:
        case CP_INVOKE_DYNAMIC:
            if (!version_gate(p, tag, (uint16_t)index, at,
                              tag == CP_DYNAMIC ? VERSION_11 : VERSION_7) ||
                !need(p, 4))
                return false;
            entry->u.dyn.bootstrap_index = get_u2(p);
            entry->u.dyn.name_and_type_index = get_u2(p);
            if (entry->u.dyn.bootstrap_index > p->max_bootstrap_index)
                p->max_bootstrap_index = entry->u.dyn.bootstrap_index;
            break;
        case CP_INTEGER:
            if (!need(p, 4))
                return false;
            entry->u.i = (int32_t)get_u4(p);
            break;
        case CP_FLOAT: {
            if (!need(p, 4))
                return false;
            uint32_t bits = get_u4(p);
            memcpy(&entry->u.f, &bits, sizeof bits);
            break;
        }
        case CP_LONG:
        case CP_DOUBLE: {
            /* JVMS 4.4.5: eight-byte constants take two slots. */
            if (index + 1 >= cf->cp_count)
                return fail(p, at,
                            "constant pool entry %u: a %s needs two slots "
                            "but is the last entry",
                            index, tag_name(tag));
            if (!need(p, 8))
                return false;
            uint64_t bits = (uint64_t)get_u4(p) << 32;
            bits |= get_u4(p);
            if (tag == CP_LONG)
                entry->u.j = (int64_t)bits;
            else
                memcpy(&entry->u.d, &bits, sizeof bits);
            entry->tag = tag;
            index++;
            p->cp_offset[index] = (uint32_t)at;
            continue;
        }
        case CP_NAME_AND_TYPE:
            if (!need(p, 4))
                return false;
            entry->u.nat.name_index = get_u2(p);
            entry->u.nat.descriptor_index = get_u2(p);
            break;
        case CP_UTF8: {
            uint16_t length;
            if (!read_u2(p, &length) || !need(p, length))
                return false;
            const uint8_t *bytes = p->data + p->pos;
            bool valid = p->major <= 47 ? mutf8_validate(bytes, length)
                                        : mutf8_validate_strict(bytes, length);
            if (!valid)
                return fail(p, p->pos,
                            "constant pool entry %u: Utf8 entry is not "
                            "valid modified UTF-8",
                            index);
            char *copy = alloc_array(p, (size_t)length + 1, 1);
            if (!copy)
                return false;
            memcpy(copy, bytes, length);
            entry->u.utf8.bytes = copy;
            entry->u.utf8.length = length;
            p->pos += length;
            break;
        }
        case CP_MODULE:
        case CP_PACKAGE:
            /* JVMS 4.4.11, 4.4.12: only in a module-info class. HotSpot
             * keeps parsing so that ACC_MODULE, checked later, wins. */
            if (p->major >= VERSION_9) {
                if (!read_u2(p, &entry->u.name))
                    return false;
                if (p->bad_constant == 0) {
                    p->bad_constant = tag;
                    p->bad_constant_index = (uint16_t)index;
                }
                break;
            }
            /* fall through */
        default:
            return fail(p, at, "constant pool entry %u has unknown tag %u",
                        index, tag);
        }
        entry->tag = tag;
    }
    return true;
}

/* Checks that the entry at [index] refers, through field [field] with
 * value [target], to an entry tagged [tag]. */
static bool cross_ref(Parser *p, unsigned index, const char *field,
                      unsigned target, CpTag tag)
{
    if (cp_has(p, target, tag))
        return true;
    uint8_t own = p->cf->cp[index].tag;
    if (!cp_in_range(p, target))
        return fail(p, p->cp_offset[index],
                    "constant pool entry %u (%s): %s %u is out of range",
                    index, tag_name(own), field, target);
    const char *found = tag_name(p->cf->cp[target].tag);
    return fail(p, p->cp_offset[index],
                "constant pool entry %u (%s): %s %u is %s %s, expected %s %s",
                index, tag_name(own), field, target, article(found), found,
                article(tag_name((uint8_t)tag)), tag_name((uint8_t)tag));
}

/* First pass over the pool (JVMS 4.4): every reference is in range and
 * points at an entry of the right tag; method handles per 4.4.8. */
static bool check_constant_references(Parser *p)
{
    ClassFile *cf = p->cf;
    for (unsigned index = 1; index < cf->cp_count; index++) {
        CpEntry *e = &cf->cp[index];
        switch (e->tag) {
        case CP_FIELDREF:
        case CP_METHODREF:
        case CP_INTERFACE_METHODREF:
            if (!cross_ref(p, index, "class_index", e->u.ref.class_index,
                           CP_CLASS) ||
                !cross_ref(p, index, "name_and_type_index",
                           e->u.ref.name_and_type_index, CP_NAME_AND_TYPE))
                return false;
            break;
        case CP_NAME_AND_TYPE:
            if (!cross_ref(p, index, "name_index", e->u.nat.name_index,
                           CP_UTF8) ||
                !cross_ref(p, index, "descriptor_index",
                           e->u.nat.descriptor_index, CP_UTF8))
                return false;
            break;
        case CP_CLASS:
            if (!cross_ref(p, index, "name_index", e->u.name, CP_UTF8))
                return false;
            break;
        case CP_STRING:
            if (!cross_ref(p, index, "string_index", e->u.name, CP_UTF8))
                return false;
            break;
        case CP_METHOD_TYPE:
            if (!cross_ref(p, index, "descriptor_index", e->u.name, CP_UTF8))
                return false;
            break;
        case CP_DYNAMIC:
        case CP_INVOKE_DYNAMIC:
            /* The bootstrap index is checked against the BootstrapMethods
             * attribute once that has been read. */
            if (!cross_ref(p, index, "name_and_type_index",
                           e->u.dyn.name_and_type_index, CP_NAME_AND_TYPE))
                return false;
            break;
        case CP_METHOD_HANDLE: {
            unsigned target = e->u.handle.reference_index;
            if (!cp_in_range(p, target))
                return fail(p, p->cp_offset[index],
                            "constant pool entry %u (MethodHandle): "
                            "reference_index %u is out of range",
                            index, target);
            uint8_t tag = cf->cp[target].tag;
            bool ok;
            const char *expected;
            switch (e->u.handle.kind) {
            case REF_getField:
            case REF_getStatic:
            case REF_putField:
            case REF_putStatic:
                ok = tag == CP_FIELDREF;
                expected = "a Fieldref";
                break;
            case REF_invokeVirtual:
            case REF_newInvokeSpecial:
                ok = tag == CP_METHODREF;
                expected = "a Methodref";
                break;
            case REF_invokeStatic:
            case REF_invokeSpecial:
                /* Interface methods are allowed from version 52 on. */
                ok = tag == CP_METHODREF ||
                     (p->major >= VERSION_8 && tag == CP_INTERFACE_METHODREF);
                expected = p->major >= VERSION_8
                               ? "a Methodref or InterfaceMethodref"
                               : "a Methodref (before version 52)";
                break;
            case REF_invokeInterface:
                ok = tag == CP_INTERFACE_METHODREF;
                expected = "an InterfaceMethodref";
                break;
            default:
                return fail(p, p->cp_offset[index],
                            "constant pool entry %u (MethodHandle) has "
                            "invalid reference kind %u",
                            index, e->u.handle.kind);
            }
            if (!ok)
                return fail(p, p->cp_offset[index],
                            "constant pool entry %u (MethodHandle, kind %u): "
                            "reference_index %u is %s %s, expected %s",
                            index, e->u.handle.kind, target,
                            article(tag_name(tag)), tag_name(tag), expected);
            break;
        }
        default:
            break;
        }
    }
    return true;
}

/* Second pass (JVMS 4.4, 4.2, 4.3): names and descriptors have the right
 * form for the way they are used. */
static bool check_constant_formats(Parser *p)
{
    ClassFile *cf = p->cf;
    for (unsigned index = 1; index < cf->cp_count; index++) {
        CpEntry *e = &cf->cp[index];
        size_t at = p->cp_offset[index];
        switch (e->tag) {
        case CP_CLASS: {
            const CpEntry *name = &cf->cp[e->u.name];
            if (!class_name_ok(p, name->u.utf8.bytes, name->u.utf8.length))
                return fail(p, at,
                            "constant pool entry %u: illegal class name "
                            "\"%.*s\"",
                            index, NAME_IN_MESSAGE, name->u.utf8.bytes);
            break;
        }
        case CP_NAME_AND_TYPE: {
            const CpEntry *name = &cf->cp[e->u.nat.name_index];
            const CpEntry *type = &cf->cp[e->u.nat.descriptor_index];
            if (type->u.utf8.length == 0 || name->u.utf8.length == 0)
                return fail(p, at,
                            "constant pool entry %u (NameAndType) has an "
                            "empty %s",
                            index,
                            type->u.utf8.length == 0 ? "descriptor" : "name");
            const char *n = name->u.utf8.bytes, *d = type->u.utf8.bytes;
            if (d[0] == '(') {
                if (!method_name_ok(p, n, name->u.utf8.length))
                    return fail(p, at,
                                "constant pool entry %u: illegal method "
                                "name \"%.*s\"",
                                index, NAME_IN_MESSAGE, n);
                if (check_method_descriptor(p, n, d, at) < 0)
                    return false;
            } else {
                if (!field_name_ok(p, n, name->u.utf8.length))
                    return fail(p, at,
                                "constant pool entry %u: illegal field name "
                                "\"%.*s\"",
                                index, NAME_IN_MESSAGE, n);
                if (!check_field_descriptor(p, n, d, at, "field"))
                    return false;
            }
            break;
        }
        case CP_DYNAMIC:
        case CP_INVOKE_DYNAMIC:
        case CP_FIELDREF:
        case CP_METHODREF:
        case CP_INTERFACE_METHODREF: {
            const char *name, *descriptor;
            class_file_member_ref(cf, (uint16_t)index, &name, &descriptor);
            bool wants_method = e->tag != CP_FIELDREF && e->tag != CP_DYNAMIC;
            if ((descriptor[0] == '(') != wants_method)
                return fail(p, at,
                            "constant pool entry %u (%s) \"%.*s\" has %s "
                            "descriptor \"%.*s\"",
                            index, tag_name(e->tag), NAME_IN_MESSAGE, name,
                            wants_method ? "a field" : "a method",
                            NAME_IN_MESSAGE, descriptor);
            /* Only <init> may start with '<' in a Methodref. */
            if (e->tag == CP_METHODREF && name[0] == '<' &&
                strcmp(name, "<init>") != 0)
                return fail(p, at,
                            "constant pool entry %u (Methodref) names "
                            "method \"%.*s\"",
                            index, NAME_IN_MESSAGE, name);
            break;
        }
        case CP_METHOD_HANDLE: {
            uint8_t kind = e->u.handle.kind;
            if (kind != REF_invokeVirtual && kind != REF_invokeStatic &&
                kind != REF_invokeSpecial && kind != REF_newInvokeSpecial)
                break;
            const char *name, *descriptor;
            class_file_member_ref(cf, e->u.handle.reference_index, &name,
                                  &descriptor);
            bool is_init = strcmp(name, "<init>") == 0;
            if (kind == REF_newInvokeSpecial && !is_init)
                return fail(p, at,
                            "constant pool entry %u (MethodHandle, "
                            "REF_newInvokeSpecial) must refer to <init>, not "
                            "\"%.*s\"",
                            index, NAME_IN_MESSAGE, name);
            if (kind != REF_newInvokeSpecial && is_init)
                return fail(p, at,
                            "constant pool entry %u (MethodHandle, kind %u) "
                            "must not refer to <init>",
                            index, kind);
            break;
        }
        case CP_METHOD_TYPE:
            if (check_method_descriptor(p, NULL, class_file_utf8(cf, e->u.name),
                                        at) < 0)
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

/* JVMS 4.4: the count, the entries, then the two checking passes. */
static bool parse_constant_pool(Parser *p)
{
    ClassFile *cf = p->cf;
    size_t at = p->pos;
    if (!need(p, 3)) /* the count and the first tag */
        return false;
    cf->cp_count = get_u2(p);
    if (cf->cp_count == 0)
        return fail(p, at, "constant pool count is 0");
    cf->cp = alloc_array(p, cf->cp_count, sizeof(CpEntry));
    p->cp_offset = scratch_array(p, cf->cp_count, sizeof(uint32_t));
    if (!cf->cp || !p->cp_offset)
        return false;
    if (!read_constants(p))
        return false;
    if (p->bad_constant != 0)
        return true; /* reported after the access flags, as HotSpot does */
    return check_constant_references(p) && check_constant_formats(p);
}

/* ------------------------------------------------------------------ */
/* Access flags (JVMS 4.1, 4.5, 4.6)                                   */
/* ------------------------------------------------------------------ */

/* HotSpot rejects a class file with ACC_MODULE (JVMS 4.1: a module-info
 * is not a class) with NoClassDefFoundError, before any other check of the
 * flags; we report CFE_CLASS_FORMAT with HotSpot's message. */
static bool module_flag_error(Parser *p)
{
    /* The caller turns this message back into NoClassDefFoundError. */
    char label[160];
    class_label(p, label, sizeof label);
    return fail_plain(p, CFE_CLASS_FORMAT,
                      "%s is not a class because access_flag ACC_MODULE is "
                      "set",
                      label);
}

/* JVMS 4.1 (and 4.7.6 for inner classes): checks [flags] after masking. */
static bool check_class_flags(Parser *p, unsigned flags, size_t at,
                              const char *what)
{
    if (flags & ACC_MODULE)
        return module_flag_error(p);
    bool interface = flags & ACC_INTERFACE, abstract = flags & ACC_ABSTRACT;
    bool modern = p->major >= VERSION_1_5;
    const char *why = NULL;
    if (abstract && (flags & ACC_FINAL))
        why = "both ACC_ABSTRACT and ACC_FINAL";
    else if (interface && !abstract)
        why = "an interface without ACC_ABSTRACT";
    else if (interface && modern && (flags & (ACC_SUPER | ACC_ENUM)))
        why = "an interface with ACC_SUPER or ACC_ENUM";
    else if (!interface && modern && (flags & ACC_ANNOTATION))
        why = "ACC_ANNOTATION without ACC_INTERFACE";
    if (why)
        return fail(p, at, "illegal %s access flags 0x%04x: %s", what, flags,
                    why);
    return true;
}

/* More than one of ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED. */
static bool bad_visibility(unsigned flags)
{
    unsigned visibility = flags & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED);
    return visibility & (visibility - 1); /* more than one bit */
}

/* JVMS 4.5. */
static bool check_field_flags(Parser *p, unsigned flags, bool interface,
                              size_t at)
{
    bool illegal;
    if (interface) {
        unsigned required = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;
        illegal = (flags & required) != required ||
                  (flags & (ACC_PRIVATE | ACC_PROTECTED | ACC_VOLATILE |
                            ACC_TRANSIENT)) ||
                  (p->major >= VERSION_1_5 && (flags & ACC_ENUM));
    } else {
        illegal = bad_visibility(flags) ||
                  ((flags & ACC_FINAL) && (flags & ACC_VOLATILE));
    }
    if (illegal)
        return fail(p, at, "illegal field access flags 0x%04x%s", flags,
                    interface ? " in an interface" : "");
    return true;
}

/* JVMS 4.6, with HotSpot's version rules (strictfp stops mattering at 61,
 * JEP 306). [name] is the method's name; <clinit> is handled apart. */
static bool check_method_flags(Parser *p, unsigned flags, bool interface,
                               const char *name, size_t at)
{
    bool is_public = flags & ACC_PUBLIC, is_private = flags & ACC_PRIVATE;
    bool is_protected = flags & ACC_PROTECTED, is_static = flags & ACC_STATIC;
    bool is_final = flags & ACC_FINAL, is_native = flags & ACC_NATIVE;
    bool is_abstract = flags & ACC_ABSTRACT, is_bridge = flags & ACC_BRIDGE;
    bool is_strict = flags & ACC_STRICT;
    bool is_synchronized = flags & ACC_SYNCHRONIZED;
    bool since_1_5 = p->major >= VERSION_1_5, since_8 = p->major >= VERSION_8;
    bool since_17 = p->major >= VERSION_17;
    bool illegal = false;
    if (interface) {
        if (since_8) {
            illegal = is_public == is_private || is_native || is_protected ||
                      is_final || is_synchronized ||
                      (is_abstract &&
                       (is_private || is_static || (!since_17 && is_strict)));
        } else if (since_1_5) {
            illegal = !is_public || is_private || is_protected || is_static ||
                      is_final || is_synchronized || is_native ||
                      !is_abstract || is_strict;
        } else {
            illegal = !is_public || is_static || is_final || is_native ||
                      !is_abstract;
        }
    } else if (bad_visibility(flags)) {
        illegal = true;
    } else if (strcmp(name, "<init>") == 0) {
        illegal = is_static || is_final || is_synchronized || is_native ||
                  is_abstract || (since_1_5 && is_bridge);
    } else if (is_abstract) {
        illegal = is_final || is_native || is_private || is_static ||
                  (since_1_5 && (is_synchronized || (!since_17 && is_strict)));
    }
    if (illegal)
        return fail(p, at, "method \"%.*s\" has illegal access flags 0x%04x%s",
                    NAME_IN_MESSAGE, name, flags,
                    interface ? " for an interface method" : "");
    return true;
}

/* ------------------------------------------------------------------ */
/* Attribute headers                                                   */
/* ------------------------------------------------------------------ */

typedef struct AttributeHeader {
    size_t at;       /* offset of the header */
    const char *name;
    uint32_t length;
    size_t body;     /* offset of the body */
} AttributeHeader;

/* Reads an attribute's name (a Utf8 index) and length (JVMS 4.7). */
static bool read_attribute_header(Parser *p, AttributeHeader *h,
                                  const char *where)
{
    h->at = p->pos;
    if (!need(p, 6))
        return false;
    uint16_t name_index = get_u2(p);
    h->length = get_u4(p);
    h->body = p->pos;
    char what[64];
    snprintf(what, sizeof what, "%s attribute name", where);
    if (!expect_tag(p, name_index, CP_UTF8, h->at, what))
        return false;
    h->name = p->cf->cp[name_index].u.utf8.bytes;
    return true;
}

/* True when attribute [h] is called [name]. */
static bool is(const AttributeHeader *h, const char *name)
{
    return strcmp(h->name, name) == 0;
}

/* Fails when a second attribute [h] arrives after [*seen] was set. */
static bool first_of_kind(Parser *p, const AttributeHeader *h, bool *seen,
                          const char *where)
{
    if (*seen)
        return fail(p, h->at, "duplicate %s attribute in %s", h->name, where);
    *seen = true;
    return true;
}

/* Fails unless attribute [h] is [expected] bytes long. */
static bool expect_length(Parser *p, const AttributeHeader *h,
                          uint32_t expected)
{
    if (h->length == expected)
        return true;
    return fail(p, h->at, "%s attribute has length %u, expected %u", h->name,
                h->length, expected);
}

/* The annotation attributes HotSpot recognises (from version 49) only to
 * reject duplicates; their contents are skipped. Returns the index of
 * [h]'s kind in [seen], or -1. */
static int annotation_kind(const AttributeHeader *h)
{
    static const char *const names[] = {
        "RuntimeVisibleAnnotations", "RuntimeInvisibleAnnotations",
        "RuntimeVisibleTypeAnnotations", "RuntimeInvisibleTypeAnnotations",
        "RuntimeVisibleParameterAnnotations",
        "RuntimeInvisibleParameterAnnotations", "AnnotationDefault"};
    for (int i = 0; i < 7; i++)
        if (is(h, names[i]))
            return i;
    return -1;
}

/* Reads a Signature attribute body (JVMS 4.7.9): a Utf8 index. */
static bool read_signature(Parser *p, const AttributeHeader *h,
                           const char **out)
{
    if (!expect_length(p, h, 2))
        return false;
    *out = read_utf8_ref(p, "Signature attribute");
    return *out != NULL;
}

/* ------------------------------------------------------------------ */
/* Fields (JVMS 4.5)                                                   */
/* ------------------------------------------------------------------ */

/* JVMS 4.7.2: the constant's tag must fit the field's type. */
static bool check_constant_value(Parser *p, FieldInfo *field, uint16_t index,
                                 size_t at)
{
    if (!cp_in_range(p, index))
        return fail(p, at, "ConstantValue index %u is out of range", index);
    uint8_t tag = p->cf->cp[index].tag;
    const char *d = field->descriptor;
    bool ok;
    switch (d[0]) {
    case 'J': ok = tag == CP_LONG; break;
    case 'F': ok = tag == CP_FLOAT; break;
    case 'D': ok = tag == CP_DOUBLE; break;
    case 'B': case 'C': case 'S': case 'Z': case 'I':
        ok = tag == CP_INTEGER;
        break;
    case 'L':
        ok = strcmp(d, "Ljava/lang/String;") == 0 && tag == CP_STRING;
        break;
    default: /* arrays have no constant value */
        ok = false;
        break;
    }
    if (!ok)
        return fail(p, at,
                    "ConstantValue of field \"%.*s\" (%.*s) is %s %s constant",
                    NAME_IN_MESSAGE, field->name, NAME_IN_MESSAGE, d,
                    article(tag_name(tag)), tag_name(tag));
    field->constant_value_index = index;
    return true;
}

/* The attributes of one field (JVMS 4.5), as HotSpot recognises them:
 * ConstantValue only on static fields, Signature and annotations from 49. */
static bool parse_field_attributes(Parser *p, FieldInfo *field,
                                   uint16_t count)
{
    bool is_static = field->access_flags & ACC_STATIC;
    bool seen_constant = false, seen_signature = false, seen_notes[7] = {0};
    for (unsigned i = 0; i < count; i++) {
        AttributeHeader h;
        if (!read_attribute_header(p, &h, "field"))
            return false;
        if (is_static && is(&h, "ConstantValue")) {
            /* HotSpot ignores ConstantValue on instance fields. */
            if (!first_of_kind(p, &h, &seen_constant, "a field") ||
                !expect_length(p, &h, 2))
                return false;
            size_t at = p->pos;
            uint16_t index;
            if (!read_u2(p, &index) ||
                !check_constant_value(p, field, index, at))
                return false;
        } else if (is(&h, "Synthetic")) {
            if (!expect_length(p, &h, 0))
                return false;
            field->access_flags |= ACC_SYNTHETIC;
        } else if (is(&h, "Deprecated")) {
            if (!expect_length(p, &h, 0))
                return false;
        } else if (p->major >= VERSION_1_5 && is(&h, "Signature")) {
            if (!first_of_kind(p, &h, &seen_signature, "a field") ||
                !read_signature(p, &h, &field->signature))
                return false;
        } else if (p->major >= VERSION_1_5 && annotation_kind(&h) >= 0 &&
                   annotation_kind(&h) < 4) {
            if (!first_of_kind(p, &h, &seen_notes[annotation_kind(&h)],
                               "a field") ||
                !skip_attribute(p, h.name, h.length))
                return false;
        } else if (!skip_attribute(p, h.name, h.length)) {
            return false;
        }
    }
    return true;
}

/* JVMS 4.5: the fields, then the duplicate check. */
static bool parse_fields(Parser *p)
{
    ClassFile *cf = p->cf;
    bool interface = cf->access_flags & ACC_INTERFACE;
    if (!read_u2(p, &cf->field_count))
        return false;
    cf->fields = alloc_array(p, cf->field_count, sizeof(FieldInfo));
    if (!cf->fields)
        return false;
    for (unsigned i = 0; i < cf->field_count; i++) {
        FieldInfo *field = &cf->fields[i];
        size_t at = p->pos;
        if (!need(p, 8))
            return false;
        unsigned flags = get_u2(p) & RECOGNIZED_FIELD_FLAGS;
        if (!check_field_flags(p, flags, interface, at))
            return false;
        field->access_flags = (uint16_t)flags;
        size_t name_at = p->pos;
        field->name = read_utf8_ref(p, "field name");
        if (!field->name ||
            !check_field_name(p, field->name, name_at, "field"))
            return false;
        size_t descriptor_at = p->pos;
        field->descriptor = read_utf8_ref(p, "field descriptor");
        if (!field->descriptor ||
            !check_field_descriptor(p, field->name, field->descriptor,
                                    descriptor_at, "field"))
            return false;
        uint16_t attributes = get_u2(p);
        if (!parse_field_attributes(p, field, attributes))
            return false;
    }
    NamePair *pairs = scratch_array(p, cf->field_count, sizeof(NamePair));
    if (!pairs)
        return false;
    for (unsigned i = 0; i < cf->field_count; i++)
        pairs[i] = (NamePair){cf->fields[i].name, cf->fields[i].descriptor};
    long duplicate = find_duplicate(p, pairs, cf->field_count);
    if (duplicate == -2)
        return false;
    if (duplicate >= 0)
        return fail(p, p->pos, "duplicate field \"%.*s\" with descriptor \"%.*s\"",
                    NAME_IN_MESSAGE, cf->fields[duplicate].name,
                    NAME_IN_MESSAGE, cf->fields[duplicate].descriptor);
    return true;
}

/* ------------------------------------------------------------------ */
/* Methods and Code (JVMS 4.6, 4.7.3)                                  */
/* ------------------------------------------------------------------ */

/* JVMS 4.7.12: appends a LineNumberTable to the method's lines. */
static bool parse_line_numbers(Parser *p, const AttributeHeader *h,
                               uint32_t code_length)
{
    uint16_t count;
    if (!read_u2(p, &count))
        return false;
    if (h->length != 2 + 4 * (uint32_t)count)
        return fail(p, h->at,
                    "LineNumberTable attribute has length %u but %u entries",
                    h->length, count);
    if (!need(p, 4 * (size_t)count))
        return false;
    for (unsigned i = 0; i < count; i++) {
        size_t at = p->pos;
        LineNumber line;
        line.start_pc = get_u2(p);
        line.line = get_u2(p);
        if (line.start_pc >= code_length)
            return fail(p, at, "LineNumberTable start_pc %u is not below the "
                        "code length %u",
                        line.start_pc, code_length);
        /* The concatenation is kept to 65535 entries (line_count is a
         * u2); longer tables are legal but only ever seen in tests. */
        if (p->line_count >= UINT16_MAX)
            continue;
        if (!grow(p, (void **)&p->lines, p->line_count, &p->line_capacity,
                  sizeof(LineNumber)))
            return false;
        p->lines[p->line_count++] = line;
    }
    return true;
}

/* JVMS 4.7.13, 4.7.14: checked as HotSpot does; kept only for the
 * duplicate and matching checks at the end of the method. */
static bool parse_local_variables(Parser *p, const AttributeHeader *h,
                                  uint32_t code_length, uint16_t max_locals,
                                  bool typed)
{
    uint16_t count;
    if (!read_u2(p, &count))
        return false;
    if (h->length != 2 + 10 * (uint32_t)count)
        return fail(p, h->at, "%s attribute has length %u but %u entries",
                    h->name, h->length, count);
    if (!need(p, 10 * (size_t)count))
        return false;
    for (unsigned i = 0; i < count; i++) {
        size_t at = p->pos;
        LocalVariable v = {0};
        v.start_pc = get_u2(p);
        v.length = get_u2(p);
        v.name_index = get_u2(p);
        uint16_t descriptor_index = get_u2(p);
        v.slot = get_u2(p);
        if (v.start_pc >= code_length)
            return fail(p, at, "%s start_pc %u is not below the code length %u",
                        h->name, v.start_pc, code_length);
        if ((uint32_t)v.start_pc + v.length > code_length)
            return fail(p, at, "%s range %u+%u extends past the code length %u",
                        h->name, v.start_pc, v.length, code_length);
        char what[64];
        snprintf(what, sizeof what, "%s name", h->name);
        if (!expect_tag(p, v.name_index, CP_UTF8, at, what))
            return false;
        snprintf(what, sizeof what, "%s descriptor", h->name);
        if (!expect_tag(p, descriptor_index, CP_UTF8, at, what))
            return false;
        const char *name = class_file_utf8(p->cf, v.name_index);
        const char *descriptor = class_file_utf8(p->cf, descriptor_index);
        if (!check_field_name(p, name, at, "local variable"))
            return false;
        unsigned extra = 0;
        if (!typed) {
            if (!check_field_descriptor(p, name, descriptor, at,
                                        "local variable"))
                return false;
            if (strcmp(descriptor, "J") == 0 || strcmp(descriptor, "D") == 0)
                extra = 1;
        }
        if ((unsigned)v.slot + extra >= max_locals)
            return fail(p, at, "%s slot %u of \"%.*s\" is not below max_locals %u",
                        h->name, v.slot, NAME_IN_MESSAGE, name, max_locals);
        if (typed) {
            if (!grow(p, (void **)&p->lvtt, p->lvtt_count, &p->lvtt_capacity,
                      sizeof(LocalVariable)))
                return false;
            p->lvtt[p->lvtt_count++] = v;
        } else {
            if (!grow(p, (void **)&p->lvt, p->lvt_count, &p->lvt_capacity,
                      sizeof(LocalVariable)))
                return false;
            p->lvt[p->lvt_count++] = v;
        }
    }
    return true;
}

/* Orders local variables by HotSpot's key: start, length, name, slot. */
static int compare_local_variables(const void *a, const void *b)
{
    const LocalVariable *x = a, *y = b;
    if (x->start_pc != y->start_pc)
        return x->start_pc < y->start_pc ? -1 : 1;
    if (x->length != y->length)
        return x->length < y->length ? -1 : 1;
    if (x->name_index != y->name_index)
        return x->name_index < y->name_index ? -1 : 1;
    if (x->slot != y->slot)
        return x->slot < y->slot ? -1 : 1;
    return 0;
}

/* No two LocalVariableTable entries for the same variable (from version
 * 49), and every LocalVariableTypeTable entry matches exactly one. */
static bool check_local_variables(Parser *p, const MethodInfo *method,
                                  size_t at)
{
    if (p->lvt_count == 0)
        return true;
    qsort(p->lvt, p->lvt_count, sizeof(LocalVariable), compare_local_variables);
    if (p->major >= VERSION_1_5) {
        for (size_t i = 1; i < p->lvt_count; i++)
            if (compare_local_variables(&p->lvt[i - 1], &p->lvt[i]) == 0)
                return fail(p, at,
                            "method \"%.*s\" has duplicate LocalVariableTable "
                            "entries for \"%.*s\"",
                            NAME_IN_MESSAGE, method->name, NAME_IN_MESSAGE,
                            class_file_utf8(p->cf, p->lvt[i].name_index));
    }
    for (size_t i = 0; i < p->lvtt_count; i++) {
        LocalVariable *match = bsearch(&p->lvtt[i], p->lvt, p->lvt_count,
                                       sizeof(LocalVariable),
                                       compare_local_variables);
        const char *name = class_file_utf8(p->cf, p->lvtt[i].name_index);
        if (!match)
            return fail(p, at,
                        "method \"%.*s\": LocalVariableTypeTable entry for "
                        "\"%.*s\" matches no LocalVariableTable entry",
                        NAME_IN_MESSAGE, method->name, NAME_IN_MESSAGE, name);
        if (match->typed)
            return fail(p, at,
                        "method \"%.*s\" has duplicate LocalVariableTypeTable "
                        "entries for \"%.*s\"",
                        NAME_IN_MESSAGE, method->name, NAME_IN_MESSAGE, name);
        match->typed = true;
    }
    return true;
}

/* JVMS 4.7.3: the body of a Code attribute [h] of [method], whose
 * arguments take [argument_slots] locals. */
static bool parse_code(Parser *p, MethodInfo *method, const AttributeHeader *h,
                       int argument_slots)
{
    CodeAttribute *code = alloc_array(p, 1, sizeof(CodeAttribute));
    if (!code)
        return false;
    size_t at = p->pos;
    if (!need(p, 8))
        return false;
    code->max_stack = get_u2(p);
    code->max_locals = get_u2(p);
    code->code_length = get_u4(p);
    if (argument_slots > code->max_locals)
        return fail(p, at,
                    "method \"%.*s\": its arguments need %d local slots but "
                    "max_locals is %u",
                    NAME_IN_MESSAGE, method->name, argument_slots,
                    code->max_locals);
    if (code->code_length == 0 || code->code_length > MAX_CODE_LENGTH)
        return fail(p, at + 4, "method \"%.*s\" has code length %u (must be "
                    "1 to 65535)",
                    NAME_IN_MESSAGE, method->name, code->code_length);
    if (!need(p, code->code_length))
        return false;
    uint8_t *bytes = alloc_array(p, code->code_length, 1);
    if (!bytes)
        return false;
    memcpy(bytes, p->data + p->pos, code->code_length);
    code->code = bytes;
    p->pos += code->code_length;

    if (!read_u2(p, &code->handler_count) ||
        !need(p, 8 * (size_t)code->handler_count))
        return false;
    code->handlers = alloc_array(p, code->handler_count,
                                 sizeof(ExceptionHandler));
    if (!code->handlers)
        return false;
    for (unsigned i = 0; i < code->handler_count; i++) {
        size_t entry_at = p->pos;
        ExceptionHandler *handler = &code->handlers[i];
        handler->start_pc = get_u2(p);
        handler->end_pc = get_u2(p);
        handler->handler_pc = get_u2(p);
        handler->catch_type = get_u2(p);
        if (handler->start_pc >= handler->end_pc ||
            handler->end_pc > code->code_length)
            return fail(p, entry_at,
                        "exception table range %u..%u is not within the "
                        "code (length %u)",
                        handler->start_pc, handler->end_pc,
                        code->code_length);
        if (handler->handler_pc >= code->code_length)
            return fail(p, entry_at,
                        "exception handler pc %u is not below the code "
                        "length %u",
                        handler->handler_pc, code->code_length);
        if (handler->catch_type != 0 &&
            !expect_tag(p, handler->catch_type, CP_CLASS, entry_at + 6,
                        "exception table catch_type"))
            return false;
    }

    uint16_t attribute_count;
    if (!read_u2(p, &attribute_count))
        return false;
    /* The nested attributes are read through the file, as HotSpot does;
     * their sizes must then add up to the Code attribute's length. */
    uint64_t computed = 8 + (uint64_t)code->code_length + 2 + 2 +
                        8 * (uint64_t)code->handler_count;
    p->line_count = 0;
    bool seen_stack_map = false;
    for (unsigned i = 0; i < attribute_count; i++) {
        AttributeHeader nested;
        if (!read_attribute_header(p, &nested, "Code"))
            return false;
        computed += 6 + (uint64_t)nested.length;
        if (is(&nested, "LineNumberTable")) {
            if (!parse_line_numbers(p, &nested, code->code_length))
                return false;
        } else if (is(&nested, "LocalVariableTable")) {
            if (!parse_local_variables(p, &nested, code->code_length,
                                       code->max_locals, false))
                return false;
        } else if (p->major >= VERSION_1_5 &&
                   is(&nested, "LocalVariableTypeTable")) {
            if (!parse_local_variables(p, &nested, code->code_length,
                                       code->max_locals, true))
                return false;
        } else if (p->major >= VERSION_6 && is(&nested, "StackMapTable")) {
            if (!first_of_kind(p, &nested, &seen_stack_map, "a Code attribute"))
                return false;
            if (nested.length > 0) {
                if (!need(p, nested.length))
                    return false;
                uint8_t *map = alloc_array(p, nested.length, 1);
                if (!map)
                    return false;
                memcpy(map, p->data + p->pos, nested.length);
                code->stack_map = map;
                code->stack_map_length = nested.length;
                p->pos += nested.length;
            }
        } else if (!skip_attribute(p, nested.name, nested.length)) {
            return false;
        }
    }
    if (computed != h->length)
        return fail(p, h->at,
                    "Code attribute of method \"%.*s\" has length %u but its "
                    "contents take %llu bytes",
                    NAME_IN_MESSAGE, method->name, h->length,
                    (unsigned long long)computed);
    code->line_count = (uint16_t)p->line_count;
    if (p->line_count > 0) {
        code->lines = alloc_array(p, p->line_count, sizeof(LineNumber));
        if (!code->lines)
            return false;
        memcpy(code->lines, p->lines, p->line_count * sizeof(LineNumber));
    }
    method->code = code;
    return true;
}

/* JVMS 4.7.5: the classes a method declares it throws. */
static bool parse_exceptions(Parser *p, MethodInfo *method,
                             const AttributeHeader *h)
{
    if (!read_u2(p, &method->exception_count) ||
        !need(p, 2 * (size_t)method->exception_count))
        return false;
    method->exceptions = alloc_array(p, method->exception_count,
                                     sizeof(uint16_t));
    if (!method->exceptions)
        return false;
    for (unsigned i = 0; i < method->exception_count; i++) {
        size_t at = p->pos;
        method->exceptions[i] = get_u2(p);
        if (!expect_tag(p, method->exceptions[i], CP_CLASS, at,
                        "Exceptions attribute"))
            return false;
    }
    return expect_length(p, h, 2 + 2 * (uint32_t)method->exception_count);
}

/* JVMS 4.6: one method, its flags by name and version, its attributes. */
static bool parse_method(Parser *p, MethodInfo *method, bool interface)
{
    size_t at = p->pos;
    if (!need(p, 8))
        return false;
    unsigned flags = get_u2(p);
    size_t name_at = p->pos;
    method->name = read_utf8_ref(p, "method name");
    if (!method->name)
        return false;
    if (!method_name_ok(p, method->name, text_length(method->name)))
        return fail(p, name_at, "illegal method name \"%.*s\"",
                    NAME_IN_MESSAGE, method->name);
    size_t descriptor_at = p->pos;
    method->descriptor = read_utf8_ref(p, "method descriptor");
    if (!method->descriptor)
        return false;

    if (strcmp(method->name, "<clinit>") == 0) {
        /* JVMS 4.6: other flags of a class initializer are ignored;
         * from version 51 it must be static. */
        if (p->major < VERSION_7)
            flags = ACC_STATIC;
        else if (flags & ACC_STATIC)
            flags &= ACC_STATIC | (p->major < VERSION_17 ? ACC_STRICT : 0);
        else
            return fail(p, at, "method <clinit> is not static");
    } else if (!check_method_flags(p, flags, interface, method->name, at)) {
        return false;
    }
    if (interface && strcmp(method->name, "<init>") == 0)
        return fail(p, name_at, "an interface cannot have a method named <init>");

    int slots = check_method_descriptor(p, method->name, method->descriptor,
                                        descriptor_at);
    if (slots < 0)
        return false;
    int argument_slots = slots + ((flags & ACC_STATIC) ? 0 : 1);
    if (argument_slots > MAX_ARGUMENT_SLOTS)
        return fail(p, descriptor_at,
                    "method \"%.*s\" has %d argument slots (at most 255)",
                    NAME_IN_MESSAGE, method->name, argument_slots);
    method->access_flags = (uint16_t)(flags & RECOGNIZED_METHOD_FLAGS);
    bool bodiless = method->access_flags & (ACC_NATIVE | ACC_ABSTRACT);

    uint16_t attribute_count = get_u2(p);
    bool seen_code = false, seen_exceptions = false, seen_parameters = false;
    bool seen_signature = false, seen_notes[7] = {0};
    p->lvt_count = p->lvtt_count = 0;
    for (unsigned i = 0; i < attribute_count; i++) {
        AttributeHeader h;
        if (!read_attribute_header(p, &h, "method"))
            return false;
        if (is(&h, "Code")) {
            if (bodiless)
                return fail(p, h.at,
                            "native or abstract method \"%.*s\" has a Code "
                            "attribute",
                            NAME_IN_MESSAGE, method->name);
            if (!first_of_kind(p, &h, &seen_code, "a method") ||
                !parse_code(p, method, &h, argument_slots))
                return false;
        } else if (is(&h, "Exceptions")) {
            if (!first_of_kind(p, &h, &seen_exceptions, "a method") ||
                !parse_exceptions(p, method, &h))
                return false;
        } else if (is(&h, "MethodParameters")) {
            uint8_t count;
            if (!first_of_kind(p, &h, &seen_parameters, "a method") ||
                !read_u1(p, &count) ||
                !expect_length(p, &h, 1 + 4 * (uint32_t)count) ||
                !need(p, 4 * (size_t)count))
                return false;
            p->pos += 4 * (size_t)count;
        } else if (is(&h, "Synthetic")) {
            if (!expect_length(p, &h, 0))
                return false;
            method->access_flags |= ACC_SYNTHETIC;
        } else if (is(&h, "Deprecated")) {
            if (!expect_length(p, &h, 0))
                return false;
        } else if (p->major >= VERSION_1_5 && is(&h, "Signature")) {
            if (!first_of_kind(p, &h, &seen_signature, "a method") ||
                !read_signature(p, &h, &method->signature))
                return false;
        } else if (p->major >= VERSION_1_5 && annotation_kind(&h) >= 0) {
            if (!first_of_kind(p, &h, &seen_notes[annotation_kind(&h)],
                               "a method") ||
                !skip_attribute(p, h.name, h.length))
                return false;
        } else if (!skip_attribute(p, h.name, h.length)) {
            return false;
        }
    }
    if (!bodiless && !seen_code)
        return fail(p, at,
                    "method \"%.*s\" is neither native nor abstract but has "
                    "no Code attribute",
                    NAME_IN_MESSAGE, method->name);
    return check_local_variables(p, method, at);
}

/* JVMS 4.6: the methods, then the duplicate check. */
static bool parse_methods(Parser *p)
{
    ClassFile *cf = p->cf;
    bool interface = cf->access_flags & ACC_INTERFACE;
    if (!read_u2(p, &cf->method_count))
        return false;
    cf->methods = alloc_array(p, cf->method_count, sizeof(MethodInfo));
    if (!cf->methods)
        return false;
    for (unsigned i = 0; i < cf->method_count; i++)
        if (!parse_method(p, &cf->methods[i], interface))
            return false;
    NamePair *pairs = scratch_array(p, cf->method_count, sizeof(NamePair));
    if (!pairs)
        return false;
    for (unsigned i = 0; i < cf->method_count; i++)
        pairs[i] = (NamePair){cf->methods[i].name, cf->methods[i].descriptor};
    long duplicate = find_duplicate(p, pairs, cf->method_count);
    if (duplicate == -2)
        return false;
    if (duplicate >= 0)
        return fail(p, p->pos,
                    "duplicate method \"%.*s\" with descriptor \"%.*s\"",
                    NAME_IN_MESSAGE, cf->methods[duplicate].name,
                    NAME_IN_MESSAGE, cf->methods[duplicate].descriptor);
    return true;
}

/* ------------------------------------------------------------------ */
/* Class attributes (JVMS 4.7)                                         */
/* ------------------------------------------------------------------ */

/* JVMS 4.7.23: loadable constants (table 4.4-C). */
static bool is_loadable(uint8_t tag)
{
    switch (tag) {
    case CP_INTEGER: case CP_FLOAT: case CP_LONG: case CP_DOUBLE:
    case CP_CLASS: case CP_STRING: case CP_METHOD_HANDLE:
    case CP_METHOD_TYPE: case CP_DYNAMIC:
        return true;
    default:
        return false;
    }
}

/* JVMS 4.7.23, checked as HotSpot does: enough entries for the pool's
 * Dynamic and InvokeDynamic constants, handles and loadable arguments,
 * and a length that matches the contents exactly. */
static bool parse_bootstrap_methods(Parser *p, const AttributeHeader *h)
{
    ClassFile *cf = p->cf;
    if (h->length < 2)
        return fail(p, h->at, "BootstrapMethods attribute has length %u",
                    h->length);
    if (!need(p, h->length))
        return false;
    cf->bootstrap_count = get_u2(p);
    if (p->max_bootstrap_index >= (int)cf->bootstrap_count)
        return fail(p, h->at,
                    "BootstrapMethods has %u entries but the constant pool "
                    "uses bootstrap method %d",
                    cf->bootstrap_count, p->max_bootstrap_index);
    cf->bootstrap_methods = alloc_array(p, cf->bootstrap_count,
                                        sizeof(BootstrapMethod));
    if (!cf->bootstrap_methods)
        return false;
    /* Every u2 after the count must lie inside the attribute. */
    size_t available = (h->length - 2) / 2, used = 0;
    for (unsigned i = 0; i < cf->bootstrap_count; i++) {
        size_t at = p->pos;
        BootstrapMethod *bsm = &cf->bootstrap_methods[i];
        if (!need(p, 4))
            return false;
        bsm->method_ref = get_u2(p);
        bsm->argument_count = get_u2(p);
        if (!expect_tag(p, bsm->method_ref, CP_METHOD_HANDLE, at,
                        "bootstrap method"))
            return false;
        used += 2 + (size_t)bsm->argument_count;
        if (used > available)
            return fail(p, at,
                        "bootstrap method %u has %u arguments, more than the "
                        "BootstrapMethods attribute holds",
                        i, bsm->argument_count);
        if (!need(p, 2 * (size_t)bsm->argument_count))
            return false;
        bsm->arguments = alloc_array(p, bsm->argument_count, sizeof(uint16_t));
        if (!bsm->arguments)
            return false;
        for (unsigned j = 0; j < bsm->argument_count; j++) {
            size_t arg_at = p->pos;
            uint16_t arg = get_u2(p);
            if (!cp_in_range(p, arg) || !is_loadable(cf->cp[arg].tag))
                return fail(p, arg_at,
                            "bootstrap argument %u is not a loadable "
                            "constant",
                            arg);
            bsm->arguments[j] = arg;
        }
    }
    if (p->pos - h->body != h->length)
        return fail(p, h->at,
                    "BootstrapMethods attribute has length %u but its "
                    "contents take %zu bytes",
                    h->length, p->pos - h->body);
    return true;
}

/* Reads a u2 Class index and returns the class name, or NULL. */
static const char *read_class_ref(Parser *p, const char *what, bool zero_ok,
                                  uint16_t *index_out)
{
    size_t at = p->pos;
    uint16_t index;
    if (!read_u2(p, &index))
        return NULL;
    if (index_out)
        *index_out = index;
    if (index == 0 && zero_ok)
        return "";
    if (!expect_tag(p, index, CP_CLASS, at, what))
        return NULL;
    return class_file_class_name(p->cf, index);
}

/* A string-keyed map to small integers, in the scratch arena. */
typedef struct NameMap {
    const char **keys;
    long *values;
    size_t mask;
} NameMap;

/* Makes an empty map with room for [count] keys. */
static bool name_map_init(Parser *p, NameMap *map, size_t count)
{
    size_t slots = 4;
    while (slots < count * 2)
        slots *= 2;
    map->keys = scratch_array(p, slots, sizeof(char *));
    map->values = scratch_array(p, slots, sizeof(long));
    map->mask = slots - 1;
    return map->keys && map->values;
}

/* Returns the slot of [key]: where it is, or where it would go. */
static size_t name_map_slot(const NameMap *map, const char *key)
{
    size_t slot = hash_text(2166136261u, key) & map->mask;
    while (map->keys[slot] && strcmp(map->keys[slot], key) != 0)
        slot = (slot + 1) & map->mask;
    return slot;
}

/* The value of [key], or -1. */
static long name_map_get(const NameMap *map, const char *key)
{
    size_t slot = name_map_slot(map, key);
    return map->keys[slot] ? map->values[slot] : -1;
}

/* Adds [key] unless present: the first value wins. */
static void name_map_add(NameMap *map, const char *key, long value)
{
    size_t slot = name_map_slot(map, key);
    if (!map->keys[slot]) {
        map->keys[slot] = key;
        map->values[slot] = value;
    }
}

typedef struct InnerOrder {
    uint16_t inner;
    uint32_t position;
} InnerOrder;

/* Orders InnerClasses entries by inner class index, then position. */
static int compare_inner_order(const void *a, const void *b)
{
    const InnerOrder *x = a, *y = b;
    if (x->inner != y->inner)
        return x->inner < y->inner ? -1 : 1;
    return x->position < y->position ? -1 : x->position > y->position;
}

/*
 * HotSpot's checks of an InnerClasses table (its
 * check_inner_classes_circularity), in linear time. Entries are visited in
 * order; for each, a loop through outer classes makes HotSpot ignore the
 * attribute; otherwise the next entry for the same inner class index makes
 * it ignore the attribute too, or, when identical (from version 49), fail.
 * A loop is followed by name: from a class name to the first entry whose
 * inner class has that name, then to that entry's outer class.
 */
static bool check_inner_class_table(Parser *p, const InnerClassInfo *entries,
                                    size_t count, const AttributeHeader *h,
                                    bool *ignore)
{
    const ClassFile *cf = p->cf;
    *ignore = false;
    if (count == 0)
        return true;
    NameMap first;
    long *next = scratch_array(p, count, sizeof(long));
    long *path = scratch_array(p, count, sizeof(long));
    uint8_t *state = scratch_array(p, count, 1); /* 0 new, 1 on the path,
                                                    2 ends, 3 loops */
    InnerOrder *order = scratch_array(p, count, sizeof(InnerOrder));
    long *same = scratch_array(p, count, sizeof(long));
    if (!name_map_init(p, &first, count) || !next || !path || !state ||
        !order || !same)
        return false;
    for (size_t k = 0; k < count; k++)
        name_map_add(&first, class_file_class_name(cf, entries[k].inner_class_info_index),
                     (long)k);
    for (size_t k = 0; k < count; k++) {
        uint16_t outer = entries[k].outer_class_info_index;
        next[k] = outer == 0 ? -1
                             : name_map_get(&first, class_file_class_name(cf, outer));
    }
    /* Each walk stops at a known node, the end, or its own path (a loop);
     * every node on it then shares that outcome. */
    for (size_t k = 0; k < count; k++) {
        size_t length = 0;
        long node = (long)k;
        while (node >= 0 && state[node] == 0) {
            state[node] = 1;
            path[length++] = node;
            node = next[node];
        }
        uint8_t outcome = node < 0 ? 2 : state[node] == 1 ? 3 : state[node];
        for (size_t i = 0; i < length; i++)
            state[path[i]] = outcome;
    }
    /* The next entry with the same inner class index, for each entry. */
    for (size_t k = 0; k < count; k++) {
        order[k].inner = entries[k].inner_class_info_index;
        order[k].position = (uint32_t)k;
    }
    qsort(order, count, sizeof(InnerOrder), compare_inner_order);
    for (size_t k = 0; k < count; k++)
        same[order[k].position] = k + 1 < count && order[k + 1].inner == order[k].inner
                                      ? (long)order[k + 1].position : -1;

    for (size_t i = 0; i < count; i++) {
        uint16_t outer = entries[i].outer_class_info_index;
        if (outer != 0) {
            const char *inner_name = class_file_class_name(cf, entries[i].inner_class_info_index);
            const char *outer_name = class_file_class_name(cf, outer);
            long start = name_map_get(&first, outer_name);
            if (strcmp(inner_name, outer_name) == 0 || (start >= 0 && state[start] == 3)) {
                *ignore = true;
                return true;
            }
        }
        long j = same[i];
        if (j >= 0) {
            if (p->major >= VERSION_1_5 &&
                memcmp(&entries[i], &entries[j], sizeof(InnerClassInfo)) == 0)
                return fail(p, h->at, "duplicate entry in InnerClasses");
            *ignore = true;
            return true;
        }
    }
    return true;
}

/* JVMS 4.7.6, read from the saved start of the attribute. */
static bool parse_inner_classes(Parser *p, const AttributeHeader *h)
{
    ClassFile *cf = p->cf;
    size_t saved = p->pos;
    p->pos = h->body;
    uint16_t count;
    if (!read_u2(p, &count) || !need(p, 8 * (size_t)count))
        return false;
    InnerClassInfo *entries = alloc_array(p, count, sizeof(InnerClassInfo));
    if (!entries)
        return false;
    for (unsigned i = 0; i < count; i++) {
        InnerClassInfo *e = &entries[i];
        size_t at = p->pos;
        if (!read_class_ref(p, "inner_class_info_index", false,
                            &e->inner_class_info_index))
            return false;
        const char *outer = read_class_ref(p, "outer_class_info_index", true,
                                           &e->outer_class_info_index);
        if (!outer)
            return false;
        if (outer[0] == '[')
            return fail(p, at + 2, "InnerClasses outer class \"%.*s\" is an "
                        "array class",
                        NAME_IN_MESSAGE, outer);
        e->inner_name_index = get_u2(p);
        if (e->inner_name_index != 0 &&
            !expect_tag(p, e->inner_name_index, CP_UTF8, at + 4,
                        "InnerClasses inner_name_index"))
            return false;
        if (e->inner_class_info_index == e->outer_class_info_index)
            return fail(p, at, "class %u is both the inner and the outer class "
                        "in InnerClasses",
                        e->inner_class_info_index);
        unsigned mask = RECOGNIZED_INNER_CLASS_FLAGS |
                        (p->major >= VERSION_9 ? ACC_MODULE : 0);
        unsigned flags = get_u2(p) & mask;
        if ((flags & ACC_INTERFACE) && p->major < VERSION_6)
            flags |= ACC_ABSTRACT;
        if (!check_class_flags(p, flags, at + 6, "inner class"))
            return false;
        e->inner_class_access_flags = (uint16_t)flags;
    }
    bool ignore;
    if (!check_inner_class_table(p, entries, count, h, &ignore))
        return false;
    if (p->major >= VERSION_1_5 &&
        !expect_length(p, h, 2 + 8 * (uint32_t)count))
        return false;
    if (!ignore) {
        cf->inner_class_count = count;
        cf->inner_classes = entries;
    }
    p->pos = saved;
    return true;
}

/* NestMembers (4.7.29) and PermittedSubclasses (4.7.31): a list of
 * classes, read from the saved start of the attribute. */
static bool parse_class_list(Parser *p, const AttributeHeader *h,
                             uint16_t *count_out, const char ***names_out)
{
    size_t saved = p->pos;
    p->pos = h->body;
    uint16_t count;
    if (!read_u2(p, &count) || !need(p, 2 * (size_t)count))
        return false;
    const char **names = alloc_array(p, count, sizeof(char *));
    if (!names)
        return false;
    for (unsigned i = 0; i < count; i++) {
        names[i] = read_class_ref(p, h->name, false, NULL);
        if (!names[i])
            return false;
    }
    if (!expect_length(p, h, 2 + 2 * (uint32_t)count))
        return false;
    *count_out = count;
    *names_out = names;
    p->pos = saved;
    return true;
}

/* JVMS 4.7.30, read from the saved start of the attribute. */
static bool parse_record(Parser *p, const AttributeHeader *h)
{
    ClassFile *cf = p->cf;
    size_t saved = p->pos;
    p->pos = h->body;
    uint16_t count;
    if (!read_u2(p, &count))
        return false;
    RecordComponent *components = alloc_array(p, count, sizeof(RecordComponent));
    if (!components)
        return false;
    uint64_t computed = 2;
    for (unsigned i = 0; i < count; i++) {
        RecordComponent *c = &components[i];
        size_t at = p->pos;
        if (!need(p, 6))
            return false;
        c->name = read_utf8_ref(p, "record component name");
        if (!c->name || !check_field_name(p, c->name, at, "record component"))
            return false;
        c->descriptor = read_utf8_ref(p, "record component descriptor");
        if (!c->descriptor ||
            !check_field_descriptor(p, c->name, c->descriptor, at + 2,
                                    "record component"))
            return false;
        uint16_t attribute_count = get_u2(p);
        computed += 6;
        bool seen_signature = false, seen_notes[7] = {0};
        for (unsigned j = 0; j < attribute_count; j++) {
            AttributeHeader a;
            if (!read_attribute_header(p, &a, "record component"))
                return false;
            computed += 6 + (uint64_t)a.length;
            int note = annotation_kind(&a);
            if (is(&a, "Signature")) {
                if (!first_of_kind(p, &a, &seen_signature, "a record component") ||
                    !read_signature(p, &a, &c->signature))
                    return false;
            } else if (note >= 0 && note < 4) {
                if (!first_of_kind(p, &a, &seen_notes[note], "a record component") ||
                    !skip_attribute(p, a.name, a.length))
                    return false;
            } else if (!skip_attribute(p, a.name, a.length)) {
                return false;
            }
        }
    }
    if (computed != h->length)
        return fail(p, h->at, "Record attribute has length %u but its "
                    "contents take %llu bytes",
                    h->length, (unsigned long long)computed);
    cf->is_record = true;
    cf->record_component_count = count;
    cf->record_components = components;
    p->pos = saved;
    return true;
}

/* JVMS 4.7: the class's own attributes, each recognised only from the
 * version that introduced it (unknown ones are skipped); InnerClasses,
 * NestMembers, Record and PermittedSubclasses are read after the loop. */
static bool parse_class_attributes(Parser *p)
{
    ClassFile *cf = p->cf;
    uint16_t count;
    if (!read_u2(p, &count))
        return false;
    bool seen_source = false, seen_debug = false, seen_inner = false;
    bool seen_signature = false, seen_enclosing = false, seen_bootstrap = false;
    bool seen_members = false, seen_host = false, seen_record = false;
    bool seen_permitted = false, seen_notes[7] = {0};
    AttributeHeader inner = {0}, members = {0}, record = {0}, permitted = {0};
    const char *where = "the class";
    for (unsigned i = 0; i < count; i++) {
        AttributeHeader h;
        if (!read_attribute_header(p, &h, "class"))
            return false;
        int note = annotation_kind(&h);
        if (is(&h, "SourceFile")) {
            if (!expect_length(p, &h, 2) ||
                !first_of_kind(p, &h, &seen_source, where))
                return false;
            cf->source_file = read_utf8_ref(p, "SourceFile attribute");
            if (!cf->source_file)
                return false;
        } else if (is(&h, "SourceDebugExtension")) {
            if (!first_of_kind(p, &h, &seen_debug, where) ||
                !skip_attribute(p, h.name, h.length))
                return false;
        } else if (is(&h, "InnerClasses")) {
            if (!first_of_kind(p, &h, &seen_inner, where) ||
                !skip_attribute(p, h.name, h.length))
                return false;
            inner = h;
        } else if (is(&h, "Synthetic")) {
            if (!expect_length(p, &h, 0))
                return false;
            cf->access_flags |= ACC_SYNTHETIC;
        } else if (is(&h, "Deprecated")) {
            if (!expect_length(p, &h, 0))
                return false;
        } else if (p->major < VERSION_1_5) {
            if (!skip_attribute(p, h.name, h.length))
                return false;
        } else if (is(&h, "Signature")) {
            if (!first_of_kind(p, &h, &seen_signature, where) ||
                !read_signature(p, &h, &cf->signature))
                return false;
        } else if (note >= 0 && note < 4) {
            if (!first_of_kind(p, &h, &seen_notes[note], where) ||
                !skip_attribute(p, h.name, h.length))
                return false;
        } else if (is(&h, "EnclosingMethod")) {
            if (!first_of_kind(p, &h, &seen_enclosing, where) ||
                !expect_length(p, &h, 4) || !need(p, 4))
                return false;
            size_t at = p->pos;
            cf->enclosing_class = get_u2(p);
            cf->enclosing_method = get_u2(p);
            if (cf->enclosing_class == 0)
                return fail(p, at, "EnclosingMethod has class index 0");
            if (!expect_tag(p, cf->enclosing_class, CP_CLASS, at,
                            "EnclosingMethod class") ||
                (cf->enclosing_method != 0 &&
                 !expect_tag(p, cf->enclosing_method, CP_NAME_AND_TYPE, at + 2,
                             "EnclosingMethod method")))
                return false;
        } else if (p->major >= VERSION_7 && is(&h, "BootstrapMethods")) {
            if (!first_of_kind(p, &h, &seen_bootstrap, where) ||
                !parse_bootstrap_methods(p, &h))
                return false;
        } else if (p->major >= VERSION_11 && is(&h, "NestMembers")) {
            if (!first_of_kind(p, &h, &seen_members, where))
                return false;
            if (seen_host)
                return fail(p, h.at, "a class cannot have both NestHost and "
                            "NestMembers");
            members = h;
            if (!skip_attribute(p, h.name, h.length))
                return false;
        } else if (p->major >= VERSION_11 && is(&h, "NestHost")) {
            if (!first_of_kind(p, &h, &seen_host, where))
                return false;
            if (seen_members)
                return fail(p, h.at, "a class cannot have both NestMembers "
                            "and NestHost");
            if (!expect_length(p, &h, 2))
                return false;
            cf->nest_host = read_class_ref(p, "NestHost", false, NULL);
            if (!cf->nest_host)
                return false;
        } else if (p->major >= VERSION_16 && is(&h, "Record")) {
            if (!first_of_kind(p, &h, &seen_record, where) ||
                !skip_attribute(p, h.name, h.length))
                return false;
            record = h;
        } else if (p->major >= VERSION_17 && is(&h, "PermittedSubclasses")) {
            if (!first_of_kind(p, &h, &seen_permitted, where))
                return false;
            if (cf->access_flags & ACC_FINAL)
                return fail(p, h.at, "a final class cannot have a "
                            "PermittedSubclasses attribute");
            permitted = h;
            if (!skip_attribute(p, h.name, h.length))
                return false;
        } else if (!skip_attribute(p, h.name, h.length)) {
            return false;
        }
    }
    /* HotSpot reads these after the loop, in this order. */
    if (seen_inner && !parse_inner_classes(p, &inner))
        return false;
    if (seen_members &&
        !parse_class_list(p, &members, &cf->nest_member_count, &cf->nest_members))
        return false;
    if (seen_record && !parse_record(p, &record))
        return false;
    if (seen_permitted &&
        !parse_class_list(p, &permitted, &cf->permitted_count,
                          &cf->permitted_subclasses))
        return false;
    if (p->max_bootstrap_index >= 0 && !seen_bootstrap)
        return fail(p, p->pos, "the constant pool uses bootstrap methods but "
                    "there is no BootstrapMethods attribute");
    return true;
}

/* ------------------------------------------------------------------ */
/* The class file (JVMS 4.1)                                           */
/* ------------------------------------------------------------------ */

/* JVMS 4.1: the direct superinterfaces, distinct and not arrays. */
static bool parse_interfaces(Parser *p)
{
    ClassFile *cf = p->cf;
    cf->interface_count = get_u2(p); /* need() was checked by the caller */
    cf->interfaces = alloc_array(p, cf->interface_count, sizeof(char *));
    if (!cf->interfaces)
        return false;
    for (unsigned i = 0; i < cf->interface_count; i++) {
        size_t at = p->pos;
        const char *name = read_class_ref(p, "interface", false, NULL);
        if (!name)
            return false;
        if (name[0] == '[')
            return fail(p, at, "interface \"%.*s\" is an array class",
                        NAME_IN_MESSAGE, name);
        cf->interfaces[i] = name;
    }
    NamePair *pairs = scratch_array(p, cf->interface_count, sizeof(NamePair));
    if (!pairs)
        return false;
    for (unsigned i = 0; i < cf->interface_count; i++)
        pairs[i] = (NamePair){cf->interfaces[i], NULL};
    long duplicate = find_duplicate(p, pairs, cf->interface_count);
    if (duplicate == -2)
        return false;
    if (duplicate >= 0)
        return fail(p, p->pos, "duplicate interface \"%.*s\"", NAME_IN_MESSAGE,
                    cf->interfaces[duplicate]);
    return true;
}

/* JVMS 4.1: the whole file, in HotSpot's order of checks. */
static bool parse_class(Parser *p)
{
    ClassFile *cf = p->cf;
    if (!need(p, 8))
        return false;
    uint32_t magic = get_u4(p);
    if (magic != 0xcafebabe)
        return fail(p, 0, "bad magic number 0x%08x (expected 0xcafebabe)",
                    magic);
    cf->minor_version = get_u2(p);
    cf->major_version = p->major = get_u2(p);
    if (!check_version(p, cf->major_version, cf->minor_version) ||
        !parse_constant_pool(p))
        return false;

    size_t at = p->pos;
    if (!need(p, 8)) /* access_flags, this_class, super_class, count */
        return false;
    unsigned flags = get_u2(p) & (RECOGNIZED_CLASS_FLAGS |
                                  (p->major >= VERSION_9 ? ACC_MODULE : 0));
    if ((flags & ACC_INTERFACE) && p->major < VERSION_6)
        flags |= ACC_ABSTRACT; /* JVMS 4.1: implied before version 50 */
    if (!check_class_flags(p, flags, at, "class"))
        return false;
    if (p->bad_constant != 0)
        return fail(p, p->cp_offset[p->bad_constant_index],
                    "constant pool entry %u: a %s constant is only allowed "
                    "in a module-info class",
                    p->bad_constant_index, tag_name(p->bad_constant));
    cf->access_flags = (uint16_t)flags;

    size_t this_at = p->pos;
    cf->this_name = read_class_ref(p, "this_class", false, NULL);
    if (!cf->this_name)
        return false;
    if (cf->this_name[0] == '[')
        return fail(p, this_at, "this_class \"%.*s\" is an array class",
                    NAME_IN_MESSAGE, cf->this_name);
    bool is_object = strcmp(cf->this_name, "java/lang/Object") == 0;

    size_t super_at = p->pos;
    const char *super = read_class_ref(p, "super_class", true, NULL);
    if (!super)
        return false;
    if (super[0] == '\0') {
        if (!is_object)
            return fail(p, super_at, "super_class is 0 but only "
                        "java/lang/Object has no superclass");
    } else {
        if (super[0] == '[')
            return fail(p, super_at, "super_class \"%.*s\" is an array class",
                        NAME_IN_MESSAGE, super);
        cf->super_name = super;
    }

    if (!parse_interfaces(p) || !parse_fields(p) || !parse_methods(p) ||
        !parse_class_attributes(p))
        return false;
    if (p->pos != p->length)
        return fail(p, p->pos, "extra bytes at the end of the class file");

    /* Checks HotSpot makes after the whole file has been read. */
    if (is_object && cf->interface_count > 0)
        return fail(p, at, "java/lang/Object cannot implement an interface");
    if ((cf->access_flags & ACC_INTERFACE) && cf->super_name &&
        strcmp(cf->super_name, "java/lang/Object") != 0)
        return fail(p, super_at, "an interface must have java/lang/Object as "
                    "superclass, not \"%.*s\"",
                    NAME_IN_MESSAGE, cf->super_name);
    return true;
}

bool class_file_parse(const uint8_t *bytes, size_t length,
                      const char *file_name, ClassFile **out,
                      ClassFileError *error)
{
    return class_file_parse_named(bytes, length, file_name, NULL, out, error);
}

bool class_file_parse_named(const uint8_t *bytes, size_t length,
                            const char *file_name, const char *class_name,
                            ClassFile **out, ClassFileError *error)
{
    *out = NULL;
    error->kind = CFE_NONE;
    error->message[0] = '\0';
    Parser p = {
        .data = bytes ? bytes : (const uint8_t *)"",
        .length = bytes ? length : 0,
        .file_name = file_name ? file_name : "<class file>",
        .class_name = class_name,
        .error = error,
        .max_bootstrap_index = -1,
    };
    p.arena = calloc(1, sizeof(Arena));
    if (p.arena)
        p.cf = arena_alloc(p.arena, sizeof(ClassFile));
    if (!p.cf) {
        free(p.arena);
        return fail_memory(&p);
    }
    p.cf->arena_ = p.arena;
    bool ok = parse_class(&p);
    arena_free(&p.scratch);
    free(p.lines);
    free(p.lvt);
    free(p.lvtt);
    if (!ok) {
        arena_free(p.arena);
        free(p.arena);
        return false;
    }
    *out = p.cf;
    return true;
}

void class_file_free(ClassFile *cf)
{
    if (!cf)
        return;
    Arena *arena = cf->arena_;
    arena_free(arena);
    free(arena);
}
