// Virtual and interface dispatch over a hierarchy: the receiver's class
// decides, at every call site, through several levels and interfaces.
public class Polymorphism {
    interface Visitor {
        int visitNum(Num n);
        int visitAdd(Add a);
        int visitMul(Mul m);
        int visitNeg(Neg n);
    }

    static abstract class Expr {
        abstract int accept(Visitor v);
        abstract String show();
        int size() { return 1; }
    }

    static class Num extends Expr {
        final int v;
        Num(int v) { this.v = v; }
        int accept(Visitor vis) { return vis.visitNum(this); }
        String show() { return Integer.toString(v); }
    }

    static abstract class Binary extends Expr {
        final Expr l, r;
        Binary(Expr l, Expr r) { this.l = l; this.r = r; }
        abstract String op();
        String show() { return "(" + l.show() + " " + op() + " " + r.show() + ")"; }
        @Override int size() { return 1 + l.size() + r.size(); }
    }

    static class Add extends Binary {
        Add(Expr l, Expr r) { super(l, r); }
        String op() { return "+"; }
        int accept(Visitor v) { return v.visitAdd(this); }
    }

    static class Mul extends Binary {
        Mul(Expr l, Expr r) { super(l, r); }
        String op() { return "*"; }
        int accept(Visitor v) { return v.visitMul(this); }
    }

    static class Neg extends Expr {
        final Expr e;
        Neg(Expr e) { this.e = e; }
        int accept(Visitor v) { return v.visitNeg(this); }
        String show() { return "-" + e.show(); }
        @Override int size() { return 1 + e.size(); }
    }

    static class Eval implements Visitor {
        public int visitNum(Num n) { return n.v; }
        public int visitAdd(Add a) { return a.l.accept(this) + a.r.accept(this); }
        public int visitMul(Mul m) { return m.l.accept(this) * m.r.accept(this); }
        public int visitNeg(Neg n) { return -n.e.accept(this); }
    }

    static class Depth implements Visitor {
        public int visitNum(Num n) { return 1; }
        public int visitAdd(Add a) { return 1 + Math.max(a.l.accept(this), a.r.accept(this)); }
        public int visitMul(Mul m) { return 1 + Math.max(m.l.accept(this), m.r.accept(this)); }
        public int visitNeg(Neg n) { return 1 + n.e.accept(this); }
    }

    static class CountMul extends Eval {
        int muls;
        @Override public int visitMul(Mul m) { muls++; return super.visitMul(m); }
    }

    static Expr build(int seed, int depth) {
        if (depth == 0) return new Num(seed % 10);
        switch (seed % 3) {
            case 0: return new Add(build(seed * 7 + 1, depth - 1), build(seed * 3 + 2, depth - 1));
            case 1: return new Mul(build(seed * 5 + 3, depth - 1), build(seed + 4, depth - 1));
            default: return new Neg(build(seed * 11 + 5, depth - 1));
        }
    }

    public static void main(String[] args) {
        Visitor eval = new Eval(), depth = new Depth();
        CountMul counter = new CountMul();
        for (int s = 0; s < 8; s++) {
            Expr e = build(s, 4);
            System.out.println(e.show() + " = " + e.accept(eval) + ", depth " + e.accept(depth) + ", size " + e.size()
                    + ", counted " + e.accept(counter));
        }
        System.out.println("multiplications seen " + counter.muls);
        // Megamorphic call site in a loop.
        Expr[] mixed = new Expr[100];
        for (int i = 0; i < mixed.length; i++) {
            switch (i % 4) {
                case 0: mixed[i] = new Num(i); break;
                case 1: mixed[i] = new Add(new Num(i), new Num(1)); break;
                case 2: mixed[i] = new Mul(new Num(i), new Num(2)); break;
                default: mixed[i] = new Neg(new Num(i));
            }
        }
        long total = 0;
        for (int round = 0; round < 100; round++) for (Expr e : mixed) total += e.accept(eval) + e.size();
        System.out.println("total " + total);
    }
}
