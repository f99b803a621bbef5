/*
 * fuzz_mutator.c - a class-file-aware mutator for libFuzzer (linked into
 * the libFuzzer builds of both harnesses, not into the replay programs).
 *
 * libFuzzer's own byte mutations mostly break the class file's structure,
 * so few inputs get past the parser to the verifier and the interpreter.
 * Half the time this mutator instead parses the input and rewrites a few
 * bytes inside one method's bytecode, in place: the class stays well
 * formed, its code changes, and the verifier (and, for what still
 * verifies, the interpreter) sees new code. The other half, and whenever
 * the input does not parse, libFuzzer mutates as usual.
 */
#include "fuzz.h"

#include "loader/classfile.h"

#include <string.h>

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);

/* xorshift32: the mutator's choices follow from libFuzzer's seed. */
static uint32_t next_random(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

/* Where method [code] of the parsed input sits in [data]: its bytes are
 * preceded by their u4 length (JVMS 4.7.3). NULL if not found. */
static uint8_t *find_code(uint8_t *data, size_t size, const CodeAttribute *code)
{
    size_t n = code->code_length;
    for (size_t at = 4; at + n <= size; at++) {
        uint8_t *p = memchr(data + at, code->code[0], size - at - n + 1);
        if (!p)
            return NULL;
        at = (size_t)(p - data);
        if (memcmp(p, code->code, n) == 0 && p[-4] == (uint8_t)(n >> 24) &&
            p[-3] == (uint8_t)(n >> 16) && p[-2] == (uint8_t)(n >> 8) && p[-1] == (uint8_t)n)
            return p;
    }
    return NULL;
}

/* Rewrites one to four bytes of [code] ([n] bytes). */
static void mutate_code(uint8_t *code, size_t n, uint32_t *state)
{
    int changes = 1 + (int)(next_random(state) % 4);
    for (int i = 0; i < changes; i++) {
        size_t at = next_random(state) % n;
        switch (next_random(state) % 4) {
        case 0: /* any opcode the JVM defines (0x00-0xc9) */
            code[at] = (uint8_t)(next_random(state) % 0xca);
            break;
        case 1: /* any byte */
            code[at] = (uint8_t)next_random(state);
            break;
        case 2: /* a near value: an operand, a local index, an offset */
            code[at] = (uint8_t)(code[at] + (next_random(state) % 2 ? 1 : -1));
            break;
        default: { /* swap two bytes */
            size_t other = next_random(state) % n;
            uint8_t b = code[at];
            code[at] = code[other];
            code[other] = b;
            break;
        }
        }
    }
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
    uint32_t state = seed | 1;
    if (next_random(&state) % 2)
        return LLVMFuzzerMutate(data, size, max_size);
    ClassFile *cf = NULL;
    ClassFileError error;
    if (!class_file_parse(data, size, "fuzz.class", &cf, &error))
        return LLVMFuzzerMutate(data, size, max_size);
    unsigned with_code = 0;
    for (uint16_t i = 0; i < cf->method_count; i++)
        with_code += cf->methods[i].code != NULL;
    uint8_t *code = NULL;
    size_t n = 0;
    if (with_code) {
        unsigned pick = next_random(&state) % with_code;
        for (uint16_t i = 0; i < cf->method_count; i++) {
            const CodeAttribute *c = cf->methods[i].code;
            if (c && pick-- == 0) {
                code = find_code(data, size, c);
                n = c->code_length;
                break;
            }
        }
    }
    class_file_free(cf);
    if (!code)
        return LLVMFuzzerMutate(data, size, max_size);
    mutate_code(code, n, &state);
    return size;
}
