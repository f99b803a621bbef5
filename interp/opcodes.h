/*
 * opcodes.h - the one table of JVM instructions (JVMS 6.5).
 *
 * Every instruction Cortado knows is declared exactly once, below, in the
 * X-macro OPCODE_TABLE. The opcode enum, the name table, the disassembler,
 * the decoder's operand formats and stack effects, and the interpreter's
 * dispatch table are all generated from it; nothing else may list opcodes.
 *
 * Columns:
 *   name    - mnemonic as in JVMS chapter 6 (internal ones are ours)
 *   code    - opcode number; 0x00-0xc9 are JVMS opcodes, 0x100 and up are
 *             Cortado's quickened forms, which never appear in class files
 *   fmt     - operand format (OPFMT_*), which fixes the encoded length
 *   pop     - slots popped, or VAR when it depends on a descriptor/operand
 *   push    - slots pushed, or VAR
 *   flags   - OPF_* bits
 */
#ifndef CORTADO_OPCODES_H
#define CORTADO_OPCODES_H

#include <stdint.h>

/* Operand formats of the encoded instruction (JVMS 6.5). */
typedef enum OperandFormat {
    OPFMT_NONE,        /* no operands, length 1 */
    OPFMT_LOCAL,       /* u1 local index (u2 under wide), length 2 */
    OPFMT_BYTE,        /* s1 immediate (bipush), length 2 */
    OPFMT_SHORT,       /* s2 immediate (sipush), length 3 */
    OPFMT_CP1,         /* u1 constant-pool index (ldc), length 2 */
    OPFMT_CP2,         /* u2 constant-pool index, length 3 */
    OPFMT_BRANCH2,     /* s2 branch offset, length 3 */
    OPFMT_BRANCH4,     /* s4 branch offset, length 5 */
    OPFMT_IINC,        /* u1 index, s1 const (u2, s2 under wide), length 3 */
    OPFMT_INTERFACE,   /* u2 cp index, u1 count, u1 zero, length 5 */
    OPFMT_INDY,        /* u2 cp index, u1 zero, u1 zero, length 5 */
    OPFMT_ATYPE,       /* u1 array type (newarray), length 2 */
    OPFMT_MULTIANEW,   /* u2 cp index, u1 dimensions, length 4 */
    OPFMT_TABLESWITCH, /* padded, variable length */
    OPFMT_LOOKUPSWITCH,/* padded, variable length */
    OPFMT_WIDE,        /* modifies the next instruction */
    OPFMT_INTERNAL     /* quickened form: exists only in decoded code */
} OperandFormat;

#define VAR (-1)

enum {
    OPF_BRANCH = 1 << 0,   /* has branch target(s) */
    OPF_END = 1 << 1,      /* control never falls through to the next insn */
    OPF_INVOKE = 1 << 2,   /* a method invocation */
    OPF_THROWS = 1 << 3,   /* may throw an exception */
    OPF_RESOLVE = 1 << 4,  /* resolves a constant-pool entry on first use */
    OPF_STORE = 1 << 5,    /* writes the local named by its operand */
    OPF_WIDE_OK = 1 << 6,  /* may follow the wide prefix */
    OPF_LONG_LOCAL = 1 << 7/* its local operand names a two-slot value */
};

#define OPCODE_TABLE(OP) \
    OP(nop,             0x00, OPFMT_NONE,   0, 0, 0) \
    OP(aconst_null,     0x01, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_m1,       0x02, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_0,        0x03, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_1,        0x04, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_2,        0x05, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_3,        0x06, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_4,        0x07, OPFMT_NONE,   0, 1, 0) \
    OP(iconst_5,        0x08, OPFMT_NONE,   0, 1, 0) \
    OP(lconst_0,        0x09, OPFMT_NONE,   0, 2, 0) \
    OP(lconst_1,        0x0a, OPFMT_NONE,   0, 2, 0) \
    OP(fconst_0,        0x0b, OPFMT_NONE,   0, 1, 0) \
    OP(fconst_1,        0x0c, OPFMT_NONE,   0, 1, 0) \
    OP(fconst_2,        0x0d, OPFMT_NONE,   0, 1, 0) \
    OP(dconst_0,        0x0e, OPFMT_NONE,   0, 2, 0) \
    OP(dconst_1,        0x0f, OPFMT_NONE,   0, 2, 0) \
    OP(bipush,          0x10, OPFMT_BYTE,   0, 1, 0) \
    OP(sipush,          0x11, OPFMT_SHORT,  0, 1, 0) \
    OP(ldc,             0x12, OPFMT_CP1,    0, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(ldc_w,           0x13, OPFMT_CP2,    0, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(ldc2_w,          0x14, OPFMT_CP2,    0, 2, OPF_RESOLVE | OPF_THROWS) \
    OP(iload,           0x15, OPFMT_LOCAL,  0, 1, OPF_WIDE_OK) \
    OP(lload,           0x16, OPFMT_LOCAL,  0, 2, OPF_WIDE_OK | OPF_LONG_LOCAL) \
    OP(fload,           0x17, OPFMT_LOCAL,  0, 1, OPF_WIDE_OK) \
    OP(dload,           0x18, OPFMT_LOCAL,  0, 2, OPF_WIDE_OK | OPF_LONG_LOCAL) \
    OP(aload,           0x19, OPFMT_LOCAL,  0, 1, OPF_WIDE_OK) \
    OP(iload_0,         0x1a, OPFMT_NONE,   0, 1, 0) \
    OP(iload_1,         0x1b, OPFMT_NONE,   0, 1, 0) \
    OP(iload_2,         0x1c, OPFMT_NONE,   0, 1, 0) \
    OP(iload_3,         0x1d, OPFMT_NONE,   0, 1, 0) \
    OP(lload_0,         0x1e, OPFMT_NONE,   0, 2, 0) \
    OP(lload_1,         0x1f, OPFMT_NONE,   0, 2, 0) \
    OP(lload_2,         0x20, OPFMT_NONE,   0, 2, 0) \
    OP(lload_3,         0x21, OPFMT_NONE,   0, 2, 0) \
    OP(fload_0,         0x22, OPFMT_NONE,   0, 1, 0) \
    OP(fload_1,         0x23, OPFMT_NONE,   0, 1, 0) \
    OP(fload_2,         0x24, OPFMT_NONE,   0, 1, 0) \
    OP(fload_3,         0x25, OPFMT_NONE,   0, 1, 0) \
    OP(dload_0,         0x26, OPFMT_NONE,   0, 2, 0) \
    OP(dload_1,         0x27, OPFMT_NONE,   0, 2, 0) \
    OP(dload_2,         0x28, OPFMT_NONE,   0, 2, 0) \
    OP(dload_3,         0x29, OPFMT_NONE,   0, 2, 0) \
    OP(aload_0,         0x2a, OPFMT_NONE,   0, 1, 0) \
    OP(aload_1,         0x2b, OPFMT_NONE,   0, 1, 0) \
    OP(aload_2,         0x2c, OPFMT_NONE,   0, 1, 0) \
    OP(aload_3,         0x2d, OPFMT_NONE,   0, 1, 0) \
    OP(iaload,          0x2e, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(laload,          0x2f, OPFMT_NONE,   2, 2, OPF_THROWS) \
    OP(faload,          0x30, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(daload,          0x31, OPFMT_NONE,   2, 2, OPF_THROWS) \
    OP(aaload,          0x32, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(baload,          0x33, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(caload,          0x34, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(saload,          0x35, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(istore,          0x36, OPFMT_LOCAL,  1, 0, OPF_WIDE_OK | OPF_STORE) \
    OP(lstore,          0x37, OPFMT_LOCAL,  2, 0, OPF_WIDE_OK | OPF_STORE | OPF_LONG_LOCAL) \
    OP(fstore,          0x38, OPFMT_LOCAL,  1, 0, OPF_WIDE_OK | OPF_STORE) \
    OP(dstore,          0x39, OPFMT_LOCAL,  2, 0, OPF_WIDE_OK | OPF_STORE | OPF_LONG_LOCAL) \
    OP(astore,          0x3a, OPFMT_LOCAL,  1, 0, OPF_WIDE_OK | OPF_STORE) \
    OP(istore_0,        0x3b, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(istore_1,        0x3c, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(istore_2,        0x3d, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(istore_3,        0x3e, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(lstore_0,        0x3f, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(lstore_1,        0x40, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(lstore_2,        0x41, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(lstore_3,        0x42, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(fstore_0,        0x43, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(fstore_1,        0x44, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(fstore_2,        0x45, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(fstore_3,        0x46, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(dstore_0,        0x47, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(dstore_1,        0x48, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(dstore_2,        0x49, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(dstore_3,        0x4a, OPFMT_NONE,   2, 0, OPF_STORE) \
    OP(astore_0,        0x4b, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(astore_1,        0x4c, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(astore_2,        0x4d, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(astore_3,        0x4e, OPFMT_NONE,   1, 0, OPF_STORE) \
    OP(iastore,         0x4f, OPFMT_NONE,   3, 0, OPF_THROWS) \
    OP(lastore,         0x50, OPFMT_NONE,   4, 0, OPF_THROWS) \
    OP(fastore,         0x51, OPFMT_NONE,   3, 0, OPF_THROWS) \
    OP(dastore,         0x52, OPFMT_NONE,   4, 0, OPF_THROWS) \
    OP(aastore,         0x53, OPFMT_NONE,   3, 0, OPF_THROWS) \
    OP(bastore,         0x54, OPFMT_NONE,   3, 0, OPF_THROWS) \
    OP(castore,         0x55, OPFMT_NONE,   3, 0, OPF_THROWS) \
    OP(sastore,         0x56, OPFMT_NONE,   3, 0, OPF_THROWS) \
    OP(pop,             0x57, OPFMT_NONE,   1, 0, 0) \
    OP(pop2,            0x58, OPFMT_NONE,   2, 0, 0) \
    OP(dup,             0x59, OPFMT_NONE,   1, 2, 0) \
    OP(dup_x1,          0x5a, OPFMT_NONE,   2, 3, 0) \
    OP(dup_x2,          0x5b, OPFMT_NONE,   3, 4, 0) \
    OP(dup2,            0x5c, OPFMT_NONE,   2, 4, 0) \
    OP(dup2_x1,         0x5d, OPFMT_NONE,   3, 5, 0) \
    OP(dup2_x2,         0x5e, OPFMT_NONE,   4, 6, 0) \
    OP(swap,            0x5f, OPFMT_NONE,   2, 2, 0) \
    OP(iadd,            0x60, OPFMT_NONE,   2, 1, 0) \
    OP(ladd,            0x61, OPFMT_NONE,   4, 2, 0) \
    OP(fadd,            0x62, OPFMT_NONE,   2, 1, 0) \
    OP(dadd,            0x63, OPFMT_NONE,   4, 2, 0) \
    OP(isub,            0x64, OPFMT_NONE,   2, 1, 0) \
    OP(lsub,            0x65, OPFMT_NONE,   4, 2, 0) \
    OP(fsub,            0x66, OPFMT_NONE,   2, 1, 0) \
    OP(dsub,            0x67, OPFMT_NONE,   4, 2, 0) \
    OP(imul,            0x68, OPFMT_NONE,   2, 1, 0) \
    OP(lmul,            0x69, OPFMT_NONE,   4, 2, 0) \
    OP(fmul,            0x6a, OPFMT_NONE,   2, 1, 0) \
    OP(dmul,            0x6b, OPFMT_NONE,   4, 2, 0) \
    OP(idiv,            0x6c, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(ldiv,            0x6d, OPFMT_NONE,   4, 2, OPF_THROWS) \
    OP(fdiv,            0x6e, OPFMT_NONE,   2, 1, 0) \
    OP(ddiv,            0x6f, OPFMT_NONE,   4, 2, 0) \
    OP(irem,            0x70, OPFMT_NONE,   2, 1, OPF_THROWS) \
    OP(lrem,            0x71, OPFMT_NONE,   4, 2, OPF_THROWS) \
    OP(frem,            0x72, OPFMT_NONE,   2, 1, 0) \
    OP(drem,            0x73, OPFMT_NONE,   4, 2, 0) \
    OP(ineg,            0x74, OPFMT_NONE,   1, 1, 0) \
    OP(lneg,            0x75, OPFMT_NONE,   2, 2, 0) \
    OP(fneg,            0x76, OPFMT_NONE,   1, 1, 0) \
    OP(dneg,            0x77, OPFMT_NONE,   2, 2, 0) \
    OP(ishl,            0x78, OPFMT_NONE,   2, 1, 0) \
    OP(lshl,            0x79, OPFMT_NONE,   3, 2, 0) \
    OP(ishr,            0x7a, OPFMT_NONE,   2, 1, 0) \
    OP(lshr,            0x7b, OPFMT_NONE,   3, 2, 0) \
    OP(iushr,           0x7c, OPFMT_NONE,   2, 1, 0) \
    OP(lushr,           0x7d, OPFMT_NONE,   3, 2, 0) \
    OP(iand,            0x7e, OPFMT_NONE,   2, 1, 0) \
    OP(land,            0x7f, OPFMT_NONE,   4, 2, 0) \
    OP(ior,             0x80, OPFMT_NONE,   2, 1, 0) \
    OP(lor,             0x81, OPFMT_NONE,   4, 2, 0) \
    OP(ixor,            0x82, OPFMT_NONE,   2, 1, 0) \
    OP(lxor,            0x83, OPFMT_NONE,   4, 2, 0) \
    OP(iinc,            0x84, OPFMT_IINC,   0, 0, OPF_WIDE_OK | OPF_STORE) \
    OP(i2l,             0x85, OPFMT_NONE,   1, 2, 0) \
    OP(i2f,             0x86, OPFMT_NONE,   1, 1, 0) \
    OP(i2d,             0x87, OPFMT_NONE,   1, 2, 0) \
    OP(l2i,             0x88, OPFMT_NONE,   2, 1, 0) \
    OP(l2f,             0x89, OPFMT_NONE,   2, 1, 0) \
    OP(l2d,             0x8a, OPFMT_NONE,   2, 2, 0) \
    OP(f2i,             0x8b, OPFMT_NONE,   1, 1, 0) \
    OP(f2l,             0x8c, OPFMT_NONE,   1, 2, 0) \
    OP(f2d,             0x8d, OPFMT_NONE,   1, 2, 0) \
    OP(d2i,             0x8e, OPFMT_NONE,   2, 1, 0) \
    OP(d2l,             0x8f, OPFMT_NONE,   2, 2, 0) \
    OP(d2f,             0x90, OPFMT_NONE,   2, 1, 0) \
    OP(i2b,             0x91, OPFMT_NONE,   1, 1, 0) \
    OP(i2c,             0x92, OPFMT_NONE,   1, 1, 0) \
    OP(i2s,             0x93, OPFMT_NONE,   1, 1, 0) \
    OP(lcmp,            0x94, OPFMT_NONE,   4, 1, 0) \
    OP(fcmpl,           0x95, OPFMT_NONE,   2, 1, 0) \
    OP(fcmpg,           0x96, OPFMT_NONE,   2, 1, 0) \
    OP(dcmpl,           0x97, OPFMT_NONE,   4, 1, 0) \
    OP(dcmpg,           0x98, OPFMT_NONE,   4, 1, 0) \
    OP(ifeq,            0x99, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(ifne,            0x9a, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(iflt,            0x9b, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(ifge,            0x9c, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(ifgt,            0x9d, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(ifle,            0x9e, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(if_icmpeq,       0x9f, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_icmpne,       0xa0, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_icmplt,       0xa1, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_icmpge,       0xa2, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_icmpgt,       0xa3, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_icmple,       0xa4, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_acmpeq,       0xa5, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(if_acmpne,       0xa6, OPFMT_BRANCH2, 2, 0, OPF_BRANCH) \
    OP(goto,            0xa7, OPFMT_BRANCH2, 0, 0, OPF_BRANCH | OPF_END) \
    OP(jsr,             0xa8, OPFMT_BRANCH2, 0, 1, OPF_BRANCH) \
    OP(ret,             0xa9, OPFMT_LOCAL,  0, 0, OPF_WIDE_OK | OPF_END) \
    OP(tableswitch,     0xaa, OPFMT_TABLESWITCH, 1, 0, OPF_BRANCH | OPF_END) \
    OP(lookupswitch,    0xab, OPFMT_LOOKUPSWITCH, 1, 0, OPF_BRANCH | OPF_END) \
    OP(ireturn,         0xac, OPFMT_NONE,   1, 0, OPF_END | OPF_THROWS) \
    OP(lreturn,         0xad, OPFMT_NONE,   2, 0, OPF_END | OPF_THROWS) \
    OP(freturn,         0xae, OPFMT_NONE,   1, 0, OPF_END | OPF_THROWS) \
    OP(dreturn,         0xaf, OPFMT_NONE,   2, 0, OPF_END | OPF_THROWS) \
    OP(areturn,         0xb0, OPFMT_NONE,   1, 0, OPF_END | OPF_THROWS) \
    OP(return,          0xb1, OPFMT_NONE,   0, 0, OPF_END | OPF_THROWS) \
    OP(getstatic,       0xb2, OPFMT_CP2,    0, VAR, OPF_RESOLVE | OPF_THROWS) \
    OP(putstatic,       0xb3, OPFMT_CP2,    VAR, 0, OPF_RESOLVE | OPF_THROWS) \
    OP(getfield,        0xb4, OPFMT_CP2,    1, VAR, OPF_RESOLVE | OPF_THROWS) \
    OP(putfield,        0xb5, OPFMT_CP2,    VAR, 0, OPF_RESOLVE | OPF_THROWS) \
    OP(invokevirtual,   0xb6, OPFMT_CP2,    VAR, VAR, OPF_RESOLVE | OPF_THROWS | OPF_INVOKE) \
    OP(invokespecial,   0xb7, OPFMT_CP2,    VAR, VAR, OPF_RESOLVE | OPF_THROWS | OPF_INVOKE) \
    OP(invokestatic,    0xb8, OPFMT_CP2,    VAR, VAR, OPF_RESOLVE | OPF_THROWS | OPF_INVOKE) \
    OP(invokeinterface, 0xb9, OPFMT_INTERFACE, VAR, VAR, OPF_RESOLVE | OPF_THROWS | OPF_INVOKE) \
    OP(invokedynamic,   0xba, OPFMT_INDY,   VAR, VAR, OPF_RESOLVE | OPF_THROWS | OPF_INVOKE) \
    OP(new,             0xbb, OPFMT_CP2,    0, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(newarray,        0xbc, OPFMT_ATYPE,  1, 1, OPF_THROWS) \
    OP(anewarray,       0xbd, OPFMT_CP2,    1, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(arraylength,     0xbe, OPFMT_NONE,   1, 1, OPF_THROWS) \
    OP(athrow,          0xbf, OPFMT_NONE,   1, 0, OPF_END | OPF_THROWS) \
    OP(checkcast,       0xc0, OPFMT_CP2,    1, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(instanceof,      0xc1, OPFMT_CP2,    1, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(monitorenter,    0xc2, OPFMT_NONE,   1, 0, OPF_THROWS) \
    OP(monitorexit,     0xc3, OPFMT_NONE,   1, 0, OPF_THROWS) \
    OP(wide,            0xc4, OPFMT_WIDE,   0, 0, 0) \
    OP(multianewarray,  0xc5, OPFMT_MULTIANEW, VAR, 1, OPF_RESOLVE | OPF_THROWS) \
    OP(ifnull,          0xc6, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(ifnonnull,       0xc7, OPFMT_BRANCH2, 1, 0, OPF_BRANCH) \
    OP(goto_w,          0xc8, OPFMT_BRANCH4, 0, 0, OPF_BRANCH | OPF_END) \
    OP(jsr_w,           0xc9, OPFMT_BRANCH4, 0, 1, OPF_BRANCH) \
    /* Quickened forms (ours). The decoder and the resolver rewrite the  \
     * instructions above into these once their operands are known, so  \
     * the hot path never looks at the constant pool again. */          \
    OP(push_int,        0x100, OPFMT_INTERNAL, 0, 1, 0)  /* ldc int/float, bipush, sipush */ \
    OP(push_long,       0x101, OPFMT_INTERNAL, 0, 2, 0)  /* ldc2_w */ \
    OP(push_ref,        0x102, OPFMT_INTERNAL, 0, 1, 0)  /* ldc String/Class once resolved */ \
    OP(getfield_b,      0x103, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(getfield_c,      0x104, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(getfield_s,      0x105, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(getfield_i,      0x106, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(getfield_j,      0x107, OPFMT_INTERNAL, 1, 2, OPF_THROWS) \
    OP(getfield_a,      0x108, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(putfield_b,      0x109, OPFMT_INTERNAL, 2, 0, OPF_THROWS) \
    OP(putfield_z,      0x10a, OPFMT_INTERNAL, 2, 0, OPF_THROWS) \
    OP(putfield_c,      0x10b, OPFMT_INTERNAL, 2, 0, OPF_THROWS) \
    OP(putfield_i,      0x10c, OPFMT_INTERNAL, 2, 0, OPF_THROWS) \
    OP(putfield_j,      0x10d, OPFMT_INTERNAL, 3, 0, OPF_THROWS) \
    OP(putfield_a,      0x10e, OPFMT_INTERNAL, 2, 0, OPF_THROWS) \
    OP(getstatic_b,     0x10f, OPFMT_INTERNAL, 0, 1, 0) \
    OP(getstatic_c,     0x110, OPFMT_INTERNAL, 0, 1, 0) \
    OP(getstatic_s,     0x111, OPFMT_INTERNAL, 0, 1, 0) \
    OP(getstatic_i,     0x112, OPFMT_INTERNAL, 0, 1, 0) \
    OP(getstatic_j,     0x113, OPFMT_INTERNAL, 0, 2, 0) \
    OP(getstatic_a,     0x114, OPFMT_INTERNAL, 0, 1, 0) \
    OP(putstatic_b,     0x115, OPFMT_INTERNAL, 1, 0, 0) \
    OP(putstatic_z,     0x116, OPFMT_INTERNAL, 1, 0, 0) \
    OP(putstatic_c,     0x117, OPFMT_INTERNAL, 1, 0, 0) \
    OP(putstatic_i,     0x118, OPFMT_INTERNAL, 1, 0, 0) \
    OP(putstatic_j,     0x119, OPFMT_INTERNAL, 2, 0, 0) \
    OP(putstatic_a,     0x11a, OPFMT_INTERNAL, 1, 0, 0) \
    OP(invoke_virtual_q,0x11b, OPFMT_INTERNAL, VAR, VAR, OPF_THROWS | OPF_INVOKE) \
    OP(invoke_direct_q, 0x11c, OPFMT_INTERNAL, VAR, VAR, OPF_THROWS | OPF_INVOKE) \
    OP(invoke_static_q, 0x11d, OPFMT_INTERNAL, VAR, VAR, OPF_THROWS | OPF_INVOKE) \
    OP(invoke_interface_q,0x11e, OPFMT_INTERNAL, VAR, VAR, OPF_THROWS | OPF_INVOKE) \
    OP(new_q,           0x11f, OPFMT_INTERNAL, 0, 1, OPF_THROWS) \
    OP(anewarray_q,     0x120, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(checkcast_q,     0x121, OPFMT_INTERNAL, 1, 1, OPF_THROWS) \
    OP(instanceof_q,    0x122, OPFMT_INTERNAL, 1, 1, 0) \
    OP(multianewarray_q,0x123, OPFMT_INTERNAL, VAR, 1, OPF_THROWS) \
    OP(invoke_handle_q, 0x124, OPFMT_INTERNAL, VAR, VAR, OPF_THROWS | OPF_INVOKE) /* MethodHandle.invoke/invokeExact */ \
    OP(invoke_callsite_q,0x125, OPFMT_INTERNAL, VAR, VAR, OPF_THROWS | OPF_INVOKE) /* indy linked to a CallSite */

/* Opcode numbers: OP_nop, OP_iadd, ..., OP_invoke_virtual_q. */
typedef enum Opcode {
#define OPCODE_ENUM(name, code, fmt, pop, push, flags) OP_##name = code,
    OPCODE_TABLE(OPCODE_ENUM)
#undef OPCODE_ENUM
    OP_LIMIT /* one past the highest opcode */
} Opcode;

/* Static description of one opcode, indexed by Opcode. */
typedef struct OpcodeInfo {
    const char *name;   /* NULL for numbers no instruction uses */
    uint8_t format;     /* OperandFormat */
    int8_t pop, push;   /* slots, or VAR */
    uint16_t flags;     /* OPF_* */
} OpcodeInfo;

extern const OpcodeInfo opcode_info[OP_LIMIT];

/* Length in bytes of an instruction of fixed format (0 for the variable
 * ones: tableswitch, lookupswitch, wide, and internal forms). */
int opcode_fixed_length(OperandFormat fmt);

#endif
