// vm-args: -Xmx32m
// A long-lived object graph with cycles, arrays of references and mixed
// field types survives many collections caused by short-lived garbage;
// its contents are verified after every phase.
public class ObjectGraph {
    static final class Vertex {
        final int id;
        long weight;
        double score;
        String label;
        Vertex[] edges = new Vertex[4];
        int degree;
        Vertex(int id) { this.id = id; label = "v" + id; weight = id * 1000003L; score = id / 7.0; }
        void link(Vertex other) {
            if (degree < edges.length) edges[degree++] = other;
        }
    }

    static long verify(Vertex[] graph) {
        long h = 0;
        for (Vertex v : graph) {
            h = h * 31 + v.id + v.weight + (long) (v.score * 7) + v.label.hashCode();
            for (int i = 0; i < v.degree; i++) h = h * 17 + v.edges[i].id;
        }
        return h;
    }

    static int reachable(Vertex start, int n) {
        boolean[] seen = new boolean[n];
        Vertex[] stack = new Vertex[n * 4 + 1];
        int sp = 0, count = 0;
        stack[sp++] = start;
        while (sp > 0) {
            Vertex v = stack[--sp];
            if (seen[v.id]) continue;
            seen[v.id] = true;
            count++;
            for (int i = 0; i < v.degree; i++) if (!seen[v.edges[i].id]) stack[sp++] = v.edges[i];
        }
        return count;
    }

    public static void main(String[] args) {
        int n = 20000;
        Vertex[] graph = new Vertex[n];
        for (int i = 0; i < n; i++) graph[i] = new Vertex(i);
        for (int i = 0; i < n; i++) {
            graph[i].link(graph[(i + 1) % n]);
            graph[i].link(graph[(i * 7 + 3) % n]);
            graph[i].link(graph[(i * 13) % n]);
        }
        long expected = verify(graph);
        System.out.println("initial hash " + expected + ", reachable " + reachable(graph[0], n));
        for (int phase = 1; phase <= 5; phase++) {
            long garbage = 0;
            for (int i = 0; i < 60000; i++) {
                Vertex tmp = new Vertex(i % n);
                tmp.link(graph[i % n]);
                garbage += tmp.edges[0].id + tmp.label.length();
                int[] junk = new int[64];
                junk[i & 63] = i;
                garbage += junk[i & 63];
            }
            for (int i = phase; i < n; i += 97) graph[i].label = "p" + phase + "-" + i;
            long h = verify(graph);
            System.out.println("phase " + phase + ": garbage " + garbage + ", hash " + h + ", reachable " + reachable(graph[0], n));
        }
        // Drop half the graph's references from the array; the cycle keeps them alive.
        Vertex anchor = graph[0];
        for (int i = 1; i < n; i++) graph[i] = null;
        for (int i = 0; i < 300000; i++) {
            Object o = new Object[] { "x" + (i % 100) };
            if (o.hashCode() == 0 && i < 0) System.out.println("never");
        }
        System.out.println("after dropping the array references: reachable " + reachable(anchor, n));
    }
}
