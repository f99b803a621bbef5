// java.util.function: every interface of the package, implemented with
// anonymous classes, and all their default and static methods (andThen,
// compose, identity, negate, and, or, isEqual, minBy, maxBy): results,
// evaluation order (printed by the operands themselves), short-circuiting,
// the NullPointerException of a null argument, and the shared identity
// instances.
import java.util.Comparator;
import java.util.function.*;

public class LibFunctionInterfaces {
    static final StringBuilder log = new StringBuilder();

    static void check(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String takeLog() {
        String s = log.toString();
        log.setLength(0);
        return s;
    }

    // A predicate that logs its name when tested.
    static Predicate<Integer> pred(final String name, final int threshold) {
        return new Predicate<Integer>() {
            public boolean test(Integer x) {
                log.append(name).append(' ');
                return x > threshold;
            }
        };
    }

    static IntPredicate ipred(final String name, final int threshold) {
        return new IntPredicate() {
            public boolean test(int x) {
                log.append(name).append(' ');
                return x > threshold;
            }
        };
    }

    static LongPredicate lpred(final String name, final long threshold) {
        return new LongPredicate() {
            public boolean test(long x) {
                log.append(name).append(' ');
                return x > threshold;
            }
        };
    }

    static DoublePredicate dpred(final String name, final double threshold) {
        return new DoublePredicate() {
            public boolean test(double x) {
                log.append(name).append(' ');
                return x > threshold;
            }
        };
    }

    static BiPredicate<String, Integer> bpred(final String name) {
        return new BiPredicate<String, Integer>() {
            public boolean test(String s, Integer n) {
                log.append(name).append(' ');
                return name.equals("long") ? s.length() > n : s.startsWith("a");
            }
        };
    }

    static void functions() {
        Function<Integer, Integer> plus1 = new Function<Integer, Integer>() {
            public Integer apply(Integer x) {
                log.append("plus1(").append(x).append(") ");
                return x + 1;
            }
        };
        Function<Integer, Integer> times3 = new Function<Integer, Integer>() {
            public Integer apply(Integer x) {
                log.append("times3(").append(x).append(") ");
                return x * 3;
            }
        };
        Function<Integer, String> show = new Function<Integer, String>() {
            public String apply(Integer x) {
                return "<" + x + ">";
            }
        };
        System.out.println("andThen " + plus1.andThen(times3).apply(5) + " " + takeLog());
        System.out.println("compose " + plus1.compose(times3).apply(5) + " " + takeLog());
        System.out.println("chain " + plus1.andThen(times3).andThen(show).apply(1) + " " + takeLog());
        System.out.println("compose chain " + show.compose(plus1).compose(times3).apply(2) + " " + takeLog());
        Function<String, String> id = Function.identity();
        System.out.println("identity " + id.apply("x") + " " + id.apply(null));
        System.out.println("identity same " + (Function.identity() == Function.identity()));
        Object a = Function.identity(), b = UnaryOperator.identity();
        System.out.println("identity differs from UnaryOperator's " + (a != b));
        System.out.println("unary identity same " + (UnaryOperator.identity() == UnaryOperator.identity()));
        UnaryOperator<String> uid = UnaryOperator.identity();
        System.out.println("unary identity " + uid.apply("y") + " " + uid.andThen(new Function<String, Integer>() {
            public Integer apply(String s) {
                return s.length();
            }
        }).apply("four"));
        check("andThen(null)", new Runnable() {
            public void run() {
                Function.<String>identity().andThen(null);
            }
        });
        check("compose(null)", new Runnable() {
            public void run() {
                Function.<String>identity().compose(null);
            }
        });

        BiFunction<Integer, Integer, Integer> sub = new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer x, Integer y) {
                return x - y;
            }
        };
        System.out.println("bi andThen " + sub.andThen(show).apply(10, 4));
        check("bi andThen(null)", new Runnable() {
            public void run() {
                new BiFunction<String, String, String>() {
                    public String apply(String x, String y) {
                        return x + y;
                    }
                }.andThen(null);
            }
        });
    }

    static void operators() {
        Comparator<String> byLength = new Comparator<String>() {
            public int compare(String x, String y) {
                return x.length() - y.length();
            }
        };
        BinaryOperator<String> min = BinaryOperator.minBy(byLength);
        BinaryOperator<String> max = BinaryOperator.maxBy(byLength);
        System.out.println("minBy " + min.apply("aaa", "bb") + " " + min.apply("bb", "aaa")
            + " tie " + min.apply("xx", "yy"));
        System.out.println("maxBy " + max.apply("aaa", "bb") + " " + max.apply("bb", "aaa")
            + " tie " + max.apply("xx", "yy"));
        System.out.println("minBy andThen " + min.andThen(new Function<String, Integer>() {
            public Integer apply(String s) {
                return s.length();
            }
        }).apply("abcd", "abcdef"));
        System.out.println("minBy fresh " + (BinaryOperator.minBy(byLength) != BinaryOperator.minBy(byLength)));
        check("minBy(null)", new Runnable() {
            public void run() {
                BinaryOperator.minBy(null);
            }
        });
        check("maxBy(null)", new Runnable() {
            public void run() {
                BinaryOperator.maxBy(null);
            }
        });

        IntUnaryOperator inc = new IntUnaryOperator() {
            public int applyAsInt(int x) {
                log.append("inc ");
                return x + 1;
            }
        };
        IntUnaryOperator dbl = new IntUnaryOperator() {
            public int applyAsInt(int x) {
                log.append("dbl ");
                return x * 2;
            }
        };
        System.out.println("int andThen " + inc.andThen(dbl).applyAsInt(7) + " " + takeLog());
        System.out.println("int compose " + inc.compose(dbl).applyAsInt(7) + " " + takeLog());
        System.out.println("int identity " + IntUnaryOperator.identity().applyAsInt(-9)
            + " same " + (IntUnaryOperator.identity() == IntUnaryOperator.identity()));
        LongUnaryOperator linc = new LongUnaryOperator() {
            public long applyAsLong(long x) {
                return x + 1;
            }
        };
        LongUnaryOperator lsq = new LongUnaryOperator() {
            public long applyAsLong(long x) {
                return x * x;
            }
        };
        System.out.println("long andThen " + linc.andThen(lsq).applyAsLong(3000000000L)
            + " compose " + linc.compose(lsq).applyAsLong(3000000000L)
            + " identity " + LongUnaryOperator.identity().applyAsLong(Long.MIN_VALUE)
            + " same " + (LongUnaryOperator.identity() == LongUnaryOperator.identity()));
        DoubleUnaryOperator half = new DoubleUnaryOperator() {
            public double applyAsDouble(double x) {
                return x / 2;
            }
        };
        DoubleUnaryOperator neg = new DoubleUnaryOperator() {
            public double applyAsDouble(double x) {
                return -x;
            }
        };
        System.out.println("double andThen " + half.andThen(neg).applyAsDouble(3)
            + " compose " + half.compose(neg).applyAsDouble(0.0)
            + " identity " + DoubleUnaryOperator.identity().applyAsDouble(-0.0)
            + " same " + (DoubleUnaryOperator.identity() == DoubleUnaryOperator.identity()));
        check("int andThen(null)", new Runnable() {
            public void run() {
                IntUnaryOperator.identity().andThen(null);
            }
        });
        check("long compose(null)", new Runnable() {
            public void run() {
                LongUnaryOperator.identity().compose(null);
            }
        });
        check("double andThen(null)", new Runnable() {
            public void run() {
                DoubleUnaryOperator.identity().andThen(null);
            }
        });

        IntBinaryOperator ib = new IntBinaryOperator() {
            public int applyAsInt(int x, int y) {
                return x * 10 + y;
            }
        };
        LongBinaryOperator lb = new LongBinaryOperator() {
            public long applyAsLong(long x, long y) {
                return x << y;
            }
        };
        DoubleBinaryOperator db = new DoubleBinaryOperator() {
            public double applyAsDouble(double x, double y) {
                return x / y;
            }
        };
        System.out.println("binary " + ib.applyAsInt(4, 2) + " " + lb.applyAsLong(1, 40) + " "
            + db.applyAsDouble(1, 8) + " " + db.applyAsDouble(-1, 0));
    }

    static void predicates() {
        Predicate<Integer> gt2 = pred("gt2", 2), gt5 = pred("gt5", 5);
        int[] xs = {1, 3, 7};
        for (int x : xs) {
            System.out.println("and " + x + " " + gt2.and(gt5).test(x) + " " + takeLog()
                + "| or " + gt2.or(gt5).test(x) + " " + takeLog()
                + "| negate " + gt2.negate().test(x) + " " + takeLog());
        }
        Predicate<Object> isNull = Predicate.isEqual(null);
        Predicate<Object> isAbc = Predicate.isEqual("abc");
        System.out.println("isEqual null " + isNull.test(null) + " " + isNull.test("x"));
        System.out.println("isEqual abc " + isAbc.test("abc") + " " + isAbc.test(new StringBuilder("abc"))
            + " " + isAbc.test(null));
        System.out.println("isEqual(null) same " + (Predicate.isEqual(null) == Predicate.isEqual(null)));
        System.out.println("isEqual(x) fresh " + (Predicate.isEqual("x") != Predicate.isEqual("x")));
        check("and(null)", new Runnable() {
            public void run() {
                pred("p", 0).and(null);
            }
        });
        check("or(null)", new Runnable() {
            public void run() {
                pred("p", 0).or(null);
            }
        });

        IntPredicate i2 = ipred("i2", 2), i5 = ipred("i5", 5);
        LongPredicate l2 = lpred("l2", 2), l5 = lpred("l5", 5);
        DoublePredicate d2 = dpred("d2", 2), d5 = dpred("d5", 5);
        for (int x : xs) {
            System.out.println("int " + x + " " + i2.and(i5).test(x) + i2.or(i5).test(x)
                + i2.negate().test(x) + " " + takeLog());
            System.out.println("long " + x + " " + l2.and(l5).test(x) + l2.or(l5).test(x)
                + l2.negate().test(x) + " " + takeLog());
            System.out.println("double " + x + " " + d2.and(d5).test(x) + d2.or(d5).test(x)
                + d2.negate().test(x) + " " + takeLog());
        }
        System.out.println("double NaN " + d2.test(Double.NaN) + d2.negate().test(Double.NaN) + " " + takeLog());
        check("int and(null)", new Runnable() {
            public void run() {
                ipred("p", 0).and(null);
            }
        });
        check("long or(null)", new Runnable() {
            public void run() {
                lpred("p", 0).or(null);
            }
        });
        check("double and(null)", new Runnable() {
            public void run() {
                dpred("p", 0).and(null);
            }
        });

        BiPredicate<String, Integer> longer = bpred("long"), startsA = bpred("startsA");
        String[] words = {"apple", "ax", "banana", "b"};
        for (String w : words) {
            System.out.println("bi " + w + " " + longer.and(startsA).test(w, 3) + " "
                + longer.or(startsA).test(w, 3) + " " + longer.negate().test(w, 3) + " " + takeLog());
        }
        check("bi and(null)", new Runnable() {
            public void run() {
                bpred("long").and(null);
            }
        });
        check("bi or(null)", new Runnable() {
            public void run() {
                bpred("long").or(null);
            }
        });
    }

    static void consumers() {
        Consumer<String> first = new Consumer<String>() {
            public void accept(String s) {
                log.append("first:").append(s).append(' ');
            }
        };
        Consumer<String> second = new Consumer<String>() {
            public void accept(String s) {
                log.append("second:").append(s).append(' ');
            }
        };
        first.andThen(second).andThen(first).accept("x");
        System.out.println("consumer " + takeLog());
        BiConsumer<String, Integer> b1 = new BiConsumer<String, Integer>() {
            public void accept(String s, Integer n) {
                log.append("b1:").append(s).append(n).append(' ');
            }
        };
        BiConsumer<Object, Object> b2 = new BiConsumer<Object, Object>() {
            public void accept(Object s, Object n) {
                log.append("b2:").append(s).append(n).append(' ');
            }
        };
        b1.andThen(b2).accept("k", 9);
        System.out.println("biconsumer " + takeLog());
        IntConsumer ic = new IntConsumer() {
            public void accept(int v) {
                log.append("i").append(v).append(' ');
            }
        };
        ic.andThen(ic).accept(4);
        LongConsumer lc = new LongConsumer() {
            public void accept(long v) {
                log.append("l").append(v).append(' ');
            }
        };
        lc.andThen(lc).accept(1L << 33);
        DoubleConsumer dc = new DoubleConsumer() {
            public void accept(double v) {
                log.append("d").append(v).append(' ');
            }
        };
        dc.andThen(dc).accept(0.25);
        System.out.println("primitive consumers " + takeLog());
        ObjIntConsumer<String> oi = new ObjIntConsumer<String>() {
            public void accept(String s, int v) {
                log.append(s).append('=').append(v).append(' ');
            }
        };
        ObjLongConsumer<String> ol = new ObjLongConsumer<String>() {
            public void accept(String s, long v) {
                log.append(s).append('=').append(v).append(' ');
            }
        };
        ObjDoubleConsumer<String> od = new ObjDoubleConsumer<String>() {
            public void accept(String s, double v) {
                log.append(s).append('=').append(v).append(' ');
            }
        };
        oi.accept("i", -1);
        ol.accept("l", Long.MAX_VALUE);
        od.accept("d", 1e-5);
        System.out.println("obj consumers " + takeLog());

        // An exception in the first consumer stops the second one.
        Consumer<String> thrower = new Consumer<String>() {
            public void accept(String s) {
                throw new IllegalStateException("boom " + s);
            }
        };
        try {
            thrower.andThen(second).accept("z");
        } catch (IllegalStateException e) {
            System.out.println("andThen stops at " + e.getMessage() + " log=[" + takeLog() + "]");
        }
        check("consumer andThen(null)", new Runnable() {
            public void run() {
                new Consumer<String>() {
                    public void accept(String s) {
                    }
                }.andThen(null);
            }
        });
        check("int consumer andThen(null)", new Runnable() {
            public void run() {
                new IntConsumer() {
                    public void accept(int s) {
                    }
                }.andThen(null);
            }
        });
        check("bi consumer andThen(null)", new Runnable() {
            public void run() {
                new BiConsumer<String, String>() {
                    public void accept(String s, String t) {
                    }
                }.andThen(null);
            }
        });
    }

    static void suppliersAndConversions() {
        Supplier<String> s = new Supplier<String>() {
            public String get() {
                return "supplied";
            }
        };
        BooleanSupplier bs = new BooleanSupplier() {
            public boolean getAsBoolean() {
                return true;
            }
        };
        IntSupplier is = new IntSupplier() {
            public int getAsInt() {
                return Integer.MIN_VALUE;
            }
        };
        LongSupplier ls = new LongSupplier() {
            public long getAsLong() {
                return -1L;
            }
        };
        DoubleSupplier ds = new DoubleSupplier() {
            public double getAsDouble() {
                return Double.MAX_VALUE;
            }
        };
        System.out.println("suppliers " + s.get() + " " + bs.getAsBoolean() + " " + is.getAsInt() + " "
            + ls.getAsLong() + " " + ds.getAsDouble());

        IntFunction<String> intf = new IntFunction<String>() {
            public String apply(int v) {
                return "#" + v;
            }
        };
        LongFunction<String> longf = new LongFunction<String>() {
            public String apply(long v) {
                return "#" + v;
            }
        };
        DoubleFunction<String> doublef = new DoubleFunction<String>() {
            public String apply(double v) {
                return "#" + v;
            }
        };
        System.out.println("to object " + intf.apply(3) + " " + longf.apply(1L << 50) + " " + doublef.apply(2.5));

        ToIntFunction<String> len = new ToIntFunction<String>() {
            public int applyAsInt(String v) {
                return v.length();
            }
        };
        ToLongFunction<String> lenL = new ToLongFunction<String>() {
            public long applyAsLong(String v) {
                return v.length() * 10000000000L;
            }
        };
        ToDoubleFunction<String> lenD = new ToDoubleFunction<String>() {
            public double applyAsDouble(String v) {
                return v.length() / 4.0;
            }
        };
        System.out.println("from object " + len.applyAsInt("hello") + " " + lenL.applyAsLong("hello") + " "
            + lenD.applyAsDouble("hello"));

        ToIntBiFunction<String, String> cmp = new ToIntBiFunction<String, String>() {
            public int applyAsInt(String x, String y) {
                return x.compareTo(y);
            }
        };
        ToLongBiFunction<Integer, Integer> mulL = new ToLongBiFunction<Integer, Integer>() {
            public long applyAsLong(Integer x, Integer y) {
                return (long) x * y;
            }
        };
        ToDoubleBiFunction<Integer, Integer> div = new ToDoubleBiFunction<Integer, Integer>() {
            public double applyAsDouble(Integer x, Integer y) {
                return (double) x / y;
            }
        };
        System.out.println("bi to primitive " + cmp.applyAsInt("abc", "abd") + " "
            + mulL.applyAsLong(100000, 100000) + " " + div.applyAsDouble(1, 3));

        IntToLongFunction i2l = new IntToLongFunction() {
            public long applyAsLong(int v) {
                return v * 1000000000L;
            }
        };
        IntToDoubleFunction i2d = new IntToDoubleFunction() {
            public double applyAsDouble(int v) {
                return Math.sqrt(v);
            }
        };
        LongToIntFunction l2i = new LongToIntFunction() {
            public int applyAsInt(long v) {
                return (int) v;
            }
        };
        LongToDoubleFunction l2d = new LongToDoubleFunction() {
            public double applyAsDouble(long v) {
                return v;
            }
        };
        DoubleToIntFunction d2i = new DoubleToIntFunction() {
            public int applyAsInt(double v) {
                return (int) v;
            }
        };
        DoubleToLongFunction d2l = new DoubleToLongFunction() {
            public long applyAsLong(double v) {
                return Math.round(v);
            }
        };
        System.out.println("conversions " + i2l.applyAsLong(7) + " " + i2d.applyAsDouble(16) + " "
            + l2i.applyAsInt(1L << 32 | 5) + " " + l2d.applyAsDouble(1L << 53) + " "
            + d2i.applyAsInt(-2.9) + " " + d2l.applyAsLong(2.5) + " " + d2i.applyAsInt(Double.NaN));
    }

    public static void main(String[] args) {
        functions();
        operators();
        predicates();
        consumers();
        suppliersAndConversions();
    }
}
