/*
 * classfile.h - the parsed form of one class file (JVMS chapter 4).
 *
 * class_file_parse() turns bytes into a ClassFile after every format check
 * of JVMS 4.8 that can be made on the file alone (magic, versions, constant
 * pool tags and cross references, descriptors, flags, attribute lengths).
 * It never reads outside the buffer it is given and never trusts a length.
 * Linking (runtime/class.c) and verification (loader/verify.c) work only on
 * this structure, never on raw bytes.
 *
 * A ClassFile owns all of its memory (one malloc'd arena); it holds no
 * pointer into the caller's buffer and no garbage-collected object, so it
 * can live outside the Java heap. Strings are modified UTF-8 as in the file,
 * NUL-terminated (modified UTF-8 never contains a zero byte).
 */
#ifndef CORTADO_CLASSFILE_H
#define CORTADO_CLASSFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Constant pool tags (JVMS 4.4, table 4.4-B). */
typedef enum CpTag {
    CP_NONE = 0, /* index 0, and the slot after a Long or Double */
    CP_UTF8 = 1,
    CP_INTEGER = 3,
    CP_FLOAT = 4,
    CP_LONG = 5,
    CP_DOUBLE = 6,
    CP_CLASS = 7,
    CP_STRING = 8,
    CP_FIELDREF = 9,
    CP_METHODREF = 10,
    CP_INTERFACE_METHODREF = 11,
    CP_NAME_AND_TYPE = 12,
    CP_METHOD_HANDLE = 15,
    CP_METHOD_TYPE = 16,
    CP_DYNAMIC = 17,
    CP_INVOKE_DYNAMIC = 18,
    CP_MODULE = 19,
    CP_PACKAGE = 20
} CpTag;

/* Method handle reference kinds (JVMS 4.4.8, table 5.4.3.5-A). */
typedef enum RefKind {
    REF_getField = 1,
    REF_getStatic = 2,
    REF_putField = 3,
    REF_putStatic = 4,
    REF_invokeVirtual = 5,
    REF_invokeStatic = 6,
    REF_invokeSpecial = 7,
    REF_newInvokeSpecial = 8,
    REF_invokeInterface = 9
} RefKind;

/* Access and property flags (JVMS tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A). */
enum {
    ACC_PUBLIC = 0x0001,
    ACC_PRIVATE = 0x0002,
    ACC_PROTECTED = 0x0004,
    ACC_STATIC = 0x0008,
    ACC_FINAL = 0x0010,
    ACC_SYNCHRONIZED = 0x0020, /* methods */
    ACC_SUPER = 0x0020,        /* classes */
    ACC_VOLATILE = 0x0040,     /* fields */
    ACC_BRIDGE = 0x0040,       /* methods */
    ACC_TRANSIENT = 0x0080,    /* fields */
    ACC_VARARGS = 0x0080,      /* methods */
    ACC_NATIVE = 0x0100,
    ACC_INTERFACE = 0x0200,
    ACC_ABSTRACT = 0x0400,
    ACC_STRICT = 0x0800,
    ACC_SYNTHETIC = 0x1000,
    ACC_ANNOTATION = 0x2000,
    ACC_ENUM = 0x4000,
    ACC_MODULE = 0x8000
};

/* One constant-pool entry. Cross references are indices into the same
 * pool and have already been checked to point at an entry of the right
 * tag (JVMS 4.4); Utf8 contents have been validated as modified UTF-8. */
typedef struct CpEntry {
    uint8_t tag; /* CpTag */
    union {
        struct {
            const char *bytes; /* NUL-terminated modified UTF-8 */
            uint32_t length;   /* in bytes, without the NUL */
        } utf8;
        int32_t i;     /* Integer */
        float f;       /* Float (bit pattern preserved, NaNs included) */
        int64_t j;     /* Long */
        double d;      /* Double */
        uint16_t name; /* Class, Module, Package: name_index (Utf8);
                          String: string_index; MethodType: descriptor */
        struct {
            uint16_t class_index;         /* Class */
            uint16_t name_and_type_index; /* NameAndType */
        } ref; /* Fieldref, Methodref, InterfaceMethodref */
        struct {
            uint16_t name_index;       /* Utf8 */
            uint16_t descriptor_index; /* Utf8 */
        } nat;
        struct {
            uint8_t kind;             /* RefKind */
            uint16_t reference_index; /* a *ref entry, checked per 4.4.8 */
        } handle;
        struct {
            uint16_t bootstrap_index;     /* into bootstrap_methods */
            uint16_t name_and_type_index; /* NameAndType */
        } dyn; /* Dynamic, InvokeDynamic */
    } u;
} CpEntry;

typedef struct ExceptionHandler {
    uint16_t start_pc, end_pc, handler_pc;
    uint16_t catch_type; /* Class entry, or 0 for any (finally) */
} ExceptionHandler;

typedef struct LineNumber {
    uint16_t start_pc;
    uint16_t line;
} LineNumber;

/* The Code attribute (JVMS 4.7.3). Bytes are copied, not borrowed. */
typedef struct CodeAttribute {
    uint16_t max_stack;
    uint16_t max_locals;
    uint32_t code_length; /* 1..65535, checked */
    const uint8_t *code;
    uint16_t handler_count;
    ExceptionHandler *handlers; /* pcs checked: start < end <= length,
                                   handler < length */
    uint16_t line_count; /* all LineNumberTable attributes, concatenated */
    LineNumber *lines;
    const uint8_t *stack_map; /* raw StackMapTable body, or NULL */
    uint32_t stack_map_length;
} CodeAttribute;

typedef struct FieldInfo {
    uint16_t access_flags;
    const char *name;       /* validated unqualified name */
    const char *descriptor; /* validated field descriptor */
    uint16_t constant_value_index; /* 0, or a pool index whose tag fits the
                                      descriptor (JVMS 4.7.2) */
    const char *signature;  /* Signature attribute, or NULL */
} FieldInfo;

typedef struct MethodInfo {
    uint16_t access_flags;
    const char *name;       /* validated: <init>, <clinit> or unqualified */
    const char *descriptor; /* validated method descriptor */
    CodeAttribute *code;    /* NULL when abstract or native (checked) */
    uint16_t exception_count; /* Exceptions attribute: Class indices */
    uint16_t *exceptions;
    const char *signature;  /* or NULL */
} MethodInfo;

typedef struct BootstrapMethod {
    uint16_t method_ref;    /* MethodHandle entry */
    uint16_t argument_count;
    uint16_t *arguments;    /* loadable constant-pool entries */
} BootstrapMethod;

typedef struct InnerClassInfo {
    uint16_t inner_class_info_index;  /* Class */
    uint16_t outer_class_info_index;  /* Class or 0 */
    uint16_t inner_name_index;        /* Utf8 or 0 (anonymous) */
    uint16_t inner_class_access_flags;
} InnerClassInfo;

typedef struct RecordComponent {
    const char *name;
    const char *descriptor;
    const char *signature; /* or NULL */
} RecordComponent;

typedef struct ClassFile {
    uint16_t minor_version, major_version;
    uint16_t cp_count; /* constant_pool_count: valid indices 1..cp_count-1 */
    CpEntry *cp;       /* cp[0].tag == CP_NONE */
    uint16_t access_flags;
    const char *this_name;  /* internal form, e.g. "java/lang/String" */
    const char *super_name; /* NULL only for java/lang/Object */
    uint16_t interface_count;
    const char **interfaces;
    uint16_t field_count;
    FieldInfo *fields;
    uint16_t method_count;
    MethodInfo *methods;

    const char *source_file;     /* SourceFile, or NULL */
    const char *signature;       /* Signature, or NULL */
    uint16_t bootstrap_count;    /* BootstrapMethods */
    BootstrapMethod *bootstrap_methods;
    uint16_t inner_class_count;  /* InnerClasses */
    InnerClassInfo *inner_classes;
    uint16_t enclosing_class;    /* EnclosingMethod: Class index, or 0 */
    uint16_t enclosing_method;   /* EnclosingMethod: NameAndType or 0 */
    const char *nest_host;       /* NestHost class name, or NULL */
    uint16_t nest_member_count;  /* NestMembers */
    const char **nest_members;
    uint16_t permitted_count;    /* PermittedSubclasses */
    const char **permitted_subclasses;
    bool is_record;              /* has a Record attribute */
    uint16_t record_component_count;
    RecordComponent *record_components;

    void *arena_; /* private: the allocation that owns all of the above */
} ClassFile;

/* What went wrong, mapped by the linker onto the Java error of that name. */
typedef enum ClassFileErrorKind {
    CFE_NONE,
    CFE_CLASS_FORMAT,        /* java.lang.ClassFormatError */
    CFE_UNSUPPORTED_VERSION, /* java.lang.UnsupportedClassVersionError */
    CFE_OUT_OF_MEMORY        /* the host could not allocate */
} ClassFileErrorKind;

typedef struct ClassFileError {
    ClassFileErrorKind kind;
    char message[320]; /* e.g. "Foo.class: constant pool index 17 out of
                          range at offset 0x3a4" */
} ClassFileError;

/*
 * Parses the [length] bytes at [bytes] as a class file. [file_name] is used
 * only in error messages. On success stores a new ClassFile in [*out] and
 * returns true; on failure returns false, fills [*error] and leaves [*out]
 * NULL. Major versions 45 to 61 are accepted (minor 0 or 65535 for 56+, as
 * in JVMS 4.1). The caller frees the result with class_file_free().
 */
bool class_file_parse(const uint8_t *bytes, size_t length,
                      const char *file_name, ClassFile **out,
                      ClassFileError *error);

/* Like class_file_parse(), for a class the caller expects to be named
 * [class_name] (internal form, e.g. "p/Foo"; NULL if unknown). HotSpot
 * names the class that way in UnsupportedClassVersionError and in the
 * ACC_MODULE error, which come before the parser reaches this_class;
 * without it the name is guessed from [file_name] ("lib.jar!/p/Foo.class"
 * and "p/Foo.class" give "p/Foo", but "dir/p/Foo.class" gives "dir/p/Foo").
 * [class_name] is used only in those messages. */
bool class_file_parse_named(const uint8_t *bytes, size_t length,
                            const char *file_name, const char *class_name,
                            ClassFile **out, ClassFileError *error);

/* Releases everything [cf] owns. Accepts NULL. */
void class_file_free(ClassFile *cf);

/* Returns the NUL-terminated Utf8 contents at pool index [index], which the
 * caller knows to be a Utf8 entry. */
const char *class_file_utf8(const ClassFile *cf, uint16_t index);

/* Returns the internal name of the Class entry at [index]. */
const char *class_file_class_name(const ClassFile *cf, uint16_t index);

/* For a Fieldref/Methodref/InterfaceMethodref/NameAndType-carrying entry at
 * [index] (also Dynamic and InvokeDynamic), stores the member's name and
 * descriptor. */
void class_file_member_ref(const ClassFile *cf, uint16_t index,
                           const char **name, const char **descriptor);

/* Descriptor checks (JVMS 4.3), exposed for the linker and verifier.
 * Each takes a NUL-terminated modified UTF-8 string. */
bool descriptor_is_field(const char *s);
bool descriptor_is_method(const char *s);
/* Counts the argument slots of a valid method descriptor (long and double
 * count two), not including `this`. */
int descriptor_arg_slots(const char *method_descriptor);

#endif
