// A small stack-machine interpreter plus an expression compiler: parse
// arithmetic expressions, compile them to bytecode, run programs with
// loops and calls, and print traces and results.
public class TinyInterpreter {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, LOAD = 6, STORE = 7, JMP = 8, JZ = 9, LT = 10,
                     PRINT = 11, HALT = 12, DUP = 13, CALL = 14, RET = 15, NEG = 16;
    static final String[] NAMES = { "PUSH", "ADD", "SUB", "MUL", "DIV", "MOD", "LOAD", "STORE", "JMP", "JZ", "LT", "PRINT", "HALT", "DUP", "CALL", "RET", "NEG" };

    static final class Code {
        int[] ops = new int[256];
        int size;
        void emit(int op) { ops[size++] = op; }
        void emit(int op, int arg) { ops[size++] = op; ops[size++] = arg; }
        static boolean hasArg(int op) { return op == PUSH || op == LOAD || op == STORE || op == JMP || op == JZ || op == CALL; }
        String disassemble() {
            StringBuilder sb = new StringBuilder();
            for (int pc = 0; pc < size;) {
                int op = ops[pc];
                sb.append(pc).append(':').append(NAMES[op]);
                if (hasArg(op)) sb.append(' ').append(ops[pc + 1]);
                sb.append("; ");
                pc += hasArg(op) ? 2 : 1;
            }
            return sb.toString();
        }
    }

    static final class Machine {
        long[] stack = new long[256];
        int sp;
        long[] vars = new long[26];
        int[] returns = new int[64];
        int rsp;
        long steps;
        StringBuilder out = new StringBuilder();

        void run(Code code) {
            int pc = 0;
            while (true) {
                steps++;
                int op = code.ops[pc++];
                switch (op) {
                    case PUSH: stack[sp++] = code.ops[pc++]; break;
                    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                    case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                    case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                    case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
                    case NEG: stack[sp - 1] = -stack[sp - 1]; break;
                    case LOAD: stack[sp++] = vars[code.ops[pc++]]; break;
                    case STORE: vars[code.ops[pc++]] = stack[--sp]; break;
                    case JMP: pc = code.ops[pc]; break;
                    case JZ: { int target = code.ops[pc++]; if (stack[--sp] == 0) pc = target; break; }
                    case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                    case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                    case PRINT: out.append(stack[--sp]).append(' '); break;
                    case CALL: returns[rsp++] = pc + 1; pc = code.ops[pc]; break;
                    case RET: pc = returns[--rsp]; break;
                    case HALT: return;
                    default: throw new IllegalStateException("bad opcode " + op);
                }
            }
        }
    }

    // Recursive-descent compiler for expressions over a..z and integers.
    static final class Compiler {
        final String src;
        int pos;
        final Code code = new Code();
        Compiler(String s) { src = s; }

        char peek() {
            while (pos < src.length() && src.charAt(pos) == ' ') pos++;
            return pos < src.length() ? src.charAt(pos) : '\0';
        }

        void expr() {
            term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) {
                pos++;
                term();
                code.emit(c == '+' ? ADD : SUB);
            }
        }

        void term() {
            factor();
            for (char c = peek(); c == '*' || c == '/' || c == '%'; c = peek()) {
                pos++;
                factor();
                code.emit(c == '*' ? MUL : c == '/' ? DIV : MOD);
            }
        }

        void factor() {
            char c = peek();
            if (c == '(') {
                pos++;
                expr();
                if (peek() != ')') throw new IllegalArgumentException("expected ) at " + pos + " in " + src);
                pos++;
            } else if (c == '-') {
                pos++;
                factor();
                code.emit(NEG);
            } else if (c >= 'a' && c <= 'z') {
                pos++;
                code.emit(LOAD, c - 'a');
            } else if (c >= '0' && c <= '9') {
                int v = 0;
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) v = v * 10 + (src.charAt(pos++) - '0');
                code.emit(PUSH, v);
            } else {
                throw new IllegalArgumentException((c == '\0' ? "unexpected end" : "unexpected '" + c + "'") + " at " + pos + " in " + src);
            }
        }
    }

    static long eval(String expr, long[] vars) {
        Compiler c = new Compiler(expr);
        c.expr();
        if (c.peek() != '\0') throw new IllegalArgumentException("trailing input at " + c.pos + " in " + expr);
        c.code.emit(PRINT);
        c.code.emit(HALT);
        Machine m = new Machine();
        System.arraycopy(vars, 0, m.vars, 0, vars.length);
        m.run(c.code);
        System.out.println("  " + expr + " => " + c.code.disassemble());
        return Long.parseLong(m.out.toString().trim());
    }

    public static void main(String[] args) {
        long[] vars = new long[26];
        vars[0] = 6;   // a
        vars[1] = 7;   // b
        vars[23] = -3; // x
        String[] exprs = { "1 + 2 * 3", "(1 + 2) * 3", "a * b", "a * b - x * x", "100 / 7 % 4", "-(a + b) * -2", "((((1))))", "2 * (3 + (4 - 5) * 6) / -x", "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10" };
        for (String e : exprs) System.out.println(e + " = " + eval(e, vars));
        String[] bad = { "1 +", "(2 * 3", "4 $ 5", "7 7" };
        for (String e : bad) {
            try {
                eval(e, vars);
            } catch (IllegalArgumentException ex) {
                System.out.println("error: " + ex.getMessage());
            }
        }
        try {
            eval("1 / (a - 6)", vars);
        } catch (ArithmeticException ex) {
            System.out.println("runtime error: " + ex.getMessage());
        }
        // Hand-assembled program: sum of squares 1..n and a subroutine computing factorials.
        Code p = new Code();
        p.emit(PUSH, 0); p.emit(STORE, 18);           // s = 0
        p.emit(PUSH, 1); p.emit(STORE, 8);            // i = 1
        int loop = p.size;
        p.emit(LOAD, 8); p.emit(PUSH, 101); p.emit(LT); // i < 101
        int jz = p.size; p.emit(JZ, 0);
        p.emit(LOAD, 18); p.emit(LOAD, 8); p.emit(DUP); p.emit(MUL); p.emit(ADD); p.emit(STORE, 18);
        p.emit(LOAD, 8); p.emit(PUSH, 1); p.emit(ADD); p.emit(STORE, 8);
        p.emit(JMP, loop);
        p.ops[jz + 1] = p.size;
        p.emit(LOAD, 18); p.emit(PRINT);
        p.emit(PUSH, 10); p.emit(STORE, 13); int call = p.size; p.emit(CALL, 0); p.emit(LOAD, 5); p.emit(PRINT);
        p.emit(PUSH, 20); p.emit(STORE, 13); int call2 = p.size; p.emit(CALL, 0); p.emit(LOAD, 5); p.emit(PRINT);
        p.emit(HALT);
        int fact = p.size;                             // f = 1; while (n) { f *= n; n -= 1 }
        p.ops[call + 1] = fact;
        p.ops[call2 + 1] = fact;
        p.emit(PUSH, 1); p.emit(STORE, 5);
        int floop = p.size;
        p.emit(LOAD, 13); int fjz = p.size; p.emit(JZ, 0);
        p.emit(LOAD, 5); p.emit(LOAD, 13); p.emit(MUL); p.emit(STORE, 5);
        p.emit(LOAD, 13); p.emit(PUSH, 1); p.emit(SUB); p.emit(STORE, 13);
        p.emit(JMP, floop);
        p.ops[fjz + 1] = p.size;
        p.emit(RET);
        System.out.println("program: " + p.disassemble());
        Machine m = new Machine();
        m.run(p);
        System.out.println("output: " + m.out + "steps " + m.steps);
    }
}
