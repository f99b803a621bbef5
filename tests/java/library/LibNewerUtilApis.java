// min-release: 17
// The java.util API added after Java 8 that this library provides:
// Optional.or/isEmpty/ifPresentOrElse/orElseThrow(), the same on the
// primitive optionals, Objects.requireNonNullElse(Get) and the index
// checks (int and long, with their messages), Predicate.not,
// Collection.toArray(IntFunction), and Arrays.compare, compareUnsigned,
// mismatch and ranged equals for every element type.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

public class LibNewerUtilApis {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + ": " + a.run());
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static void optionals() {
        final Optional<String> some = Optional.of("v");
        final Optional<String> none = Optional.empty();
        Supplier<Optional<String>> alt = new Supplier<Optional<String>>() {
            public Optional<String> get() {
                System.out.println("  alternative supplier");
                return Optional.of("alt");
            }
        };
        System.out.println("or " + some.or(alt) + " " + none.or(alt) + " same " + (some.or(alt) == some));
        attempt("or supplier gives null", new Action() {
            public Object run() {
                return none.or(new Supplier<Optional<String>>() {
                    public Optional<String> get() {
                        return null;
                    }
                });
            }
        });
        attempt("or(null) on present", new Action() {
            public Object run() {
                return some.or(null);
            }
        });
        System.out.println("isEmpty " + some.isEmpty() + " " + none.isEmpty());
        Consumer<String> show = new Consumer<String>() {
            public void accept(String s) {
                System.out.println("  present " + s);
            }
        };
        Runnable otherwise = new Runnable() {
            public void run() {
                System.out.println("  empty action");
            }
        };
        some.ifPresentOrElse(show, otherwise);
        none.ifPresentOrElse(show, otherwise);
        some.ifPresentOrElse(show, null);
        attempt("ifPresentOrElse(x, null) on empty", new Action() {
            public Object run() {
                none.ifPresentOrElse(null, null);
                return "?";
            }
        });
        System.out.println("orElseThrow " + some.orElseThrow());
        attempt("orElseThrow empty", new Action() {
            public Object run() {
                return none.orElseThrow();
            }
        });

        IntConsumer ic = new IntConsumer() {
            public void accept(int v) {
                System.out.println("  int " + v);
            }
        };
        OptionalInt.of(3).ifPresentOrElse(ic, otherwise);
        OptionalInt.empty().ifPresentOrElse(ic, otherwise);
        System.out.println("primitive isEmpty " + OptionalInt.of(1).isEmpty() + OptionalInt.empty().isEmpty()
            + OptionalLong.of(1).isEmpty() + OptionalLong.empty().isEmpty() + OptionalDouble.of(1).isEmpty()
            + OptionalDouble.empty().isEmpty());
        System.out.println("primitive orElseThrow " + OptionalInt.of(4).orElseThrow() + " " + OptionalLong.of(5).orElseThrow()
            + " " + OptionalDouble.of(6).orElseThrow());
        attempt("OptionalLong orElseThrow empty", new Action() {
            public Object run() {
                return OptionalLong.empty().orElseThrow();
            }
        });
        attempt("OptionalDouble orElseThrow empty", new Action() {
            public Object run() {
                return OptionalDouble.empty().orElseThrow();
            }
        });
    }

    static void objects() {
        System.out.println("requireNonNullElse " + Objects.requireNonNullElse("a", "b") + " " + Objects.requireNonNullElse(null, "b"));
        attempt("requireNonNullElse(null, null)", new Action() {
            public Object run() {
                try {
                    return Objects.requireNonNullElse(null, null);
                } catch (NullPointerException e) {
                    return "NPE " + e.getMessage();
                }
            }
        });
        Supplier<String> s = new Supplier<String>() {
            public String get() {
                System.out.println("  supplier");
                return "got";
            }
        };
        System.out.println("requireNonNullElseGet " + Objects.requireNonNullElseGet("a", s) + " "
            + Objects.requireNonNullElseGet(null, s));
        attempt("requireNonNullElseGet(null, null)", new Action() {
            public Object run() {
                try {
                    return Objects.requireNonNullElseGet(null, null);
                } catch (NullPointerException e) {
                    return "NPE " + e.getMessage();
                }
            }
        });
        attempt("requireNonNullElseGet supplies null", new Action() {
            public Object run() {
                try {
                    return Objects.requireNonNullElseGet(null, new Supplier<Object>() {
                        public Object get() {
                            return null;
                        }
                    });
                } catch (NullPointerException e) {
                    return "NPE " + e.getMessage();
                }
            }
        });
        System.out.println("checkIndex " + Objects.checkIndex(2, 3) + " " + Objects.checkFromToIndex(1, 3, 3) + " "
            + Objects.checkFromIndexSize(1, 2, 3) + " " + Objects.checkIndex(5L, 1L << 40));
        final int[][] bad = {{3, 3}, {-1, 3}, {0, 0}, {0, -1}};
        for (final int[] b : bad) {
            attempt("checkIndex" + Arrays.toString(b), new Action() {
                public Object run() {
                    return Objects.checkIndex(b[0], b[1]);
                }
            });
        }
        final int[][] ranges = {{2, 1, 3}, {-1, 2, 3}, {0, 4, 3}, {1, 1, -1}};
        for (final int[] r : ranges) {
            attempt("checkFromToIndex" + Arrays.toString(r), new Action() {
                public Object run() {
                    return Objects.checkFromToIndex(r[0], r[1], r[2]);
                }
            });
            attempt("checkFromIndexSize" + Arrays.toString(r), new Action() {
                public Object run() {
                    return Objects.checkFromIndexSize(r[0], r[1], r[2]);
                }
            });
        }
        attempt("checkFromIndexSize overflow", new Action() {
            public Object run() {
                return Objects.checkFromIndexSize(Integer.MAX_VALUE, 2, Integer.MAX_VALUE);
            }
        });
        attempt("checkIndex long", new Action() {
            public Object run() {
                return Objects.checkIndex(1L << 40, 1L << 40);
            }
        });
        attempt("checkFromToIndex long", new Action() {
            public Object run() {
                return Objects.checkFromToIndex(5L, 4L, 10L);
            }
        });
        attempt("checkFromIndexSize long", new Action() {
            public Object run() {
                return Objects.checkFromIndexSize(Long.MAX_VALUE, 1L, 10L);
            }
        });
    }

    static void functionsAndCollections() {
        Predicate<String> empty = new Predicate<String>() {
            public boolean test(String s) {
                return s.isEmpty();
            }
        };
        Predicate<String> notEmpty = Predicate.not(empty);
        System.out.println("not " + notEmpty.test("") + " " + notEmpty.test("x"));
        attempt("not(null)", new Action() {
            public Object run() {
                return Predicate.not(null);
            }
        });
        List<String> list = Arrays.asList("x", "y");
        String[] arr = list.toArray(new IntFunction<String[]>() {
            public String[] apply(int n) {
                System.out.println("  generator(" + n + ")");
                return new String[n];
            }
        });
        System.out.println("toArray(generator) " + Arrays.toString(arr) + " " + arr.getClass().getName());
    }

    static void arrays() {
        System.out.println("compare int " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " "
            + Arrays.compare(new int[] {1, 2}, new int[] {1}) + " " + Arrays.compare(new int[] {}, new int[] {5, 6, 7}) + " "
            + Arrays.compare((int[]) null, new int[0]) + " " + Arrays.compare(new int[0], null) + " "
            + Arrays.compare((int[]) null, null) + " " + Arrays.compare(new int[] {-1}, new int[] {1}));
        System.out.println("compare byte/short/char " + Arrays.compare(new byte[] {10}, new byte[] {-20}) + " "
            + Arrays.compare(new short[] {-300}, new short[] {300}) + " " + Arrays.compare(new char[] {'a'}, new char[] {'z'}));
        System.out.println("compare long/boolean " + Arrays.compare(new long[] {1L << 40}, new long[] {1}) + " "
            + Arrays.compare(new boolean[] {false, true}, new boolean[] {false, false}) + " "
            + Arrays.compare(new boolean[] {false}, new boolean[] {true}));
        System.out.println("compare floating " + Arrays.compare(new double[] {-0.0}, new double[] {0.0}) + " "
            + Arrays.compare(new double[] {Double.NaN}, new double[] {Double.POSITIVE_INFINITY}) + " "
            + Arrays.compare(new double[] {Double.NaN}, new double[] {Double.longBitsToDouble(0x7ff0000000000001L)}) + " "
            + Arrays.compare(new float[] {1f, 2f}, new float[] {1f, 2f}) + " "
            + Arrays.compare(new float[] {0.0f}, new float[] {-0.0f}));
        System.out.println("compareUnsigned " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1}) + " "
            + Arrays.compareUnsigned(new short[] {-1}, new short[] {1}) + " "
            + Arrays.compareUnsigned(new int[] {-1}, new int[] {1}) + " "
            + Arrays.compareUnsigned(new long[] {-1}, new long[] {1}) + " "
            + Arrays.compareUnsigned(new int[] {1, 2}, 1, 2, new int[] {2}, 0, 1) + " "
            + Arrays.compareUnsigned(new byte[] {5, 6}, 0, 2, new byte[] {5}, 0, 1));
        System.out.println("compare ranges " + Arrays.compare(new int[] {9, 1, 2, 9}, 1, 3, new int[] {1, 2}, 0, 2) + " "
            + Arrays.compare(new long[] {1, 2, 3}, 0, 3, new long[] {1, 2}, 0, 2) + " "
            + Arrays.compare(new char[] {'b'}, 0, 1, new char[] {'a', 'c'}, 1, 2));
        String[] a1 = {"a", null, "c"};
        String[] a2 = {"a", "b", "c"};
        System.out.println("compare Comparable " + Arrays.compare(a1, a2) + " " + Arrays.compare(a2, a1) + " "
            + Arrays.compare(new String[] {"ab"}, new String[] {"aa", "b"}) + " "
            + Arrays.compare(a2, 0, 2, new String[] {"a", "b"}, 0, 2) + " " + Arrays.compare(new String[] {"x"}, (String[]) null));
        Comparator<String> len = new Comparator<String>() {
            public int compare(String x, String y) {
                System.out.println("  cmp(" + x + "," + y + ")");
                return x.length() - y.length();
            }
        };
        System.out.println("compare comparator " + Arrays.compare(new String[] {"aa", "b", "zzz"}, new String[] {"bb", "c", "y"}, len));
        System.out.println("compare comparator range " + Arrays.compare(new String[] {"aa", "b"}, 0, 2, new String[] {"qq"}, 0, 1, len));
        attempt("compare comparator null cmp", new Action() {
            public Object run() {
                return Arrays.compare(new String[0], new String[0], null);
            }
        });

        System.out.println("mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " "
            + Arrays.mismatch(new int[] {1, 2}, new int[] {1, 2, 3}) + " " + Arrays.mismatch(new int[] {1}, new int[] {1}) + " "
            + Arrays.mismatch(new double[] {Double.NaN}, new double[] {Double.NaN}) + " "
            + Arrays.mismatch(new double[] {0.0}, new double[] {-0.0}) + " "
            + Arrays.mismatch(new boolean[] {true}, new boolean[] {true, false}) + " "
            + Arrays.mismatch(new Object[] {null, "x"}, new Object[] {null, "y"}) + " "
            + Arrays.mismatch(new byte[0], new byte[0]) + " " + Arrays.mismatch(new char[] {'q'}, new char[0]) + " "
            + Arrays.mismatch(new long[] {7}, 0, 1, new long[] {6, 7}, 1, 2) + " "
            + Arrays.mismatch(new short[] {1, 2}, 0, 2, new short[] {1}, 0, 1) + " "
            + Arrays.mismatch(new float[] {1, 2}, 0, 2, new float[] {1, 3}, 0, 2));
        System.out.println("mismatch comparator " + Arrays.mismatch(new String[] {"a", "bb"}, new String[] {"x", "yy", "z"}, len)
            + " " + Arrays.mismatch(new String[] {"a", "bb"}, 1, 2, new String[] {"ccc"}, 0, 1, len));
        attempt("mismatch null array", new Action() {
            public Object run() {
                return Arrays.mismatch((int[]) null, new int[0]);
            }
        });
        attempt("mismatch same null", new Action() {
            public Object run() {
                int[] n = null;
                return Arrays.mismatch(n, n);
            }
        });

        System.out.println("equals ranges " + Arrays.equals(new int[] {0, 1, 2}, 1, 3, new int[] {1, 2}, 0, 2) + " "
            + Arrays.equals(new int[] {0, 1, 2}, 0, 2, new int[] {1, 2}, 0, 2) + " "
            + Arrays.equals(new Object[] {"a", null}, 0, 2, new Object[] {null, "a", null}, 1, 3) + " "
            + Arrays.equals(new double[] {Double.NaN}, 0, 1, new double[] {Double.NaN}, 0, 1) + " "
            + Arrays.equals(new String[] {"aa"}, new String[] {"bb"}, len) + " "
            + Arrays.equals(new String[] {"aa", "b"}, 0, 1, new String[] {"bb"}, 0, 1, len));
        attempt("equals range bad a", new Action() {
            public Object run() {
                return Arrays.equals(new int[3], 0, 4, new int[3], 0, 1);
            }
        });
        attempt("equals range bad b", new Action() {
            public Object run() {
                return Arrays.equals(new long[3], 0, 1, new long[3], 2, 1);
            }
        });
        attempt("compare range bad", new Action() {
            public Object run() {
                return Arrays.compare(new byte[3], -1, 1, new byte[3], 0, 1);
            }
        });
        attempt("mismatch range bad", new Action() {
            public Object run() {
                return Arrays.mismatch(new Object[3], 0, 1, new Object[3], 0, 5);
            }
        });
        attempt("equals comparator null", new Action() {
            public Object run() {
                return Arrays.equals(new String[0], new String[0], null);
            }
        });
    }

    public static void main(String[] args) {
        optionals();
        objects();
        functionsAndCollections();
        arrays();
        try {
            Optional.empty().orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("done: " + e.getMessage());
        }
    }
}
