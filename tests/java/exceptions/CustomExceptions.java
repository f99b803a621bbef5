// User-defined exception hierarchies, getMessage/getLocalizedMessage/
// getCause/toString, overridden getMessage, and fields in exceptions.
public class CustomExceptions {
    static class BankException extends Exception {
        BankException() { super(); }
        BankException(String m) { super(m); }
        BankException(String m, Throwable c) { super(m, c); }
    }

    static class InsufficientFunds extends BankException {
        final long needed;
        InsufficientFunds(long needed) {
            super("need " + needed + " more");
            this.needed = needed;
        }
    }

    static class AccountFrozen extends BankException {
        AccountFrozen(String account) { super("account " + account + " is frozen"); }
        @Override public String getMessage() { return "[frozen] " + super.getMessage(); }
    }

    static class Quiet extends RuntimeException {
        @Override public String toString() { return "Quiet!"; }
    }

    static class Localized extends Exception {
        Localized(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; }
    }

    static class Account {
        final String id;
        long balance;
        boolean frozen;
        Account(String id, long b) { this.id = id; balance = b; }

        void withdraw(long amount) throws BankException {
            if (frozen) throw new AccountFrozen(id);
            if (amount <= 0) throw new BankException("bad amount " + amount, new IllegalArgumentException(Long.toString(amount)));
            if (amount > balance) throw new InsufficientFunds(amount - balance);
            balance -= amount;
        }
    }

    public static void main(String[] args) {
        Account acc = new Account("ACC-1", 100);
        long[] amounts = { 30, 80, -5, 70, 0 };
        for (long a : amounts) {
            try {
                acc.withdraw(a);
                System.out.println("withdrew " + a + ", balance " + acc.balance);
            } catch (InsufficientFunds e) {
                System.out.println("InsufficientFunds: " + e.getMessage() + " (needed " + e.needed + ")");
            } catch (BankException e) {
                System.out.println("BankException: " + e + " cause=" + e.getCause());
            }
        }
        acc.frozen = true;
        try {
            acc.withdraw(1);
        } catch (BankException e) {
            System.out.println("getMessage: " + e.getMessage());
            System.out.println("toString: " + e);
            System.out.println("localized: " + e.getLocalizedMessage());
            System.out.println("instanceof AccountFrozen " + (e instanceof AccountFrozen) + ", class " + e.getClass().getName());
        }
        BankException empty = new BankException();
        System.out.println("no message: " + empty.getMessage() + " / " + empty);
        System.out.println("custom toString: " + new Quiet() + ", message " + new Quiet().getMessage());
        Localized loc = new Localized("msg");
        System.out.println("toString uses getLocalizedMessage: " + loc);
        Throwable plain = new Throwable("plain");
        System.out.println(plain + " | " + new Error() + " | " + new Exception("") + " | " + new RuntimeException((String) null));
        // initCause once only.
        Exception e1 = new Exception("e1");
        e1.initCause(new RuntimeException("root"));
        System.out.println("initCause set: " + e1.getCause().getMessage());
        try {
            e1.initCause(new RuntimeException("again"));
        } catch (IllegalStateException ise) {
            System.out.println("second initCause: " + ise.getClass().getName() + ": " + ise.getMessage());
        }
        Exception e2 = new Exception("e2", null);
        try {
            e2.initCause(new RuntimeException("late"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause after constructor cause: " + ise.getMessage());
        }
        Exception e3 = new Exception("e3");
        try {
            e3.initCause(e3);
        } catch (IllegalArgumentException iae) {
            System.out.println("self-causation: " + iae.getMessage());
        }
        // Catching by a common superclass in a loop.
        Exception[] all = { new InsufficientFunds(5), new AccountFrozen("X"), new BankException("plain"), new Localized("l") };
        for (Exception e : all) {
            String kind = e instanceof BankException ? "bank" : "other";
            System.out.println(kind + ": " + e.getMessage());
        }
    }
}
