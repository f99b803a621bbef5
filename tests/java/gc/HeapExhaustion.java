// vm-args: -Xmx32m
// Filling the heap gradually with reachable 1 MB blocks until
// OutOfMemoryError, then releasing them and allocating again: the
// collector must reclaim everything once it is unreachable.
public class HeapExhaustion {
    static final class Block {
        final byte[] data = new byte[1 << 20];
        final Block next;
        Block(Block n) { next = n; }
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            Block head = null;
            int count = 0;
            try {
                while (true) {
                    head = new Block(head);
                    head.data[count % 1000] = (byte) count;
                    count++;
                    if (count > 100000) break;
                }
                System.out.println("round " + round + ": no OutOfMemoryError?!");
            } catch (OutOfMemoryError e) {
                head = null;
                System.out.println("round " + round + ": OutOfMemoryError after more than 8 blocks: " + (count > 8) + ", fewer than 64: " + (count < 64));
            }
        }
        Block keep = null;
        for (int i = 0; i < 8; i++) keep = new Block(keep);
        int n = 0;
        for (Block b = keep; b != null; b = b.next) n++;
        System.out.println("allocated " + n + " blocks after recovery");
    }
}
