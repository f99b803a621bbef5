// min-release: 17
// Switch expressions (Java 14) on int, char, String and boxed selectors:
// arrow cases with several labels, blocks with yield, yield from inside
// nested statements (loops, try/finally), switch expressions used as
// operands and arguments, the old colon form with yield, and exceptions
// thrown from a case.
public class SwitchExpressions {
    static String size(int n) {
        return switch (n) {
            case 0 -> "zero";
            case 1, 2, 3 -> "small";
            case 100, 1000, 10000 -> "round";
            default -> n < 0 ? "negative" : "other";
        };
    }

    static int vowelValue(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'a' -> 1;
            case 'e' -> 2;
            case 'i', 'o' -> {
                int base = c == 'i' || c == 'I' ? 3 : 4;
                yield base * 10;
            }
            case 'u' -> throw new IllegalArgumentException("no u allowed: " + c);
            default -> 0;
        };
    }

    static String command(String s) {
        return switch (s) {
            case "go", "run" -> "moving";
            case "Aa", "BB" -> "colliding " + s;
            case "stop" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 3; i++) sb.append('.');
                yield "stopping" + sb;
            }
            default -> "unknown " + s.length();
        };
    }

    static int oldStyle(int k) {
        int r = switch (k % 4) {
            case 0:
            case 1:
                yield k * 2;
            case 2:
                try {
                    if (k > 5) yield -1;
                } finally {
                    log.append("finally").append(k).append(' ');
                }
                yield 22;
            default:
                int sum = 0;
                for (int i = 0; i < k; i++) {
                    if (i == 3) break;
                    sum += i;
                }
                yield sum;
        };
        return r;
    }

    static StringBuilder log = new StringBuilder();

    public static void main(String[] args) {
        int[] ns = { 0, 1, 3, 4, 100, 10000, -5, 7 };
        for (int n : ns) System.out.println(n + " is " + size(n));
        String word = "AudioIOe";
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            try {
                System.out.println(c + " -> " + vowelValue(c));
            } catch (IllegalArgumentException e) {
                System.out.println(c + " -> " + e.getMessage());
            }
        }
        String[] cmds = { "go", "run", "stop", "Aa", "BB", "jump", "" };
        for (String s : cmds) System.out.println("[" + s + "] " + command(s));
        for (int k = 0; k < 10; k++) System.out.print(oldStyle(k) + " ");
        System.out.println();
        System.out.println("log " + log);
        Integer boxed = 3;
        String b = switch (boxed) {
            case 3 -> "three";
            default -> "not three";
        };
        int sum = switch (b.length()) { case 5 -> 5; default -> 0; } + switch (b) { case "three" -> 30; default -> 0; };
        System.out.println("boxed " + b + " sum " + sum);
        Integer none = null;
        try {
            String s = switch (none) { case 1 -> "one"; default -> "other"; };
            System.out.println("no exception?! " + s);
        } catch (NullPointerException e) {
            System.out.println("null Integer selector: NullPointerException");
        }
    }
}
