// switch on String: hashCode, lookupswitch, then equals - including keys
// whose hash codes collide ("Aa" and "BB") and the empty string.
public class StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "": return 0;
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "hello": return 6;
            case "HELLO": return 7;
            case "polygenelubricants": return 8;
            default: return -1;
        }
    }

    static String day(String d) {
        String kind;
        switch (d) {
            case "Saturday":
            case "Sunday":
                kind = "weekend";
                break;
            case "Monday":
            case "Tuesday":
            case "Wednesday":
            case "Thursday":
            case "Friday":
                kind = "weekday";
                break;
            default:
                kind = "unknown";
        }
        return d + " is a " + kind;
    }

    static String fall(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "a": sb.append("a");
            case "b": sb.append("b");
            case "c": sb.append("c"); break;
            default: sb.append("?");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] inputs = { "", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "hello", "HELLO", "Hello",
                            "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES", "x" };
        for (String s : inputs) {
            System.out.println("\"" + s + "\" hash " + s.hashCode() + " -> " + classify(s));
        }
        String[] days = { "Monday", "Saturday", "Friday", "Sunday", "Funday", "monday" };
        for (String d : days) System.out.println(day(d));
        String[] fs = { "a", "b", "c", "d" };
        for (String f : fs) System.out.println("fall(" + f + ") = " + fall(f));
        // Strings built at run time match too.
        StringBuilder sb = new StringBuilder();
        sb.append('h').append("el").append("lo");
        System.out.println("built -> " + classify(sb.toString()));
        String upper = "hello".toUpperCase();
        System.out.println("upper -> " + classify(upper));
        try {
            String nothing = null;
            classify(nothing);
        } catch (NullPointerException e) {
            System.out.println("switch on null throws NullPointerException");
        }
    }
}
