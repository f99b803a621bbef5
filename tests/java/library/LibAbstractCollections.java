// AbstractList and AbstractCollection as a program extends them: a
// growable list (get/set/add/remove over an array, bumping modCount) and a
// non-random-access one show the inherited iterators, list iterators and
// sublists at work: structural changes through them, fail-fast
// ConcurrentModificationException, IllegalStateException misuse, nested
// sublists, clear/removeRange, bulk operations, the default sort,
// replaceAll and removeIf, equals/hashCode across implementations, and
// toString with a self reference. A hand-written AbstractCollection (with
// a size() that can lie) exercises contains/remove/bulk operations and
// every toArray path.
import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class LibAbstractCollections {
    // A growable array list written on AbstractList's hooks.
    static class BaseList<E> extends AbstractList<E> {
        Object[] items = new Object[2];
        int count;

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (index < 0 || index >= count)
                throw new IndexOutOfBoundsException("Index: " + index + " Count: " + count);
            return (E) items[index];
        }

        @SuppressWarnings("unchecked")
        public E set(int index, E e) {
            E old = get(index);
            items[index] = e;
            return old;
        }

        public void add(int index, E e) {
            if (index < 0 || index > count)
                throw new IndexOutOfBoundsException("add at " + index);
            if (count == items.length)
                items = Arrays.copyOf(items, count * 2);
            System.arraycopy(items, index, items, index + 1, count - index);
            items[index] = e;
            count++;
            modCount++;
        }

        public E remove(int index) {
            E old = get(index);
            System.arraycopy(items, index + 1, items, index, count - index - 1);
            items[--count] = null;
            modCount++;
            return old;
        }

        public int size() {
            return count;
        }

        int mods() {
            return modCount;
        }
    }

    static class GrowList<E> extends BaseList<E> implements RandomAccess {
        GrowList() {
        }

        GrowList(Collection<? extends E> c) {
            addAll(c);
        }
    }

    // Not RandomAccess: its sublists are plain SubLists.
    static class SlowList<E> extends BaseList<E> {
    }

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

    static GrowList<String> letters(String s) {
        GrowList<String> g = new GrowList<String>();
        for (char c : s.toCharArray())
            g.add(String.valueOf(c));
        return g;
    }

    static void lists() {
        final GrowList<String> g = letters("abcde");
        System.out.println("list " + g + " mods " + g.mods() + " hash " + g.hashCode());
        g.addAll(2, Arrays.asList("X", "Y"));
        System.out.println("addAll(2) " + g + " mods " + g.mods());
        g.clear();
        System.out.println("clear " + g + " size " + g.size() + " mods " + g.mods());
        g.addAll(Arrays.asList("a", null, "b", null, "c"));
        System.out.println("indexOf(null) " + g.indexOf(null) + " lastIndexOf(null) " + g.lastIndexOf(null) + " indexOf(b) "
            + g.indexOf("b") + " lastIndexOf(q) " + g.lastIndexOf("q"));
        System.out.println("remove(Object) " + g.remove(null) + " " + g + " removeAll " + g.removeAll(Arrays.asList("a", "c"))
            + " " + g + " retainAll " + g.retainAll(Arrays.asList("b")) + " " + g);

        // Iterator: remove, misuse, fail-fast.
        final GrowList<String> h = letters("pqrst");
        Iterator<String> it = h.iterator();
        System.out.println("iterator class " + it.getClass().getName());
        it.next();
        it.remove();
        it.next();
        try {
            it.remove();
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("double remove: " + e);
        }
        System.out.println("after iterator removes " + h);
        Iterator<String> stale = h.iterator();
        stale.next();
        h.add("u");
        try {
            stale.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("stale next: " + e);
        }
        try {
            stale.remove();
        } catch (ConcurrentModificationException e) {
            System.out.println("stale remove: " + e);
        }
        Iterator<String> exhausted = h.iterator();
        while (exhausted.hasNext())
            exhausted.next();
        try {
            exhausted.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e + " cause " + e.getCause());
        }
        try {
            for (String s : h)
                if (s.equals("r"))
                    h.remove(s);
        } catch (ConcurrentModificationException e) {
            System.out.println("remove while iterating: " + e);
        }
        System.out.println("now " + h);
        // Removing the second-to-last element ends the loop without CME.
        GrowList<String> quirk = letters("xyz");
        for (String s : quirk)
            if (s.equals("y"))
                quirk.remove(s);
        System.out.println("quirk " + quirk);

        // ListIterator: add, set, remove and the indexes.
        GrowList<String> l = letters("ace");
        ListIterator<String> li = l.listIterator();
        li.next();
        li.add("b");
        System.out.println("after add " + l + " nextIndex " + li.nextIndex() + " previousIndex " + li.previousIndex());
        try {
            li.set("B");
        } catch (IllegalStateException e) {
            System.out.println("set after add: " + e);
        }
        try {
            li.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove after add: " + e);
        }
        li.next();
        li.set("C");
        li.add("d");
        li.add("dd");
        System.out.println("after set/add " + l);
        li.previous();
        li.remove();
        System.out.println("after previous/remove " + l + " nextIndex " + li.nextIndex());
        while (li.hasNext())
            li.next();
        li.add("f");
        while (li.hasPrevious()) {
            String s = li.previous();
            if (s.startsWith("d"))
                li.remove();
            else
                li.set(s + s);
        }
        System.out.println("backwards edit " + l);
        ListIterator<String> li2 = l.listIterator(l.size());
        System.out.println("listIterator(size) hasNext " + li2.hasNext() + " previous " + li2.previous());
        l.add("g");
        try {
            li2.previous();
        } catch (ConcurrentModificationException e) {
            System.out.println("stale list iterator: " + e);
        }
        try {
            li2.add("h");
        } catch (ConcurrentModificationException e) {
            System.out.println("stale list iterator add: " + e);
        }
        ListIterator<String> li3 = l.listIterator();
        try {
            li3.previous();
        } catch (NoSuchElementException e) {
            System.out.println("previous at start: " + e);
        }

        // Sublists of a RandomAccess and of a plain list.
        final GrowList<Integer> nums = new GrowList<Integer>(Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        SlowList<Integer> slow = new SlowList<Integer>();
        slow.addAll(nums);
        System.out.println("subList classes " + nums.subList(1, 2).getClass().getName() + " "
            + slow.subList(1, 2).getClass().getName() + " " + slow.subList(0, 5).subList(1, 2).getClass().getName());
        final List<Integer> mid = nums.subList(2, 8);
        List<Integer> inner = mid.subList(1, 4);
        System.out.println("views " + mid + " " + inner);
        inner.add(100);
        System.out.println("add through inner " + nums + " " + mid + " " + inner + " sizes " + mid.size() + "/" + inner.size());
        inner.remove(0);
        System.out.println("remove " + nums + " " + mid + " " + inner);
        mid.add(0, -1);
        final List<Integer> staleInner = inner;
        attempt("inner after mid.add", new Action() {
            public Object run() {
                return staleInner.get(0);
            }
        });
        inner = mid.subList(2, 5);
        System.out.println("add " + nums + " " + mid + " " + inner);
        inner.set(0, 42);
        System.out.println("set " + nums + " " + inner);
        inner.clear();
        System.out.println("inner.clear " + nums + " " + mid + " " + inner + " sizes " + mid.size() + "/" + inner.size());
        inner.addAll(Arrays.asList(7, 7));
        mid.addAll(2, Arrays.asList(55));
        System.out.println("addAll " + nums + " " + mid);
        final List<Integer> inner2 = inner;
        attempt("inner after mid changed", new Action() {
            public Object run() {
                return inner2.size();
            }
        });
        ListIterator<Integer> mli = mid.listIterator(1);
        mli.next();
        mli.remove();
        mli.add(66);
        mli.next();
        mli.set(77);
        System.out.println("sublist list iterator " + nums + " " + mid + " size " + mid.size());
        nums.add(1000);
        attempt("mid after root changed", new Action() {
            public Object run() {
                return mid.get(0);
            }
        });
        attempt("mid.size after root changed", new Action() {
            public Object run() {
                return mid.size();
            }
        });
        attempt("mid.listIterator after root changed", new Action() {
            public Object run() {
                return mid.listIterator();
            }
        });
        final List<Integer> fresh = nums.subList(0, 3);
        attempt("subList addAll empty", new Action() {
            public Object run() {
                return fresh.addAll(Arrays.<Integer>asList());
            }
        });
        attempt("subList addAll(5, x)", new Action() {
            public Object run() {
                return fresh.addAll(5, Arrays.asList(1));
            }
        });
        attempt("subList add(-1)", new Action() {
            public Object run() {
                fresh.add(-1, 1);
                return "?";
            }
        });
        attempt("subList remove(3)", new Action() {
            public Object run() {
                return fresh.remove(3);
            }
        });
        System.out.println("slow sublist ops");
        List<Integer> slowMid = slow.subList(3, 7);
        slowMid.removeIf(new Predicate<Integer>() {
            public boolean test(Integer x) {
                return x % 2 == 0;
            }
        });
        slowMid.replaceAll(new UnaryOperator<Integer>() {
            public Integer apply(Integer x) {
                return x * 100;
            }
        });
        System.out.println("slow " + slow + " " + slowMid + " equals " + slowMid.equals(Arrays.asList(300, 500)));

        // Bulk defaults and cross-implementation equality.
        GrowList<String> words = letters("dbeacf");
        words.sort(null);
        System.out.println("sort " + words);
        words.removeIf(new Predicate<String>() {
            public boolean test(String s) {
                return s.compareTo("c") < 0;
            }
        });
        System.out.println("removeIf " + words + " equals asList " + words.equals(Arrays.asList("c", "d", "e", "f"))
            + " asList equals it " + Arrays.asList("c", "d", "e", "f").equals(words) + " hash "
            + (words.hashCode() == Arrays.asList("c", "d", "e", "f").hashCode()) + " differs " + words.equals(letters("cdef ")));
        GrowList<Object> self = new GrowList<Object>();
        self.add("me");
        self.add(self);
        System.out.println("self " + self);
        GrowList<Object> empty = new GrowList<Object>();
        System.out.println("empty " + empty + " " + empty.hashCode() + " " + empty.equals(Arrays.asList()) + " "
            + empty.isEmpty());
        attempt("addAll bad index", new Action() {
            public Object run() {
                return g.addAll(5, Arrays.asList("z"));
            }
        });
        attempt("listIterator bad index", new Action() {
            public Object run() {
                return g.listIterator(-2);
            }
        });
    }

    // A singly linked bag on AbstractCollection; [claimed] can make size()
    // lie to toArray.
    static class Bag<E> extends AbstractCollection<E> {
        static class Node<E> {
            E value;
            Node<E> next;
        }

        Node<E> head;
        int count;
        int claimed = -1;

        public boolean add(E e) {
            Node<E> n = new Node<E>();
            n.value = e;
            n.next = head;
            head = n;
            count++;
            return true;
        }

        public int size() {
            return claimed >= 0 ? claimed : count;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                Node<E> prev, current, next = head;

                public boolean hasNext() {
                    return next != null;
                }

                public E next() {
                    if (next == null)
                        throw new NoSuchElementException();
                    if (current != null)
                        prev = current;
                    current = next;
                    next = next.next;
                    return current.value;
                }

                public void remove() {
                    if (current == null)
                        throw new IllegalStateException();
                    if (prev == null)
                        head = next;
                    else
                        prev.next = next;
                    current = null;
                    count--;
                }
            };
        }
    }

    static void collections() {
        final Bag<String> bag = new Bag<String>();
        System.out.println("empty bag " + bag + " " + bag.isEmpty() + " " + Arrays.toString(bag.toArray()));
        bag.addAll(Arrays.asList("a", "b", null, "c", "b"));
        System.out.println("bag " + bag + " size " + bag.size() + " contains b " + bag.contains("b") + " null "
            + bag.contains(null) + " z " + bag.contains("z") + " containsAll " + bag.containsAll(Arrays.asList("a", "c")));
        System.out.println("remove b " + bag.remove("b") + " " + bag + " remove null " + bag.remove(null) + " " + bag
            + " remove z " + bag.remove("z"));
        System.out.println("toArray " + Arrays.toString(bag.toArray()) + " " + bag.toArray().getClass().getName());
        String[] big = {"1", "2", "3", "4", "5"};
        System.out.println("toArray(big) " + Arrays.toString(bag.toArray(big)));
        String[] small = bag.toArray(new String[1]);
        System.out.println("toArray(small) " + Arrays.toString(small) + " " + small.getClass().getName());
        CharSequence[] cs = bag.toArray(new CharSequence[0]);
        System.out.println("toArray(CharSequence[]) " + cs.getClass().getName() + " " + cs.length);
        attempt("toArray(Integer[])", new Action() {
            public Object run() {
                return bag.toArray(new Integer[0]);
            }
        });
        bag.claimed = 10;
        System.out.println("size says 10: " + Arrays.toString(bag.toArray()) + " " + Arrays.toString(bag.toArray(new String[0])));
        String[] room = {"x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x"};
        System.out.println("size says 10, room 12: " + Arrays.toString(bag.toArray(room)));
        String[] two = {"y", "y"};
        System.out.println("size says 10, room 2: " + Arrays.toString(bag.toArray(two)) + " " + Arrays.toString(two));
        String[] four = {"y", "y", "y", "y"};
        System.out.println("size says 10, room 4: " + Arrays.toString(bag.toArray(four)) + " " + Arrays.toString(four));
        bag.claimed = 1;
        System.out.println("size says 1: " + Arrays.toString(bag.toArray()) + " " + Arrays.toString(bag.toArray(new String[0])));
        bag.claimed = -1;
        System.out.println("retainAll " + bag.retainAll(Arrays.asList("a", "q")) + " " + bag + " removeAll "
            + bag.removeAll(Arrays.asList("q")) + " " + bag);
        bag.add("z");
        bag.clear();
        System.out.println("clear " + bag + " " + bag.size());
        Bag<Object> selfBag = new Bag<Object>();
        selfBag.add(selfBag);
        selfBag.add(1);
        System.out.println("self bag " + selfBag);
        attempt("AbstractCollection.add", new Action() {
            public Object run() {
                return new AbstractCollection<String>() {
                    public Iterator<String> iterator() {
                        return Arrays.<String>asList().iterator();
                    }

                    public int size() {
                        return 0;
                    }
                }.add("x");
            }
        });
        attempt("removeAll(null)", new Action() {
            public Object run() {
                return bag.removeAll(null);
            }
        });
        attempt("containsAll(null)", new Action() {
            public Object run() {
                return bag.containsAll(null);
            }
        });
        attempt("bag.equals", new Action() {
            public Object run() {
                Bag<String> b2 = new Bag<String>();
                return bag.equals(b2) + " " + bag.equals(bag);
            }
        });
    }

    public static void main(String[] args) {
        lists();
        collections();
    }
}
