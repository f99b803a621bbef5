/*
 * opcodes.c - the opcode description table, generated from OPCODE_TABLE.
 */
#include "interp/opcodes.h"

const OpcodeInfo opcode_info[OP_LIMIT] = {
#define OPCODE_INFO(name_, code, fmt, pop_, push_, flags_) \
    [code] = {.name = #name_, .format = fmt, .pop = pop_, .push = push_, \
              .flags = flags_},
    OPCODE_TABLE(OPCODE_INFO)
#undef OPCODE_INFO
};

int opcode_fixed_length(OperandFormat fmt)
{
    switch (fmt) {
    case OPFMT_NONE: return 1;
    case OPFMT_LOCAL: case OPFMT_BYTE: case OPFMT_CP1: case OPFMT_ATYPE:
        return 2;
    case OPFMT_SHORT: case OPFMT_CP2: case OPFMT_BRANCH2: case OPFMT_IINC:
        return 3;
    case OPFMT_MULTIANEW: return 4;
    case OPFMT_BRANCH4: case OPFMT_INTERFACE: case OPFMT_INDY: return 5;
    default: return 0;
    }
}
