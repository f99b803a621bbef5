// Arrays.asList: a fixed-size List view of an array. Reads and writes go
// through to the array both ways; size-changing operations throw
// UnsupportedOperationException (with the JDK's message or none);
// iterators, list iterators and sublists (with their class names),
// toArray in all forms, equals/hashCode/toString, searching with nulls,
// sort/replaceAll/forEach/removeIf, and every index error message.
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class LibAsList {
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

    public static void main(String[] args) {
        final String[] backing = {"d", "a", null, "c", "a", "b"};
        final List<String> list = Arrays.asList(backing);
        System.out.println("list " + list + " size " + list.size() + " empty " + list.isEmpty());
        System.out.println("classes " + list.getClass().getName() + " " + list.iterator().getClass().getName() + " "
            + list.listIterator().getClass().getName() + " " + list.subList(1, 2).getClass().getName() + " "
            + list.subList(1, 2).iterator().getClass().getName() + " RandomAccess " + (list instanceof RandomAccess));
        System.out.println("get " + list.get(0) + " " + list.get(2) + " " + list.get(5));
        System.out.println("set returns " + list.set(0, "D") + "; array now " + Arrays.toString(backing));
        backing[5] = "B";
        System.out.println("array write shows in list " + list);
        System.out.println("indexOf a=" + list.indexOf("a") + " null=" + list.indexOf(null) + " z=" + list.indexOf("z")
            + " lastIndexOf a=" + list.lastIndexOf("a") + " null=" + list.lastIndexOf(null) + " z=" + list.lastIndexOf("z"));
        System.out.println("contains " + list.contains("c") + list.contains(null) + list.contains("q")
            + " containsAll " + list.containsAll(Arrays.asList("a", null)) + list.containsAll(Arrays.asList("a", "x")));

        Object[] plain = list.toArray();
        System.out.println("toArray " + Arrays.toString(plain) + " " + plain.getClass().getName() + " copy " + (plain != (Object[]) backing));
        String[] small = list.toArray(new String[0]);
        System.out.println("toArray(small) " + Arrays.toString(small) + " " + small.getClass().getName());
        String[] exact = new String[6];
        System.out.println("toArray(exact) same array " + (list.toArray(exact) == exact) + " " + Arrays.toString(exact));
        String[] big = {"1", "2", "3", "4", "5", "6", "7", "8"};
        System.out.println("toArray(big) " + Arrays.toString(list.toArray(big)));
        Object[] asObjects = list.toArray(new Object[2]);
        System.out.println("toArray(Object[]) " + asObjects.getClass().getName());
        attempt("toArray(Integer[])", new Action() {
            public Object run() {
                return list.toArray(new Integer[0]);
            }
        });

        attempt("add", new Action() {
            public Object run() {
                return list.add("x");
            }
        });
        attempt("add(int)", new Action() {
            public Object run() {
                list.add(0, "x");
                return "?";
            }
        });
        attempt("remove(int)", new Action() {
            public Object run() {
                return list.remove(0);
            }
        });
        attempt("remove(Object) present", new Action() {
            public Object run() {
                return list.remove("c");
            }
        });
        attempt("remove(Object) absent", new Action() {
            public Object run() {
                return list.remove("zzz");
            }
        });
        attempt("clear", new Action() {
            public Object run() {
                list.clear();
                return "?";
            }
        });
        attempt("addAll", new Action() {
            public Object run() {
                return list.addAll(Arrays.asList("p", "q"));
            }
        });
        attempt("addAll empty", new Action() {
            public Object run() {
                return list.addAll(Arrays.<String>asList());
            }
        });
        attempt("addAll(1, empty)", new Action() {
            public Object run() {
                return list.addAll(1, Arrays.<String>asList());
            }
        });
        attempt("addAll(9, empty)", new Action() {
            public Object run() {
                return list.addAll(9, Arrays.<String>asList());
            }
        });
        attempt("removeAll", new Action() {
            public Object run() {
                return list.removeAll(Arrays.asList("a"));
            }
        });
        attempt("removeAll nothing", new Action() {
            public Object run() {
                return list.removeAll(Arrays.asList("nope"));
            }
        });
        attempt("retainAll everything", new Action() {
            public Object run() {
                return list.retainAll(list);
            }
        });
        attempt("retainAll(null)", new Action() {
            public Object run() {
                return list.retainAll(null);
            }
        });
        attempt("removeIf none", new Action() {
            public Object run() {
                return list.removeIf(new Predicate<String>() {
                    public boolean test(String s) {
                        return "nope".equals(s);
                    }
                });
            }
        });
        attempt("removeIf some", new Action() {
            public Object run() {
                return list.removeIf(new Predicate<String>() {
                    public boolean test(String s) {
                        return s == null;
                    }
                });
            }
        });
        attempt("get(6)", new Action() {
            public Object run() {
                return list.get(6);
            }
        });
        attempt("get(-1)", new Action() {
            public Object run() {
                return list.get(-1);
            }
        });
        attempt("set(6)", new Action() {
            public Object run() {
                return list.set(6, "x");
            }
        });
        attempt("set wrong type", new Action() {
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object run() {
                return ((List) list).set(1, 42);
            }
        });
        System.out.println("after failures " + list);

        Iterator<String> it = list.iterator();
        StringBuilder seen = new StringBuilder();
        while (it.hasNext())
            seen.append(it.next()).append(',');
        System.out.println("iterated " + seen);
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past end: " + e);
        }
        try {
            list.iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove: " + e);
        }

        ListIterator<String> li = list.listIterator(2);
        System.out.println("listIterator(2) next " + li.nextIndex() + " prev " + li.previousIndex() + " hasPrevious "
            + li.hasPrevious() + " previous " + li.previous() + " previous " + li.previous() + " hasPrevious "
            + li.hasPrevious() + " nextIndex " + li.nextIndex());
        try {
            li.previous();
        } catch (NoSuchElementException e) {
            System.out.println("previous at start: " + e);
        }
        try {
            li.set("early");
        } catch (IllegalStateException e) {
            System.out.println("set before next: " + e);
        }
        li.next();
        li.set("first");
        System.out.println("set via iterator " + list + " " + backing[0]);
        try {
            li.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("listIterator add: " + e);
        }
        try {
            li.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("listIterator remove: " + e);
        }
        ListIterator<String> end = list.listIterator(6);
        try {
            end.next();
        } catch (NoSuchElementException e) {
            System.out.println("listIterator next at end: " + e);
        }
        attempt("listIterator(7)", new Action() {
            public Object run() {
                return list.listIterator(7);
            }
        });
        attempt("listIterator(-1)", new Action() {
            public Object run() {
                return list.listIterator(-1);
            }
        });

        final List<String> sub = list.subList(1, 4);
        System.out.println("subList " + sub + " size " + sub.size() + " get(0) " + sub.get(0) + " indexOf(null) "
            + sub.indexOf(null) + " lastIndexOf(a) " + sub.lastIndexOf("a") + " contains(first) " + sub.contains("first"));
        sub.set(2, "C");
        System.out.println("subList set -> list " + list + " array " + Arrays.toString(backing));
        List<String> subsub = sub.subList(1, 3);
        System.out.println("subList of subList " + subsub + " " + subsub.getClass().getName() + " equals "
            + subsub.equals(Arrays.asList(null, "C")) + " hashCode " + subsub.hashCode());
        subsub.set(0, "n");
        System.out.println("write through two levels " + list + " " + sub);
        attempt("subList get(3)", new Action() {
            public Object run() {
                return sub.get(3);
            }
        });
        attempt("subList set(-1)", new Action() {
            public Object run() {
                return sub.set(-1, "x");
            }
        });
        attempt("subList add", new Action() {
            public Object run() {
                return sub.add("x");
            }
        });
        attempt("subList add(9)", new Action() {
            public Object run() {
                sub.add(9, "x");
                return "?";
            }
        });
        attempt("subList remove(0)", new Action() {
            public Object run() {
                return sub.remove(0);
            }
        });
        attempt("subList remove(5)", new Action() {
            public Object run() {
                return sub.remove(5);
            }
        });
        attempt("subList clear", new Action() {
            public Object run() {
                sub.clear();
                return "?";
            }
        });
        attempt("empty subList clear", new Action() {
            public Object run() {
                list.subList(2, 2).clear();
                return "cleared nothing";
            }
        });
        attempt("subList(0, 7)", new Action() {
            public Object run() {
                return list.subList(0, 7);
            }
        });
        attempt("subList(-1, 2)", new Action() {
            public Object run() {
                return list.subList(-1, 2);
            }
        });
        attempt("subList(3, 2)", new Action() {
            public Object run() {
                return list.subList(3, 2);
            }
        });
        attempt("subList(8, 7)", new Action() {
            public Object run() {
                return list.subList(8, 7);
            }
        });
        attempt("sub.subList(0, 4)", new Action() {
            public Object run() {
                return sub.subList(0, 4);
            }
        });
        attempt("sub.listIterator(4)", new Action() {
            public Object run() {
                return sub.listIterator(4);
            }
        });
        ListIterator<String> sli = sub.listIterator(3);
        System.out.println("sub listIterator at end hasNext " + sli.hasNext() + " nextIndex " + sli.nextIndex()
            + " previous " + sli.previous() + " previousIndex " + sli.previousIndex());
        try {
            sub.listIterator(3).next();
        } catch (NoSuchElementException e) {
            System.out.println("sub listIterator next at end: " + e);
        }
        try {
            sub.listIterator(0).previous();
        } catch (NoSuchElementException e) {
            System.out.println("sub listIterator previous at start: " + e);
        }
        ListIterator<String> sli2 = sub.listIterator();
        sli2.next();
        sli2.set("S");
        System.out.println("sub listIterator set " + list);

        List<String> other = Arrays.asList(list.toArray(new String[0]));
        System.out.println("equals copy " + list.equals(other) + " " + other.equals(list) + " hash " + (list.hashCode() == other.hashCode())
            + " " + list.hashCode() + " equals shorter " + list.equals(list.subList(0, 5)) + " equals non-list "
            + list.equals("x") + " equals self " + list.equals(list));
        System.out.println("hashCode values " + Arrays.asList().hashCode() + " " + Arrays.asList((Object) null).hashCode() + " "
            + Arrays.asList(1, 2, 3).hashCode() + " " + Arrays.asList("a", "b").hashCode());
        Object[] selfRef = new Object[2];
        List<Object> selfList = Arrays.asList(selfRef);
        selfRef[0] = selfList;
        selfRef[1] = "tail";
        System.out.println("self toString " + selfList);
        System.out.println("empty " + Arrays.asList() + " " + Arrays.asList().size() + " " + Arrays.asList().isEmpty()
            + " " + Arrays.asList().iterator().hasNext());
        System.out.println("varargs " + Arrays.asList(1, 2.5, 'c', "s", null) + " single array elem "
            + Arrays.asList(new int[] {1, 2}).size());
        attempt("asList(null array)", new Action() {
            public Object run() {
                return Arrays.asList((Object[]) null);
            }
        });

        Integer[] nums = {5, 3, 9, 1, 3, 7};
        List<Integer> numList = Arrays.asList(nums);
        numList.sort(null);
        System.out.println("sort(null) " + numList + " array " + Arrays.toString(nums));
        numList.sort(Comparator.<Integer>reverseOrder());
        System.out.println("sort(reverse) " + numList);
        numList.replaceAll(new UnaryOperator<Integer>() {
            public Integer apply(Integer x) {
                return x * 10;
            }
        });
        System.out.println("replaceAll " + Arrays.toString(nums));
        final StringBuilder sb = new StringBuilder();
        numList.forEach(new Consumer<Integer>() {
            public void accept(Integer x) {
                sb.append('[').append(x).append(']');
            }
        });
        System.out.println("forEach " + sb);
        sb.setLength(0);
        numList.subList(1, 4).forEach(new Consumer<Integer>() {
            public void accept(Integer x) {
                sb.append('<').append(x).append('>');
            }
        });
        System.out.println("subList forEach " + sb);
        List<Integer> subNums = numList.subList(0, 4);
        subNums.sort(null);
        System.out.println("subList sort " + numList);
        subNums.replaceAll(new UnaryOperator<Integer>() {
            public Integer apply(Integer x) {
                return -x;
            }
        });
        System.out.println("subList replaceAll " + numList);
        attempt("forEach(null)", new Action() {
            public Object run() {
                list.forEach(null);
                return "?";
            }
        });
        attempt("replaceAll(null)", new Action() {
            public Object run() {
                list.replaceAll(null);
                return "?";
            }
        });
        Collection<String> asCollection = list;
        System.out.println("as Collection " + asCollection.size() + " " + asCollection.contains("S"));
    }
}
