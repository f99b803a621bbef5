/*
 * class.h - runtime classes, fields and methods, and the loading, linking
 * and initialization of classes (JVMS chapter 5).
 *
 * A Class is created from a ClassFile by the bootstrap loader, linked
 * (superclass and interfaces resolved, fields laid out, vtable and itables
 * built, methods' natives bound) and initialized (JVMS 5.5) on first active
 * use. Constant-pool references are resolved lazily and cached per index
 * in Class.resolved. Classes, fields and methods live in the VM's metadata
 * arena (never collected, but scanned by the collector) until the VM dies.
 */
#ifndef CORTADO_CLASS_H
#define CORTADO_CLASS_H

#include "loader/classfile.h"
#include "runtime/object.h"

typedef bool (*NativeFn)(Thread *t, Slot *args, Slot *result);

struct Field {
    Class *klass;
    const char *name;
    const char *descriptor;
    uint16_t access_flags;
    char type;       /* descriptor[0]: B C D F I J S Z L [ */
    uint32_t offset; /* instance: byte offset in the object;
                        static: byte offset in klass->statics */
    uint16_t constant_value_index; /* ConstantValue, or 0 */
};

/* The prepared (pre-decoded) form of a method's code: interp/prepare.c. */
typedef struct Code Code;

enum {
    METHOD_INIT = 1 << 0,       /* <init> */
    METHOD_CLINIT = 1 << 1,     /* <clinit> */
    METHOD_CONFLICT = 1 << 2,   /* stands for conflicting defaults (5.4.6) */
    METHOD_SYNCHRONIZED = 1 << 3
};

struct Method {
    Class *klass;
    const char *name;
    const char *descriptor;
    uint16_t access_flags;
    uint16_t flags;        /* METHOD_* */
    uint16_t max_stack;
    uint16_t max_locals;
    uint16_t arg_slots;    /* arguments including `this` */
    uint8_t return_slots;  /* 0 (void), 1 or 2 */
    char return_type;      /* descriptor char after ')': V I J F D L [ ... */
    int32_t vtable_index;  /* slot in the vtable, or -1 */
    int32_t itable_index;  /* interface methods: slot in the itable entry */
    const MethodInfo *info;/* parsed form: code, exceptions */
    Code *code;            /* prepared on first invocation, else NULL */
    NativeFn native;       /* bound native, or NULL */
};

typedef enum ClassState {
    CLASS_LOADED,       /* created, supertypes known */
    CLASS_LINKED,       /* laid out, vtables built, verified */
    CLASS_INITIALIZING, /* <clinit> running (init_thread) */
    CLASS_INITIALIZED,
    CLASS_ERROR         /* initialization failed: NoClassDefFoundError */
} ClassState;

/* One interface implemented by a class, with its selected methods in the
 * order of the interface's itable indices (JVMS 5.4.6). */
typedef struct ItableEntry {
    Class *interface;
    Method **methods;
} ItableEntry;

enum {
    CLASS_IS_ARRAY = 1 << 0,
    CLASS_IS_PRIMITIVE = 1 << 1,
    CLASS_IS_INTERFACE = 1 << 2,
    CLASS_HAS_FINALIZER = 1 << 3,
    CLASS_IS_REFERENCE_ARRAY = 1 << 4,
    CLASS_IS_THROWABLE = 1 << 5,
    CLASS_LINKING = 1 << 6,     /* supertypes being resolved (circularity) */
    CLASS_VERIFIED = 1 << 7,
    CLASS_IN_LIBRARY = 1 << 8   /* from the built-in class library */
};

struct Class {
    Vm *vm;                  /* the VM that loaded it */
    const char *name;        /* internal: java/lang/String, [I, int */
    uint16_t access_flags;
    uint16_t flags;          /* CLASS_* */
    ClassState state;
    Object *mirror;          /* its java.lang.Class object */
    ClassFile *file;         /* NULL for arrays and primitives */
    const char *source_file; /* SourceFile attribute, or NULL */

    Class *super;
    uint16_t interface_count;
    Class **interfaces;      /* direct superinterfaces */

    uint16_t field_count;
    Field *fields;
    uint16_t method_count;
    Method *methods;

    uint32_t instance_size;  /* bytes, header included */
    uint32_t static_size;
    uint8_t *statics;        /* static field storage (scanned) */

    uint32_t vtable_length;
    Method **vtable;
    uint32_t itable_length;
    ItableEntry *itable;     /* every superinterface, transitively */
    uint32_t interface_method_count; /* interfaces: itable slots */

    void **resolved;         /* per constant-pool index, once resolved */

    /* Arrays: component type, element size and primitive type char. */
    Class *component;
    Class *array_class;      /* cache: the class of arrays of this */
    uint8_t element_size;
    char element_type;       /* B C D F I J S Z, or L for references */
    uint8_t dimensions;

    Thread *init_thread;     /* while CLASS_INITIALIZING */
    Object *init_error;      /* the error that made it CLASS_ERROR */
    Class *nest_host;        /* resolved NestHost (5.4.4), lazily */
    Class *hash_next;        /* VM class table chain */
};

static inline bool class_is_array(const Class *c) { return c->flags & CLASS_IS_ARRAY; }
static inline bool class_is_interface(const Class *c) { return c->flags & CLASS_IS_INTERFACE; }

/*
 * Finds the class named [name] (internal form), loading and linking it with
 * the bootstrap loader if needed (JVMS 5.3.1, 5.4). Array names ("[I",
 * "[Ljava/lang/String;") create array classes. Returns NULL with
 * NoClassDefFoundError, ClassFormatError, LinkageError... pending.
 */
Class *class_find(Thread *t, const char *name);

/* Like class_find, but only returns an already loaded class, or NULL. */
Class *class_lookup_loaded(Vm *vm, const char *name);

/* The class of arrays whose components are [component]. */
Class *class_array_of(Thread *t, Class *component);

/* The primitive class for descriptor char [type] (B C D F I J S Z V). */
Class *class_primitive(Vm *vm, char type);

/* Makes sure [c] is initialized (JVMS 5.5), running <clinit> methods of it
 * and its superclasses now, on the C stack. Returns false with the error
 * pending. The interpreter uses its own non-recursive path instead. */
bool class_initialize(Thread *t, Class *c);

/*
 * One step of JVMS 5.5 for the interpreter, which must not recurse in C.
 * Finds the first class that has to be initialized before [c] is ready
 * (a superclass, a superinterface with default methods, or [c] itself),
 * marks it in progress and sets its ConstantValue fields. When that class
 * has a <clinit>, returns INIT_RUN_CLINIT with the class in [*which] and
 * the method in [*clinit]: the caller runs it and then reports the outcome
 * with class_init_done(); then it asks again. Returns INIT_READY when [c]
 * is initialized or being initialized by this thread, INIT_FAILED with the
 * error pending.
 */
typedef enum InitStep { INIT_READY, INIT_RUN_CLINIT, INIT_FAILED } InitStep;
InitStep class_init_step(Thread *t, Class *c, Class **which, Method **clinit);

/* Records that <clinit> of [c] completed normally ([ok]) or with the
 * pending exception, which is then replaced by ExceptionInInitializerError
 * unless it is an Error (JVMS 5.5 steps 10-12). */
void class_init_done(Thread *t, Class *c, bool ok);

/* True when objects of class [s] can be assigned to a variable of type [t]
 * (JVMS 6.5 checkcast rules, arrays included). */
bool class_is_assignable(const Class *s, const Class *t);

/* True when [o] is non-null and an instance of [c]. */
bool class_is_instance(const Object *o, const Class *c);

/* Finds a method declared by [c] itself with [name] and [descriptor]. */
Method *class_declared_method(const Class *c, const char *name,
                              const char *descriptor);

/* Method lookup along superclasses then superinterfaces (JVMS 5.4.3.3). */
Method *class_find_method(const Class *c, const char *name,
                          const char *descriptor);

/* Field lookup per JVMS 5.4.3.2 (the class, its superinterfaces, then its
 * superclass, recursively). */
Field *class_find_field(const Class *c, const char *name,
                        const char *descriptor);

/* [c]'s name in binary form with dots ("java.lang.String", "[I") written
 * into [buffer]; returns [buffer]. */
char *class_binary_name(const Class *c, char *buffer, size_t size);

/* The maximally specific method JVMS 5.4.6 selects in [c] for interface or
 * class method [resolved]: the implementation, an abstract method (call
 * throws AbstractMethodError) or a METHOD_CONFLICT stand-in. */
Method *class_select_method(Thread *t, Class *c, Method *resolved);

/* Binary name with dots ("java.lang.String", "[I") into a new Java String. */
Object *class_name_string(Thread *t, Class *c);

/* The java.lang.Class object of [c], created on first use. */
Object *class_mirror(Thread *t, Class *c);

/* The Class behind a java.lang.Class object. */
Class *class_from_mirror(Vm *vm, Object *mirror);

/* Resolution of constant-pool entries of [c] (JVMS 5.4.3), cached. Each
 * returns NULL with the LinkageError or IllegalAccessError pending. */
Class *resolve_class(Thread *t, Class *c, uint16_t index);
Field *resolve_field(Thread *t, Class *c, uint16_t index, bool is_static);
Method *resolve_method(Thread *t, Class *c, uint16_t index, int opcode);
Object *resolve_string(Thread *t, Class *c, uint16_t index);

/* Writes "'void p.Foo.bar(int)'" for [m], as HotSpot's messages do. */
void resolve_describe_method(char *out, size_t size, const Method *m);

/* The source line of bytecode offset [pc] in [m], or -1 when unknown. */
int method_line_number(const Method *m, uint32_t pc);

#endif
