// private, package-private, protected and public members of nested classes
// in one file: all accessible here, private ones via synthetic accessors
// (release 8) or directly.
public class AccessLevels {
    private int secret = 1;
    int packageLevel = 2;
    protected int prot = 3;
    public int pub = 4;

    private static String hidden() { return "private static"; }

    private String hiddenInstance() { return "private instance " + secret; }

    static class Peer {
        private int peerSecret = 10;
        protected int peerProt = 20;
        int peerPkg = 30;

        private void bump() { peerSecret++; }

        int readOuter(AccessLevels a) { return a.secret + a.packageLevel + a.prot + a.pub; }
    }

    static class Child extends Peer {
        int peek() { return peerProt + peerPkg; }
        int peekPrivateViaSuper() { return ((Peer) this).peerSecret; }
    }

    class Inner {
        private int innerSecret = 100;
        int touchOuter() {
            secret += 5;
            return secret + hiddenInstance().length();
        }
    }

    static class Counter {
        private static int instances;
        private final int id;
        private Counter() { id = ++instances; }
        static Counter make() { return new Counter(); }
    }

    public static void main(String[] args) {
        AccessLevels outer = new AccessLevels();
        Peer peer = new Peer();
        System.out.println("peer reads outer: " + peer.readOuter(outer));
        peer.bump();
        peer.bump();
        System.out.println("peer secret after bumps: " + peer.peerSecret);
        peer.peerSecret = 99;
        System.out.println("set from outer: " + peer.peerSecret);
        Child child = new Child();
        System.out.println("child peek " + child.peek() + " private via super " + child.peekPrivateViaSuper());
        AccessLevels.Inner in = outer.new Inner();
        System.out.println("inner touches outer: " + in.touchOuter() + ", secret now " + outer.secret);
        System.out.println("inner secret read from outer: " + in.innerSecret);
        in.innerSecret *= 3;
        System.out.println("inner secret compound-assigned from outer: " + in.innerSecret);
        System.out.println(hidden() + " / " + outer.hiddenInstance());
        Counter c1 = Counter.make(), c2 = new Counter(), c3 = Counter.make();
        System.out.println("counter ids " + c1.id + " " + c2.id + " " + c3.id + ", instances " + Counter.instances);
        Counter.instances += 10;
        System.out.println("instances " + Counter.instances++ + " then " + ++Counter.instances);
    }
}
