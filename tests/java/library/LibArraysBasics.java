// java.util.Arrays for every element type: toString, deepToString
// (nesting, self-reference, nulls), fill (whole and ranged), copyOf and
// copyOfRange (truncating, padding, with a new type), setAll and
// parallelSetAll, parallelPrefix, equals, hashCode, deepHashCode and
// deepEquals; and the exceptions with their messages for bad ranges,
// negative lengths, wrong types and null arrays.
import java.util.Arrays;
import java.util.function.BinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

public class LibArraysBasics {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            System.out.println(label + ": " + (r instanceof Object[] ? Arrays.deepToString((Object[]) r) : r));
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static void printing() {
        System.out.println(Arrays.toString(new int[] {1, -2, Integer.MIN_VALUE}));
        System.out.println(Arrays.toString(new long[] {Long.MAX_VALUE, 0}));
        System.out.println(Arrays.toString(new short[] {-32768, 7}));
        System.out.println(Arrays.toString(new char[] {'a', ' ', '\u00e9'}));
        System.out.println(Arrays.toString(new byte[] {-128, 127}));
        System.out.println(Arrays.toString(new boolean[] {true, false}));
        System.out.println(Arrays.toString(new float[] {1.5f, -0.0f, Float.NaN, 1e10f}));
        System.out.println(Arrays.toString(new double[] {0.1, Double.NEGATIVE_INFINITY, 1e-7, 100.0}));
        System.out.println(Arrays.toString(new Object[] {"s", null, 3, 'c', new StringBuilder("sb")}));
        System.out.println(Arrays.toString(new int[0]) + Arrays.toString(new Object[0]) + Arrays.toString(new double[0]));
        System.out.println(Arrays.toString((int[]) null) + Arrays.toString((Object[]) null) + Arrays.toString((char[]) null)
            + Arrays.toString((boolean[]) null) + Arrays.toString((float[]) null));
        System.out.println(Arrays.toString(new Object[] {new int[0]}).startsWith("[[I@"));

        Object[] nested = {1, new int[] {2, 3}, new Object[] {"x", new double[] {4.5}, null, new Object[0]},
            new long[] {5}, new short[] {6}, new char[] {'7'}, new byte[] {8}, new boolean[] {true},
            new float[] {9f}, new String[][] {{"a", "b"}, {}, null}};
        System.out.println(Arrays.deepToString(nested));
        Object[] self = new Object[3];
        self[0] = "head";
        self[1] = self;
        Object[] inner = {self, "inner"};
        self[2] = inner;
        System.out.println(Arrays.deepToString(self));
        Object[] shared = {"s"};
        System.out.println(Arrays.deepToString(new Object[] {shared, shared, new Object[] {shared}}));
        System.out.println(Arrays.deepToString(null) + Arrays.deepToString(new Object[0]) + Arrays.deepToString(new Object[] {null}));
        System.out.println("toString self: " + Arrays.toString(new Object[] {"no"}));
    }

    static void filling() {
        int[] ia = new int[6];
        Arrays.fill(ia, 7);
        Arrays.fill(ia, 1, 3, -1);
        Arrays.fill(ia, 5, 5, 99);
        System.out.println("fill int " + Arrays.toString(ia));
        long[] la = new long[4];
        Arrays.fill(la, 2, 4, 1L << 50);
        short[] sa = new short[3];
        Arrays.fill(sa, (short) -5);
        char[] ca = new char[4];
        Arrays.fill(ca, 'z');
        Arrays.fill(ca, 0, 1, 'a');
        byte[] ba = new byte[3];
        Arrays.fill(ba, 1, 2, (byte) 9);
        boolean[] za = new boolean[3];
        Arrays.fill(za, 0, 2, true);
        float[] fa = new float[2];
        Arrays.fill(fa, Float.NaN);
        double[] da = new double[3];
        Arrays.fill(da, 1, 3, -0.0);
        Object[] oa = new Object[3];
        Arrays.fill(oa, "o");
        Arrays.fill(oa, 2, 3, null);
        System.out.println("fill others " + Arrays.toString(la) + Arrays.toString(sa) + Arrays.toString(ca)
            + Arrays.toString(ba) + Arrays.toString(za) + Arrays.toString(fa) + Arrays.toString(da) + Arrays.toString(oa));
        attempt("fill to > length", new Action() {
            public Object run() {
                Arrays.fill(new int[3], 0, 4, 1);
                return "done";
            }
        });
        attempt("fill from < 0", new Action() {
            public Object run() {
                Arrays.fill(new long[3], -1, 2, 1);
                return "done";
            }
        });
        attempt("fill from > to", new Action() {
            public Object run() {
                Arrays.fill(new double[3], 2, 1, 1);
                return "done";
            }
        });
        attempt("fill from > to, both out", new Action() {
            public Object run() {
                Arrays.fill(new char[3], 9, -9, 'c');
                return "done";
            }
        });
        attempt("fill from > length = to", new Action() {
            public Object run() {
                Arrays.fill(new boolean[3], 4, 4, true);
                return "done";
            }
        });
        attempt("fill wrong type", new Action() {
            public Object run() {
                Arrays.fill(new String[2], 1);
                return "done";
            }
        });
        attempt("fill null array", new Action() {
            public Object run() {
                Arrays.fill((byte[]) null, (byte) 1);
                return "done";
            }
        });
        attempt("fill Object range", new Action() {
            public Object run() {
                Arrays.fill(new Object[2], 1, 3, "x");
                return "done";
            }
        });
    }

    static void copying() {
        int[] src = {1, 2, 3, 4, 5};
        System.out.println("copyOf int " + Arrays.toString(Arrays.copyOf(src, 3)) + Arrays.toString(Arrays.copyOf(src, 7))
            + Arrays.toString(Arrays.copyOf(src, 0)) + " fresh " + (Arrays.copyOf(src, 5) != src));
        System.out.println("copyOf others " + Arrays.toString(Arrays.copyOf(new long[] {9}, 2))
            + Arrays.toString(Arrays.copyOf(new short[] {9}, 2)) + Arrays.toString(Arrays.copyOf(new char[] {'q'}, 2)).length()
            + Arrays.toString(Arrays.copyOf(new byte[] {9}, 2)) + Arrays.toString(Arrays.copyOf(new boolean[] {true}, 2))
            + Arrays.toString(Arrays.copyOf(new float[] {9}, 2)) + Arrays.toString(Arrays.copyOf(new double[] {9}, 2)));
        String[] strs = {"a", "b", "c"};
        String[] longer = Arrays.copyOf(strs, 5);
        System.out.println("copyOf String " + Arrays.toString(longer) + " " + longer.getClass().getName());
        Object[] objs = Arrays.copyOf(strs, 2, Object[].class);
        System.out.println("copyOf to Object[] " + Arrays.toString(objs) + " " + objs.getClass().getName());
        Object[] mixed = {"x", "y"};
        CharSequence[] cs = Arrays.copyOf(mixed, 3, CharSequence[].class);
        System.out.println("copyOf to CharSequence[] " + Arrays.toString(cs) + " " + cs.getClass().getName());
        Integer[][] grid = {{1}, {2, 3}};
        Integer[][] grid2 = Arrays.copyOf(grid, 3);
        System.out.println("copyOf 2d " + Arrays.deepToString(grid2) + " " + grid2.getClass().getName()
            + " shallow " + (grid2[0] == grid[0]));

        System.out.println("copyOfRange int " + Arrays.toString(Arrays.copyOfRange(src, 1, 3))
            + Arrays.toString(Arrays.copyOfRange(src, 3, 8)) + Arrays.toString(Arrays.copyOfRange(src, 5, 5))
            + Arrays.toString(Arrays.copyOfRange(src, 5, 6)));
        System.out.println("copyOfRange others " + Arrays.toString(Arrays.copyOfRange(new long[] {1, 2}, 1, 3))
            + Arrays.toString(Arrays.copyOfRange(new short[] {1, 2}, 0, 1))
            + new String(Arrays.copyOfRange("hello".toCharArray(), 1, 4))
            + Arrays.toString(Arrays.copyOfRange(new byte[] {1, 2}, 2, 2))
            + Arrays.toString(Arrays.copyOfRange(new boolean[] {true, false}, 1, 2))
            + Arrays.toString(Arrays.copyOfRange(new float[] {1, 2}, 0, 2))
            + Arrays.toString(Arrays.copyOfRange(new double[] {1, 2}, 1, 4)));
        String[] mid = Arrays.copyOfRange(strs, 1, 4);
        System.out.println("copyOfRange String " + Arrays.toString(mid) + " " + mid.getClass().getName());
        Number[] nums = Arrays.copyOfRange(new Object[] {1, 2.5, 3L}, 1, 3, Number[].class);
        System.out.println("copyOfRange Number[] " + Arrays.toString(nums) + " " + nums.getClass().getName());

        attempt("copyOf negative", new Action() {
            public Object run() {
                return Arrays.copyOf(new int[2], -1);
            }
        });
        attempt("copyOf Object negative", new Action() {
            public Object run() {
                return Arrays.copyOf(new String[2], -3);
            }
        });
        attempt("copyOf null", new Action() {
            public Object run() {
                return Arrays.copyOf((double[]) null, 1);
            }
        });
        attempt("copyOf wrong element type", new Action() {
            public Object run() {
                return Arrays.copyOf(new Object[] {"a", 1}, 3, String[].class);
            }
        });
        attempt("copyOf incompatible array type", new Action() {
            public Object run() {
                return Arrays.copyOf(new Integer[] {1}, 1, String[].class);
            }
        });
        attempt("copyOfRange from > to", new Action() {
            public Object run() {
                return Arrays.copyOfRange(new int[5], 3, 1);
            }
        });
        attempt("copyOfRange Object from > to", new Action() {
            public Object run() {
                return Arrays.copyOfRange(new Object[5], 4, 2);
            }
        });
        attempt("copyOfRange from > length", new Action() {
            public Object run() {
                return Arrays.copyOfRange(new long[2], 3, 4);
            }
        });
        attempt("copyOfRange from < 0", new Action() {
            public Object run() {
                return Arrays.copyOfRange(new char[2], -1, 1);
            }
        });
        attempt("copyOfRange Object from > length", new Action() {
            public Object run() {
                return Arrays.copyOfRange(new String[2], 3, 5);
            }
        });
        attempt("copyOfRange Object from < 0", new Action() {
            public Object run() {
                return Arrays.copyOfRange(new String[2], -2, 1);
            }
        });
    }

    static void generating() {
        Integer[] squares = new Integer[5];
        Arrays.setAll(squares, new IntFunction<Integer>() {
            public Integer apply(int i) {
                return i * i;
            }
        });
        int[] ints = new int[5];
        Arrays.setAll(ints, new IntUnaryOperator() {
            public int applyAsInt(int i) {
                return 10 - i;
            }
        });
        long[] longs = new long[4];
        Arrays.setAll(longs, new IntToLongFunction() {
            public long applyAsLong(int i) {
                return 1L << (20 * i);
            }
        });
        double[] doubles = new double[4];
        Arrays.setAll(doubles, new IntToDoubleFunction() {
            public double applyAsDouble(int i) {
                return i / 4.0;
            }
        });
        System.out.println("setAll " + Arrays.toString(squares) + Arrays.toString(ints) + Arrays.toString(longs)
            + Arrays.toString(doubles));
        String[] names = new String[3];
        Arrays.parallelSetAll(names, new IntFunction<String>() {
            public String apply(int i) {
                return "n" + i;
            }
        });
        int[] pints = new int[3];
        Arrays.parallelSetAll(pints, new IntUnaryOperator() {
            public int applyAsInt(int i) {
                return -i;
            }
        });
        System.out.println("parallelSetAll " + Arrays.toString(names) + Arrays.toString(pints));
        attempt("setAll null generator", new Action() {
            public Object run() {
                Arrays.setAll(new int[0], null);
                return "done";
            }
        });
        attempt("setAll wrong type", new Action() {
            public Object run() {
                Object[] target = new String[1];
                Arrays.setAll(target, new IntFunction<Object>() {
                    public Object apply(int i) {
                        return i;
                    }
                });
                return "done";
            }
        });

        int[] prefix = {1, 2, 3, 4, 5, 6};
        Arrays.parallelPrefix(prefix, new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return a + b;
            }
        });
        String[] words = {"a", "b", "c", "d"};
        Arrays.parallelPrefix(words, 1, 4, new BinaryOperator<String>() {
            public String apply(String a, String b) {
                return a + b;
            }
        });
        System.out.println("parallelPrefix " + Arrays.toString(prefix) + Arrays.toString(words));
        attempt("parallelPrefix bad range", new Action() {
            public Object run() {
                Arrays.parallelPrefix(new int[3], 2, 1, new IntBinaryOperator() {
                    public int applyAsInt(int a, int b) {
                        return a;
                    }
                });
                return "done";
            }
        });
    }

    static void equalityAndHashing() {
        System.out.println("equals int " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + Arrays.equals(new int[] {1}, new int[] {2})
            + Arrays.equals(new int[0], new int[1]) + Arrays.equals((int[]) null, null) + Arrays.equals(new int[0], null));
        System.out.println("equals floating " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
            + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + Arrays.equals(new float[] {Float.NaN}, new float[] {Float.NaN})
            + Arrays.equals(new float[] {-0.0f}, new float[] {0.0f}));
        System.out.println("equals others " + Arrays.equals(new long[] {3}, new long[] {3}) + Arrays.equals(new short[] {3}, new short[] {4})
            + Arrays.equals(new char[] {'x'}, new char[] {'x'}) + Arrays.equals(new byte[] {}, new byte[] {})
            + Arrays.equals(new boolean[] {true}, new boolean[] {false}));
        System.out.println("equals Object " + Arrays.equals(new Object[] {"a", null}, new Object[] {"a", null})
            + Arrays.equals(new Object[] {new int[] {1}}, new Object[] {new int[] {1}})
            + Arrays.equals(new String[] {"q"}, new Object[] {"q"}) + Arrays.equals(new Object[] {null}, new Object[] {"x"}));

        System.out.println("hashCode " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33, -1})
            + " " + Arrays.hashCode(new short[] {-1}) + " " + Arrays.hashCode(new char[] {'a', 'b'}) + " "
            + Arrays.hashCode(new byte[] {-1, 1}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " "
            + Arrays.hashCode(new float[] {1.5f, Float.NaN, -0.0f}) + " " + Arrays.hashCode(new double[] {1.5, Double.NaN, -0.0})
            + " " + Arrays.hashCode(new Object[] {"a", null, 7}) + " " + Arrays.hashCode(new int[0]) + " "
            + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode((Object[]) null));
        Object[] deep = {1, new int[] {2}, new Object[] {"x", new long[] {3}}, null, new double[] {4}, new boolean[] {false},
            new char[] {'c'}, new byte[] {5}, new short[] {6}, new float[] {7}};
        Object[] deep2 = {1, new int[] {2}, new Object[] {"x", new long[] {3}}, null, new double[] {4}, new boolean[] {false},
            new char[] {'c'}, new byte[] {5}, new short[] {6}, new float[] {7}};
        System.out.println("deepHashCode " + Arrays.deepHashCode(deep) + " " + (Arrays.deepHashCode(deep) == Arrays.deepHashCode(deep2))
            + " " + Arrays.deepHashCode(null) + " " + Arrays.deepHashCode(new Object[0]) + " "
            + Arrays.deepHashCode(new Object[] {"a", null, 7}));
        System.out.println("deepEquals " + Arrays.deepEquals(deep, deep2) + Arrays.deepEquals(deep, deep.clone())
            + Arrays.deepEquals(null, null) + Arrays.deepEquals(deep, null)
            + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new long[] {1}})
            + Arrays.deepEquals(new Object[] {new Object[] {new float[] {Float.NaN}}}, new Object[] {new Object[] {new float[] {Float.NaN}}}));
        deep2[2] = new Object[] {"x", new long[] {4}};
        System.out.println("deepEquals changed " + Arrays.deepEquals(deep, deep2));
    }

    public static void main(String[] args) {
        printing();
        filling();
        copying();
        generating();
        equalityAndHashing();
    }
}
