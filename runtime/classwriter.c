/*
 * classwriter.c - building class files in memory; see classwriter.h.
 *
 * Must never: produce a class file the parser would reject (the caller's
 * bytecode aside), or write past a buffer (all writes go through append).
 */
#include "runtime/classwriter.h"

#include "loader/classfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Buffer {
    uint8_t *data;
    size_t length, capacity;
} Buffer;

typedef struct CpItem {
    uint8_t tag;
    char *key; /* tag-specific text used for deduplication */
} CpItem;

struct ClassWriter {
    bool failed;
    uint16_t access;
    uint16_t this_class, super_class;
    Buffer pool;
    CpItem *items;
    uint16_t item_count; /* next index - 1 */
    Buffer interfaces;
    uint16_t interface_count;
    Buffer fields;
    uint16_t field_count;
    Buffer methods;
    uint16_t method_count;
    Buffer code;
    Buffer handlers;     /* the exception table of the method being built */
    uint16_t handler_count;
    uint16_t method_access, method_name, method_descriptor;
};

static void append(ClassWriter *cw, Buffer *b, const void *bytes, size_t n)
{
    if (cw->failed || n == 0)
        return;
    if (b->length + n > b->capacity) {
        size_t cap = b->capacity ? b->capacity * 2 : 256;
        while (cap < b->length + n)
            cap *= 2;
        uint8_t *data = realloc(b->data, cap);
        if (!data) {
            cw->failed = true;
            return;
        }
        b->data = data;
        b->capacity = cap;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
}

static void put_u1(ClassWriter *cw, Buffer *b, uint8_t v) { append(cw, b, &v, 1); }

static void put_u2(ClassWriter *cw, Buffer *b, uint16_t v)
{
    uint8_t bytes[2] = {(uint8_t)(v >> 8), (uint8_t)v};
    append(cw, b, bytes, 2);
}

static void put_u4(ClassWriter *cw, Buffer *b, uint32_t v)
{
    uint8_t bytes[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    append(cw, b, bytes, 4);
}

/* Finds or adds the entry (tag, key); [emit] writes its body when new. */
static uint16_t intern(ClassWriter *cw, uint8_t tag, const char *key, bool *is_new)
{
    *is_new = false;
    for (uint16_t i = 0; i < cw->item_count; i++)
        if (cw->items[i].tag == tag && strcmp(cw->items[i].key, key) == 0)
            return (uint16_t)(i + 1);
    if (cw->failed || cw->item_count >= 65000) {
        cw->failed = true;
        return 0;
    }
    CpItem *items = realloc(cw->items, (cw->item_count + 1) * sizeof *items);
    char *copy = strdup(key);
    if (!items || !copy) {
        if (items)
            cw->items = items;
        free(copy);
        cw->failed = true;
        return 0;
    }
    cw->items = items;
    cw->items[cw->item_count].tag = tag;
    cw->items[cw->item_count].key = copy;
    cw->item_count++;
    *is_new = true;
    return cw->item_count;
}

uint16_t cw_utf8(ClassWriter *cw, const char *text)
{
    bool is_new;
    uint16_t index = intern(cw, CP_UTF8, text, &is_new);
    if (is_new) {
        size_t n = strlen(text);
        put_u1(cw, &cw->pool, CP_UTF8);
        put_u2(cw, &cw->pool, (uint16_t)n);
        append(cw, &cw->pool, text, n);
    }
    return index;
}

static uint16_t one_ref(ClassWriter *cw, uint8_t tag, const char *text)
{
    uint16_t name = cw_utf8(cw, text);
    bool is_new;
    uint16_t index = intern(cw, tag, text, &is_new);
    if (is_new) {
        put_u1(cw, &cw->pool, tag);
        put_u2(cw, &cw->pool, name);
    }
    return index;
}

uint16_t cw_class(ClassWriter *cw, const char *name) { return one_ref(cw, CP_CLASS, name); }
uint16_t cw_string(ClassWriter *cw, const char *text) { return one_ref(cw, CP_STRING, text); }

uint16_t cw_integer(ClassWriter *cw, int32_t value)
{
    char key[16];
    snprintf(key, sizeof key, "%d", value);
    bool is_new;
    uint16_t index = intern(cw, CP_INTEGER, key, &is_new);
    if (is_new) {
        put_u1(cw, &cw->pool, CP_INTEGER);
        put_u4(cw, &cw->pool, (uint32_t)value);
    }
    return index;
}

static uint16_t name_and_type(ClassWriter *cw, const char *name, const char *descriptor)
{
    uint16_t n = cw_utf8(cw, name), d = cw_utf8(cw, descriptor);
    size_t len = strlen(name) + strlen(descriptor) + 2;
    char *key = malloc(len);
    if (!key) {
        cw->failed = true;
        return 0;
    }
    snprintf(key, len, "%s %s", name, descriptor);
    bool is_new;
    uint16_t index = intern(cw, CP_NAME_AND_TYPE, key, &is_new);
    free(key);
    if (is_new) {
        put_u1(cw, &cw->pool, CP_NAME_AND_TYPE);
        put_u2(cw, &cw->pool, n);
        put_u2(cw, &cw->pool, d);
    }
    return index;
}

static uint16_t member_ref(ClassWriter *cw, uint8_t tag, const char *owner, const char *name,
                           const char *descriptor)
{
    uint16_t c = cw_class(cw, owner), nat = name_and_type(cw, name, descriptor);
    size_t len = strlen(owner) + strlen(name) + strlen(descriptor) + 3;
    char *key = malloc(len);
    if (!key) {
        cw->failed = true;
        return 0;
    }
    snprintf(key, len, "%s.%s %s", owner, name, descriptor);
    bool is_new;
    uint16_t index = intern(cw, tag, key, &is_new);
    free(key);
    if (is_new) {
        put_u1(cw, &cw->pool, tag);
        put_u2(cw, &cw->pool, c);
        put_u2(cw, &cw->pool, nat);
    }
    return index;
}

uint16_t cw_field_ref(ClassWriter *cw, const char *owner, const char *name, const char *descriptor)
{
    return member_ref(cw, CP_FIELDREF, owner, name, descriptor);
}

uint16_t cw_method_ref(ClassWriter *cw, const char *owner, const char *name,
                       const char *descriptor, bool interface)
{
    return member_ref(cw, interface ? CP_INTERFACE_METHODREF : CP_METHODREF, owner, name,
                      descriptor);
}

ClassWriter *cw_new(const char *name, const char *super_name, uint16_t access)
{
    ClassWriter *cw = calloc(1, sizeof *cw);
    if (!cw)
        return NULL;
    cw->access = access;
    cw->this_class = cw_class(cw, name);
    cw->super_class = cw_class(cw, super_name);
    return cw;
}

void cw_free(ClassWriter *cw)
{
    if (!cw)
        return;
    for (uint16_t i = 0; i < cw->item_count; i++)
        free(cw->items[i].key);
    free(cw->items);
    free(cw->pool.data);
    free(cw->interfaces.data);
    free(cw->fields.data);
    free(cw->methods.data);
    free(cw->code.data);
    free(cw->handlers.data);
    free(cw);
}

void cw_add_interface(ClassWriter *cw, const char *name)
{
    put_u2(cw, &cw->interfaces, cw_class(cw, name));
    cw->interface_count++;
}

void cw_add_field(ClassWriter *cw, uint16_t access, const char *name, const char *descriptor)
{
    put_u2(cw, &cw->fields, access);
    put_u2(cw, &cw->fields, cw_utf8(cw, name));
    put_u2(cw, &cw->fields, cw_utf8(cw, descriptor));
    put_u2(cw, &cw->fields, 0);
    cw->field_count++;
}

void cw_method_begin(ClassWriter *cw, uint16_t access, const char *name, const char *descriptor)
{
    cw->method_access = access;
    cw->method_name = cw_utf8(cw, name);
    cw->method_descriptor = cw_utf8(cw, descriptor);
    cw->code.length = 0;
    cw->handlers.length = 0;
    cw->handler_count = 0;
}

void cw_add_handler(ClassWriter *cw, uint16_t start, uint16_t end, uint16_t handler,
                    uint16_t catch_type)
{
    put_u2(cw, &cw->handlers, start);
    put_u2(cw, &cw->handlers, end);
    put_u2(cw, &cw->handlers, handler);
    put_u2(cw, &cw->handlers, catch_type);
    cw->handler_count++;
}

void cw_u1(ClassWriter *cw, uint8_t byte) { put_u1(cw, &cw->code, byte); }
void cw_u2(ClassWriter *cw, uint16_t value) { put_u2(cw, &cw->code, value); }

void cw_op_cp(ClassWriter *cw, uint8_t opcode, uint16_t index)
{
    put_u1(cw, &cw->code, opcode);
    put_u2(cw, &cw->code, index);
}

uint32_t cw_code_offset(const ClassWriter *cw) { return (uint32_t)cw->code.length; }

void cw_patch_branch(ClassWriter *cw, uint32_t at, uint32_t target)
{
    if (cw->failed || at + 3 > cw->code.length)
        return;
    int32_t delta = (int32_t)target - (int32_t)at;
    cw->code.data[at + 1] = (uint8_t)((uint16_t)delta >> 8);
    cw->code.data[at + 2] = (uint8_t)delta;
}

void cw_method_end(ClassWriter *cw, uint16_t max_stack, uint16_t max_locals)
{
    bool has_code = cw->code.length > 0;
    uint16_t code_name = has_code ? cw_utf8(cw, "Code") : 0;
    put_u2(cw, &cw->methods, cw->method_access);
    put_u2(cw, &cw->methods, cw->method_name);
    put_u2(cw, &cw->methods, cw->method_descriptor);
    put_u2(cw, &cw->methods, has_code ? 1 : 0);
    if (has_code) {
        put_u2(cw, &cw->methods, code_name);
        put_u4(cw, &cw->methods, (uint32_t)(12 + cw->code.length + cw->handlers.length));
        put_u2(cw, &cw->methods, max_stack);
        put_u2(cw, &cw->methods, max_locals);
        put_u4(cw, &cw->methods, (uint32_t)cw->code.length);
        append(cw, &cw->methods, cw->code.data, cw->code.length);
        put_u2(cw, &cw->methods, cw->handler_count);
        append(cw, &cw->methods, cw->handlers.data, cw->handlers.length);
        put_u2(cw, &cw->methods, 0); /* attributes */
    }
    cw->method_count++;
    cw->code.length = 0;
}

uint8_t *cw_finish(ClassWriter *cw, size_t *length)
{
    Buffer out = {0};
    put_u4(cw, &out, 0xCAFEBABE);
    put_u2(cw, &out, 0);  /* minor */
    put_u2(cw, &out, 49); /* major: no StackMapTable needed */
    put_u2(cw, &out, (uint16_t)(cw->item_count + 1));
    append(cw, &out, cw->pool.data, cw->pool.length);
    put_u2(cw, &out, cw->access);
    put_u2(cw, &out, cw->this_class);
    put_u2(cw, &out, cw->super_class);
    put_u2(cw, &out, cw->interface_count);
    append(cw, &out, cw->interfaces.data, cw->interfaces.length);
    put_u2(cw, &out, cw->field_count);
    append(cw, &out, cw->fields.data, cw->fields.length);
    put_u2(cw, &out, cw->method_count);
    append(cw, &out, cw->methods.data, cw->methods.length);
    put_u2(cw, &out, 0); /* class attributes */
    if (cw->failed) {
        free(out.data);
        return NULL;
    }
    *length = out.length;
    return out.data;
}
