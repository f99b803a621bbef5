// vm-args: -Xmx32m
// The binary-trees allocation pattern under a small heap: many short-lived
// trees plus one long-lived tree that must survive every collection intact.
public class BinaryTreesGc {
    static final class Node {
        final Node left, right;
        Node(Node l, Node r) { left = l; right = r; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static Node make(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = 14;
        Node stretch = make(maxDepth + 1);
        System.out.println("stretch tree of depth " + (maxDepth + 1) + " check: " + stretch.check());
        stretch = null;
        Node longLived = make(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += make(depth).check();
            System.out.println(iterations + " trees of depth " + depth + " check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + " check: " + longLived.check());
    }
}
