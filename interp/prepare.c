/*
 * prepare.c - turns a method's bytecode into pre-decoded instructions.
 *
 * Done once per method, on its first invocation. Each JVM instruction
 * becomes one Insn with its operands decoded; equivalent forms collapse
 * into one (iload_2, fload and aload all become iload with an index;
 * iconst, bipush, sipush and ldc of an int or float become push_int);
 * branch targets become Insn pointers. Constant-pool operands stay as
 * indices until the instruction first runs and quickens itself.
 *
 * While decoding, the structural constraints that keep the interpreter
 * inside its memory are checked (JVMS 4.9): instruction boundaries, branch
 * and handler targets, local-variable indices against max_locals,
 * constant-pool entries of the right kind, operand stack depth against
 * max_stack with no underflow and consistent depths where paths merge,
 * return instructions that match the descriptor, and no falling off the end.
 * Type checking is the verifier's job (loader/verify.c).
 *
 * Must never: read outside the code array, or emit an instruction whose
 * operands the interpreter would have to check again.
 */
#include "gc/heap.h"
#include "interp/interp.h"
#include "runtime/exception.h"
#include "runtime/vm.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Decoder {
    Thread *t;
    Method *m;
    const ClassFile *cf;
    const uint8_t *code;
    uint32_t length;
    int32_t *index_of; /* bytecode offset -> Insn index, -1 if not a start */
    uint32_t count;
    Insn *insns;
    uint32_t *bytecode_pc;
    bool has_jsr;           /* subroutines (class files before 51) */
} Decoder;

static bool fail(Decoder *d, uint32_t pc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Throws VerifyError naming the class, method, offset and reason. */
static bool fail(Decoder *d, uint32_t pc, const char *fmt, ...)
{
    char reason[256], name[512];
    va_list args;
    va_start(args, fmt);
    vsnprintf(reason, sizeof reason, fmt, args);
    va_end(args);
    return throw_new(d->t, "java/lang/VerifyError", "%s in method %s.%s%s at offset %u",
                     reason, class_binary_name(d->m->klass, name, sizeof name), d->m->name,
                     d->m->descriptor, pc);
}

static uint16_t u2(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static int32_t s4(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

/* Length of the instruction at [pc], or 0 (with VerifyError) if it is not
 * a valid instruction that fits in the code. */
static uint32_t instruction_length(Decoder *d, uint32_t pc)
{
    uint8_t op = d->code[pc];
    if (op > OP_jsr_w)
        return fail(d, pc, "Bad instruction 0x%02x", op), 0;
    const OpcodeInfo *info = &opcode_info[op];
    uint32_t len;
    if (info->format == OPFMT_TABLESWITCH || info->format == OPFMT_LOOKUPSWITCH) {
        uint32_t base = (pc + 4) & ~3u; /* after opcode and padding */
        uint32_t header = info->format == OPFMT_TABLESWITCH ? 12 : 8;
        if ((uint64_t)base + header > d->length)
            return fail(d, pc, "Truncated switch"), 0;
        if (info->format == OPFMT_TABLESWITCH) {
            int32_t low = s4(d->code + base + 4), high = s4(d->code + base + 8);
            if (low > high)
                return fail(d, pc, "Bad tableswitch bounds %d > %d", low, high), 0;
            int64_t n = (int64_t)high - low + 1;
            if (n > 65536)
                return fail(d, pc, "Too many tableswitch cases"), 0;
            len = base + 12 + (uint32_t)n * 4 - pc;
        } else {
            int32_t pairs = s4(d->code + base + 4);
            if (pairs < 0 || pairs > 65536)
                return fail(d, pc, "Bad lookupswitch pair count %d", pairs), 0;
            len = base + 8 + (uint32_t)pairs * 8 - pc;
        }
    } else if (info->format == OPFMT_WIDE) {
        if (pc + 1 >= d->length)
            return fail(d, pc, "Truncated wide instruction"), 0;
        uint8_t next = d->code[pc + 1];
        if (next == OP_iinc)
            len = 6;
        else if (next <= OP_jsr_w && (opcode_info[next].flags & OPF_WIDE_OK) &&
                 opcode_info[next].format == OPFMT_LOCAL)
            len = 4;
        else
            return fail(d, pc, "Bad wide instruction 0x%02x", next), 0;
    } else {
        len = (uint32_t)opcode_fixed_length(info->format);
    }
    if (len == 0 || (uint64_t)pc + len > d->length)
        return fail(d, pc, "Truncated instruction"), 0;
    return len;
}

static bool branch_target(Decoder *d, uint32_t pc, int64_t target, Insn **out)
{
    if (target < 0 || target >= d->length || d->index_of[target] < 0)
        return fail(d, pc, "Illegal target of jump or branch %lld", (long long)target);
    *out = &d->insns[d->index_of[target]];
    return true;
}

static bool check_local(Decoder *d, uint32_t pc, uint32_t index, bool wide_value)
{
    if (index + (wide_value ? 1u : 0u) >= d->m->max_locals)
        return fail(d, pc, "Illegal local variable number %u", index);
    return true;
}

static bool check_cp(Decoder *d, uint32_t pc, uint16_t index, uint32_t allowed_tags)
{
    if (index == 0 || index >= d->cf->cp_count || !((1u << d->cf->cp[index].tag) & allowed_tags))
        return fail(d, pc, "Illegal constant pool index %u", index);
    return true;
}

#define TAG(x) (1u << (x))

static int field_slots(const char *descriptor)
{
    return (descriptor[0] == 'J' || descriptor[0] == 'D') ? 2 : 1;
}

static int return_slots(const char *descriptor)
{
    const char *r = strchr(descriptor, ')') + 1;
    return *r == 'V' ? 0 : (*r == 'J' || *r == 'D') ? 2 : 1;
}

/* Decodes the instruction at [pc] into [insn]. */
static bool decode_one(Decoder *d, uint32_t pc, Insn *insn)
{
    const uint8_t *p = d->code + pc;
    uint8_t op = p[0];
    const CpEntry *cp = d->cf->cp;
    insn->op = op;
    switch (op) {
    case OP_aconst_null:
        break;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2:
    case OP_iconst_3: case OP_iconst_4: case OP_iconst_5:
        insn->op = OP_push_int;
        insn->x.i = op - OP_iconst_0;
        break;
    case OP_lconst_0: case OP_lconst_1:
        insn->op = OP_push_long;
        insn->x.j = op - OP_lconst_0;
        break;
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2: {
        Slot s = {.f = (float)(op - OP_fconst_0)};
        insn->op = OP_push_int;
        insn->x.i = s.i;
        break;
    }
    case OP_dconst_0: case OP_dconst_1: {
        Slot s = {.d = (double)(op - OP_dconst_0)};
        insn->op = OP_push_long;
        insn->x.j = s.j;
        break;
    }
    case OP_bipush:
        insn->op = OP_push_int;
        insn->x.i = (int8_t)p[1];
        break;
    case OP_sipush:
        insn->op = OP_push_int;
        insn->x.i = (int16_t)u2(p + 1);
        break;
    case OP_ldc: case OP_ldc_w: {
        uint16_t index = op == OP_ldc ? p[1] : u2(p + 1);
        uint32_t tags = TAG(CP_INTEGER) | TAG(CP_FLOAT) | TAG(CP_STRING) | TAG(CP_CLASS);
        if (d->cf->major_version >= 51)
            tags |= TAG(CP_METHOD_TYPE) | TAG(CP_METHOD_HANDLE);
        if (d->cf->major_version >= 55)
            tags |= TAG(CP_DYNAMIC);
        if (!check_cp(d, pc, index, tags))
            return false;
        if (cp[index].tag == CP_DYNAMIC) {
            const char *name, *desc;
            class_file_member_ref(d->cf, index, &name, &desc);
            if (field_slots(desc) != 1)
                return fail(d, pc, "Illegal type in constant pool");
        }
        if (cp[index].tag == CP_INTEGER || cp[index].tag == CP_FLOAT) {
            insn->op = OP_push_int;
            insn->x.i = cp[index].tag == CP_INTEGER ? cp[index].u.i : ((Slot){.f = cp[index].u.f}).i;
        } else {
            insn->op = OP_ldc;
            insn->u = index;
        }
        break;
    }
    case OP_ldc2_w: {
        uint16_t index = u2(p + 1);
        uint32_t tags = TAG(CP_LONG) | TAG(CP_DOUBLE);
        if (d->cf->major_version >= 55)
            tags |= TAG(CP_DYNAMIC);
        if (!check_cp(d, pc, index, tags))
            return false;
        if (cp[index].tag == CP_DYNAMIC) {
            const char *name, *desc;
            class_file_member_ref(d->cf, index, &name, &desc);
            if (field_slots(desc) != 2)
                return fail(d, pc, "Illegal type in constant pool");
            insn->u = index;
        } else {
            insn->op = OP_push_long;
            insn->x.j = cp[index].tag == CP_LONG ? cp[index].u.j : ((Slot){.d = cp[index].u.d}).j;
        }
        break;
    }
    case OP_iload: case OP_fload: case OP_aload:
        insn->op = OP_iload;
        insn->u = p[1];
        return check_local(d, pc, insn->u, false);
    case OP_lload: case OP_dload:
        insn->op = OP_lload;
        insn->u = p[1];
        return check_local(d, pc, insn->u, true);
    case OP_iload_0: case OP_iload_1: case OP_iload_2: case OP_iload_3:
    case OP_fload_0: case OP_fload_1: case OP_fload_2: case OP_fload_3:
    case OP_aload_0: case OP_aload_1: case OP_aload_2: case OP_aload_3:
        insn->u = (uint16_t)((op - OP_iload_0) % 4);
        insn->op = OP_iload;
        return check_local(d, pc, insn->u, false);
    case OP_lload_0: case OP_lload_1: case OP_lload_2: case OP_lload_3:
    case OP_dload_0: case OP_dload_1: case OP_dload_2: case OP_dload_3:
        insn->u = (uint16_t)((op - OP_lload_0) % 4);
        insn->op = OP_lload;
        return check_local(d, pc, insn->u, true);
    case OP_istore: case OP_fstore: case OP_astore:
        insn->op = OP_istore;
        insn->u = p[1];
        return check_local(d, pc, insn->u, false);
    case OP_lstore: case OP_dstore:
        insn->op = OP_lstore;
        insn->u = p[1];
        return check_local(d, pc, insn->u, true);
    case OP_istore_0: case OP_istore_1: case OP_istore_2: case OP_istore_3:
    case OP_fstore_0: case OP_fstore_1: case OP_fstore_2: case OP_fstore_3:
    case OP_astore_0: case OP_astore_1: case OP_astore_2: case OP_astore_3:
        insn->u = (uint16_t)((op - OP_istore_0) % 4);
        insn->op = OP_istore;
        return check_local(d, pc, insn->u, false);
    case OP_lstore_0: case OP_lstore_1: case OP_lstore_2: case OP_lstore_3:
    case OP_dstore_0: case OP_dstore_1: case OP_dstore_2: case OP_dstore_3:
        insn->u = (uint16_t)((op - OP_lstore_0) % 4);
        insn->op = OP_lstore;
        return check_local(d, pc, insn->u, true);
    case OP_ret:
        insn->u = p[1];
        return check_local(d, pc, insn->u, false);
    case OP_iinc:
        insn->u = p[1];
        insn->s = (int8_t)p[2];
        return check_local(d, pc, insn->u, false);
    case OP_wide: {
        uint8_t inner = p[1];
        uint16_t index = u2(p + 2);
        switch (inner) {
        case OP_iinc:
            insn->op = OP_iinc;
            insn->u = index;
            insn->s = (int16_t)u2(p + 4);
            return check_local(d, pc, index, false);
        case OP_iload: case OP_fload: case OP_aload: insn->op = OP_iload; break;
        case OP_lload: case OP_dload: insn->op = OP_lload; break;
        case OP_istore: case OP_fstore: case OP_astore: insn->op = OP_istore; break;
        case OP_lstore: case OP_dstore: insn->op = OP_lstore; break;
        case OP_ret: insn->op = OP_ret; break;
        default: return fail(d, pc, "Bad wide instruction");
        }
        insn->u = index;
        return check_local(d, pc, index, insn->op == OP_lload || insn->op == OP_lstore);
    }
    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle:
    case OP_if_icmpeq: case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge:
    case OP_if_icmpgt: case OP_if_icmple: case OP_if_acmpeq: case OP_if_acmpne:
    case OP_goto: case OP_jsr: case OP_ifnull: case OP_ifnonnull:
        return branch_target(d, pc, (int64_t)pc + (int16_t)u2(p + 1), &insn->x.target);
    case OP_goto_w: case OP_jsr_w:
        insn->op = op == OP_goto_w ? OP_goto : OP_jsr;
        return branch_target(d, pc, (int64_t)pc + s4(p + 1), &insn->x.target);
    case OP_tableswitch: case OP_lookupswitch: {
        uint32_t base = (pc + 4) & ~3u;
        SwitchTable *st = arena_alloc(d->t->vm, sizeof(SwitchTable));
        if (!st)
            return throw_out_of_memory(d->t);
        if (!branch_target(d, pc, (int64_t)pc + s4(d->code + base), &st->default_target))
            return false;
        int32_t n;
        if (op == OP_tableswitch) {
            st->low = s4(d->code + base + 4);
            st->high = s4(d->code + base + 8);
            n = (int32_t)((int64_t)st->high - st->low + 1);
        } else {
            n = st->pair_count = s4(d->code + base + 4);
            st->keys = arena_alloc_data(d->t->vm, (size_t)(n ? n : 1) * sizeof(int32_t));
            if (!st->keys)
                return throw_out_of_memory(d->t);
        }
        st->targets = arena_alloc(d->t->vm, (size_t)(n ? n : 1) * sizeof(Insn *));
        if (!st->targets)
            return throw_out_of_memory(d->t);
        for (int32_t i = 0; i < n; i++) {
            const uint8_t *entry;
            if (op == OP_tableswitch) {
                entry = d->code + base + 12 + (uint32_t)i * 4;
            } else {
                st->keys[i] = s4(d->code + base + 8 + (uint32_t)i * 8);
                if (i > 0 && st->keys[i] <= st->keys[i - 1])
                    return fail(d, pc, "Unsorted lookup switch");
                entry = d->code + base + 12 + (uint32_t)i * 8;
            }
            if (!branch_target(d, pc, (int64_t)pc + s4(entry), &st->targets[i]))
                return false;
        }
        insn->x.p = st;
        return true;
    }
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield:
        insn->u = u2(p + 1);
        return check_cp(d, pc, insn->u, TAG(CP_FIELDREF));
    case OP_invokevirtual:
        insn->u = u2(p + 1);
        if (!check_cp(d, pc, insn->u, TAG(CP_METHODREF)))
            return false;
        goto check_invoke_name;
    case OP_invokespecial: case OP_invokestatic: {
        insn->u = u2(p + 1);
        uint32_t tags = TAG(CP_METHODREF);
        /* The VM's own generated classes (version 49) call interface
         * static and private methods too. */
        if (d->cf->major_version >= 52 || (d->m->klass->flags & CLASS_SPUN))
            tags |= TAG(CP_INTERFACE_METHODREF);
        if (!check_cp(d, pc, insn->u, tags))
            return false;
        goto check_invoke_name;
    }
    case OP_invokeinterface:
        insn->u = u2(p + 1);
        if (!check_cp(d, pc, insn->u, TAG(CP_INTERFACE_METHODREF)))
            return false;
        if (p[4] != 0 || p[3] == 0)
            return fail(d, pc, "Bad invokeinterface operands");
        {
            const char *name, *desc;
            class_file_member_ref(d->cf, insn->u, &name, &desc);
            if (p[3] != descriptor_arg_slots(desc) + 1)
                return fail(d, pc, "Inconsistent args count operand in invokeinterface");
        }
        goto check_invoke_name;
    check_invoke_name: {
        const char *name, *desc;
        class_file_member_ref(d->cf, insn->u, &name, &desc);
        if (name[0] == '<' && !(op == OP_invokespecial && strcmp(name, "<init>") == 0))
            return fail(d, pc, "Illegal call to internal method");
        return true;
    }
    case OP_invokedynamic:
        insn->u = u2(p + 1);
        if (d->cf->major_version < 51 || !check_cp(d, pc, insn->u, TAG(CP_INVOKE_DYNAMIC)))
            return fail(d, pc, "Illegal invokedynamic");
        if (p[3] != 0 || p[4] != 0)
            return fail(d, pc, "Bad invokedynamic operands");
        return true;
    case OP_new: case OP_anewarray: case OP_checkcast: case OP_instanceof:
        insn->u = u2(p + 1);
        return check_cp(d, pc, insn->u, TAG(CP_CLASS));
    case OP_multianewarray:
        insn->u = u2(p + 1);
        insn->s = p[3];
        if (p[3] == 0)
            return fail(d, pc, "Illegal dimension in multianewarray");
        return check_cp(d, pc, insn->u, TAG(CP_CLASS));
    case OP_newarray:
        insn->s = p[1];
        if (p[1] < 4 || p[1] > 11)
            return fail(d, pc, "Illegal newarray type %u", p[1]);
        return true;
    default:
        break;
    }
    return true;
}

/* Stack slots the instruction pops and pushes, from the table or, where
 * it depends on a descriptor, from the constant pool. */
static void stack_effect(Decoder *d, uint32_t pc, int *pop, int *push)
{
    const uint8_t *p = d->code + pc;
    uint8_t op = p[0];
    if (op == OP_wide) {
        uint8_t inner = p[1];
        *pop = inner == OP_iinc || inner == OP_ret ? 0 : opcode_info[inner].pop;
        *push = inner == OP_iinc || inner == OP_ret ? 0 : opcode_info[inner].push;
        return;
    }
    *pop = opcode_info[op].pop;
    *push = opcode_info[op].push;
    const char *name, *desc;
    switch (op) {
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield: {
        class_file_member_ref(d->cf, u2(p + 1), &name, &desc);
        int n = field_slots(desc);
        if (op == OP_getstatic) *push = n;
        else if (op == OP_putstatic) *pop = n;
        else if (op == OP_getfield) *push = n;
        else *pop = 1 + n;
        break;
    }
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic:
    case OP_invokeinterface: case OP_invokedynamic:
        class_file_member_ref(d->cf, u2(p + 1), &name, &desc);
        *pop = descriptor_arg_slots(desc) + (op == OP_invokestatic || op == OP_invokedynamic ? 0 : 1);
        *push = return_slots(desc);
        break;
    case OP_multianewarray:
        *pop = p[3];
        break;
    default:
        break;
    }
}

/* A return instruction [op] of the method's kind: the interpreter hands
 * the caller as many slots as the instruction returns. Checked where the
 * instruction is reachable only, as the old verifier checks it. */
static bool check_return(Decoder *d, uint32_t pc, uint8_t op)
{
    char r = d->m->return_type;
    Opcode want;
    switch (r) {
    case 'V': want = OP_return; break;
    case 'J': want = OP_lreturn; break;
    case 'F': want = OP_freturn; break;
    case 'D': want = OP_dreturn; break;
    case 'L': case '[': want = OP_areturn; break;
    default: want = OP_ireturn; break;
    }
    if (op != want)
        return fail(d, pc, "Method expects a return value of type %c", r);
    return true;
}

/* Operand-stack depth analysis (JVMS 4.9.2): every path reaches every
 * instruction with the same depth, within 0..max_stack, and returns the
 * method's kind of value. Only what can run is analysed: an exception
 * handler from the first instruction it covers that is reached, the
 * code after a jsr from the ret of its subroutine, which sets the depth
 * there (a subroutine may leave more or fewer values than it found).
 * Which subroutine a ret returns from is approximated: the one whose
 * entry its instruction was first reached from, or none, in main code;
 * a ret may return from an enclosing one too (JVMS 4.10.2.5), so the
 * verifier's analysis, which tracks return addresses, supersedes this one
 * for the methods it verified. Dead code is decoded but never runs, and
 * the old verifier leaves it unchecked too. */
typedef struct DepthAnalysis {
    Decoder *d;
    int32_t *depth;     /* per instruction: depth on entry, or -1 */
    int32_t *entry;     /* per instruction: its subroutine's entry, or -1 */
    int32_t *ret_depth; /* per subroutine entry: depth at its ret, or -1 */
    uint32_t *work;
    uint32_t top;
} DepthAnalysis;

static bool reach(DepthAnalysis *a, uint32_t index, int32_t depth, int32_t entry)
{
    if (a->depth[index] < 0) {
        a->depth[index] = depth;
        a->entry[index] = entry;
        a->work[a->top++] = index;
        return true;
    }
    if (a->depth[index] != depth)
        return fail(a->d, a->d->bytecode_pc[index], "Inconsistent stack height %d != %d",
                    a->depth[index], depth);
    return true;
}

static bool is_jsr(const Decoder *d, uint32_t index)
{
    uint8_t op = d->code[d->bytecode_pc[index]];
    return op == OP_jsr || op == OP_jsr_w;
}

/* The ret of subroutine [entry] leaves [depth] values: so does every jsr
 * to it, reached now or later. */
static bool subroutine_returns(DepthAnalysis *a, int32_t entry, int32_t depth)
{
    Decoder *d = a->d;
    if (a->ret_depth[entry] >= 0)
        return a->ret_depth[entry] == depth ||
               fail(d, d->bytecode_pc[entry], "Inconsistent stack height %d != %d at ret",
                    a->ret_depth[entry], depth);
    a->ret_depth[entry] = depth;
    for (uint32_t j = 0; j < d->count; j++)
        if (a->depth[j] >= 0 && is_jsr(d, j) && d->insns[j].x.target - d->insns == entry &&
            !reach(a, j + 1, depth, a->entry[j])) /* no jsr is last */
            return false;
    return true;
}

/* One reached instruction [i]: its effect on the depth, then its
 * successors. */
static bool step(DepthAnalysis *a, uint32_t i)
{
    Decoder *d = a->d;
    uint32_t pc = d->bytecode_pc[i];
    uint8_t op = d->code[pc];
    int32_t entry = a->entry[i];
    int pop, push;
    stack_effect(d, pc, &pop, &push);
    int h = a->depth[i];
    if (pop > h)
        return fail(d, pc, "Unable to pop operand off an empty stack");
    h = h - pop + push;
    if (h > d->m->max_stack)
        return fail(d, pc, "Exceeded max stack size");
    if (op >= OP_ireturn && op <= OP_return && !check_return(d, pc, op))
        return false;

    const CodeAttribute *code = d->m->info->code;
    for (uint16_t k = 0; k < code->handler_count; k++) {
        const ExceptionHandler *eh = &code->handlers[k];
        if (pc < eh->start_pc || pc >= eh->end_pc)
            continue;
        if (d->m->max_stack < 1)
            return fail(d, eh->handler_pc, "Exceeded max stack size");
        if (!reach(a, (uint32_t)d->index_of[eh->handler_pc], 1, entry))
            return false;
    }

    const Insn *insn = &d->insns[i];
    if (op == OP_tableswitch || op == OP_lookupswitch) {
        const SwitchTable *st = insn->x.p;
        int32_t cases = op == OP_tableswitch ? (int32_t)((int64_t)st->high - st->low + 1)
                                             : st->pair_count;
        if (!reach(a, (uint32_t)(st->default_target - d->insns), h, entry))
            return false;
        for (int32_t k = 0; k < cases; k++)
            if (!reach(a, (uint32_t)(st->targets[k] - d->insns), h, entry))
                return false;
        return true;
    }
    if (op == OP_jsr || op == OP_jsr_w) {
        int32_t target = (int32_t)(insn->x.target - d->insns);
        if (!reach(a, (uint32_t)target, h, target))
            return false;
        /* After the jsr, the depth its subroutine's ret leaves. */
        return a->ret_depth[target] < 0 || reach(a, i + 1, a->ret_depth[target], entry);
    }
    if (op == OP_ret || (op == OP_wide && d->code[pc + 1] == OP_ret))
        return entry < 0 || subroutine_returns(a, entry, h);
    if (opcode_info[op].flags & OPF_BRANCH && !reach(a, (uint32_t)(insn->x.target - d->insns), h, entry))
        return false;
    if (opcode_info[op].flags & OPF_END)
        return true;
    if (i + 1 >= d->count)
        return fail(d, pc, "Falling off the end of the code");
    return reach(a, i + 1, h, entry);
}

static bool check_stack_depths(Decoder *d)
{
    uint32_t n = d->count;
    DepthAnalysis a = {.d = d};
    a.depth = malloc(n * sizeof *a.depth);
    a.entry = malloc(n * sizeof *a.entry);
    a.ret_depth = malloc(n * sizeof *a.ret_depth);
    /* An instruction enters the work list once, and its successors can
     * add one each: n entries at most. */
    a.work = malloc((n + 1) * sizeof *a.work);
    bool ok = a.depth && a.entry && a.ret_depth && a.work;
    if (!ok) {
        ok = throw_out_of_memory(d->t);
    } else {
        for (uint32_t i = 0; i < n; i++)
            a.depth[i] = a.ret_depth[i] = -1;
        ok = reach(&a, 0, 0, -1);
        while (ok && a.top > 0)
            ok = step(&a, a.work[--a.top]);
    }
    free(a.depth);
    free(a.entry);
    free(a.ret_depth);
    free(a.work);
    return ok;
}

bool method_prepare(Thread *t, Method *m)
{
    if (m->code)
        return true;
    const CodeAttribute *ca = m->info ? m->info->code : NULL;
    if (!ca)
        return throw_new(t, "java/lang/VerifyError", "no code in %s.%s", m->klass->name, m->name);
    Vm *vm = t->vm;
    Decoder d = {.t = t, .m = m, .cf = m->klass->file, .code = ca->code, .length = ca->code_length};
    d.index_of = malloc(((size_t)d.length + 1) * sizeof(int32_t));
    if (!d.index_of)
        return throw_out_of_memory(t);
    for (uint32_t i = 0; i <= d.length; i++)
        d.index_of[i] = -1;

    bool ok = true;
    for (uint32_t pc = 0; pc < d.length;) {
        uint32_t len = instruction_length(&d, pc);
        if (!len) {
            ok = false;
            break;
        }
        d.index_of[pc] = (int32_t)d.count++;
        pc += len;
    }
    if (ok) {
        d.index_of[d.length] = (int32_t)d.count;
        d.insns = arena_alloc(vm, d.count * sizeof(Insn));
        d.bytecode_pc = arena_alloc_data(vm, d.count * sizeof(uint32_t));
        if (!d.insns || !d.bytecode_pc)
            ok = throw_out_of_memory(t);
    }
    for (uint32_t pc = 0; ok && pc < d.length; pc++) {
        if (d.index_of[pc] < 0)
            continue;
        uint32_t i = (uint32_t)d.index_of[pc];
        d.bytecode_pc[i] = pc;
        ok = decode_one(&d, pc, &d.insns[i]);
        if (ok && d.insns[i].op == OP_jsr) {
            d.has_jsr = true;
            /* A jsr returns to the next instruction: HotSpot's rewriting
             * of subroutines refuses one last in the code, even dead. */
            if (i + 1 == d.count)
                ok = throw_new(t, "java/lang/LinkageError",
                               "Illegal class file encountered. Try running with -Xverify:all in method %s",
                               m->name);
        }
    }

    PreparedHandler *handlers = NULL;
    if (ok && ca->handler_count) {
        handlers = arena_alloc_data(vm, ca->handler_count * sizeof(PreparedHandler));
        if (!handlers)
            ok = throw_out_of_memory(t);
        for (uint16_t k = 0; ok && k < ca->handler_count; k++) {
            const ExceptionHandler *h = &ca->handlers[k];
            if (h->start_pc >= d.length || d.index_of[h->start_pc] < 0 || h->end_pc > d.length ||
                d.index_of[h->end_pc] < 0 || h->start_pc >= h->end_pc ||
                h->handler_pc >= d.length || d.index_of[h->handler_pc] < 0) {
                ok = fail(&d, h->handler_pc, "Illegal exception table entry %u", k);
                break;
            }
            if (h->catch_type && (h->catch_type >= d.cf->cp_count ||
                                  d.cf->cp[h->catch_type].tag != CP_CLASS)) {
                ok = fail(&d, h->handler_pc, "Illegal catch type %u", h->catch_type);
                break;
            }
            handlers[k].start = (uint32_t)d.index_of[h->start_pc];
            handlers[k].end = (uint32_t)d.index_of[h->end_pc];
            handlers[k].handler = (uint32_t)d.index_of[h->handler_pc];
            handlers[k].catch_type = h->catch_type;
        }
    }
    /* The verifier's data flow has followed every path of a verified
     * method with types, the returns from its subroutines included, which
     * the depth analysis only approximates: there the verifier's word
     * stands. */
    if (ok && !(d.has_jsr && (m->klass->flags & CLASS_PASSED_VERIFIER)))
        ok = check_stack_depths(&d);
    free(d.index_of);
    if (!ok)
        return false;

    for (uint32_t i = 0; i < d.count; i++)
        d.insns[i].label = interp_label(d.insns[i].op);
    Code *code = arena_alloc(vm, sizeof(Code));
    if (!code)
        return throw_out_of_memory(t);
    code->insns = d.insns;
    code->insn_count = d.count;
    code->bytecode_pc = d.bytecode_pc;
    code->handlers = handlers;
    code->handler_count = ca->handler_count;
    m->code = code;
    return true;
}

uint32_t frame_bytecode_pc(const Frame *f)
{
    const Code *code = f->method->code;
    if (!code || !f->pc)
        return 0;
    ptrdiff_t i = f->pc - code->insns;
    if (i < 0 || (uint32_t)i >= code->insn_count)
        return 0;
    return code->bytecode_pc[i];
}
