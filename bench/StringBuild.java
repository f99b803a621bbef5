// Benchmark: string building - StringBuilder appends of ints and chars,
// toString, String.hashCode, charAt, substring, concatenation. Argument:
// rounds (default 500).
public class StringBuild {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int hash = 0;
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                sb.append(i).append(',');
                if ((i & 15) == 0) sb.append("item").append((char) ('a' + i % 26));
            }
            String s = sb.toString();
            hash = hash * 31 + s.hashCode();
            for (int i = 0; i < s.length(); i += 7) chars += s.charAt(i);
            String part = s.substring(r % 100, r % 100 + 50) + r + "/" + s.length();
            hash ^= part.hashCode();
        }
        System.out.println("hash " + hash + ", chars " + chars);
    }
}
