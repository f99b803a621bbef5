// switch on enum values (through the synthetic $SwitchMap$ array), in
// several classes, with fall-through and default, and a small state machine.
public class EnumSwitch {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    enum State { IDLE, RUNNING, PAUSED, STOPPED }

    enum Event { START, PAUSE, RESUME, STOP, RESET }

    static String color(Suit s) {
        switch (s) {
            case HEARTS:
            case DIAMONDS:
                return "red";
            case CLUBS:
            case SPADES:
                return "black";
        }
        return "unreachable";
    }

    static int points(Suit s) {
        int p = 0;
        switch (s) {
            case SPADES: p += 8;
            case HEARTS: p += 4;
            case DIAMONDS: p += 2;
            default: p += 1;
        }
        return p;
    }

    static class Machine {
        State state = State.IDLE;

        void on(Event e) {
            State before = state;
            switch (state) {
                case IDLE:
                    if (e == Event.START) state = State.RUNNING;
                    break;
                case RUNNING:
                    switch (e) {
                        case PAUSE: state = State.PAUSED; break;
                        case STOP: state = State.STOPPED; break;
                        default: break;
                    }
                    break;
                case PAUSED:
                    switch (e) {
                        case RESUME: state = State.RUNNING; break;
                        case STOP: state = State.STOPPED; break;
                        default:
                    }
                    break;
                default:
                    if (e == Event.RESET) state = State.IDLE;
            }
            System.out.println(before + " --" + e + "--> " + state);
        }
    }

    public static void main(String[] args) {
        for (Suit s : Suit.values()) System.out.println(s + " is " + color(s) + ", points " + points(s));
        Machine m = new Machine();
        Event[] script = { Event.PAUSE, Event.START, Event.PAUSE, Event.START, Event.RESUME, Event.STOP, Event.START,
                           Event.RESET, Event.START, Event.STOP };
        for (Event e : script) m.on(e);
        try {
            Suit none = null;
            color(none);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NullPointerException");
        }
        int counts[] = new int[4];
        for (int i = 0; i < 100; i++) {
            Suit s = Suit.values()[(i * 7) % 4];
            switch (s) {
                case CLUBS: counts[0]++; break;
                case DIAMONDS: counts[1]++; break;
                case HEARTS: counts[2]++; break;
                case SPADES: counts[3]++; break;
            }
        }
        System.out.println("counts " + counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
    }
}
