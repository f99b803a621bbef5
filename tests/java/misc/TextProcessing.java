// String processing without regular expressions: tokenizing, word
// frequencies with a hand-made hash table, palindromes, anagrams,
// run-length encoding, Caesar cipher, word wrap and Levenshtein distance.
public class TextProcessing {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
            + "it was the winter of despair.";

    static String[] words(String s) {
        String[] out = new String[s.length()];
        int n = 0, i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            if (i > start) out[n++] = s.substring(start, i).toLowerCase();
        }
        String[] exact = new String[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    // Chained hash table keyed by String, remembering insertion order.
    static final class Counter {
        static final class Entry { final String key; int count; Entry next; final int order; Entry(String k, int o) { key = k; order = o; } }
        Entry[] buckets = new Entry[16];
        Entry[] ordered = new Entry[256];
        int size;

        void add(String k) {
            int b = (k.hashCode() & 0x7fffffff) % buckets.length;
            for (Entry e = buckets[b]; e != null; e = e.next) {
                if (e.key.equals(k)) {
                    e.count++;
                    return;
                }
            }
            Entry e = new Entry(k, size);
            e.count = 1;
            e.next = buckets[b];
            buckets[b] = e;
            ordered[size++] = e;
        }
    }

    static boolean palindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            while (i < j && !Character.isLetterOrDigit(s.charAt(i))) i++;
            while (i < j && !Character.isLetterOrDigit(s.charAt(j))) j--;
            if (Character.toLowerCase(s.charAt(i++)) != Character.toLowerCase(s.charAt(j--))) return false;
        }
        return true;
    }

    static String sortedLetters(String s) {
        char[] c = s.toLowerCase().toCharArray();
        for (int i = 1; i < c.length; i++) for (int j = i; j > 0 && c[j - 1] > c[j]; j--) { char t = c[j]; c[j] = c[j - 1]; c[j - 1] = t; }
        return new String(c).trim();
    }

    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length();) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + (c - 'A' + k + 26) % 26));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + (c - 'a' + k + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(), line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int sp = text.indexOf(' ', i);
            if (sp < 0) sp = text.length();
            String w = text.substring(i, sp);
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
            i = sp + 1;
        }
        return out.append(line).toString();
    }

    public static void main(String[] args) {
        String[] ws = words(TEXT);
        System.out.println("words: " + ws.length);
        Counter counter = new Counter();
        for (String w : ws) counter.add(w);
        for (int i = 0; i < counter.size; i++) System.out.println("  " + counter.ordered[i].key + " " + counter.ordered[i].count);
        String[] candidates = { "A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "ab" };
        for (String c : candidates) System.out.println("palindrome \"" + c + "\": " + palindrome(c));
        String[] anagrams = { "listen", "silent", "enlist", "google", "tinsel", "banana", "inlets" };
        for (String a : anagrams) System.out.println(a + " -> " + sortedLetters(a) + (sortedLetters(a).equals(sortedLetters("listen")) ? " (anagram of listen)" : ""));
        System.out.println("rle " + rle("aaaabbbccdaaaaaaaaaaaaz") + " " + rle("x") + " [" + rle("") + "]");
        String secret = caesar("The Quick Brown Fox Jumps Over The Lazy Dog!", 3);
        System.out.println("caesar " + secret + " / " + caesar(secret, -3));
        String[][] pairs = { { "kitten", "sitting" }, { "flaw", "lawn" }, { "", "abc" }, { "intention", "execution" }, { "same", "same" } };
        for (String[] p : pairs) System.out.println("levenshtein(" + p[0] + ", " + p[1] + ") = " + levenshtein(p[0], p[1]));
        System.out.println(wrap(TEXT, 40));
        // Character statistics.
        int letters = 0, upper = 0, spaces = 0, punct = 0;
        for (int i = 0; i < TEXT.length(); i++) {
            char c = TEXT.charAt(i);
            if (Character.isLetter(c)) letters++;
            if (Character.isUpperCase(c)) upper++;
            if (c == ' ') spaces++;
            if (c == ',' || c == '.') punct++;
        }
        System.out.println("letters " + letters + " upper " + upper + " spaces " + spaces + " punctuation " + punct);
    }
}
