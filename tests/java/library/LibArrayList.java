// java.util.ArrayList: construction (capacities, from collections), add
// and remove at every position, growth past many capacities, get/set
// bounds and their messages, searching with nulls, bulk operations
// (addAll, removeAll, retainAll with a contains that throws, removeIf
// seeing the unchanged list, replaceAll, sort, forEach), which operations
// count as structural modifications (seen as ConcurrentModificationException
// from an iterator created before), iterators and list iterators, sublists
// (nested, writing through, stale), clone, toArray, equals/hashCode with
// other lists, and the nested class names.
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class LibArrayList {
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

    static ArrayList<Integer> range(int n) {
        ArrayList<Integer> l = new ArrayList<Integer>();
        for (int i = 0; i < n; i++)
            l.add(i);
        return l;
    }

    // Does [change] count as a structural modification? An iterator made
    // before it says so on its next call.
    static void modifies(String label, final ArrayList<Integer> l, Runnable change) {
        Iterator<Integer> it = l.iterator();
        change.run();
        String verdict;
        try {
            if (it.hasNext())
                it.next();
            else
                l.iterator();
            verdict = "no";
        } catch (ConcurrentModificationException e) {
            verdict = "yes";
        }
        System.out.println("modifies " + label + ": " + verdict + " -> " + l);
    }

    static void basics() {
        final ArrayList<String> l = new ArrayList<String>();
        System.out.println("new " + l + " " + l.size() + " " + l.isEmpty());
        for (int i = 0; i < 25; i++)
            l.add("s" + i);
        System.out.println("25 adds " + l.size() + " first " + l.get(0) + " last " + l.get(24));
        l.add(0, "head");
        l.add(13, "mid");
        l.add(l.size(), "tail");
        System.out.println("inserted " + l.subList(0, 3) + " " + l.get(13) + " " + l.get(l.size() - 1) + " size " + l.size());
        System.out.println("remove(int) " + l.remove(0) + " " + l.remove(12) + " " + l.remove(l.size() - 1) + " size " + l.size());
        System.out.println("remove(Object) " + l.remove("s3") + " " + l.remove("zz") + " size " + l.size());
        System.out.println("set " + l.set(0, null) + " indexOf(null) " + l.indexOf(null) + " lastIndexOf(s24) " + l.lastIndexOf("s24")
            + " contains(s4) " + l.contains("s4") + " contains(s3) " + l.contains("s3"));
        l.add(null);
        System.out.println("lastIndexOf(null) " + l.lastIndexOf(null) + " remove(null) " + l.remove((Object) null) + " indexOf(null) "
            + l.indexOf(null));
        attempt("get(size)", new Action() {
            public Object run() {
                return l.get(l.size());
            }
        });
        attempt("get(-1)", new Action() {
            public Object run() {
                return l.get(-1);
            }
        });
        attempt("set(size)", new Action() {
            public Object run() {
                return l.set(l.size(), "x");
            }
        });
        attempt("remove(size)", new Action() {
            public Object run() {
                return l.remove(l.size());
            }
        });
        attempt("add(size+1)", new Action() {
            public Object run() {
                l.add(l.size() + 1, "x");
                return "?";
            }
        });
        attempt("add(-1)", new Action() {
            public Object run() {
                l.add(-1, "x");
                return "?";
            }
        });
        attempt("addAll(-1)", new Action() {
            public Object run() {
                return l.addAll(-1, Arrays.asList("x"));
            }
        });
        attempt("listIterator(size+1)", new Action() {
            public Object run() {
                return l.listIterator(l.size() + 1);
            }
        });
        attempt("new ArrayList(-5)", new Action() {
            public Object run() {
                return new ArrayList<String>(-5);
            }
        });
        attempt("new ArrayList(null)", new Action() {
            public Object run() {
                return new ArrayList<String>(null);
            }
        });
        ArrayList<String> zero = new ArrayList<String>(0);
        zero.add("a");
        zero.add("b");
        System.out.println("capacity 0 then adds " + zero + " " + new ArrayList<String>(100));

        final ArrayList<Integer> big = range(1000);
        long sum = 0;
        for (int x : big)
            sum += x;
        System.out.println("1000 elements sum " + sum + " get(999) " + big.get(999));
        for (int i = 0; i < 500; i++)
            big.remove(big.size() - 1 - i);
        System.out.println("after removes " + big.size() + " " + big.subList(0, 5) + " " + big.subList(495, 500));
        big.trimToSize();
        big.ensureCapacity(5000);
        big.add(-1);
        System.out.println("after trim/ensure " + big.size() + " " + big.get(500));

        // From collections.
        Collection<String> src = Arrays.asList("x", "y", null);
        ArrayList<String> copy = new ArrayList<String>(src);
        ArrayList<String> copy2 = new ArrayList<String>(copy);
        copy.set(0, "changed");
        System.out.println("copies " + copy + " " + copy2 + " " + new ArrayList<String>(new ArrayList<String>()));

        System.out.println("classes " + l.getClass().getName() + " " + l.iterator().getClass().getName() + " "
            + l.listIterator().getClass().getName() + " " + l.subList(0, 1).getClass().getName() + " "
            + l.subList(0, 1).iterator().getClass().getName() + " " + l.subList(0, 2).subList(0, 1).getClass().getName()
            + " RandomAccess " + (l instanceof RandomAccess) + " Cloneable " + (l instanceof Cloneable)
            + " AbstractList " + (l instanceof AbstractList));
    }

    static void modCounts() {
        final ArrayList<Integer> l = range(5);
        modifies("add", l, new Runnable() {
            public void run() {
                l.add(5);
            }
        });
        modifies("set", l, new Runnable() {
            public void run() {
                l.set(0, 10);
            }
        });
        modifies("get", l, new Runnable() {
            public void run() {
                l.get(0);
            }
        });
        modifies("remove absent", l, new Runnable() {
            public void run() {
                l.remove((Object) 99);
            }
        });
        modifies("remove present", l, new Runnable() {
            public void run() {
                l.remove((Object) 10);
            }
        });
        modifies("addAll empty", l, new Runnable() {
            public void run() {
                l.addAll(new ArrayList<Integer>());
            }
        });
        modifies("addAll(0, empty)", l, new Runnable() {
            public void run() {
                l.addAll(0, new ArrayList<Integer>());
            }
        });
        modifies("ensureCapacity(1)", l, new Runnable() {
            public void run() {
                l.ensureCapacity(1);
            }
        });
        modifies("ensureCapacity(1000)", l, new Runnable() {
            public void run() {
                l.ensureCapacity(1000);
            }
        });
        modifies("trimToSize", l, new Runnable() {
            public void run() {
                l.trimToSize();
            }
        });
        modifies("sort", l, new Runnable() {
            public void run() {
                l.sort(Comparator.<Integer>reverseOrder());
            }
        });
        modifies("replaceAll", l, new Runnable() {
            public void run() {
                l.replaceAll(UnaryOperator.<Integer>identity());
            }
        });
        modifies("removeIf none", l, new Runnable() {
            public void run() {
                l.removeIf(new Predicate<Integer>() {
                    public boolean test(Integer x) {
                        return x > 100;
                    }
                });
            }
        });
        modifies("removeIf some", l, new Runnable() {
            public void run() {
                l.removeIf(new Predicate<Integer>() {
                    public boolean test(Integer x) {
                        return x == 4;
                    }
                });
            }
        });
        modifies("removeAll none", l, new Runnable() {
            public void run() {
                l.removeAll(Arrays.asList(77));
            }
        });
        modifies("retainAll all", l, new Runnable() {
            public void run() {
                l.retainAll(Arrays.asList(1, 2, 3, 5));
            }
        });
        modifies("retainAll some", l, new Runnable() {
            public void run() {
                l.retainAll(Arrays.asList(2, 3, 5));
            }
        });
        modifies("subList set", l, new Runnable() {
            public void run() {
                l.subList(0, 1).set(0, 20);
            }
        });
        modifies("subList clear", l, new Runnable() {
            public void run() {
                l.subList(0, 1).clear();
            }
        });
        modifies("empty subList clear", l, new Runnable() {
            public void run() {
                l.subList(1, 1).clear();
            }
        });
        modifies("forEach", l, new Runnable() {
            public void run() {
                l.forEach(new Consumer<Integer>() {
                    public void accept(Integer x) {
                    }
                });
            }
        });
        modifies("clear", l, new Runnable() {
            public void run() {
                l.clear();
            }
        });
        modifies("clear empty", l, new Runnable() {
            public void run() {
                l.clear();
            }
        });
    }

    static void bulk() {
        final ArrayList<Integer> l = range(10);
        System.out.println("addAll " + l.addAll(Arrays.asList(100, 101)) + " " + l.addAll(3, Arrays.asList(-1, -2)) + " "
            + l.addAll(l.size(), Arrays.asList(200)) + " " + l);
        l.addAll(l);
        System.out.println("addAll itself " + l.size() + " " + l.subList(10, 18));
        System.out.println("removeAll " + l.removeAll(Arrays.asList(100, 101, 200)) + " " + l);
        System.out.println("retainAll " + l.retainAll(Arrays.asList(1, 2, 3, -1, -2)) + " " + l);
        final StringBuilder seen = new StringBuilder();
        final ArrayList<Integer> watched = range(6);
        System.out.println("removeIf " + watched.removeIf(new Predicate<Integer>() {
            public boolean test(Integer x) {
                seen.append(x).append(':').append(watched.size()).append(' ');
                return x % 2 == 0;
            }
        }) + " " + watched + " predicate saw " + seen);
        // A contains() that throws part way: the rest is kept.
        final ArrayList<Integer> partial = range(8);
        Collection<Integer> bomb = new java.util.AbstractCollection<Integer>() {
            public Iterator<Integer> iterator() {
                return Arrays.<Integer>asList().iterator();
            }

            public int size() {
                return 0;
            }

            public boolean contains(Object o) {
                if ((Integer) o == 5)
                    throw new IllegalStateException("at 5");
                return (Integer) o % 2 == 1;
            }
        };
        try {
            partial.removeAll(bomb);
        } catch (IllegalStateException e) {
            System.out.println("removeAll interrupted: " + e.getMessage() + " " + partial);
        }
        attempt("removeAll(null)", new Action() {
            public Object run() {
                return l.removeAll(null);
            }
        });
        attempt("removeAll(null) on empty", new Action() {
            public Object run() {
                return new ArrayList<String>().removeAll(null);
            }
        });
        attempt("removeIf(null)", new Action() {
            public Object run() {
                return l.removeIf(null);
            }
        });

        final ArrayList<Integer> growing = range(4);
        try {
            growing.forEach(new Consumer<Integer>() {
                public void accept(Integer x) {
                    System.out.println("  forEach " + x);
                    if (x == 1)
                        growing.add(99);
                }
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("forEach modifying: " + e + " " + growing);
        }
        try {
            growing.replaceAll(new UnaryOperator<Integer>() {
                public Integer apply(Integer x) {
                    if (x == 2)
                        growing.remove(0);
                    return x * 10;
                }
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("replaceAll modifying: " + e + " " + growing);
        }
        try {
            growing.removeIf(new Predicate<Integer>() {
                public boolean test(Integer x) {
                    if (x == 20)
                        growing.add(5);
                    return true;
                }
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("removeIf modifying: " + e + " " + growing);
        }
        try {
            growing.sort(new Comparator<Integer>() {
                public int compare(Integer a, Integer b) {
                    if (growing.size() < 20)
                        growing.add(0);
                    return a - b;
                }
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("sort modifying: " + e + " size " + growing.size());
        }

        ArrayList<String> words = new ArrayList<String>(Arrays.asList("pear", "Fig", "apple", "fig", "kiwi", "banana"));
        words.sort(null);
        System.out.println("sort(null) " + words);
        words.sort(new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        });
        System.out.println("sort by length (stable) " + words);
        words.replaceAll(new UnaryOperator<String>() {
            public String apply(String s) {
                return s.toUpperCase();
            }
        });
        System.out.println("replaceAll " + words);
    }

    static void iterators() {
        final ArrayList<String> l = new ArrayList<String>(Arrays.asList("a", "b", "c", "d"));
        Iterator<String> it = l.iterator();
        it.next();
        it.remove();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: " + e);
        }
        System.out.println("after iterator remove " + l + " next " + it.next());
        Iterator<String> end = l.iterator();
        while (end.hasNext())
            end.next();
        try {
            end.next();
        } catch (NoSuchElementException e) {
            System.out.println("past end: " + e);
        }
        final StringBuilder sb = new StringBuilder();
        Iterator<String> rest = l.iterator();
        rest.next();
        rest.forEachRemaining(new Consumer<String>() {
            public void accept(String s) {
                sb.append(s);
            }
        });
        System.out.println("forEachRemaining " + sb + " hasNext " + rest.hasNext());
        rest.remove();
        System.out.println("remove after forEachRemaining " + l);

        ListIterator<String> li = l.listIterator(l.size());
        while (li.hasPrevious()) {
            int idx = li.previousIndex();
            String s = li.previous();
            li.set(s + idx);
            li.add("+");
            li.previous();
        }
        System.out.println("backward set/add " + l);
        try {
            li.previous();
        } catch (NoSuchElementException e) {
            System.out.println("previous at start: " + e);
        }
        ListIterator<String> li2 = l.listIterator(1);
        li2.next();
        li2.remove();
        li2.add("new");
        try {
            li2.set("bad");
        } catch (IllegalStateException e) {
            System.out.println("set after add: " + e);
        }
        System.out.println("list iterator edits " + l + " nextIndex " + li2.nextIndex());
        Iterator<String> stale = l.iterator();
        l.add("z");
        try {
            stale.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("stale: " + e);
        }
        try {
            for (String s : l)
                if (s.equals("+"))
                    l.remove(s);
        } catch (ConcurrentModificationException e) {
            System.out.println("remove in loop: " + e);
        }
        System.out.println("now " + l);
    }

    static void subLists() {
        final ArrayList<Integer> l = range(12);
        final List<Integer> mid = l.subList(2, 10);
        List<Integer> inner = mid.subList(2, 5);
        System.out.println("views " + mid + " " + inner + " indexOf " + mid.indexOf(4) + " " + inner.indexOf(4) + " "
            + inner.indexOf(2) + " lastIndexOf " + mid.lastIndexOf(9) + " contains " + inner.contains(6) + inner.contains(7));
        inner.add(1, 40);
        inner.remove(Integer.valueOf(6));
        inner.set(0, 41);
        System.out.println("edits through inner " + l + " " + mid + " " + inner);
        inner.addAll(Arrays.asList(7, 7));
        inner.removeIf(new Predicate<Integer>() {
            public boolean test(Integer x) {
                return x == 5;
            }
        });
        System.out.println("bulk through inner " + l + " " + mid.size() + " " + inner);
        inner.replaceAll(new UnaryOperator<Integer>() {
            public Integer apply(Integer x) {
                return -x;
            }
        });
        inner.sort(null);
        System.out.println("replaceAll/sort inner " + l);
        System.out.println("removeAll inner " + inner.removeAll(Arrays.asList(-7)) + " retainAll " + inner.retainAll(Arrays.asList(-41))
            + " " + l + " " + mid + " " + inner);
        System.out.println("toArray " + Arrays.toString(mid.toArray()) + " " + Arrays.toString(mid.toArray(new Integer[0]))
            + " " + Arrays.toString(inner.toArray(new Integer[3])));
        System.out.println("equals " + mid.equals(Arrays.asList(2, 3, -41, 7, 8, 9)) + " " + mid.equals(new ArrayList<Integer>(mid))
            + " hash " + (mid.hashCode() == new ArrayList<Integer>(mid).hashCode()));
        ListIterator<Integer> sli = mid.listIterator(1);
        sli.next();
        sli.remove();
        sli.add(33);
        sli.next();
        sli.set(-99);
        System.out.println("sub list iterator " + l + " " + mid);
        try {
            inner.size();
        } catch (ConcurrentModificationException e) {
            System.out.println("inner stale after mid change: " + e);
        }
        mid.clear();
        System.out.println("mid.clear " + l + " " + mid + " " + mid.isEmpty());
        l.add(100);
        attempt("mid stale after root change", new Action() {
            public Object run() {
                return mid.get(0);
            }
        });
        final List<Integer> fresh = l.subList(1, 3);
        attempt("subList get(2)", new Action() {
            public Object run() {
                return fresh.get(2);
            }
        });
        attempt("subList add(3)", new Action() {
            public Object run() {
                fresh.add(3, 1);
                return "?";
            }
        });
        attempt("subList(2, 1)", new Action() {
            public Object run() {
                return l.subList(2, 1);
            }
        });
        attempt("subList(0, 99)", new Action() {
            public Object run() {
                return l.subList(0, 99);
            }
        });
        attempt("sub.subList(-1, 1)", new Action() {
            public Object run() {
                return fresh.subList(-1, 1);
            }
        });
        Iterator<Integer> sit = fresh.iterator();
        sit.next();
        sit.next();
        try {
            sit.next();
        } catch (NoSuchElementException e) {
            System.out.println("sub iterator past end: " + e);
        }
    }

    static void misc() {
        ArrayList<Object> l = new ArrayList<Object>(Arrays.<Object>asList(1, "two", 3.0, null));
        @SuppressWarnings("unchecked")
        ArrayList<Object> c = (ArrayList<Object>) l.clone();
        c.add("more");
        System.out.println("clone " + l + " " + c + " " + c.getClass().getName());
        Iterator<Object> it = c.iterator();
        it.next();
        l.add("x");
        it.next();
        System.out.println("clone independent of original's modCount");
        Object[] arr = l.toArray();
        System.out.println("toArray " + arr.getClass().getName() + " " + Arrays.toString(arr));
        Object[] big = {"a", "b", "c", "d", "e", "f", "g"};
        System.out.println("toArray(big) " + Arrays.toString(l.toArray(big)));
        try {
            l.toArray(new Integer[0]);
        } catch (ArrayStoreException e) {
            System.out.println("toArray(Integer[]): ArrayStoreException");
        }
        l.add(l);
        System.out.println("self " + l);
        l.remove(l.size() - 1);
        ArrayList<Integer> a = new ArrayList<Integer>(Arrays.asList(1, 2, 3));
        List<Integer> b = Arrays.asList(1, 2, 3);
        System.out.println("equals " + a.equals(b) + b.equals(a) + a.equals(new ArrayList<Integer>(b)) + a.equals(Arrays.asList(1, 2))
            + a.equals(Arrays.asList(1, 2, 3, 4)) + a.equals("x") + " hash " + a.hashCode() + " " + b.hashCode() + " "
            + new ArrayList<Object>().hashCode());
        System.out.println("toString " + new ArrayList<String>() + " " + new ArrayList<Object>(Arrays.asList((Object) null)));
    }

    public static void main(String[] args) {
        basics();
        modCounts();
        bulk();
        iterators();
        subLists();
        misc();
    }
}
