// char is an unsigned 16-bit integer type that prints as a character.
public class CharArithmetic {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + c);
        System.out.println("" + c + c);
        char d = 'z';
        System.out.println(d - c);
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        System.out.println('A' + 'B');
        System.out.println((char) ('A' + 2));
        System.out.println('0' + 9);
        System.out.println((char) ('0' + 9));
        System.out.println((int) '\uffff' + ", " + (int) (char) -1 + ", " + (short) '\uffff');
        // Alphabet loops.
        StringBuilder sb = new StringBuilder();
        for (char x = 'A'; x <= 'Z'; x++) sb.append(x);
        System.out.println(sb);
        sb.setLength(0);
        for (char x = 'z'; x >= 'a'; x -= 2) sb.append(x);
        System.out.println(sb);
        // Rot13.
        String text = "Hello, World! Cortado runs Java.";
        sb.setLength(0);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'a' && ch <= 'z') ch = (char) ('a' + (ch - 'a' + 13) % 26);
            else if (ch >= 'A' && ch <= 'Z') ch = (char) ('A' + (ch - 'A' + 13) % 26);
            sb.append(ch);
        }
        System.out.println(sb);
        // Digit values.
        String digits = "0123456789abcdef";
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char ch = digits.charAt(i);
            int v = ch <= '9' ? ch - '0' : ch - 'a' + 10;
            value = value * 3 + v;
            System.out.println(ch + " -> " + v + " acc " + value);
        }
        // Comparisons of chars are unsigned.
        char hi = '\u8000';
        char lo = '\u7fff';
        System.out.println("hi > lo: " + (hi > lo) + ", (short) hi = " + (short) hi + ", hi = " + (int) hi);
        // Ternary with char and int constant keeps char type; with int variable it's int.
        int k = 66;
        boolean t = true;
        System.out.println(t ? 'x' : 0);
        System.out.println(t ? 'x' : k);
        System.out.println(false ? 1 : 'y');
        // char in switch.
        String word = "switch-on-char_1";
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            switch (ch) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    System.out.println(ch + " vowel");
                    break;
                case '-': case '_':
                    System.out.println(ch + " separator");
                    break;
                default:
                    if (ch >= '0' && ch <= '9') System.out.println(ch + " digit");
                    else System.out.println(ch + " consonant " + (int) ch);
            }
        }
        // char arrays and int arithmetic.
        char[] arr = new char[5];
        for (int i = 0; i < arr.length; i++) arr[i] = (char) ('v' + i);
        System.out.println(arr);
        System.out.println(new String(arr, 1, 3));
        int sum = 0;
        for (char ch : arr) sum += ch;
        System.out.println("sum " + sum);
        System.out.println(Character.MAX_VALUE + 0);
        System.out.println(Character.MIN_VALUE + 0);
    }
}
