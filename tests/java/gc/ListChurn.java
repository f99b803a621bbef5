// vm-args: -Xmx32m
// Linked lists built and dropped over and over; a few lists are kept and
// verified at the end, so live data must survive the collections.
public class ListChurn {
    static final class Cell {
        final int value;
        final Cell next;
        Cell(int v, Cell n) { value = v; next = n; }
    }

    static Cell build(int n, int seed) {
        Cell head = null;
        for (int i = 0; i < n; i++) head = new Cell(seed + i, head);
        return head;
    }

    static long sum(Cell c) {
        long s = 0;
        for (; c != null; c = c.next) s += c.value;
        return s;
    }

    static Cell reverse(Cell c) {
        Cell r = null;
        for (; c != null; c = c.next) r = new Cell(c.value, r);
        return r;
    }

    public static void main(String[] args) {
        Cell[] kept = new Cell[6];
        long total = 0;
        for (int round = 0; round < 60; round++) {
            Cell list = build(50000, round);
            Cell rev = reverse(list);
            total += sum(list) - sum(rev) + rev.value;
            if (round % 10 == 0) {
                kept[round / 10] = build(1000, round * 1000);
                System.out.println("round " + round + " running total " + total);
            }
        }
        for (int i = 0; i < kept.length; i++) System.out.println("kept[" + i + "] sum " + sum(kept[i]) + " head " + kept[i].value);
        System.out.println("total " + total);
    }
}
