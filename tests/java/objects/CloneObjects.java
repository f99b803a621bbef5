// Object.clone: shallow copies of Cloneable objects,
// CloneNotSupportedException otherwise, and clone of every array kind.
public class CloneObjects {
    static class Sheep implements Cloneable {
        String name;
        int[] tags;
        Sheep friend;

        Sheep(String name, int[] tags) { this.name = name; this.tags = tags; }

        @Override public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Sheep deepClone() {
            Sheep s = clone();
            s.tags = tags.clone();
            return s;
        }
    }

    static class Rock {
        int weight = 5;

        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Lamb extends Sheep {
        int age = 1;
        Lamb(String n) { super(n, new int[] { 9 }); }
    }

    public static void main(String[] args) throws Exception {
        Sheep dolly = new Sheep("Dolly", new int[] { 1, 2, 3 });
        dolly.friend = new Sheep("Molly", new int[0]);
        Sheep copy = dolly.clone();
        System.out.println("different object: " + (copy != dolly) + ", same class: " + (copy.getClass() == dolly.getClass()));
        System.out.println("name " + copy.name + ", shares tags: " + (copy.tags == dolly.tags) + ", shares friend: " + (copy.friend == dolly.friend));
        copy.tags[0] = 100;
        copy.name = "Polly";
        System.out.println("after edit: dolly " + dolly.name + " " + dolly.tags[0] + ", copy " + copy.name + " " + copy.tags[0]);
        Sheep deep = dolly.deepClone();
        deep.tags[1] = 200;
        System.out.println("deep: dolly " + dolly.tags[1] + ", deep " + deep.tags[1]);
        Lamb lamb = new Lamb("Lamb");
        lamb.age = 3;
        Sheep lc = lamb.clone();
        System.out.println("subclass clone: " + lc.getClass().getSimpleName() + " age " + ((Lamb) lc).age + " name " + lc.name);
        try {
            new Rock().tryClone();
            System.out.println("not reached");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        int[] ints = { 1, 2, 3 };
        int[] ic = ints.clone();
        ic[0] = 9;
        System.out.println("int[] " + ints[0] + " " + ic[0] + " " + ic.length);
        long[] longs = { Long.MAX_VALUE, -1 };
        System.out.println("long[] " + longs.clone()[0] + " " + longs.clone()[1]);
        double[] ds = { 1.5, -0.0 };
        System.out.println("double[] " + ds.clone()[0] + " " + ds.clone()[1]);
        float[] fs = { 2.5f };
        byte[] bs = { -1, 127 };
        short[] ss = { -300 };
        char[] cs = { 'h', 'i' };
        boolean[] zs = { true, false, true };
        System.out.println("others " + fs.clone()[0] + " " + bs.clone()[0] + " " + bs.clone()[1] + " " + ss.clone()[0] + " "
                + new String(cs.clone()) + " " + zs.clone()[2] + " lengths " + zs.clone().length + " " + new int[0].clone().length);
        String[] strs = { "a", "b" };
        String[] sc = strs.clone();
        System.out.println("String[] clone same elements " + (sc[0] == strs[0]) + ", distinct arrays " + (sc != strs) + ", class " + sc.getClass().getName());
        int[][] grid = { { 1, 2 }, { 3, 4 } };
        int[][] gc = grid.clone();
        gc[0][0] = 99;
        gc[1] = new int[] { 7 };
        System.out.println("2D shallow: grid[0][0] " + grid[0][0] + ", grid[1].length " + grid[1].length + ", gc[1].length " + gc[1].length);
        Object[] objs = new Sheep[] { dolly };
        Object[] oc = objs.clone();
        System.out.println("covariant clone class " + oc.getClass().getSimpleName() + " " + (oc instanceof Sheep[]));
        Object arr = ints;
        Object cloned = ((int[]) arr).clone();
        System.out.println("cloned via Object: " + (cloned instanceof int[]));
    }
}
