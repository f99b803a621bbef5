// java.util.Collections, the list part: sort, binarySearch (indexed and
// through a list iterator), reverse, shuffle with a seeded Random, swap,
// fill, copy, min/max, rotate (both strategies), replaceAll,
// indexOfSubList/lastIndexOfSubList, frequency, addAll, reverseOrder and
// its identities, emptyList/emptyIterator/emptyListIterator,
// singletonList, nCopies (with its hashCode and equals), unmodifiable
// views; the calls each algorithm makes on a sequential list (logged),
// class names, and the exceptions with their messages.
import java.util.AbstractSequentialList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class LibCollectionsLists {
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

    // A list that is not RandomAccess and counts get/set calls.
    static class Counting<E> extends java.util.AbstractList<E> {
        final ArrayList<E> inner;
        int gets, sets;

        Counting(Collection<? extends E> c) {
            inner = new ArrayList<E>(c);
        }

        public E get(int i) {
            gets++;
            return inner.get(i);
        }

        public E set(int i, E e) {
            sets++;
            return inner.set(i, e);
        }

        public int size() {
            return inner.size();
        }

        String counts() {
            String s = "gets=" + gets + " sets=" + sets;
            gets = sets = 0;
            return s;
        }
    }

    static List<Integer> ints(int n) {
        List<Integer> l = new ArrayList<Integer>();
        for (int i = 0; i < n; i++)
            l.add(i);
        return l;
    }

    static void algorithms() {
        List<String> words = new ArrayList<String>(Arrays.asList("pear", "fig", "apple", "kiwi", "banana", "date"));
        Collections.sort(words);
        System.out.println("sort " + words);
        Collections.sort(words, Collections.<String>reverseOrder());
        System.out.println("sort reverse " + words);
        Collections.sort(words, new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        });
        System.out.println("sort by length " + words);
        List<Integer> sorted = Arrays.asList(1, 3, 3, 3, 5, 8, 13);
        System.out.println("binarySearch " + Collections.binarySearch(sorted, 3) + " " + Collections.binarySearch(sorted, 4) + " "
            + Collections.binarySearch(sorted, 0) + " " + Collections.binarySearch(sorted, 99) + " "
            + Collections.binarySearch(sorted, 13, null) + " "
            + Collections.binarySearch(Arrays.asList(9, 7, 5), 7, Collections.<Integer>reverseOrder()));
        Counting<Integer> seq = new Counting<Integer>(ints(6000));
        System.out.println("binarySearch big sequential " + Collections.binarySearch(seq, 4321) + " " + Collections.binarySearch(seq, -5)
            + " " + seq.counts());
        Counting<Integer> small = new Counting<Integer>(ints(100));
        System.out.println("binarySearch small sequential " + Collections.binarySearch(small, 77) + " " + small.counts());

        List<Integer> r = ints(7);
        Collections.reverse(r);
        System.out.println("reverse " + r);
        Counting<Integer> rc = new Counting<Integer>(ints(17));
        Collections.reverse(rc);
        System.out.println("reverse 17 sequential " + rc.inner + " " + rc.counts());
        Counting<Integer> rc2 = new Counting<Integer>(ints(18));
        Collections.reverse(rc2);
        System.out.println("reverse 18 sequential " + rc2.inner + " " + rc2.counts());

        List<Integer> sh = ints(10);
        Collections.shuffle(sh, new Random(42));
        System.out.println("shuffle(42) " + sh);
        Counting<Integer> shc = new Counting<Integer>(ints(10));
        Collections.shuffle(shc, new Random(42));
        System.out.println("shuffle(42) sequential " + shc.inner + " " + shc.counts());
        List<Integer> sh2 = ints(4);
        Collections.shuffle(sh2, new Random(7));
        System.out.println("shuffle(7) small " + sh2);

        List<String> sw = new ArrayList<String>(Arrays.asList("a", "b", "c"));
        Collections.swap(sw, 0, 2);
        Collections.swap(sw, 1, 1);
        System.out.println("swap " + sw);
        final List<String> swf = sw;
        attempt("swap(0, 5)", new Action() {
            public Object run() {
                Collections.swap(swf, 0, 5);
                return swf;
            }
        });
        attempt("swap(5, 0)", new Action() {
            public Object run() {
                Collections.swap(swf, 5, 0);
                return swf;
            }
        });
        Collections.fill(sw, "z");
        System.out.println("fill " + sw);
        final List<String> dest = new ArrayList<String>(Arrays.asList("1", "2", "3", "4"));
        Collections.copy(dest, Arrays.asList("x", "y"));
        System.out.println("copy " + dest);
        attempt("copy too big", new Action() {
            public Object run() {
                Collections.copy(Arrays.asList("q"), dest);
                return "?";
            }
        });

        List<String> mm = Arrays.asList("kiwi", "Apple", "fig", "apple", "Zebra");
        Comparator<String> byLength = new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        };
        System.out.println("min/max " + Collections.min(mm) + " " + Collections.max(mm) + " " + Collections.min(mm, byLength) + " "
            + Collections.max(mm, byLength) + " " + Collections.max(mm, null) + " "
            + Collections.min(mm, String.CASE_INSENSITIVE_ORDER) + " " + Collections.max(mm, String.CASE_INSENSITIVE_ORDER));
        attempt("min empty", new Action() {
            public Object run() {
                return Collections.min(new ArrayList<Integer>());
            }
        });
        attempt("max empty asList", new Action() {
            public Object run() {
                return Collections.max(Arrays.<Integer>asList());
            }
        });

        int[] distances = {0, 1, 3, -1, -8, 10, 23};
        for (int d : distances) {
            List<Integer> rot = ints(7);
            Collections.rotate(rot, d);
            Counting<Integer> big = new Counting<Integer>(ints(120));
            Collections.rotate(big, d);
            System.out.println("rotate " + d + " " + rot + " big " + big.inner.subList(0, 4) + " " + big.counts());
        }
        Collections.rotate(new ArrayList<Integer>(), 5);

        List<String> rep = new ArrayList<String>(Arrays.asList("a", null, "b", "a", null));
        System.out.println("replaceAll " + Collections.replaceAll(rep, "a", "A") + " " + Collections.replaceAll(rep, null, "N") + " "
            + Collections.replaceAll(rep, "q", "Q") + " " + rep);

        List<Integer> src = Arrays.asList(1, 2, 3, 1, 2, 3, 1, 2);
        System.out.println("indexOfSubList " + Collections.indexOfSubList(src, Arrays.asList(2, 3)) + " "
            + Collections.lastIndexOfSubList(src, Arrays.asList(2, 3)) + " " + Collections.indexOfSubList(src, Arrays.asList(3, 3))
            + " " + Collections.indexOfSubList(src, Arrays.<Integer>asList()) + " "
            + Collections.lastIndexOfSubList(src, Arrays.<Integer>asList()) + " "
            + Collections.indexOfSubList(Arrays.asList(1), Arrays.asList(1, 2)) + " "
            + Collections.lastIndexOfSubList(src, Arrays.asList(1, 2)));
        System.out.println("frequency " + Collections.frequency(Arrays.asList("a", null, "a", "b", null), "a") + " "
            + Collections.frequency(Arrays.asList("a", null, "a", "b", null), null) + " "
            + Collections.frequency(Arrays.asList(), "x"));
        List<String> target = new ArrayList<String>();
        System.out.println("addAll " + Collections.addAll(target, "x", "y") + " " + Collections.addAll(target) + " " + target);
    }

    static void reverseOrders() {
        Comparator<String> nat = Comparator.naturalOrder();
        Comparator<String> rev = Collections.reverseOrder();
        System.out.println("reverseOrder " + (rev == Comparator.<String>reverseOrder()) + " " + (Collections.reverseOrder(nat) == rev)
            + " " + (Collections.reverseOrder(rev) == nat) + " " + (Collections.<String>reverseOrder(null) == rev) + " "
            + (rev.reversed() == nat) + " " + rev.getClass().getName());
        Comparator<String> byLength = new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        };
        Comparator<String> r2 = Collections.reverseOrder(byLength);
        System.out.println("reverseOrder(cmp) " + r2.getClass().getName() + " " + (Collections.reverseOrder(r2) == byLength) + " "
            + (r2.reversed() == byLength) + " " + r2.equals(Collections.reverseOrder(byLength)) + " " + r2.equals(byLength) + " "
            + (r2.hashCode() == (byLength.hashCode() ^ Integer.MIN_VALUE)) + " " + r2.compare("aa", "b") + " "
            + (byLength.reversed().getClass() == r2.getClass()));
        String[] arr = {"b", "c", "a"};
        Arrays.sort(arr, rev);
        System.out.println("sorted reverse " + Arrays.toString(arr));
    }

    static void specialLists() {
        final List<String> empty = Collections.emptyList();
        System.out.println("emptyList " + empty + " " + empty.size() + " " + empty.isEmpty() + " " + empty.contains(null) + " "
            + empty.hashCode() + " " + empty.equals(new ArrayList<String>()) + " " + new ArrayList<String>().equals(empty) + " "
            + empty.equals(Arrays.asList("x")) + " " + (Collections.<String>emptyList() == empty) + " " + (Collections.EMPTY_LIST == empty)
            + " " + empty.getClass().getName() + " " + empty.iterator().getClass().getName() + " "
            + empty.containsAll(Arrays.asList()) + empty.containsAll(Arrays.asList(1)));
        String[] into = {"x", "y"};
        System.out.println("empty toArray " + empty.toArray().length + " " + Arrays.toString(empty.toArray(into)) + " indexOf "
            + empty.indexOf("a"));
        attempt("empty get(0)", new Action() {
            public Object run() {
                return empty.get(0);
            }
        });
        attempt("empty add", new Action() {
            public Object run() {
                return empty.add("x");
            }
        });
        attempt("empty remove(0)", new Action() {
            public Object run() {
                return empty.remove(0);
            }
        });
        attempt("empty iterator next", new Action() {
            public Object run() {
                return empty.iterator().next();
            }
        });
        attempt("empty iterator remove", new Action() {
            public Object run() {
                Collections.emptyIterator().remove();
                return "?";
            }
        });
        attempt("emptyListIterator", new Action() {
            public Object run() {
                ListIterator<String> li = Collections.emptyListIterator();
                return li.hasNext() + " " + li.hasPrevious() + " " + li.nextIndex() + " " + li.previousIndex();
            }
        });
        attempt("emptyListIterator set", new Action() {
            public Object run() {
                Collections.<String>emptyListIterator().set("x");
                return "?";
            }
        });
        attempt("emptyListIterator add", new Action() {
            public Object run() {
                Collections.<String>emptyListIterator().add("x");
                return "?";
            }
        });
        attempt("emptyListIterator previous", new Action() {
            public Object run() {
                return Collections.<String>emptyListIterator().previous();
            }
        });
        attempt("empty sort/removeIf/replaceAll/clear", new Action() {
            public Object run() {
                empty.sort(null);
                empty.clear();
                empty.replaceAll(UnaryOperator.<String>identity());
                return empty.removeIf(new Predicate<String>() {
                    public boolean test(String s) {
                        return true;
                    }
                });
            }
        });
        attempt("empty removeIf(null)", new Action() {
            public Object run() {
                return empty.removeIf(null);
            }
        });
        attempt("empty subList(0, 0)", new Action() {
            public Object run() {
                return empty.subList(0, 0);
            }
        });

        final List<String> one = Collections.singletonList("solo");
        System.out.println("singletonList " + one + " " + one.size() + " " + one.get(0) + " " + one.contains("solo") + " "
            + one.contains(null) + " " + one.hashCode() + " " + Collections.singletonList(null).hashCode() + " "
            + one.equals(Arrays.asList("solo")) + " " + one.indexOf("solo") + " " + one.getClass().getName() + " "
            + one.iterator().getClass().getName());
        attempt("singleton get(1)", new Action() {
            public Object run() {
                return one.get(1);
            }
        });
        attempt("singleton set", new Action() {
            public Object run() {
                return one.set(0, "x");
            }
        });
        attempt("singleton add", new Action() {
            public Object run() {
                return one.add("x");
            }
        });
        attempt("singleton removeIf", new Action() {
            public Object run() {
                return one.removeIf(new Predicate<String>() {
                    public boolean test(String s) {
                        return false;
                    }
                });
            }
        });
        attempt("singleton replaceAll", new Action() {
            public Object run() {
                one.replaceAll(UnaryOperator.<String>identity());
                return "?";
            }
        });
        attempt("singleton iterator", new Action() {
            public Object run() {
                Iterator<String> it = one.iterator();
                String s = it.next() + " " + it.hasNext();
                try {
                    it.next();
                } catch (NoSuchElementException e) {
                    s += " " + e;
                }
                try {
                    it.remove();
                } catch (UnsupportedOperationException e) {
                    s += " " + e;
                }
                return s;
            }
        });
        one.sort(null);
        final StringBuilder sb = new StringBuilder();
        one.forEach(new Consumer<String>() {
            public void accept(String s) {
                sb.append("<").append(s).append(">");
            }
        });
        System.out.println("singleton forEach " + sb);

        final List<String> copies = Collections.nCopies(4, "ab");
        System.out.println("nCopies " + copies + " " + copies.size() + " " + copies.get(3) + " " + copies.indexOf("ab") + " "
            + copies.lastIndexOf("ab") + " " + copies.indexOf("x") + " " + copies.contains("ab") + " "
            + Collections.nCopies(0, "ab").contains("ab") + " " + copies.getClass().getName() + " " + copies.subList(1, 3));
        System.out.println("nCopies hashCode " + copies.hashCode() + " " + new ArrayList<String>(copies).hashCode() + " "
            + Collections.nCopies(0, "x").hashCode() + " " + Collections.nCopies(1000001, null).hashCode() + " "
            + Collections.nCopies(77, 3).hashCode() + " " + Collections.nCopies(12345, "q").hashCode() + " "
            + new ArrayList<String>(Collections.nCopies(12345, "q")).hashCode());
        System.out.println("nCopies equals " + copies.equals(Collections.nCopies(4, "ab")) + " "
            + copies.equals(Collections.nCopies(3, "ab")) + " " + copies.equals(Arrays.asList("ab", "ab", "ab", "ab")) + " "
            + Arrays.asList("ab", "ab", "ab", "ab").equals(copies) + " " + copies.equals(Arrays.asList("ab", "ab", "ab")) + " "
            + Collections.nCopies(0, "a").equals(Collections.nCopies(0, "b")) + " "
            + Collections.nCopies(2, null).equals(Arrays.asList(null, null)));
        System.out.println("nCopies toArray " + Arrays.toString(copies.toArray()) + " "
            + Arrays.toString(copies.toArray(new String[6])) + " " + copies.toArray(new String[0]).getClass().getName() + " "
            + Arrays.toString(Collections.nCopies(2, null).toArray()));
        attempt("nCopies(-1)", new Action() {
            public Object run() {
                return Collections.nCopies(-1, "x");
            }
        });
        attempt("nCopies get(4)", new Action() {
            public Object run() {
                return copies.get(4);
            }
        });
        attempt("nCopies set", new Action() {
            public Object run() {
                return copies.set(0, "x");
            }
        });
        attempt("nCopies subList(3, 5)", new Action() {
            public Object run() {
                return copies.subList(3, 5);
            }
        });
        List<String> grow = new ArrayList<String>(Collections.nCopies(3, "-"));
        grow.addAll(Collections.nCopies(2, "+"));
        System.out.println("nCopies into ArrayList " + grow);
    }

    static void unmodifiable() {
        final List<String> base = new ArrayList<String>(Arrays.asList("a", "b", "c"));
        final List<String> view = Collections.unmodifiableList(base);
        System.out.println("view " + view + " " + view.size() + " " + view.get(1) + " " + view.indexOf("c") + " "
            + view.contains("a") + " " + view.equals(base) + " " + base.equals(view) + " " + (view.hashCode() == base.hashCode())
            + " " + view.getClass().getName() + " " + view.iterator().getClass().getName() + " "
            + view.listIterator().getClass().getName() + " " + view.subList(0, 1).getClass().getName());
        base.add("d");
        System.out.println("view sees changes " + view + " same wrapper " + (Collections.unmodifiableList(view) == view));
        LinkedLike<String> seq = new LinkedLike<String>(base);
        System.out.println("sequential view " + Collections.unmodifiableList(seq).getClass().getName() + " "
            + Collections.unmodifiableList(seq).subList(1, 2).getClass().getName());
        Action[] mutators = {
            new Action() {
                public Object run() {
                    return view.add("x");
                }
            },
            new Action() {
                public Object run() {
                    return view.set(0, "x");
                }
            },
            new Action() {
                public Object run() {
                    return view.remove(0);
                }
            },
            new Action() {
                public Object run() {
                    return view.remove("a");
                }
            },
            new Action() {
                public Object run() {
                    view.clear();
                    return "?";
                }
            },
            new Action() {
                public Object run() {
                    return view.addAll(Arrays.<String>asList());
                }
            },
            new Action() {
                public Object run() {
                    view.sort(null);
                    return "?";
                }
            },
            new Action() {
                public Object run() {
                    return view.removeIf(new Predicate<String>() {
                        public boolean test(String s) {
                            return false;
                        }
                    });
                }
            },
            new Action() {
                public Object run() {
                    Iterator<String> it = view.iterator();
                    it.next();
                    it.remove();
                    return "?";
                }
            },
            new Action() {
                public Object run() {
                    ListIterator<String> it = view.listIterator(1);
                    it.previous();
                    it.set("q");
                    return "?";
                }
            },
            new Action() {
                public Object run() {
                    return view.subList(0, 2).remove(0);
                }
            },
        };
        for (int i = 0; i < mutators.length; i++)
            attempt("mutator " + i, mutators[i]);
        System.out.println("unchanged " + base);
        final Collection<String> coll = Collections.unmodifiableCollection(base);
        System.out.println("unmodifiableCollection " + coll + " " + coll.size() + " " + coll.containsAll(Arrays.asList("a", "d")) + " "
            + Arrays.toString(coll.toArray()) + " " + coll.getClass().getName() + " equals-self " + coll.equals(coll)
            + " equals-base " + coll.equals(base) + " again-same " + (Collections.unmodifiableCollection(coll) == coll));
        attempt("unmodifiableCollection add", new Action() {
            public Object run() {
                return coll.add("x");
            }
        });
        attempt("unmodifiableList(null)", new Action() {
            public Object run() {
                return Collections.unmodifiableList(null);
            }
        });
    }

    // A non-RandomAccess list for the unmodifiable wrapper's choice.
    static class LinkedLike<E> extends AbstractSequentialList<E> {
        final List<E> inner;

        LinkedLike(List<E> inner) {
            this.inner = inner;
        }

        public ListIterator<E> listIterator(int index) {
            return inner.listIterator(index);
        }

        public int size() {
            return inner.size();
        }
    }

    public static void main(String[] args) {
        algorithms();
        reverseOrders();
        specialLists();
        unmodifiable();
    }
}
