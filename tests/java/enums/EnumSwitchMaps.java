// switch on an enum from another class: javac reads a synthetic
// $SwitchMap$ array (ordinal -> case number) filled by a <clinit> that
// catches NoSuchFieldError; cases out of declaration order, fall-through,
// default, missing cases, several switches over several enums in one
// class, a switch on a null enum value (NullPointerException), and a
// switch inside a lambda.
public class EnumSwitchMaps {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    interface Classifier { String classify(Day d); }

    static class Calendar {
        static String kind(Day d) {
            switch (d) {
                case SAT:
                case SUN:
                    return "weekend";
                case FRI:
                    return "almost";
                default:
                    return "weekday";
            }
        }

        static int hours(Day d) {
            int h = 0;
            switch (d) {
                case MON: h += 1;
                case TUE: h += 2;
                case WED: h += 4;
                    break;
                case SUN: h = -1;
                    break;
                case THU: h = 8;
            }
            return h;
        }
    }

    static String color(Suit s) {
        switch (s) {
            case HEARTS: case DIAMONDS: return "red";
            case SPADES: case CLUBS: return "black";
        }
        return "impossible";
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + " " + Calendar.kind(d) + " hours " + Calendar.hours(d));
        }
        for (Suit s : Suit.values()) {
            System.out.println(s + " " + color(s));
        }
        Classifier c = d -> {
            switch (d) {
                case WED: return "midweek";
                case MON: return "start";
                default: return d.name().substring(0, 1);
            }
        };
        StringBuilder sb = new StringBuilder();
        for (Day d : Day.values()) sb.append(c.classify(d)).append(' ');
        System.out.println("lambda switch: " + sb);
        Day nothing = null;
        try {
            Calendar.kind(nothing);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NullPointerException");
        }
        try {
            c.classify(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("switch on null enum in lambda: NullPointerException");
        }
        // a switch in a loop, with the same enum constants over and over
        int score = 0;
        for (int i = 0; i < 1000; i++) {
            Suit s = Suit.values()[i % 4];
            switch (s) {
                case SPADES: score += 4; break;
                case HEARTS: score += 3; break;
                case DIAMONDS: score += 2; break;
                case CLUBS: score += 1; break;
            }
        }
        System.out.println("score " + score);
    }
}
