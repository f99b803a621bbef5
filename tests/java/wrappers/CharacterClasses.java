// Character classification over ASCII and selected Latin-1 and other
// characters (output is ASCII: characters are shown by code).
public class CharacterClasses {
    public static void main(String[] args) {
        StringBuilder digits = new StringBuilder(), letters = new StringBuilder(), ws = new StringBuilder(), space = new StringBuilder(),
                      upper = new StringBuilder(), lower = new StringBuilder(), alnum = new StringBuilder(), jstart = new StringBuilder(),
                      jpart = new StringBuilder(), ctrl = new StringBuilder(), ident = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (Character.isDigit(c)) digits.append(c);
            if (Character.isLetter(c)) letters.append(c);
            if (Character.isWhitespace(c)) ws.append((int) c).append(',');
            if (Character.isSpaceChar(c)) space.append((int) c).append(',');
            if (Character.isUpperCase(c)) upper.append(c);
            if (Character.isLowerCase(c)) lower.append(c);
            if (Character.isLetterOrDigit(c)) alnum.append(c);
            if (Character.isJavaIdentifierStart(c)) jstart.append(c);
            if (Character.isJavaIdentifierPart(c) && c >= 32) jpart.append(c);
            if (Character.isISOControl(c)) ctrl.append((int) c).append(',');
            if (Character.isIdentifierIgnorable(c)) ident.append((int) c).append(',');
        }
        System.out.println("digits: " + digits);
        System.out.println("letters: " + letters);
        System.out.println("whitespace: " + ws);
        System.out.println("space chars: " + space);
        System.out.println("upper: " + upper);
        System.out.println("lower: " + lower);
        System.out.println("letterOrDigit: " + alnum);
        System.out.println("javaIdentifierStart: " + jstart);
        System.out.println("javaIdentifierPart (printable): " + jpart);
        System.out.println("ISO control: " + ctrl);
        System.out.println("identifier ignorable: " + ident);
        char[] others = { '\u00a0', '\u00aa', '\u00b2', '\u00b5', '\u00c0', '\u00d7', '\u00df', '\u00e9', '\u00ff', '\u0100', '\u0391', '\u03c9',
                          '\u0430', '\u05d0', '\u0660', '\u0966', '\u2003', '\u2028', '\u3000', '\u4e2d', '\uff10', '\uff21', '\ufeff' };
        for (char c : others) {
            System.out.println(Integer.toHexString(c) + ": letter " + Character.isLetter(c) + " digit " + Character.isDigit(c) + " upper " + Character.isUpperCase(c)
                    + " lower " + Character.isLowerCase(c) + " whitespace " + Character.isWhitespace(c) + " space " + Character.isSpaceChar(c)
                    + " alnum " + Character.isLetterOrDigit(c) + " digit(c,10) " + Character.digit(c, 10) + " toUpper " + Integer.toHexString(Character.toUpperCase(c))
                    + " toLower " + Integer.toHexString(Character.toLowerCase(c)));
        }
        System.out.println("surrogates: " + Character.isHighSurrogate('\ud83d') + " " + Character.isLowSurrogate('\ude00') + " " + Character.isSurrogate('a')
                + " toCodePoint " + Character.toCodePoint('\ud83d', '\ude00') + " charCount " + Character.charCount(0x1F600) + " " + Character.charCount('a')
                + " isSupplementary " + Character.isSupplementaryCodePoint(0x1F600) + " isValid " + Character.isValidCodePoint(0x110000)
                + " isBmp " + Character.isBmpCodePoint(0xFFFF));
        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars " + pair.length + " " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]) + " highSurrogate "
                + Integer.toHexString(Character.highSurrogate(0x1F600)) + " lowSurrogate " + Integer.toHexString(Character.lowSurrogate(0x1F600)));
        System.out.println("code point classification: " + Character.isLetter(0x1D400) + " " + Character.isDigit(0x1D7CE) + " " + Character.isUpperCase(0x1D400)
                + " " + Character.toUpperCase(0x61) + " " + Character.toLowerCase(0x10400));
        System.out.println("Character.valueOf/charValue/toString: " + Character.valueOf('k').charValue() + " " + Character.toString('k') + " " + Character.valueOf('k').equals('k'));
    }
}
