// switch on strings whose hash codes collide ("Aa" and "BB", "AaAa",
// "BBBB", "AaBB" and "BBAa" all share hashes): javac switches on
// hashCode() first and then compares with equals(), so each colliding
// string must still reach its own case. Also the empty string, strings
// differing only in case, non-ASCII strings, fall-through between
// colliding cases, default, and a null selector (NullPointerException).
public class StringSwitchCollisions {
    static String classify(String s) {
        switch (s) {
            case "Aa": return "case Aa";
            case "BB": return "case BB";
            case "AaAa": return "case AaAa";
            case "BBBB": return "case BBBB";
            case "AaBB": return "case AaBB";
            case "": return "case empty";
            case "a": return "case a";
            case "A": return "case A";
            case "\u00e9t\u00e9": return "case \u00e9t\u00e9";
            default: return "default";
        }
    }

    static int fallThrough(String s) {
        int r = 0;
        switch (s) {
            case "Aa":
                r += 1;
            case "BB":
                r += 10;
                break;
            case "C#":
                r += 100;
            case "Bb":
                r += 1000;
            default:
                r += 10000;
        }
        return r;
    }

    public static void main(String[] args) {
        String[] inputs = { "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "a", "A", "aa", "\u00e9t\u00e9", "Ab", "C#", "Bb", new String("Aa"), "B" + "B" };
        for (String s : inputs) {
            System.out.println("[" + s + "] hash " + s.hashCode() + " -> " + classify(s) + ", fallThrough " + fallThrough(s));
        }
        String built = new StringBuilder("aA").reverse().toString();
        System.out.println("built [" + built + "] -> " + classify(built));
        try {
            classify(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("null selector: NullPointerException");
        }
        int count = 0;
        for (int i = 0; i < 2000; i++) {
            String s = (i % 3 == 0) ? "Aa" : (i % 3 == 1) ? "BB" : "AaBB";
            if (classify(s).endsWith("BB")) count++;
        }
        System.out.println("count " + count);
    }
}
