// Dense int switches compile to tableswitch: ranges at zero, negative,
// near the extremes, with fall-through and default.
public class DenseSwitch {
    static String small(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "other(" + x + ")";
        }
    }

    static int negative(int x) {
        switch (x) {
            case -5: return 50;
            case -4: return 40;
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            default: return 999;
        }
    }

    static String nearMax(int x) {
        switch (x) {
            case Integer.MAX_VALUE - 3: return "MAX-3";
            case Integer.MAX_VALUE - 2: return "MAX-2";
            case Integer.MAX_VALUE - 1: return "MAX-1";
            case Integer.MAX_VALUE: return "MAX";
            default: return "not near max";
        }
    }

    static String nearMin(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "MIN";
            case Integer.MIN_VALUE + 1: return "MIN+1";
            case Integer.MIN_VALUE + 2: return "MIN+2";
            case Integer.MIN_VALUE + 3: return "MIN+3";
            default: return "not near min";
        }
    }

    static String fallThrough(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1: sb.append("1");
            case 2: sb.append("2");
            case 3: sb.append("3");
                break;
            case 4: sb.append("4");
            default: sb.append("d");
            case 6: sb.append("6");
        }
        return sb.toString();
    }

    static int noDefault(int x) {
        int r = -1;
        switch (x) {
            case 10: r = 100; break;
            case 11: r = 110; break;
            case 12: r = 120; break;
            case 14: r = 140; break;
        }
        return r;
    }

    static int withHoles(int x) {
        switch (x) {
            case 1: case 3: case 5: case 7: case 9: return 1;
            case 2: case 4: case 8: return 2;
            case 6: return 6;
            default: return 0;
        }
    }

    static String bytes(byte b) {
        switch (b) {
            case -128: return "byte min";
            case -1: return "minus one";
            case 0: return "zero";
            case 127: return "byte max";
            default: return "byte " + b;
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 7; i++) System.out.println("small(" + i + ") = " + small(i));
        System.out.println("small(MIN) = " + small(Integer.MIN_VALUE) + ", small(MAX) = " + small(Integer.MAX_VALUE));
        for (int i = -7; i <= 3; i++) System.out.println("negative(" + i + ") = " + negative(i));
        for (int i = -5; i <= 0; i++) {
            int x = Integer.MAX_VALUE + i;
            System.out.println("nearMax(" + x + ") = " + nearMax(x));
        }
        System.out.println("nearMax(MIN) = " + nearMax(Integer.MIN_VALUE));
        for (int i = 0; i <= 5; i++) {
            int x = Integer.MIN_VALUE + i;
            System.out.println("nearMin(" + x + ") = " + nearMin(x));
        }
        System.out.println("nearMin(MAX) = " + nearMin(Integer.MAX_VALUE) + ", nearMin(-1) = " + nearMin(-1));
        for (int i = 0; i <= 7; i++) System.out.println("fallThrough(" + i + ") = " + fallThrough(i));
        for (int i = 9; i <= 15; i++) System.out.println("noDefault(" + i + ") = " + noDefault(i));
        int acc = 0;
        for (int i = -3; i < 13; i++) acc = acc * 3 + withHoles(i);
        System.out.println("withHoles checksum " + acc);
        byte[] bs = { -128, -127, -1, 0, 1, 127 };
        for (byte b : bs) System.out.println("bytes(" + b + ") = " + bytes(b));
        // A switch inside a loop, used as a little state machine.
        int state = 0;
        StringBuilder trace = new StringBuilder();
        for (int step = 0; step < 20; step++) {
            switch (state) {
                case 0: state = 2; break;
                case 1: state = 4; break;
                case 2: state = 3; break;
                case 3: state = 1; break;
                case 4: state = 0; break;
            }
            trace.append(state);
        }
        System.out.println("states " + trace);
    }
}
