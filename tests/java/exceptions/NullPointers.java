// NullPointerException from field access, method calls, array access,
// unboxing, throw null, synchronized(null) and string switch. Only the
// exception class is printed (HotSpot's helpful messages are not compared).
public class NullPointers {
    static class Node {
        int value = 1;
        Node next;
        int get() { return value; }
    }

    interface Action { void run(Node n); }

    static void attempt(String what, Node n, Action a) {
        try {
            a.run(n);
            System.out.println(what + ": ok");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        Node n = new Node();
        Action[] actions = {
            new Action() { public void run(Node x) { System.out.println("  read " + x.value); } },
            new Action() { public void run(Node x) { x.value = 5; } },
            new Action() { public void run(Node x) { System.out.println("  call " + x.get()); } },
            new Action() { public void run(Node x) { System.out.println("  chained " + x.next.value); } },
            new Action() { public void run(Node x) { System.out.println("  hash " + (x.hashCode() == x.hashCode())); } },
            new Action() { public void run(Node x) { synchronized (x) { System.out.println("  locked"); } } },
        };
        String[] names = { "getfield", "putfield", "invokevirtual", "chained getfield", "Object method", "monitorenter" };
        for (int i = 0; i < actions.length; i++) {
            attempt(names[i] + " on object", n, actions[i]);
            attempt(names[i] + " on null", null, actions[i]);
        }
        try {
            String s = null;
            System.out.println(s.length());
        } catch (NullPointerException e) {
            System.out.println("String method on null: NPE");
        }
        try {
            Integer boxed = null;
            int v = boxed;
            System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NPE");
        }
        try {
            Long boxed = null;
            long v = boxed + 1;
            System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("arithmetic on null Long: NPE");
        }
        try {
            throw null;
        } catch (NullPointerException e) {
            System.out.println("throw null: NPE");
        }
        try {
            RuntimeException none = null;
            throw none;
        } catch (NullPointerException e) {
            System.out.println("throw null variable: NPE");
        }
        try {
            String key = null;
            switch (key) {
                case "a": System.out.println("a"); break;
                default: System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("switch on null string: NPE");
        }
        try {
            Object[] arr = null;
            arr[0] = "x";
        } catch (NullPointerException e) {
            System.out.println("aastore on null array: NPE");
        }
        // String concatenation with null is fine.
        String s = null;
        Object o = null;
        System.out.println("concat " + s + " " + o + " " + null);
        // Explicitly constructed NPEs keep their message.
        NullPointerException made = new NullPointerException("my message");
        System.out.println("constructed: " + made.getMessage());
        // Walking a linked list until null.
        Node head = new Node();
        head.next = new Node();
        head.next.next = new Node();
        int count = 0;
        try {
            Node cur = head;
            while (true) {
                count += cur.value;
                cur = cur.next;
            }
        } catch (NullPointerException e) {
            System.out.println("walked " + count + " nodes before NPE");
        }
        // Recovering and continuing many times.
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            Node maybe = i % 3 == 0 ? null : n;
            try {
                caught += maybe.value - maybe.value;
            } catch (NullPointerException e) {
                caught++;
            }
        }
        System.out.println("caught " + caught);
    }
}
