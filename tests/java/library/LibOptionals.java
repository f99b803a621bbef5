// java.util.Optional, OptionalInt, OptionalLong and OptionalDouble (the
// Java 8 API): of, ofNullable, empty, get, isPresent, ifPresent, filter,
// map, flatMap, orElse, orElseGet, orElseThrow(Supplier), equals, hashCode
// and toString; the exceptions and their messages; which functions are
// called (and not called) on present and empty values.
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

public class LibOptionals {
    static void attempt(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static class Oops extends Exception {
        Oops(String m) {
            super(m);
        }
    }

    static final Function<String, Integer> LENGTH = new Function<String, Integer>() {
        public Integer apply(String s) {
            System.out.println("  length(" + s + ")");
            return s.length();
        }
    };
    static final Function<String, Integer> TO_NULL = new Function<String, Integer>() {
        public Integer apply(String s) {
            return null;
        }
    };
    static final Predicate<String> LONG = new Predicate<String>() {
        public boolean test(String s) {
            System.out.println("  long?(" + s + ")");
            return s.length() > 3;
        }
    };
    static final Supplier<String> DEFAULT = new Supplier<String>() {
        public String get() {
            System.out.println("  default supplier");
            return "dflt";
        }
    };

    static void objects() {
        final Optional<String> some = Optional.of("hello");
        final Optional<String> none = Optional.empty();
        final Optional<String> shortOne = Optional.ofNullable("hi");
        System.out.println("toString " + some + " " + none + " " + Optional.ofNullable(null) + " "
            + Optional.of(Optional.of(1)) + " " + Optional.of(new int[0].length));
        System.out.println("isPresent " + some.isPresent() + " " + none.isPresent());
        System.out.println("get " + some.get());
        attempt("empty get", new Supplier<Object>() {
            public Object get() {
                return none.get();
            }
        });
        attempt("of(null)", new Supplier<Object>() {
            public Object get() {
                return Optional.of(null);
            }
        });
        System.out.println("empty singleton " + (Optional.empty() == Optional.empty())
            + " ofNullable(null) is it " + (Optional.ofNullable(null) == Optional.empty()));

        some.ifPresent(new Consumer<String>() {
            public void accept(String s) {
                System.out.println("ifPresent got " + s);
            }
        });
        none.ifPresent(new Consumer<String>() {
            public void accept(String s) {
                System.out.println("ifPresent on empty ran!");
            }
        });
        none.ifPresent(null);
        System.out.println("ifPresent(null) on empty: fine");
        attempt("ifPresent(null) on present", new Supplier<Object>() {
            public Object get() {
                some.ifPresent(null);
                return "no exception";
            }
        });

        System.out.println("filter " + some.filter(LONG) + " " + shortOne.filter(LONG) + " " + none.filter(LONG));
        System.out.println("filter keeps instance " + (some.filter(LONG) == some)
            + " empty result is the empty " + (shortOne.filter(LONG) == Optional.<String>empty()));
        attempt("filter(null) on empty", new Supplier<Object>() {
            public Object get() {
                return none.filter(null);
            }
        });
        System.out.println("map " + some.map(LENGTH) + " " + none.map(LENGTH) + " to null " + some.map(TO_NULL));
        attempt("map(null)", new Supplier<Object>() {
            public Object get() {
                return none.map(null);
            }
        });
        Function<String, Optional<Integer>> half = new Function<String, Optional<Integer>>() {
            public Optional<Integer> apply(String s) {
                return s.length() % 2 == 0 ? Optional.of(s.length() / 2) : Optional.<Integer>empty();
            }
        };
        System.out.println("flatMap " + some.flatMap(half) + " " + shortOne.flatMap(half) + " " + none.flatMap(half));
        attempt("flatMap to null", new Supplier<Object>() {
            public Object get() {
                return some.flatMap(new Function<String, Optional<String>>() {
                    public Optional<String> apply(String s) {
                        return null;
                    }
                });
            }
        });
        attempt("flatMap(null)", new Supplier<Object>() {
            public Object get() {
                return none.flatMap(null);
            }
        });
        System.out.println("orElse " + some.orElse("other") + " " + none.orElse("other") + " " + none.orElse(null));
        System.out.println("orElseGet " + some.orElseGet(DEFAULT) + " " + none.orElseGet(DEFAULT));
        try {
            System.out.println("orElseThrow present " + some.orElseThrow(new Supplier<Oops>() {
                public Oops get() {
                    System.out.println("  exception supplier ran!");
                    return new Oops("never");
                }
            }));
            none.orElseThrow(new Supplier<Oops>() {
                public Oops get() {
                    return new Oops("custom");
                }
            });
        } catch (Oops e) {
            System.out.println("orElseThrow empty: " + e.getMessage());
        }
        attempt("orElseThrow supplier returns null", new Supplier<Object>() {
            public Object get() {
                return none.orElseThrow(new Supplier<RuntimeException>() {
                    public RuntimeException get() {
                        return null;
                    }
                });
            }
        });

        System.out.println("equals " + some.equals(Optional.of("hello")) + " " + some.equals(none) + " "
            + none.equals(Optional.ofNullable(null)) + " " + some.equals("hello") + " " + some.equals(null));
        System.out.println("hashCode " + some.hashCode() + " " + none.hashCode() + " " + Optional.of(17).hashCode());
    }

    static void primitives() {
        final OptionalInt i = OptionalInt.of(-7);
        final OptionalInt ie = OptionalInt.empty();
        final OptionalLong l = OptionalLong.of(1L << 40);
        final OptionalLong le = OptionalLong.empty();
        final OptionalDouble d = OptionalDouble.of(2.5);
        final OptionalDouble de = OptionalDouble.empty();
        System.out.println("toString " + i + " " + ie + " " + l + " " + le + " " + d + " " + de + " "
            + OptionalDouble.of(-0.0) + " " + OptionalDouble.of(Double.NaN) + " " + OptionalDouble.of(1e300));
        System.out.println("getAs " + i.getAsInt() + " " + l.getAsLong() + " " + d.getAsDouble());
        System.out.println("isPresent " + i.isPresent() + ie.isPresent() + l.isPresent() + le.isPresent()
            + d.isPresent() + de.isPresent());
        attempt("int empty get", new Supplier<Object>() {
            public Object get() {
                return ie.getAsInt();
            }
        });
        attempt("long empty get", new Supplier<Object>() {
            public Object get() {
                return le.getAsLong();
            }
        });
        attempt("double empty get", new Supplier<Object>() {
            public Object get() {
                return de.getAsDouble();
            }
        });
        System.out.println("empty singletons " + (OptionalInt.empty() == ie) + (OptionalLong.empty() == le)
            + (OptionalDouble.empty() == de));

        IntConsumer ic = new IntConsumer() {
            public void accept(int v) {
                System.out.println("int ifPresent " + v);
            }
        };
        LongConsumer lc = new LongConsumer() {
            public void accept(long v) {
                System.out.println("long ifPresent " + v);
            }
        };
        DoubleConsumer dc = new DoubleConsumer() {
            public void accept(double v) {
                System.out.println("double ifPresent " + v);
            }
        };
        i.ifPresent(ic);
        ie.ifPresent(ic);
        l.ifPresent(lc);
        le.ifPresent(lc);
        d.ifPresent(dc);
        de.ifPresent(dc);
        ie.ifPresent(null);
        IntSupplier is = new IntSupplier() {
            public int getAsInt() {
                System.out.println("  int supplier");
                return 99;
            }
        };
        LongSupplier ls = new LongSupplier() {
            public long getAsLong() {
                System.out.println("  long supplier");
                return 98;
            }
        };
        DoubleSupplier ds = new DoubleSupplier() {
            public double getAsDouble() {
                System.out.println("  double supplier");
                return 0.5;
            }
        };
        System.out.println("orElse " + i.orElse(1) + " " + ie.orElse(1) + " " + l.orElse(2) + " " + le.orElse(2)
            + " " + d.orElse(3) + " " + de.orElse(3));
        System.out.println("orElseGet " + i.orElseGet(is) + " " + ie.orElseGet(is) + " " + l.orElseGet(ls) + " "
            + le.orElseGet(ls) + " " + d.orElseGet(ds) + " " + de.orElseGet(ds));
        Supplier<IllegalStateException> ise = new Supplier<IllegalStateException>() {
            public IllegalStateException get() {
                return new IllegalStateException("nothing here");
            }
        };
        System.out.println("orElseThrow present " + i.orElseThrow(ise) + " " + l.orElseThrow(ise) + " "
            + d.orElseThrow(ise));
        try {
            ie.orElseThrow(ise);
        } catch (IllegalStateException e) {
            System.out.println("int orElseThrow: " + e);
        }
        try {
            de.orElseThrow(ise);
        } catch (IllegalStateException e) {
            System.out.println("double orElseThrow: " + e);
        }

        System.out.println("int equals " + i.equals(OptionalInt.of(-7)) + i.equals(OptionalInt.of(7)) + i.equals(ie)
            + ie.equals(OptionalInt.empty()) + ie.equals(OptionalLong.empty()) + OptionalInt.of(0).equals(ie)
            + i.equals(-7));
        System.out.println("long equals " + l.equals(OptionalLong.of(1L << 40)) + l.equals(le)
            + OptionalLong.of(0).equals(le));
        System.out.println("double equals " + d.equals(OptionalDouble.of(2.5))
            + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN))
            + OptionalDouble.of(0.0).equals(OptionalDouble.of(-0.0)) + OptionalDouble.of(0.0).equals(de));
        System.out.println("hashCodes " + i.hashCode() + " " + ie.hashCode() + " " + l.hashCode() + " "
            + OptionalLong.of(-1).hashCode() + " " + le.hashCode() + " " + d.hashCode() + " "
            + OptionalDouble.of(-0.0).hashCode() + " " + OptionalDouble.of(Double.NaN).hashCode() + " "
            + de.hashCode() + " " + OptionalInt.of(0).hashCode());
    }

    public static void main(String[] args) {
        objects();
        primitives();
    }
}
