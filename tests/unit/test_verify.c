/*
 * test_verify.c - the bytecode verifier (loader/verify.c) on hand-built
 * class files: each test assembles one class with the small class-file
 * writer below, puts it on the class path of a fresh VM and loads it,
 * then checks the verdict: the class links, or the error's class and the
 * key words of its message (HotSpot's headline, the method, the offset).
 * The expected headlines were checked against HotSpot 17 on the same
 * bytes.
 */
#include "cortado.h"
#include "interp/interp.h"
#include "runtime/jstring.h"
#include "runtime/vm.h"

#include "unit.h"

#include <check.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- a small class-file writer ----------------------------------------- */

typedef struct Bytes {
    uint8_t data[16384];
    size_t length;
} Bytes;

static void put_u1(Bytes *b, unsigned x)
{
    ck_assert_uint_lt(b->length, sizeof b->data);
    b->data[b->length++] = (uint8_t)x;
}

static void put_u2(Bytes *b, unsigned x)
{
    put_u1(b, x >> 8);
    put_u1(b, x & 0xff);
}

static void put_u4(Bytes *b, uint32_t x)
{
    put_u2(b, x >> 16);
    put_u2(b, x & 0xffff);
}

static void put_bytes(Bytes *b, const void *p, size_t n)
{
    ck_assert_uint_le(b->length + n, sizeof b->data);
    memcpy(b->data + b->length, p, n);
    b->length += n;
}

typedef struct Handler {
    uint16_t start, end, handler, catch_type;
} Handler;

/* One class under construction: a constant pool that shares equal
 * entries, fields and methods. */
typedef struct ClassWriter {
    Bytes pool;
    uint16_t pool_count;
    char keys[256][160]; /* the entry behind each index, to share them */
    Bytes members;
    uint16_t method_count;
    Bytes fields;
    uint16_t field_count;
    uint16_t major;
    const char *name, *super;
} ClassWriter;

static uint16_t pool_entry(ClassWriter *w, const char *key, const Bytes *entry)
{
    for (uint16_t i = 1; i < w->pool_count; i++)
        if (strcmp(w->keys[i], key) == 0)
            return i;
    ck_assert_uint_lt(w->pool_count, 256);
    snprintf(w->keys[w->pool_count], sizeof w->keys[0], "%s", key);
    put_bytes(&w->pool, entry->data, entry->length);
    return w->pool_count++;
}

static uint16_t cp_utf8(ClassWriter *w, const char *s)
{
    char key[160];
    snprintf(key, sizeof key, "U%s", s);
    Bytes e = {.length = 0};
    put_u1(&e, 1);
    put_u2(&e, (unsigned)strlen(s));
    put_bytes(&e, s, strlen(s));
    return pool_entry(w, key, &e);
}

static uint16_t cp_class(ClassWriter *w, const char *name)
{
    char key[160];
    snprintf(key, sizeof key, "C%s", name);
    Bytes e = {.length = 0};
    put_u1(&e, 7);
    put_u2(&e, cp_utf8(w, name));
    return pool_entry(w, key, &e);
}

static uint16_t cp_nat(ClassWriter *w, const char *name, const char *descriptor)
{
    char key[160];
    snprintf(key, sizeof key, "N%s:%s", name, descriptor);
    Bytes e = {.length = 0};
    put_u1(&e, 12);
    put_u2(&e, cp_utf8(w, name));
    put_u2(&e, cp_utf8(w, descriptor));
    return pool_entry(w, key, &e);
}

/* Fieldref (tag 9), Methodref (10) or InterfaceMethodref (11). */
static uint16_t cp_ref(ClassWriter *w, int tag, const char *cls, const char *name,
                       const char *descriptor)
{
    char key[160];
    snprintf(key, sizeof key, "%d%s.%s:%s", tag, cls, name, descriptor);
    Bytes e = {.length = 0};
    put_u1(&e, (unsigned)tag);
    put_u2(&e, cp_class(w, cls));
    put_u2(&e, cp_nat(w, name, descriptor));
    return pool_entry(w, key, &e);
}

static uint16_t cp_field(ClassWriter *w, const char *c, const char *n, const char *d)
{
    return cp_ref(w, 9, c, n, d);
}

static uint16_t cp_method(ClassWriter *w, const char *c, const char *n, const char *d)
{
    return cp_ref(w, 10, c, n, d);
}

static uint16_t cp_integer(ClassWriter *w, int32_t value)
{
    char key[32];
    snprintf(key, sizeof key, "I%d", value);
    Bytes e = {.length = 0};
    put_u1(&e, 3);
    put_u4(&e, (uint32_t)value);
    return pool_entry(w, key, &e);
}

static uint16_t cp_string(ClassWriter *w, const char *text)
{
    char key[160];
    snprintf(key, sizeof key, "S%s", text);
    Bytes e = {.length = 0};
    put_u1(&e, 8);
    put_u2(&e, cp_utf8(w, text));
    return pool_entry(w, key, &e);
}

static void writer_init(ClassWriter *w, const char *name, const char *super, uint16_t major)
{
    memset(w, 0, sizeof *w);
    w->pool_count = 1;
    w->name = name;
    w->super = super;
    w->major = major;
}

static void add_field(ClassWriter *w, uint16_t flags, const char *name, const char *descriptor)
{
    put_u2(&w->fields, flags);
    put_u2(&w->fields, cp_utf8(w, name));
    put_u2(&w->fields, cp_utf8(w, descriptor));
    put_u2(&w->fields, 0);
    w->field_count++;
}

/* Adds a method with a Code attribute holding [code], [handlers] and, when
 * [stack_map] is not NULL, a StackMapTable with those bytes (its number of
 * entries included). */
static void add_method(ClassWriter *w, uint16_t flags, const char *name, const char *descriptor,
                       uint16_t max_stack, uint16_t max_locals, const uint8_t *code,
                       size_t code_length, const Handler *handlers, size_t handler_count,
                       const uint8_t *stack_map, size_t stack_map_length)
{
    Bytes *b = &w->members;
    put_u2(b, flags);
    put_u2(b, cp_utf8(w, name));
    put_u2(b, cp_utf8(w, descriptor));
    put_u2(b, 1);
    uint16_t code_name = cp_utf8(w, "Code");
    uint16_t map_name = stack_map ? cp_utf8(w, "StackMapTable") : 0;
    size_t length = 2 + 2 + 4 + code_length + 2 + 8 * handler_count + 2 +
                    (stack_map ? 6 + stack_map_length : 0);
    put_u2(b, code_name);
    put_u4(b, (uint32_t)length);
    put_u2(b, max_stack);
    put_u2(b, max_locals);
    put_u4(b, (uint32_t)code_length);
    put_bytes(b, code, code_length);
    put_u2(b, (unsigned)handler_count);
    for (size_t i = 0; i < handler_count; i++) {
        put_u2(b, handlers[i].start);
        put_u2(b, handlers[i].end);
        put_u2(b, handlers[i].handler);
        put_u2(b, handlers[i].catch_type);
    }
    put_u2(b, stack_map ? 1 : 0);
    if (stack_map) {
        put_u2(b, map_name);
        put_u4(b, (uint32_t)stack_map_length);
        put_bytes(b, stack_map, stack_map_length);
    }
    w->method_count++;
}

/* A static method "m" with a descriptor and code, and one with a stack
 * map too. */
#define METHOD(w, desc, stack, locals, code) \
    add_method(w, 0x0009, "m", desc, stack, locals, code, sizeof code, NULL, 0, NULL, 0)
#define METHOD_MAP(w, desc, stack, locals, code, map)                                   \
    add_method(w, 0x0009, "m", desc, stack, locals, code, sizeof code, NULL, 0, map, \
               sizeof map)

/* Writes the class to [name].class in the working directory. */
static void writer_finish(ClassWriter *w)
{
    uint16_t this_class = cp_class(w, w->name);
    uint16_t super_class = cp_class(w, w->super);
    Bytes *out = malloc(sizeof *out);
    ck_assert_ptr_nonnull(out);
    out->length = 0;
    put_u4(out, 0xcafebabe);
    put_u2(out, 0);
    put_u2(out, w->major);
    put_u2(out, w->pool_count);
    put_bytes(out, w->pool.data, w->pool.length);
    put_u2(out, 0x0021);
    put_u2(out, this_class);
    put_u2(out, super_class);
    put_u2(out, 0);
    put_u2(out, w->field_count);
    put_bytes(out, w->fields.data, w->fields.length);
    put_u2(out, w->method_count);
    put_bytes(out, w->members.data, w->members.length);
    put_u2(out, 0);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s.class", w->name);
    for (char *slash = strchr(path, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0755);
        *slash = '/';
    }
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(out->data, 1, out->length, f), out->length);
    fclose(f);
    /* CORTADO_VERIFY_DUMP=dir keeps a copy, to compare with HotSpot
     * (tests/verify/Load.java). */
    const char *dump = getenv("CORTADO_VERIFY_DUMP");
    if (dump && *dump) {
        char copy[PATH_MAX];
        snprintf(copy, sizeof copy, "%s/%s.class", dump, w->name);
        for (char *slash = strchr(copy + strlen(dump) + 1, '/'); slash;
             slash = strchr(slash + 1, '/')) {
            *slash = '\0';
            mkdir(copy, 0755);
            *slash = '/';
        }
        FILE *g = fopen(copy, "wb");
        if (g) {
            fwrite(out->data, 1, out->length, g);
            fclose(g);
        }
    }
    free(out);
}

/* ---- a VM per test ----------------------------------------------------- */

static char root[PATH_MAX], saved_cwd[PATH_MAX];
static CortadoVm *vm;
static Thread *t;
static ClassWriter writer;
static ClassWriter *w = &writer;

static void setup(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/cortado-verify-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(root));
    ck_assert_ptr_nonnull(getcwd(saved_cwd, sizeof saved_cwd));
    ck_assert_int_eq(chdir(root), 0);
    CortadoOptions options;
    cortado_options_init(&options);
    options.class_path = ".";
    vm = cortado_vm_create(&options);
    ck_assert_ptr_nonnull(vm);
    t = &vm->main_thread;
}

static void teardown(void)
{
    cortado_vm_destroy(vm);
    vm = NULL;
    ck_assert_int_eq(chdir(saved_cwd), 0);
    char command[PATH_MAX + 16];
    snprintf(command, sizeof command, "rm -rf '%s'", root);
    ck_assert_int_eq(system(command), 0);
}

/* Loads and links [name]: it must verify. */
static void expect_valid(const char *name)
{
    Class *c = class_find(t, name);
    if (!c || !class_link(t, c)) {
        Object *m = field_at(t->exception, vm->wk.Throwable_detailMessage, Object *);
        char *text = m ? string_to_utf8(m) : NULL;
        ck_abort_msg("%s: %s: %s", name, t->exception->klass->name, text ? text : "");
    }
    ck_assert(c->flags & CLASS_VERIFIED);
    /* What verifies, the interpreter's decoder takes. */
    for (uint16_t i = 0; i < c->method_count; i++) {
        Method *m = &c->methods[i];
        if (m->info && m->info->code && !method_prepare(t, m)) {
            Object *text = field_at(t->exception, vm->wk.Throwable_detailMessage, Object *);
            ck_abort_msg("%s.%s%s verified but does not decode: %s", name, m->name, m->descriptor,
                         text ? string_to_utf8(text) : "");
        }
    }
}

/* Loads [name] and links it: one of the two must fail with [error] whose
 * message contains each of the NULL-terminated strings that follow. A
 * class that loaded stays unverified, and linking it again fails again
 * (JVMS 5.4). */
static void expect_error(const char *name, const char *error, ...)
{
    Class *c = class_find(t, name);
    for (int attempt = 0; attempt < (c ? 2 : 1); attempt++) {
        ck_assert_msg(c == NULL || !class_link(t, c), "%s verified", name);
        ck_assert_ptr_nonnull(t->exception);
        Object *m = field_at(t->exception, vm->wk.Throwable_detailMessage, Object *);
        char *text = m ? string_to_utf8(m) : strdup("");
        ck_assert_msg(strcmp(t->exception->klass->name, error) == 0, "%s: %s: %s", name,
                      t->exception->klass->name, text);
        va_list args;
        va_start(args, error);
        for (const char *s = va_arg(args, const char *); s; s = va_arg(args, const char *))
            ck_assert_msg(strstr(text, s), "\"%s\" lacks \"%s\"", text, s);
        va_end(args);
        free(text);
        t->exception = NULL;
        if (c)
            ck_assert(!(c->flags & CLASS_VERIFIED));
    }
}

#define VERIFY_ERROR "java/lang/VerifyError"

/* Opcodes used below. */
enum {
    NOP = 0x00, ACONST_NULL = 0x01, ICONST_0 = 0x03, ICONST_1 = 0x04, LCONST_0 = 0x09,
    BIPUSH = 0x10, LDC = 0x12, ILOAD = 0x15, ILOAD_0 = 0x1a, ILOAD_1 = 0x1b, LLOAD_0 = 0x1e,
    ALOAD_0 = 0x2a, ALOAD_1 = 0x2b, ISTORE_1 = 0x3c, LSTORE_0 = 0x3f, LSTORE_2 = 0x41,
    ASTORE_1 = 0x4c, POP = 0x57, POP2 = 0x58, DUP = 0x59, DUP2_X2 = 0x5e, IADD = 0x60,
    LADD = 0x61, IINC = 0x84, IFEQ = 0x99, GOTO = 0xa7, JSR = 0xa8, RET = 0xa9,
    TABLESWITCH = 0xaa, IRETURN = 0xac, LRETURN = 0xad, ARETURN = 0xb0, RETURN = 0xb1,
    GETFIELD = 0xb4, PUTFIELD = 0xb5, INVOKEVIRTUAL = 0xb6, INVOKESPECIAL = 0xb7,
    NEW = 0xbb, ATHROW = 0xbf, CHECKCAST = 0xc0, WIDE = 0xc4
};

#define HI(x) ((uint8_t)((x) >> 8))
#define LO(x) ((uint8_t)(x))

/* ---- valid classes ----------------------------------------------------- */

START_TEST(valid_branches_and_frames)
{
    /* static int m(int x) { if (x == 0) x = 1; return x + 1; } */
    writer_init(w, "Valid", "java/lang/Object", 52);
    static const uint8_t code[] = {ILOAD_0, IFEQ, 0, 6, GOTO, 0, 5, ICONST_1, 0x3b /* istore_0 */,
                                   ILOAD_0, ICONST_1, IADD, IRETURN};
    /* Frames at 7 and 9: same_frame (delta 7), same_frame (delta 1). */
    static const uint8_t map[] = {0, 2, 7, 1};
    METHOD_MAP(w, "(I)I", 2, 1, code, map);
    writer_finish(w);
    expect_valid("Valid");
}
END_TEST

START_TEST(valid_longs_wide_and_dup2_x2)
{
    /* long locals, dup2_x2 of a long over a long, wide iinc */
    writer_init(w, "Longs", "java/lang/Object", 52);
    static const uint8_t code[] = {
        LCONST_0, LSTORE_0,           /* locals 0-1: long */
        ICONST_0, ISTORE_1 + 1,       /* local 2: int (istore_2) */
        WIDE, IINC, 0, 2, 0x12, 0x34, /* wide iinc 2, 0x1234 */
        LLOAD_0, LLOAD_0, DUP2_X2,    /* long long long */
        POP2, LADD, LRETURN};
    METHOD(w, "()J", 6, 3, code);
    writer_finish(w);
    expect_valid("Longs");
}
END_TEST

START_TEST(valid_constructor_with_field_before_super)
{
    /* <init>: this.x = 1 on uninitializedThis, then super(). */
    writer_init(w, "Ctor", "java/lang/Object", 52);
    add_field(w, 0, "x", "I");
    uint16_t x = cp_field(w, "Ctor", "x", "I");
    uint16_t init = cp_method(w, "java/lang/Object", "<init>", "()V");
    uint8_t code[] = {ALOAD_0, ICONST_1, PUTFIELD, HI(x), LO(x),
                      ALOAD_0, INVOKESPECIAL, HI(init), LO(init), RETURN};
    add_method(w, 0x0001, "<init>", "()V", 2, 1, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_valid("Ctor");
}
END_TEST

START_TEST(valid_try_catch)
{
    /* static int m() { int i = 0; try { i = 1; return i; }
     *                  catch (RuntimeException e) { return i; } } */
    writer_init(w, "TryCatch", "java/lang/Object", 52);
    uint16_t rte = cp_class(w, "java/lang/RuntimeException");
    uint8_t code[] = {ICONST_0, ISTORE_1 - 1, ICONST_1, ISTORE_1 - 1, ILOAD_0, IRETURN,
                      ASTORE_1, ILOAD_0, IRETURN};
    Handler h = {2, 6, 6, rte};
    uint8_t map[] = {0, 1, 255, 0, 6, 0, 1, 1, 0, 1, 7, HI(rte), LO(rte)};
    add_method(w, 0x0009, "m", "()I", 1, 2, code, sizeof code, &h, 1, map, sizeof map);
    writer_finish(w);
    expect_valid("TryCatch");
}
END_TEST

/* (I)I: a tableswitch at offset 1 (two padding bytes, zero), cases 0..1,
 * and its StackMapTable (24: iconst_0 ireturn is dead code with no
 * frame: it gets one). */
static const uint8_t switch_code[] = {ILOAD_0, TABLESWITCH, 0, 0,
                                      0, 0, 0, 27,  /* default -> 28 */
                                      0, 0, 0, 0,   /* low 0 */
                                      0, 0, 0, 1,   /* high 1 */
                                      0, 0, 0, 25,  /* 0 -> 26 */
                                      0, 0, 0, 27,  /* 1 -> 28 */
                                      ICONST_0, IRETURN, ICONST_1, IRETURN, ICONST_0, IRETURN};
static const uint8_t switch_map[] = {0, 3, 24, 1, 1};

START_TEST(valid_tableswitch_with_padding)
{
    writer_init(w, "Switch", "java/lang/Object", 52);
    METHOD_MAP(w, "(I)I", 1, 1, switch_code, switch_map);
    writer_finish(w);
    expect_valid("Switch");
}
END_TEST

START_TEST(switch_padding_by_version)
{
    /* The padding bytes of a switch must be zero before version 51 (both
     * verifiers); from 51 they may be anything. */
    uint8_t code[sizeof switch_code];
    memcpy(code, switch_code, sizeof code);
    code[3] = 7;
    writer_init(w, "Padding51", "java/lang/Object", 51);
    METHOD_MAP(w, "(I)I", 1, 1, code, switch_map);
    writer_finish(w);
    expect_valid("Padding51");

    writer_init(w, "Padding50", "java/lang/Object", 50);
    METHOD_MAP(w, "(I)I", 1, 1, code, switch_map);
    writer_finish(w);
    expect_error("Padding50", VERIFY_ERROR, "Nonzero padding byte in lookupswitch or tableswitch",
                 NULL);

    writer_init(w, "Padding49", "java/lang/Object", 49);
    METHOD(w, "(I)I", 1, 1, code);
    writer_finish(w);
    expect_error("Padding49", VERIFY_ERROR, "Non zero padding bytes in switch", NULL);
}
END_TEST

START_TEST(valid_protected_clone_on_this_and_arrays)
{
    /* Object.clone is protected in java.lang: a subclass may call it on
     * itself, and anyone may clone an array. */
    writer_init(w, "Cloner", "java/lang/Object", 52);
    uint16_t clone = cp_method(w, "java/lang/Object", "clone", "()Ljava/lang/Object;");
    uint8_t code[] = {ALOAD_0, INVOKEVIRTUAL, HI(clone), LO(clone), POP,
                      ALOAD_1, INVOKEVIRTUAL, HI(clone), LO(clone), ARETURN};
    add_method(w, 0x0001, "m", "([I)Ljava/lang/Object;", 1, 2, code, sizeof code, NULL, 0, NULL,
               0);
    writer_finish(w);
    expect_valid("Cloner");
}
END_TEST

START_TEST(subclass_check_does_not_link_other_classes)
{
    /* Base <- Derived on the class path; Main returns a Derived as a
     * Base. Verifying Main must look at Derived without linking it. */
    writer_init(w, "Base", "java/lang/Object", 52);
    writer_finish(w);
    writer_init(w, "Derived", "Base", 52);
    writer_finish(w);
    writer_init(w, "Main", "java/lang/Object", 52);
    uint16_t derived = cp_class(w, "Derived");
    uint8_t code[] = {ACONST_NULL, CHECKCAST, HI(derived), LO(derived), ARETURN};
    add_method(w, 0x0009, "m", "()LBase;", 1, 0, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_valid("Main");
    ck_assert_ptr_null(class_lookup_loaded(vm, "Derived"));
}
END_TEST

START_TEST(superclass_verified_while_subclass_loads)
{
    /* Loading Sub loads Base, whose verification asks whether Sub is a
     * Base while Sub's own superclass is not resolved yet. */
    writer_init(w, "Base3", "java/lang/Object", 52);
    uint16_t sub = cp_class(w, "Sub3");
    uint8_t code[] = {ACONST_NULL, CHECKCAST, HI(sub), LO(sub), ARETURN};
    add_method(w, 0x0009, "create", "()LBase3;", 1, 0, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    writer_init(w, "Sub3", "Base3", 52);
    writer_finish(w);
    expect_valid("Sub3");
}
END_TEST

START_TEST(verified_when_linked_not_when_loaded)
{
    /* A subclass of a class that fails verification loads; linking it
     * links (verifies) the superclass first and fails with its error. */
    writer_init(w, "BadBase", "java/lang/Object", 52);
    static const uint8_t code[] = {POP, RETURN};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    writer_init(w, "GoodSub", "BadBase", 52);
    writer_finish(w);
    Class *sub = class_find(t, "GoodSub");
    ck_assert_ptr_nonnull(sub);
    ck_assert(!(sub->flags & CLASS_VERIFIED));
    ck_assert(!(sub->super->flags & CLASS_VERIFIED));
    expect_error("GoodSub", VERIFY_ERROR, "BadBase.m()V", "Operand stack underflow", NULL);
    ck_assert(!(sub->super->flags & CLASS_VERIFIED));
}
END_TEST

START_TEST(version_49_simple_subroutine)
{
    /* jsr/ret is legal before version 50 (type inference). */
    writer_init(w, "Old", "java/lang/Object", 49);
    static const uint8_t code[] = {JSR, 0, 4, RETURN, ASTORE_1, RET, 1};
    METHOD(w, "()V", 1, 2, code);
    writer_finish(w);
    expect_valid("Old");
}
END_TEST

/* static int m(int x) { try { x = x + 1; } finally { x = x * 2; } return x; }
 * as javac 1.4 compiled it, with the finally block as a subroutine at 16
 * called from the normal path (4) and from the catch-all handler (11).
 * [tail] replaces the subroutine's "iload_0 iconst_2 imul istore_0". */
static void finally_class(const char *name, const uint8_t tail[4])
{
    writer_init(w, name, "java/lang/Object", 49);
    uint8_t code[] = {ILOAD_0, ICONST_1, IADD, 0x3b /* istore_0 */,
                      JSR, 0, 12,          /* 4: jsr 16 */
                      GOTO, 0, 16,         /* 7: goto 23 */
                      ASTORE_1,            /* 10: handler */
                      JSR, 0, 5,           /* 11: jsr 16 */
                      ALOAD_1, ATHROW,     /* 14 */
                      0x4d /* astore_2 */, /* 16: the subroutine */
                      tail[0], tail[1], tail[2], tail[3],
                      RET, 2,              /* 21 */
                      ILOAD_0, IRETURN};   /* 23 */
    Handler h = {0, 4, 10, 0};
    add_method(w, 0x0009, "m", "(I)I", 2, 3, code, sizeof code, &h, 1, NULL, 0);
    writer_finish(w);
}

START_TEST(version_49_try_finally)
{
    /* Local 1 is top on one call and the exception on the other: after
     * each ret it is what that caller had, since the subroutine does not
     * touch it (JVMS 4.10.2.4). */
    static const uint8_t tail[4] = {ILOAD_0, ICONST_1 + 1, 0x68 /* imul */, 0x3b};
    finally_class("Finally", tail);
    expect_valid("Finally");
}
END_TEST

START_TEST(version_49_subroutine_clobbers_caller_local)
{
    /* The subroutine stores an int in local 1: the handler's path then
     * loads an int with aload_1. */
    static const uint8_t tail[4] = {ICONST_0, ISTORE_1, NOP, NOP};
    finally_class("Clobber", tail);
    expect_error("Clobber", VERIFY_ERROR, "at offset 14", NULL);
}
END_TEST

START_TEST(version_49_ret_of_non_address)
{
    writer_init(w, "RetBad", "java/lang/Object", 49);
    static const uint8_t code[] = {ICONST_0, ISTORE_1, RET, 1};
    METHOD(w, "()V", 1, 2, code);
    writer_finish(w);
    expect_error("RetBad", VERIFY_ERROR, "Register 1 contains wrong type", NULL);
}
END_TEST

START_TEST(version_49_aload_of_return_address)
{
    writer_init(w, "AloadRetAddr", "java/lang/Object", 49);
    static const uint8_t code[] = {JSR, 0, 4, RETURN, ASTORE_1, ALOAD_1, POP, RET, 1};
    METHOD(w, "()V", 1, 2, code);
    writer_finish(w);
    expect_error("AloadRetAddr", VERIFY_ERROR, "Cannot load return address from register 1", NULL);
}
END_TEST

START_TEST(version_49_uninitialized_across_loops)
{
    /* new in a loop, and an uninitialized object in a local and on the
     * stack across backward branches: the old verifier accepts all. */
    writer_init(w, "NewLoop", "java/lang/Object", 49);
    uint16_t object = cp_class(w, "java/lang/Object");
    uint8_t loop[] = {NEW, HI(object), LO(object), 0x4b /* astore_0 */, ICONST_0, IFEQ, 0xff,
                      0xff, NEW, HI(object), LO(object), POP, GOTO, 0xff, 0xf4};
    add_method(w, 0x0009, "m", "()V", 2, 1, loop, sizeof loop, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_valid("NewLoop");
}
END_TEST

START_TEST(version_49_recursive_subroutine)
{
    writer_init(w, "Recursive", "java/lang/Object", 49);
    static const uint8_t code[] = {JSR, 0, 4, RETURN, ASTORE_1, JSR, 0xff, 0xff, RET, 1};
    METHOD(w, "()V", 1, 2, code);
    writer_finish(w);
    expect_error("Recursive", VERIFY_ERROR, NULL);
}
END_TEST

START_TEST(jsr_last_in_the_code)
{
    /* The subroutine never returns, so this verifies; but HotSpot's
     * rewriting of subroutines, as it links the class, refuses a jsr last
     * in the code, even a dead one: LinkageError. */
    writer_init(w, "Old_JsrLastNoReturn", "java/lang/Object", 49);
    static const uint8_t code[] = {GOTO, 0, 5, POP, RETURN, JSR, 0xff, 0xfe};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    expect_error("Old_JsrLastNoReturn", "java/lang/LinkageError",
                 "Illegal class file encountered", NULL);

    writer_init(w, "Old_DeadJsrLast", "java/lang/Object", 49);
    static const uint8_t dead[] = {RETURN, POP, RETURN, JSR, 0xff, 0xfe};
    METHOD(w, "()V", 1, 0, dead);
    writer_finish(w);
    expect_error("Old_DeadJsrLast", "java/lang/LinkageError", "Illegal class file encountered",
                 NULL);
}
END_TEST

START_TEST(version_49_merge_errors)
{
    /* Stack heights 0 and 1 meet at 5. */
    writer_init(w, "Height", "java/lang/Object", 49);
    static const uint8_t height[] = {ICONST_0, IFEQ, 0, 4, ICONST_1, RETURN};
    METHOD(w, "()V", 1, 0, height);
    writer_finish(w);
    expect_error("Height", VERIFY_ERROR, "Inconsistent stack height 1 != 0", NULL);
    /* int on one path, float on the other: local 0 is unusable after. */
    writer_init(w, "MergeLocal", "java/lang/Object", 49);
    static const uint8_t local[] = {ICONST_0, 0x3b, ICONST_0, IFEQ, 0, 5, 0x0b /* fconst_0 */,
                                    0x43 /* fstore_0 */, ILOAD_0, POP, RETURN};
    METHOD(w, "()V", 1, 1, local);
    writer_finish(w);
    expect_error("MergeLocal", VERIFY_ERROR, "at offset 8", NULL);
    /* String and Integer merge to Object: not a String any more. */
    writer_init(w, "MergeRef", "java/lang/Object", 49);
    uint16_t length = cp_method(w, "java/lang/String", "length", "()I");
    uint16_t string = cp_class(w, "java/lang/String");
    uint16_t integer = cp_class(w, "java/lang/Integer");
    uint8_t ref[] = {ICONST_0, IFEQ, 0, 10, ACONST_NULL, CHECKCAST, HI(string), LO(string),
                     GOTO, 0, 7, ACONST_NULL, CHECKCAST, HI(integer), LO(integer),
                     INVOKEVIRTUAL, HI(length), LO(length), POP, RETURN};
    add_method(w, 0x0009, "m", "()V", 1, 0, ref, sizeof ref, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("MergeRef", VERIFY_ERROR, "at offset 15", NULL);
}
END_TEST

START_TEST(version_49_loop_merges_to_common_superclass)
{
    /* Integer and Long meet as Number, whose intValue() is fine. */
    writer_init(w, "MergeNumber", "java/lang/Object", 49);
    uint16_t int_value = cp_method(w, "java/lang/Number", "intValue", "()I");
    uint16_t integer = cp_class(w, "java/lang/Integer");
    uint16_t lng = cp_class(w, "java/lang/Long");
    uint8_t code[] = {ILOAD_0, IFEQ, 0, 10, ACONST_NULL, CHECKCAST, HI(integer), LO(integer),
                      GOTO, 0, 7, ACONST_NULL, CHECKCAST, HI(lng), LO(lng),
                      INVOKEVIRTUAL, HI(int_value), LO(int_value), IRETURN};
    add_method(w, 0x0009, "m", "(I)I", 1, 1, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_valid("MergeNumber");
}
END_TEST

START_TEST(version_50_fails_over)
{
    /* HotSpot retries a failing version 50 class with type inference,
     * which accepts this one (no StackMapTable) but not a wrong one, for
     * which HotSpot reports the type checker's error. */
    writer_init(w, "Fifty", "java/lang/Object", 50);
    static const uint8_t code[] = {ICONST_0, IFEQ, 0, 4, NOP, RETURN};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    expect_valid("Fifty");
    writer_init(w, "FiftyBad", "java/lang/Object", 50);
    static const uint8_t bad[] = {ICONST_0, IFEQ, 0, 4, ICONST_0, RETURN};
    METHOD(w, "()V", 1, 0, bad);
    writer_finish(w);
    expect_error("FiftyBad", VERIFY_ERROR, "Expecting a stackmap frame at branch target 5", NULL);
}
END_TEST

/* ---- invalid classes --------------------------------------------------- */

START_TEST(type_mismatch_on_stack)
{
    writer_init(w, "BadStack", "java/lang/Object", 52);
    static const uint8_t code[] = {ALOAD_0, ICONST_1, IADD, POP, RETURN};
    METHOD(w, "([Ljava/lang/String;)V", 2, 1, code);
    writer_finish(w);
    expect_error("BadStack", VERIFY_ERROR, "Bad type on operand stack",
                 "BadStack.m([Ljava/lang/String;)V", "at offset 2",
                 "Type '[Ljava/lang/String;' (current frame, stack[0]) is not assignable to integer",
                 NULL);
}
END_TEST

START_TEST(stack_underflow)
{
    writer_init(w, "Underflow", "java/lang/Object", 52);
    static const uint8_t code[] = {POP, RETURN};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    expect_error("Underflow", VERIFY_ERROR, "Operand stack underflow", "at offset 0", NULL);
}
END_TEST

START_TEST(stack_overflow)
{
    writer_init(w, "Overflow", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, ICONST_0, POP2, RETURN};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    expect_error("Overflow", VERIFY_ERROR, "Operand stack overflow", "at offset 1", NULL);
}
END_TEST

START_TEST(bad_local_type)
{
    writer_init(w, "BadLocal", "java/lang/Object", 52);
    static const uint8_t code[] = {ILOAD_1, POP, RETURN};
    METHOD(w, "(Ljava/lang/String;)V", 1, 2, code);
    writer_finish(w);
    expect_error("BadLocal", VERIFY_ERROR, "Bad local variable type",
                 "Type top (current frame, locals[1]) is not assignable to integer", NULL);
}
END_TEST

START_TEST(splitting_a_long)
{
    writer_init(w, "SplitLong", "java/lang/Object", 52);
    static const uint8_t code[] = {LCONST_0, POP, POP, RETURN};
    METHOD(w, "()V", 2, 0, code);
    writer_finish(w);
    expect_error("SplitLong", VERIFY_ERROR, "Bad type on operand stack", "category1 type", NULL);
}
END_TEST

START_TEST(uninitialized_object_used)
{
    writer_init(w, "Uninit", "java/lang/Object", 52);
    uint16_t object = cp_class(w, "java/lang/Object");
    uint16_t hash = cp_method(w, "java/lang/Object", "hashCode", "()I");
    uint8_t code[] = {NEW, HI(object), LO(object), INVOKEVIRTUAL, HI(hash), LO(hash), POP, RETURN};
    add_method(w, 0x0009, "m", "()V", 1, 0, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("Uninit", VERIFY_ERROR, "Bad type on operand stack", "uninitialized 0", NULL);
}
END_TEST

START_TEST(constructor_without_super)
{
    writer_init(w, "NoSuper", "java/lang/Object", 52);
    static const uint8_t code[] = {RETURN};
    add_method(w, 0x0001, "<init>", "()V", 0, 1, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("NoSuper", VERIFY_ERROR, "Constructor must call super() or this() before return",
                 "NoSuper.<init>()V", NULL);
}
END_TEST

START_TEST(handler_covering_super_call)
{
    /* A handler around super(): HotSpot checks it with the locals after
     * the call ('Ctor') and the flags before it, which no frame accepts. */
    writer_init(w, "TryCtor", "java/lang/Object", 52);
    uint16_t init = cp_method(w, "java/lang/Object", "<init>", "()V");
    uint16_t throwable = cp_class(w, "java/lang/Throwable");
    uint8_t code[] = {NOP, NOP, NOP, NOP, NOP, ALOAD_0, INVOKESPECIAL, HI(init), LO(init),
                      RETURN, ATHROW};
    Handler h = {5, 9, 10, 0};
    uint8_t map[] = {0, 1, 255, 0, 10, 0, 1, 6, 0, 1, 7, HI(throwable), LO(throwable)};
    add_method(w, 0x0001, "<init>", "()V", 2, 1, code, sizeof code, &h, 1, map, sizeof map);
    writer_finish(w);
    expect_error("TryCtor", VERIFY_ERROR, "Stack map does not match the one at exception handler 10",
                 "Type 'TryCtor' (current frame, locals[0]) is not assignable to uninitializedThis",
                 NULL);
}
END_TEST

START_TEST(constructor_calls_unrelated_init)
{
    writer_init(w, "WrongInit", "java/lang/Object", 52);
    uint16_t init = cp_method(w, "java/lang/String", "<init>", "()V");
    uint8_t code[] = {ALOAD_0, INVOKESPECIAL, HI(init), LO(init), RETURN};
    add_method(w, 0x0001, "<init>", "()V", 1, 1, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("WrongInit", VERIFY_ERROR, "Bad <init> method call", NULL);
}
END_TEST

START_TEST(missing_frame_at_branch_target)
{
    writer_init(w, "NoFrame", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, IFEQ, 0, 4, NOP, RETURN};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    expect_error("NoFrame", VERIFY_ERROR, "Expecting a stackmap frame at branch target 5",
                 "at offset 1", NULL);
}
END_TEST

START_TEST(missing_frame_after_goto)
{
    writer_init(w, "AfterGoto", "java/lang/Object", 52);
    static const uint8_t code[] = {GOTO, 0, 3, RETURN, RETURN};
    static const uint8_t map[] = {0, 1, 3};
    METHOD_MAP(w, "()V", 0, 0, code, map);
    writer_finish(w);
    expect_error("AfterGoto", VERIFY_ERROR, "Expecting a stack map frame", "at offset 4", NULL);
}
END_TEST

START_TEST(inconsistent_frame)
{
    /* The frame at 4 claims an int in local 0 that was never stored. */
    writer_init(w, "BadFrame", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, IFEQ, 0, 3, RETURN};
    static const uint8_t map[] = {0, 1, 252, 0, 4, 1};
    METHOD_MAP(w, "()V", 1, 1, code, map);
    writer_finish(w);
    expect_error("BadFrame", VERIFY_ERROR, "Inconsistent stackmap frames at branch target 4",
                 "Type top (current frame, locals[0]) is not assignable to integer (stack map, locals[0])",
                 NULL);
}
END_TEST

START_TEST(stack_size_differs_from_frame)
{
    writer_init(w, "StackSize", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, ICONST_0, IFEQ, 0, 3, POP, RETURN};
    static const uint8_t map[] = {0, 1, 5};
    METHOD_MAP(w, "()V", 2, 0, code, map);
    writer_finish(w);
    expect_error("StackSize", VERIFY_ERROR, "Inconsistent stackmap frames at branch target 5",
                 "Current frame's stack size doesn't match stackmap.", NULL);
}
END_TEST

START_TEST(bad_handler_frame)
{
    /* The handler's frame wants an int on the stack, not the exception. */
    writer_init(w, "BadHandler", "java/lang/Object", 52);
    static const uint8_t code[] = {NOP, RETURN, POP, RETURN};
    static const uint8_t map[] = {0, 1, 64 + 2, 1};
    Handler h = {0, 1, 2, 0};
    add_method(w, 0x0009, "m", "()V", 1, 0, code, sizeof code, &h, 1, map, sizeof map);
    writer_finish(w);
    expect_error("BadHandler", VERIFY_ERROR,
                 "Stack map does not match the one at exception handler 2",
                 "Type 'java/lang/Throwable' (current frame, stack[0]) is not assignable to integer",
                 NULL);
}
END_TEST

START_TEST(catch_type_not_throwable)
{
    writer_init(w, "CatchType", "java/lang/Object", 52);
    uint16_t string = cp_class(w, "java/lang/String");
    uint8_t code[] = {NOP, RETURN, POP, RETURN};
    uint8_t map[] = {0, 1, 64 + 2, 7, HI(string), LO(string)};
    Handler h = {0, 1, 2, string};
    add_method(w, 0x0009, "m", "()V", 1, 0, code, sizeof code, &h, 1, map, sizeof map);
    writer_finish(w);
    expect_error("CatchType", VERIFY_ERROR,
                 "Catch type is not a subclass of Throwable in exception handler 2", NULL);
}
END_TEST

START_TEST(falling_off_the_end)
{
    writer_init(w, "FallOff", "java/lang/Object", 52);
    static const uint8_t code[] = {NOP};
    METHOD(w, "()V", 0, 0, code);
    writer_finish(w);
    expect_error("FallOff", VERIFY_ERROR, "Control flow falls through code end", NULL);
}
END_TEST

START_TEST(jsr_in_version_51)
{
    writer_init(w, "Jsr51", "java/lang/Object", 51);
    static const uint8_t code[] = {JSR, 0, 4, RETURN, ASTORE_1, RET, 1};
    METHOD(w, "()V", 1, 2, code);
    writer_finish(w);
    expect_error("Jsr51", VERIFY_ERROR, "Bad instruction: a8", "at offset 0", NULL);
}
END_TEST

START_TEST(frame_inside_an_instruction)
{
    writer_init(w, "FrameMid", "java/lang/Object", 52);
    static const uint8_t code[] = {BIPUSH, 5, POP, RETURN};
    static const uint8_t map[] = {0, 1, 1};
    METHOD_MAP(w, "()V", 1, 0, code, map);
    writer_finish(w);
    expect_error("FrameMid", VERIFY_ERROR, "StackMapTable error: bad offset", NULL);
}
END_TEST

START_TEST(truncated_stack_map)
{
    /* A full_frame cut short: HotSpot reports a ClassFormatError. */
    writer_init(w, "ShortMap", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, IFEQ, 0, 3, RETURN};
    static const uint8_t map[] = {0, 1, 255, 0, 4, 0, 1};
    METHOD_MAP(w, "()V", 1, 1, code, map);
    writer_finish(w);
    expect_error("ShortMap", "java/lang/ClassFormatError",
                 "StackMapTable format error: access beyond the end of attribute", NULL);
}
END_TEST

/* A method "m" of class [name] whose branch target 4 has the frame
 * [map] ([length] bytes, entry count included). */
static void class_with_map(const char *name, const uint8_t *map, size_t length)
{
    writer_init(w, name, "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, IFEQ, 0, 3, RETURN};
    add_method(w, 0x0009, "m", "()V", 1, 1, code, sizeof code, NULL, 0, map, length);
    writer_finish(w);
}

START_TEST(malformed_stack_maps)
{
    /* Each is a ClassFormatError in HotSpot, with these words. */
    static const uint8_t too_many_locals[] = {0, 1, 253, 0, 4, 1, 1};
    class_with_map("MapTooBig", too_many_locals, sizeof too_many_locals);
    expect_error("MapTooBig", "java/lang/ClassFormatError", "bad type array size", NULL);
    static const uint8_t bad_tag[] = {0, 1, 252, 0, 4, 9};
    class_with_map("MapBadTag", bad_tag, sizeof bad_tag);
    expect_error("MapBadTag", "java/lang/ClassFormatError", "bad verification type", NULL);
    static const uint8_t trailing[] = {0, 1, 4, 0};
    class_with_map("MapTrailing", trailing, sizeof trailing);
    expect_error("MapTrailing", "java/lang/ClassFormatError", "wrong attribute size", NULL);
    static const uint8_t not_new[] = {0, 1, 252, 0, 4, 8, 0, 0};
    class_with_map("MapBadUninit", not_new, sizeof not_new);
    expect_error("MapBadUninit", "java/lang/ClassFormatError", "bad offset for Uninitialized",
                 NULL);
    static const uint8_t chop[] = {0, 1, 250, 0, 4};
    class_with_map("MapChop", chop, sizeof chop);
    expect_error("MapChop", "java/lang/ClassFormatError", "bad type array size", NULL);
    static const uint8_t bad_class[] = {0, 1, 252, 0, 4, 7, 0, 99};
    class_with_map("MapBadCp", bad_class, sizeof bad_class);
    expect_error("MapBadCp", "java/lang/ClassFormatError", "bad class index", NULL);
}
END_TEST

START_TEST(unsorted_lookupswitch)
{
    /* Keys 5 then 1: rejected before any target is looked at. */
    writer_init(w, "Unsorted", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, 0xab, 0, 0, 0, 0, 0, 27, 0, 0, 0, 2,
                                   0, 0, 0, 5, 0, 0, 0, 27, 0, 0, 0, 1, 0, 0, 0, 27, RETURN};
    static const uint8_t map[] = {0, 1, 28};
    METHOD_MAP(w, "()V", 1, 0, code, map);
    writer_finish(w);
    expect_error("Unsorted", VERIFY_ERROR, "Bad lookupswitch instruction", NULL);
}
END_TEST

START_TEST(valid_uninitialized_across_backward_branch)
{
    /* HotSpot 17 accepts an uninitialized object in a loop's frame. */
    writer_init(w, "BackUninit", "java/lang/Object", 52);
    uint16_t object = cp_class(w, "java/lang/Object");
    uint8_t code[] = {NEW, HI(object), LO(object), ASTORE_1 - 1, NOP, GOTO, 0xff, 0xff};
    uint8_t map[] = {0, 1, 252, 0, 4, 8, 0, 0};
    add_method(w, 0x0009, "m", "()V", 1, 1, code, sizeof code, NULL, 0, map, sizeof map);
    writer_finish(w);
    expect_valid("BackUninit");
}
END_TEST

/* A class [name] with "static [descriptor] m()" running [code], and a
 * static "take" method for each of Cloneable and Runnable. */
static void simple_class(const char *name, const char *descriptor, const uint8_t *code,
                         size_t length, uint16_t max_locals)
{
    add_method(w, 0x0009, "m", descriptor, 4, max_locals, code, length, NULL, 0, NULL, 0);
    static const uint8_t ret[] = {RETURN};
    add_method(w, 0x0009, "take", "(Ljava/lang/Cloneable;)V", 0, 1, ret, 1, NULL, 0, NULL, 0);
    add_method(w, 0x0009, "take", "(Ljava/lang/Runnable;)V", 0, 1, ret, 1, NULL, 0, NULL, 0);
    writer_finish(w);
    (void)name;
}

START_TEST(reference_rules)
{
    /* Arrays are Cloneable but not Runnable; any class passes for an
     * interface; String[] is an Object[] but not the reverse, and int[] is
     * not an Object[]. HotSpot agrees on each. */
    enum { NEWARRAY = 0xbc, ANEWARRAY = 0xbd, INVOKESTATIC = 0xb8, T_INT_ARRAY = 10 };
    writer_init(w, "CloneArg", "java/lang/Object", 52);
    uint16_t take = cp_method(w, "CloneArg", "take", "(Ljava/lang/Cloneable;)V");
    uint8_t clone_arg[] = {ICONST_1, NEWARRAY, T_INT_ARRAY, INVOKESTATIC, HI(take), LO(take),
                           RETURN};
    simple_class("CloneArg", "()V", clone_arg, sizeof clone_arg, 0);
    expect_valid("CloneArg");

    writer_init(w, "RunArg", "java/lang/Object", 52);
    take = cp_method(w, "RunArg", "take", "(Ljava/lang/Runnable;)V");
    uint8_t run_arg[] = {ICONST_1, NEWARRAY, T_INT_ARRAY, INVOKESTATIC, HI(take), LO(take),
                         RETURN};
    simple_class("RunArg", "()V", run_arg, sizeof run_arg, 0);
    expect_error("RunArg", VERIFY_ERROR, "Bad type on operand stack", NULL);

    writer_init(w, "StrRunArg", "java/lang/Object", 52);
    take = cp_method(w, "StrRunArg", "take", "(Ljava/lang/Runnable;)V");
    uint16_t string = cp_class(w, "java/lang/String");
    uint8_t str_arg[] = {ACONST_NULL, CHECKCAST, HI(string), LO(string), INVOKESTATIC, HI(take),
                         LO(take), RETURN};
    simple_class("StrRunArg", "()V", str_arg, sizeof str_arg, 0);
    expect_valid("StrRunArg");

    writer_init(w, "ArrCov", "java/lang/Object", 52);
    uint16_t object = cp_class(w, "java/lang/Object");
    uint8_t arr_cov[] = {ICONST_1, ANEWARRAY, HI(object), LO(object), ARETURN};
    simple_class("ArrCov", "()[Ljava/lang/String;", arr_cov, sizeof arr_cov, 0);
    expect_error("ArrCov", VERIFY_ERROR, "Bad return type", NULL);

    writer_init(w, "ArrCovOk", "java/lang/Object", 52);
    string = cp_class(w, "java/lang/String");
    uint8_t arr_ok[] = {ICONST_1, ANEWARRAY, HI(string), LO(string), ARETURN};
    simple_class("ArrCovOk", "()[Ljava/lang/Object;", arr_ok, sizeof arr_ok, 0);
    expect_valid("ArrCovOk");

    writer_init(w, "IntArrToObjArr", "java/lang/Object", 52);
    uint8_t int_arr[] = {ICONST_1, NEWARRAY, T_INT_ARRAY, ARETURN};
    simple_class("IntArrToObjArr", "()[Ljava/lang/Object;", int_arr, sizeof int_arr, 0);
    expect_error("IntArrToObjArr", VERIFY_ERROR, "Bad return type", NULL);

    writer_init(w, "IaloadObj", "java/lang/Object", 52);
    object = cp_class(w, "java/lang/Object");
    uint8_t iaload[] = {ICONST_1, ANEWARRAY, HI(object), LO(object), ICONST_0, 0x2e, POP, RETURN};
    simple_class("IaloadObj", "()V", iaload, sizeof iaload, 0);
    expect_error("IaloadObj", VERIFY_ERROR, "Bad type on operand stack in iaload", NULL);

    writer_init(w, "AastoreInt", "java/lang/Object", 52);
    uint8_t aastore[] = {ICONST_1, NEWARRAY, T_INT_ARRAY, ICONST_0, ACONST_NULL, 0x53, RETURN};
    simple_class("AastoreInt", "()V", aastore, sizeof aastore, 0);
    expect_error("AastoreInt", VERIFY_ERROR, "Bad type on operand stack in aastore", NULL);
}
END_TEST

START_TEST(initialization_rules)
{
    /* new String initialized by Object.<init>: the wrong constructor. */
    writer_init(w, "WrongNewInit", "java/lang/Object", 52);
    uint16_t string = cp_class(w, "java/lang/String");
    uint16_t object_init = cp_method(w, "java/lang/Object", "<init>", "()V");
    uint8_t wrong[] = {NEW, HI(string), LO(string), DUP, INVOKESPECIAL, HI(object_init),
                       LO(object_init), POP, RETURN};
    simple_class("WrongNewInit", "()V", wrong, sizeof wrong, 0);
    expect_error("WrongNewInit", VERIFY_ERROR, "Call to wrong <init> method", "at offset 4", NULL);

    /* A copy of the new object in a local is initialized with it. */
    writer_init(w, "UninitLocal", "java/lang/Object", 52);
    uint16_t object = cp_class(w, "java/lang/Object");
    object_init = cp_method(w, "java/lang/Object", "<init>", "()V");
    uint16_t hash = cp_method(w, "java/lang/Object", "hashCode", "()I");
    uint8_t local[] = {NEW, HI(object), LO(object), DUP, 0x4b /* astore_0 */, INVOKESPECIAL,
                       HI(object_init), LO(object_init), ALOAD_0, INVOKEVIRTUAL, HI(hash),
                       LO(hash), POP, RETURN};
    simple_class("UninitLocal", "()V", local, sizeof local, 1);
    expect_valid("UninitLocal");

    /* Before super(), only fields this class declares may be set. */
    writer_init(w, "PutInherited", "java/lang/Throwable", 52);
    uint16_t message = cp_field(w, "PutInherited", "detailMessage", "Ljava/lang/String;");
    uint16_t throwable_init = cp_method(w, "java/lang/Throwable", "<init>", "()V");
    uint8_t put[] = {ALOAD_0, ACONST_NULL, PUTFIELD, HI(message), LO(message), ALOAD_0,
                     INVOKESPECIAL, HI(throwable_init), LO(throwable_init), RETURN};
    add_method(w, 0x0001, "<init>", "()V", 2, 1, put, sizeof put, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("PutInherited", VERIFY_ERROR, "Bad type on operand stack in putfield",
                 "uninitializedThis", NULL);

    /* invokespecial of a method of an unrelated class. */
    writer_init(w, "SpecialOther", "java/lang/Object", 52);
    uint16_t length = cp_method(w, "java/lang/String", "length", "()I");
    uint8_t special[] = {ACONST_NULL, INVOKESPECIAL, HI(length), LO(length), POP, RETURN};
    simple_class("SpecialOther", "()V", special, sizeof special, 0);
    expect_error("SpecialOther", VERIFY_ERROR,
                 "Bad invokespecial instruction: current class isn't assignable to reference class.",
                 NULL);
}
END_TEST

/* One static method "m" per case, no constant pool references: the type
 * rules of instruction families, each verdict checked against HotSpot's
 * (tests/verify/run.sh compares them all). [error] NULL: must verify. */
typedef struct OpcodeCase {
    const char *name;
    uint16_t major;
    const char *descriptor;
    uint16_t max_stack, max_locals;
    uint8_t code[24];
    size_t code_length;
    uint8_t map[16];
    size_t map_length;
    const char *error; /* headline, or NULL */
} OpcodeCase;

#define BYTES(...) {__VA_ARGS__}, sizeof((uint8_t[]){__VA_ARGS__})
#define NOMAP {0}, 0

static const OpcodeCase opcode_cases[] = {
    /* loads and stores */
    {"LloadInt", 52, "(I)V", 2, 2, BYTES(LLOAD_0, POP2, RETURN), NOMAP, "Bad local variable type"},
    {"DstoreLong", 52, "()V", 2, 2, BYTES(LCONST_0, 0x47 /* dstore_0 */, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"FloadOfInt", 52, "(I)F", 1, 1, BYTES(0x22 /* fload_0 */, 0xae), NOMAP,
     "Bad local variable type"},
    {"AloadOfInt", 52, "(I)V", 1, 1, BYTES(ALOAD_0, POP, RETURN), NOMAP, "Bad local variable type"},
    {"LongHalfLoad", 52, "(J)I", 1, 2, BYTES(ILOAD_1, IRETURN), NOMAP, "Bad local variable type"},
    {"LongOverwritten", 52, "(J)J", 2, 2, BYTES(ICONST_0, ISTORE_1, LLOAD_0, LRETURN), NOMAP,
     "Bad local variable type"},
    {"WideBeyondLocals", 52, "()V", 1, 1, BYTES(WIDE, ILOAD, 1, 0, POP, RETURN), NOMAP,
     "Local variable table overflow"},
    {"IincFloat", 52, "(F)V", 0, 1, BYTES(IINC, 0, 1, RETURN), NOMAP, "Bad local variable type"},
    {"IincValid", 52, "(I)I", 1, 1, BYTES(IINC, 0, 0xff, ILOAD_0, IRETURN), NOMAP, NULL},
    /* arithmetic, conversions, comparisons */
    {"FaddInts", 52, "()V", 2, 0, BYTES(ICONST_0, ICONST_0, 0x62, POP, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"LshlLongShift", 52, "()V", 4, 0, BYTES(LCONST_0, LCONST_0, 0x79, POP2, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"LshlValid", 52, "()J", 3, 0, BYTES(LCONST_0, ICONST_1, 0x79, LRETURN), NOMAP, NULL},
    {"L2iOfInt", 52, "()V", 2, 0, BYTES(ICONST_0, 0x88, POP, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"FcmplInts", 52, "()V", 2, 0, BYTES(ICONST_0, ICONST_0, 0x95, POP, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"LcmpValid", 52, "()I", 4, 0, BYTES(LCONST_0, LCONST_0, 0x94, IRETURN), NOMAP, NULL},
    {"I2lThenPop", 52, "()V", 2, 0, BYTES(ICONST_0, 0x85, POP, RETURN), NOMAP,
     "Bad type on operand stack"},
    /* stack manipulation */
    {"SwapLong", 52, "()V", 3, 0, BYTES(ICONST_0, LCONST_0, 0x5f, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"DupX1Long", 52, "()V", 4, 0, BYTES(LCONST_0, ICONST_0, 0x5a, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"Dup2X1Valid", 52, "()V", 5, 0, BYTES(ICONST_0, LCONST_0, 0x5d, POP2, POP, POP2, RETURN),
     NOMAP, NULL},
    {"Dup2SplitsLong", 52, "()V", 5, 0, BYTES(LCONST_0, ICONST_0, 0x5c, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"Pop2TwoInts", 52, "()V", 2, 0, BYTES(ICONST_0, ICONST_0, POP2, RETURN), NOMAP, NULL},
    {"DupX2Valid", 52, "()V", 4, 0, BYTES(LCONST_0, ICONST_0, 0x5b, POP, POP2, POP, RETURN),
     NOMAP, NULL},
    /* branches */
    {"IfnullInt", 52, "()V", 1, 0, BYTES(ICONST_0, 0xc6, 0, 3, RETURN), BYTES(0, 1, 4),
     "Bad type on operand stack"},
    {"IfAcmpInts", 52, "()V", 2, 0, BYTES(ICONST_0, ICONST_0, 0xa5, 0, 3, RETURN), BYTES(0, 1, 5),
     "Bad type on operand stack"},
    {"GotoW", 52, "()V", 0, 0, BYTES(0xc8, 0, 0, 0, 5, RETURN), BYTES(0, 1, 5), NULL},
    {"BranchMidInsn", 52, "()V", 1, 0, BYTES(ICONST_0, IFEQ, 0, 4, BIPUSH, 1, POP, RETURN),
     BYTES(0, 1, 5), "StackMapTable error: bad offset"},
    {"BackwardLoop", 52, "(I)V", 1, 1, BYTES(IINC, 0, 0xff, ILOAD_0, IFEQ, 0xff, 0xfc, RETURN),
     BYTES(0, 1, 0), NULL},
    /* arrays and objects without the constant pool */
    {"NewarrayBadType", 52, "()V", 1, 0, BYTES(ICONST_1, 0xbc, 3, POP, RETURN), NOMAP,
     "Illegal newarray instruction"},
    {"BaloadBoolean", 52, "()I", 2, 0, BYTES(ICONST_1, 0xbc, 4, ICONST_0, 0x33, IRETURN), NOMAP,
     NULL},
    {"CaloadByte", 52, "()I", 2, 0, BYTES(ICONST_1, 0xbc, 8, ICONST_0, 0x34, IRETURN), NOMAP,
     "Bad type on operand stack in caload"},
    {"AaloadNull", 52, "()V", 2, 0, BYTES(ACONST_NULL, ICONST_0, 0x32, POP, RETURN), NOMAP, NULL},
    {"ArraylengthNull", 52, "()I", 1, 0, BYTES(ACONST_NULL, 0xbe, IRETURN), NOMAP, NULL},
    {"MonitorexitInt", 52, "()V", 1, 0, BYTES(ICONST_0, 0xc3, RETURN), NOMAP,
     "Bad type on operand stack"},
    {"AthrowNull", 52, "()V", 1, 0, BYTES(ACONST_NULL, ATHROW), NOMAP, NULL},
    {"AreturnInt", 52, "()Ljava/lang/Object;", 1, 0, BYTES(ICONST_0, ARETURN), NOMAP,
     "Bad type on operand stack"},
    {"ReturnFromInt", 52, "()I", 0, 0, BYTES(RETURN), NOMAP, "Method expects a return value"},
    {"LreturnInt", 52, "()J", 1, 0, BYTES(ICONST_0, LRETURN), NOMAP,
     "Bad type on operand stack"},
    {"ByteAsInt", 52, "(B)Z", 1, 1, BYTES(ILOAD_0, IRETURN), NOMAP, NULL},
    /* the same families by type inference */
    {"Old_SwapLong", 49, "()V", 3, 0, BYTES(ICONST_0, LCONST_0, 0x5f, RETURN), NOMAP, ""},
    {"Old_LloadInt", 49, "(I)V", 2, 2, BYTES(LLOAD_0, POP2, RETURN), NOMAP, ""},
    {"Old_Loop", 49, "(I)V", 1, 1, BYTES(IINC, 0, 0xff, ILOAD_0, IFEQ, 0xff, 0xfc, RETURN), NOMAP,
     NULL},
    {"Old_BranchMidInsn", 49, "()V", 1, 0, BYTES(ICONST_0, IFEQ, 0, 4, BIPUSH, 1, POP, RETURN),
     NOMAP, "Illegal target of jump or branch"},
    {"Old_AreturnInt", 49, "()Ljava/lang/Object;", 1, 0, BYTES(ICONST_0, ARETURN), NOMAP, ""},
    /* Dead code after a return: the old verifier's data flow never visits
     * it, but it checks every instruction's operands first. */
    {"Old_DeadBadBranch", 49, "()V", 0, 0, BYTES(RETURN, GOTO, 0xff, 0x00), NOMAP,
     "Illegal target of jump or branch"},
    {"Old_DeadBadJsr", 49, "()V", 0, 0, BYTES(RETURN, JSR, 0x7f, 0x00), NOMAP,
     "Illegal target of jump or branch"},
    {"Old_DeadBadPoolIndex", 49, "()V", 1, 0, BYTES(RETURN, LDC, 200, POP, RETURN), NOMAP,
     "Illegal constant pool index 200"},
    {"Old_DeadBadLocal", 49, "()V", 1, 1, BYTES(RETURN, ILOAD, 7, POP, RETURN), NOMAP,
     "Illegal local variable number"},
    {"Old_DeadBadLongLocal", 49, "()V", 2, 2, BYTES(RETURN, 0x21 /* lload_3 */, POP2, RETURN),
     NOMAP, "Illegal local variable number"},
    {"Old_DeadBadNewarray", 49, "()V", 1, 0, BYTES(RETURN, ICONST_1, 0xbc, 3, POP, RETURN), NOMAP,
     "Bad type passed to newarray"},
    {"Old_DeadBadTableswitch", 49, "()V", 1, 0,
     BYTES(RETURN, ICONST_0, TABLESWITCH, 0, /* default */ 0, 0, 0, 16, /* low, high */ 0, 0, 0,
           0, 0, 0, 0, 0, /* 0 */ 0, 0, 0, 18, RETURN),
     NOMAP, "Illegal default target in switch"},
    /* ...but not their types or stack heights, nor the kind of return. */
    {"Old_DeadUnderflow", 49, "()V", 0, 0, BYTES(RETURN, POP, IADD, RETURN), NOMAP, NULL},
    {"Old_DeadIreturn", 49, "()V", 0, 0, BYTES(RETURN, IRETURN), NOMAP, NULL},
    {"Old_DeadFallsOff", 49, "()V", 0, 0, BYTES(RETURN, NOP), NOMAP, NULL},
    /* A subroutine may leave more or fewer values than it found. */
    {"Old_SubroutinePushes", 49, "()V", 2, 2,
     BYTES(JSR, 0, 5, POP, RETURN, ASTORE_1, ICONST_0, RET, 1), NOMAP, NULL},
    {"Old_SubroutinePops", 49, "()V", 2, 2,
     BYTES(ICONST_0, JSR, 0, 4, RETURN, ASTORE_1, POP, RET, 1), NOMAP, NULL},
    {"Old_WideRetPushes", 49, "()V", 2, 2,
     BYTES(JSR, 0, 5, POP, RETURN, ASTORE_1, ICONST_0, WIDE, RET, 0, 1), NOMAP, NULL},
    /* ret from two subroutines at once: back after the outer jsr. */
    {"Old_RetTwoLevels", 49, "()V", 1, 3,
     BYTES(JSR, 0, 6, RETURN, NOP, NOP, ASTORE_1, JSR, 0, 5, POP, NOP, 0x4d /* astore_2 */, RET, 1),
     NOMAP, NULL},
    /* A jsr last in the code whose subroutine returns (and see
     * jsr_last_in_the_code). */
    {"Old_JsrLastReturns", 49, "()V", 1, 2, BYTES(GOTO, 0, 6, ASTORE_1, RET, 1, JSR, 0xff, 0xfd),
     NOMAP, ""},

    /* Version 50 without a StackMapTable fails type checking ("Expecting
     * a stack map frame") and type inference both. */
    {"Fifty_DeadBadPoolIndex", 50, "()V", 1, 0, BYTES(RETURN, LDC, 200, POP, RETURN), NOMAP,
     "Expecting a stack map frame"},
};

START_TEST(opcode_families)
{
    for (size_t i = 0; i < sizeof opcode_cases / sizeof opcode_cases[0]; i++) {
        const OpcodeCase *c = &opcode_cases[i];
        writer_init(w, c->name, "java/lang/Object", c->major);
        add_method(w, 0x0009, "m", c->descriptor, c->max_stack, c->max_locals, c->code,
                   c->code_length, NULL, 0, c->map_length ? c->map : NULL, c->map_length);
        writer_finish(w);
        if (c->error)
            expect_error(c->name, VERIFY_ERROR, c->error, NULL);
        else
            expect_valid(c->name);
    }
}
END_TEST

/* One class [name] whose static m()V runs [code] ([length] bytes). */
static void code_class(const char *name, const uint8_t *code, size_t length)
{
    add_method(w, 0x0009, "m", "()V", 4, 0, code, length, NULL, 0, NULL, 0);
    writer_finish(w);
    (void)name;
}

START_TEST(constant_pool_operands)
{
    /* Each instruction needs a pool entry of its own kind (HotSpot's
     * words, all VerifyErrors). */
    enum { LDC2_W = 0x14, INVOKESTATIC = 0xb8, INVOKEINTERFACE = 0xb9, ANEWARRAY = 0xbd,
           MULTIANEWARRAY = 0xc5 };
    writer_init(w, "GetfieldMethodref", "java/lang/Object", 52);
    uint16_t hash = cp_method(w, "java/lang/Object", "hashCode", "()I");
    uint8_t getfield[] = {ACONST_NULL, GETFIELD, HI(hash), LO(hash), POP, RETURN};
    code_class("GetfieldMethodref", getfield, sizeof getfield);
    expect_error("GetfieldMethodref", VERIFY_ERROR, "Illegal type at constant pool entry", NULL);

    writer_init(w, "InvokeFieldref", "java/lang/Object", 52);
    uint16_t out = cp_field(w, "java/lang/System", "out", "Ljava/io/PrintStream;");
    uint8_t invoke[] = {INVOKESTATIC, HI(out), LO(out), RETURN};
    code_class("InvokeFieldref", invoke, sizeof invoke);
    expect_error("InvokeFieldref", VERIFY_ERROR, "Illegal type at constant pool entry", NULL);

    writer_init(w, "LdcMethodref", "java/lang/Object", 52);
    hash = cp_method(w, "java/lang/Object", "hashCode", "()I");
    uint8_t ldc[] = {LDC, (uint8_t)hash, POP, RETURN};
    code_class("LdcMethodref", ldc, sizeof ldc);
    expect_error("LdcMethodref", VERIFY_ERROR, "Illegal type at constant pool entry", NULL);

    writer_init(w, "NewString", "java/lang/Object", 52);
    uint16_t text = cp_string(w, "x");
    uint8_t new_string[] = {NEW, HI(text), LO(text), POP, RETURN};
    code_class("NewString", new_string, sizeof new_string);
    expect_error("NewString", VERIFY_ERROR, "Illegal type at constant pool entry", NULL);

    writer_init(w, "Ldc2Int", "java/lang/Object", 52);
    uint16_t five = cp_integer(w, 5);
    uint8_t ldc2[] = {LDC2_W, HI(five), LO(five), POP2, RETURN};
    code_class("Ldc2Int", ldc2, sizeof ldc2);
    expect_error("Ldc2Int", VERIFY_ERROR, "Illegal type at constant pool entry", NULL);

    writer_init(w, "InterfaceOnMethodref", "java/lang/Object", 52);
    hash = cp_method(w, "java/lang/Object", "hashCode", "()I");
    uint8_t iface[] = {ACONST_NULL, INVOKEINTERFACE, HI(hash), LO(hash), 1, 0, POP, RETURN};
    code_class("InterfaceOnMethodref", iface, sizeof iface);
    expect_error("InterfaceOnMethodref", VERIFY_ERROR, "Illegal type at constant pool entry", NULL);

    writer_init(w, "CpOutOfRange", "java/lang/Object", 52);
    uint8_t far[] = {LDC, 200, POP, RETURN};
    code_class("CpOutOfRange", far, sizeof far);
    expect_error("CpOutOfRange", VERIFY_ERROR, "Illegal constant pool index 200", NULL);

    writer_init(w, "NewArrayClass", "java/lang/Object", 52);
    uint16_t ints = cp_class(w, "[I");
    uint8_t new_array[] = {NEW, HI(ints), LO(ints), POP, RETURN};
    code_class("NewArrayClass", new_array, sizeof new_array);
    expect_error("NewArrayClass", VERIFY_ERROR, "Illegal new instruction", NULL);

    writer_init(w, "MultiDimsTooMany", "java/lang/Object", 52);
    uint16_t object = cp_class(w, "java/lang/Object");
    uint8_t many[] = {ICONST_1, ICONST_1, MULTIANEWARRAY, HI(object), LO(object), 2, POP, RETURN};
    code_class("MultiDimsTooMany", many, sizeof many);
    expect_error("MultiDimsTooMany", VERIFY_ERROR,
                 "Illegal constant pool index in multianewarray instruction", NULL);

    writer_init(w, "MultiDimsZero", "java/lang/Object", 52);
    uint16_t matrix = cp_class(w, "[[I");
    uint8_t zero[] = {MULTIANEWARRAY, HI(matrix), LO(matrix), 0, POP, RETURN};
    code_class("MultiDimsZero", zero, sizeof zero);
    expect_error("MultiDimsZero", VERIFY_ERROR, "Illegal dimension in multianewarray instruction: 0",
                 NULL);

    writer_init(w, "Anewarray255", "java/lang/Object", 52);
    char deep[260];
    memset(deep, '[', 255);
    strcpy(deep + 255, "I");
    uint16_t deep_class = cp_class(w, deep);
    uint8_t too_deep[] = {ICONST_1, ANEWARRAY, HI(deep_class), LO(deep_class), POP, RETURN};
    code_class("Anewarray255", too_deep, sizeof too_deep);
    expect_error("Anewarray255", VERIFY_ERROR,
                 "Illegal anewarray instruction, array has more than 255 dimensions", NULL);
}
END_TEST

START_TEST(wrong_return_type)
{
    writer_init(w, "BadReturn", "java/lang/Object", 52);
    static const uint8_t code[] = {ALOAD_0, ARETURN};
    METHOD(w, "(Ljava/lang/Object;)Ljava/lang/String;", 1, 1, code);
    writer_finish(w);
    expect_error("BadReturn", VERIFY_ERROR, "Bad return type", NULL);
}
END_TEST

START_TEST(return_value_from_void)
{
    writer_init(w, "RetVal", "java/lang/Object", 52);
    static const uint8_t code[] = {ICONST_0, IRETURN};
    METHOD(w, "()V", 1, 0, code);
    writer_finish(w);
    expect_error("RetVal", VERIFY_ERROR, "Method does not expect a return value", NULL);
}
END_TEST

START_TEST(protected_access_through_other_object)
{
    /* Object.clone is protected in java.lang: calling it on an Object
     * that is not known to be this class is an error (JVMS 4.10.1.8). */
    writer_init(w, "Protected", "java/lang/Object", 52);
    uint16_t clone = cp_method(w, "java/lang/Object", "clone", "()Ljava/lang/Object;");
    uint8_t code[] = {ALOAD_0, INVOKEVIRTUAL, HI(clone), LO(clone), ARETURN};
    add_method(w, 0x0009, "m", "(Ljava/lang/Object;)Ljava/lang/Object;", 1, 1, code, sizeof code,
               NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("Protected", VERIFY_ERROR, "Bad access to protected data in invokevirtual", NULL);
}
END_TEST

/* p/A { protected int f; protected void h() {} } and q/B extends p/A
 * whose static method m(q/B or p/A) reads f and calls h() through its
 * argument. */
static void protected_classes(const char *b_name, const char *argument)
{
    writer_init(w, "p/A", "java/lang/Object", 52);
    add_field(w, ACC_PROTECTED, "f", "I");
    static const uint8_t ret[] = {RETURN};
    add_method(w, ACC_PROTECTED, "h", "()V", 0, 1, ret, sizeof ret, NULL, 0, NULL, 0);
    writer_finish(w);
    writer_init(w, b_name, "p/A", 52);
    uint16_t f = cp_field(w, "p/A", "f", "I");
    uint16_t h = cp_method(w, "p/A", "h", "()V");
    uint8_t code[] = {ALOAD_0, INVOKEVIRTUAL, HI(h), LO(h), ALOAD_0, GETFIELD, HI(f), LO(f),
                      IRETURN};
    char descriptor[64];
    snprintf(descriptor, sizeof descriptor, "(%s)I", argument);
    add_method(w, 0x0009, "m", descriptor, 1, 1, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
}

START_TEST(valid_protected_access_through_subclass)
{
    protected_classes("q/B", "Lq/B;");
    expect_valid("q/B");
}
END_TEST

START_TEST(protected_access_through_superclass)
{
    /* JVMS 4.10.1.8: the object must be a q/B, p/A is not enough. */
    protected_classes("q/C", "Lp/A;");
    expect_error("q/C", VERIFY_ERROR, "Bad access to protected data in invokevirtual",
                 "at offset 1", NULL);
}
END_TEST

START_TEST(getfield_on_wrong_class)
{
    writer_init(w, "WrongField", "java/lang/Object", 52);
    add_field(w, 0, "x", "I");
    uint16_t x = cp_field(w, "WrongField", "x", "I");
    uint8_t code[] = {ALOAD_0, GETFIELD, HI(x), LO(x), IRETURN};
    add_method(w, 0x0009, "m", "(Ljava/lang/String;)I", 1, 1, code, sizeof code, NULL, 0, NULL,
               0);
    writer_finish(w);
    expect_error("WrongField", VERIFY_ERROR, "Bad type on operand stack",
                 "Type 'java/lang/String' (current frame, stack[0]) is not assignable to 'WrongField'",
                 NULL);
}
END_TEST

START_TEST(missing_class_in_assignability)
{
    /* Returning a Missing as a Base needs Missing's superclass. */
    writer_init(w, "Base2", "java/lang/Object", 52);
    writer_finish(w);
    writer_init(w, "NeedsMissing", "java/lang/Object", 52);
    uint16_t missing = cp_class(w, "Missing");
    uint8_t code[] = {ACONST_NULL, CHECKCAST, HI(missing), LO(missing), ARETURN};
    add_method(w, 0x0009, "m", "()LBase2;", 1, 0, code, sizeof code, NULL, 0, NULL, 0);
    writer_finish(w);
    expect_error("NeedsMissing", "java/lang/NoClassDefFoundError", "Missing", NULL);
}
END_TEST

START_TEST(verification_can_be_turned_off)
{
    cortado_vm_destroy(vm);
    CortadoOptions options;
    cortado_options_init(&options);
    options.class_path = ".";
    options.no_verify = 1;
    vm = cortado_vm_create(&options);
    ck_assert_ptr_nonnull(vm);
    t = &vm->main_thread;
    writer_init(w, "Unchecked", "java/lang/Object", 52);
    static const uint8_t code[] = {ACONST_NULL, ICONST_1, IADD, POP, RETURN};
    METHOD(w, "()V", 2, 0, code);
    writer_finish(w);
    expect_valid("Unchecked");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("verify");
    TCase *valid = tcase_create("valid");
    tcase_add_checked_fixture(valid, setup, teardown);
    tcase_add_test(valid, valid_branches_and_frames);
    tcase_add_test(valid, verified_when_linked_not_when_loaded);
    tcase_add_test(valid, valid_longs_wide_and_dup2_x2);
    tcase_add_test(valid, valid_constructor_with_field_before_super);
    tcase_add_test(valid, valid_try_catch);
    tcase_add_test(valid, valid_tableswitch_with_padding);
    tcase_add_test(valid, switch_padding_by_version);
    tcase_add_test(valid, jsr_last_in_the_code);
    tcase_add_test(valid, valid_protected_clone_on_this_and_arrays);
    tcase_add_test(valid, valid_protected_access_through_subclass);
    tcase_add_test(valid, subclass_check_does_not_link_other_classes);
    tcase_add_test(valid, superclass_verified_while_subclass_loads);
    tcase_add_test(valid, version_49_simple_subroutine);
    tcase_add_test(valid, version_49_try_finally);
    tcase_add_test(valid, version_49_loop_merges_to_common_superclass);
    tcase_add_test(valid, version_50_fails_over);
    tcase_add_test(valid, verification_can_be_turned_off);
    tcase_add_test(valid, valid_uninitialized_across_backward_branch);
    suite_add_tcase(s, valid);

    TCase *invalid = tcase_create("invalid");
    tcase_add_checked_fixture(invalid, setup, teardown);
    tcase_add_test(invalid, type_mismatch_on_stack);
    tcase_add_test(invalid, stack_underflow);
    tcase_add_test(invalid, stack_overflow);
    tcase_add_test(invalid, bad_local_type);
    tcase_add_test(invalid, splitting_a_long);
    tcase_add_test(invalid, uninitialized_object_used);
    tcase_add_test(invalid, constructor_without_super);
    tcase_add_test(invalid, handler_covering_super_call);
    tcase_add_test(invalid, constructor_calls_unrelated_init);
    tcase_add_test(invalid, missing_frame_at_branch_target);
    tcase_add_test(invalid, missing_frame_after_goto);
    tcase_add_test(invalid, inconsistent_frame);
    tcase_add_test(invalid, stack_size_differs_from_frame);
    tcase_add_test(invalid, bad_handler_frame);
    tcase_add_test(invalid, catch_type_not_throwable);
    tcase_add_test(invalid, falling_off_the_end);
    tcase_add_test(invalid, jsr_in_version_51);
    tcase_add_test(invalid, frame_inside_an_instruction);
    tcase_add_test(invalid, truncated_stack_map);
    tcase_add_test(invalid, malformed_stack_maps);
    tcase_add_test(invalid, unsorted_lookupswitch);
    tcase_add_test(invalid, version_49_subroutine_clobbers_caller_local);
    tcase_add_test(invalid, version_49_ret_of_non_address);
    tcase_add_test(invalid, version_49_recursive_subroutine);
    tcase_add_test(invalid, version_49_aload_of_return_address);
    tcase_add_test(valid, version_49_uninitialized_across_loops);
    tcase_add_test(invalid, version_49_merge_errors);
    tcase_add_test(invalid, reference_rules);
    tcase_add_test(invalid, opcode_families);
    tcase_add_test(invalid, constant_pool_operands);
    tcase_add_test(invalid, initialization_rules);
    tcase_add_test(invalid, wrong_return_type);
    tcase_add_test(invalid, return_value_from_void);
    tcase_add_test(invalid, protected_access_through_other_object);
    tcase_add_test(invalid, protected_access_through_superclass);
    tcase_add_test(invalid, getfield_on_wrong_class);
    tcase_add_test(invalid, missing_class_in_assignability);
    suite_add_tcase(s, invalid);

    return unit_run(s, true);
}
