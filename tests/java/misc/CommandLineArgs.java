// args: alpha "two words" '' 42 -x --flag=value "quote\"inside" it\'s\ ok "double and 'single'"
// Program arguments arrive unchanged, including empty ones and spaces.
public class CommandLineArgs {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println("args[" + i + "] = [" + args[i] + "] length " + args[i].length());
        int total = 0;
        for (String a : args) {
            boolean numeric = !a.isEmpty();
            for (int i = 0; i < a.length(); i++) if (!Character.isDigit(a.charAt(i))) numeric = false;
            if (numeric) total += Integer.parseInt(a);
        }
        System.out.println("numeric total " + total);
        System.out.println("args array class " + args.getClass().getName());
    }
}
