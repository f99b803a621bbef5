// A return (or throw) in finally overrides the try's return value or
// exception; values returned are captured before finally runs.
public class FinallyReturn {
    @SuppressWarnings("finally")
    static int overrideReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int swallowException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    @SuppressWarnings("finally")
    static int overrideInCatch() {
        try {
            throw new RuntimeException("x");
        } catch (RuntimeException e) {
            return 4;
        } finally {
            return 5;
        }
    }

    static int capturedValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }

    static int[] capturedReference() {
        int[] arr = { 10 };
        try {
            return arr;
        } finally {
            arr[0] = 20;
        }
    }

    static StringBuilder capturedBuilder() {
        StringBuilder sb = new StringBuilder("try");
        try {
            return sb;
        } finally {
            sb.append("+finally");
        }
    }

    @SuppressWarnings("finally")
    static String throwOverridesReturn() {
        try {
            return "value";
        } finally {
            throw new IllegalStateException("finally threw");
        }
    }

    @SuppressWarnings("finally")
    static long loopBreakInFinally() {
        long total = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i == 4) throw new RuntimeException("dropped by break");
                total += i;
            } finally {
                if (i == 4) break;
            }
        }
        return total;
    }

    @SuppressWarnings("finally")
    static int continueInFinally() {
        int n = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i % 2 == 0) return -1;
                n += 10;
            } finally {
                n++;
                continue;
            }
        }
        return n;
    }

    static double nestedReturns() {
        try {
            try {
                return 1.5;
            } finally {
                System.out.println("  inner finally");
            }
        } finally {
            System.out.println("  outer finally");
        }
    }

    public static void main(String[] args) {
        System.out.println("overrideReturn " + overrideReturn());
        System.out.println("swallowException " + swallowException());
        System.out.println("overrideInCatch " + overrideInCatch());
        System.out.println("capturedValue " + capturedValue());
        System.out.println("capturedReference " + capturedReference()[0]);
        System.out.println("capturedBuilder " + capturedBuilder());
        try {
            throwOverridesReturn();
        } catch (IllegalStateException e) {
            System.out.println("throwOverridesReturn " + e.getMessage());
        }
        System.out.println("loopBreakInFinally " + loopBreakInFinally());
        System.out.println("continueInFinally " + continueInFinally());
        System.out.println("nestedReturns " + nestedReturns());
    }
}
