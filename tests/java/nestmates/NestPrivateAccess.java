// Private members used across the classes of one nest: the outer class
// reading and writing an inner class's private fields, calling its private
// methods and constructor; inner classes using the outer class's private
// static and instance members; sibling nested classes using each other's
// privates; compound assignments and increments on private fields of
// another class (which --release 8 compiles to access$ methods and release
// 11+ to direct getfield/putfield checked through NestHost/NestMembers).
public class NestPrivateAccess {
    private int outerField = 10;
    private static String outerStatic = "outer-static";
    private long wide = 1L << 33;

    private NestPrivateAccess() { }

    private int outerMethod(int x) { return outerField * x; }

    private static String outerStaticMethod() { return "outerStaticMethod"; }

    class Inner {
        private int innerField = 1;

        private Inner() { }

        private Inner(int v) { innerField = v; }

        private String innerMethod() { return "innerMethod sees outerField=" + outerField + " and " + outerStatic; }

        void touchOuter() {
            outerField++;
            outerField += 5;
            wide <<= 1;
            outerStatic = outerStatic + "!";
            System.out.println("inner calls outerMethod " + outerMethod(2) + " " + outerStaticMethod());
        }
    }

    static class Sibling {
        private static int siblingCounter;
        private double secret = 2.5;

        private static Sibling make() { siblingCounter++; return new Sibling(); }

        private String readOther(Other o) { return "Sibling reads Other.hidden=" + o.hidden + " via " + o.hiddenMethod(); }
    }

    static class Other {
        private String hidden = "hidden";

        private String hiddenMethod() { return "Other.hiddenMethod"; }

        private void changeSibling(Sibling s) {
            s.secret *= 4;
            Sibling.siblingCounter += 100;
        }

        class Deeper {
            private int deep = 3;

            private String fromDeep() {
                return "deeper sees " + hidden + ", " + outerStatic + ", " + new Sibling().secret;
            }
        }
    }

    interface Secretive {
        String reveal();
    }

    public static void main(String[] args) {
        NestPrivateAccess outer = new NestPrivateAccess();
        Inner in = outer.new Inner();
        Inner in2 = outer.new Inner(42);
        System.out.println("private ctor/field " + in.innerField + " " + in2.innerField);
        in.innerField = 7;
        in.innerField *= 3;
        in2.innerField--;
        System.out.println("after writes " + in.innerField + " " + in2.innerField);
        System.out.println(in.innerMethod());
        in.touchOuter();
        System.out.println("outer after inner touched: " + outer.outerField + " " + outer.wide + " " + outerStatic);

        Sibling s = Sibling.make();
        Other o = new Other();
        System.out.println(s.readOther(o));
        o.changeSibling(s);
        System.out.println("sibling secret " + s.secret + " counter " + Sibling.siblingCounter);
        Other.Deeper d = o.new Deeper();
        d.deep += 10;
        System.out.println(d.fromDeep() + " deep=" + d.deep);

        Secretive anon = new Secretive() {
            private int calls;

            public String reveal() {
                calls++;
                return "anonymous reads " + outer.outerMethod(3) + " " + in.innerField + " calls " + calls;
            }
        };
        System.out.println(anon.reveal());
        System.out.println(anon.reveal());

        class Local {
            private String localSecret = "local";

            private String both() { return localSecret + "+" + o.hidden + "+" + Sibling.siblingCounter; }
        }
        Local l = new Local();
        l.localSecret += "!";
        System.out.println(l.both());
    }
}
