/*
 * GenCharData - generates runtime/classlib/java/lang/CharacterData.java,
 * the Unicode tables behind Cortado's java.lang.Character, from the
 * Character class of the JDK it runs on (17: Unicode 13.0):
 *
 *   java tools/gen_chardata/GenCharData.java \
 *       > runtime/classlib/java/lang/CharacterData.java
 *
 * Every code point's answers are asked of the JDK itself and stored as runs
 * of equal values, so Cortado agrees with JDK 17 on all 0x110000 code
 * points while the tables stay small. tests/unit/check_chardata.sh checks
 * that the committed file is what this program prints.
 *
 * Tables (each a String of UTF-16 units, decoded by Character):
 *  PROPERTIES  runs: start (2 units), value (1 unit) = general category
 *              (getType, 5 bits) | flag bits (see Character.P_*)
 *  UPPER, LOWER, TITLE  case-mapping runs: start (2), count (1), stride
 *              (1: the run maps every stride-th code point, the ones
 *              between map to themselves), delta (2)
 *  DIGIT       runs of consecutive Character.digit(cp, 36) values:
 *              start (2), count (1), first value (1)
 *  NUMERIC     runs of getNumericValue: start (2), count (1), step (1:
 *              0 or 1), first value (2)
 */
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

public class GenCharData {
    static final int MAX = Character.MAX_CODE_POINT;

    static int properties(int cp) {
        int flags = 0;
        if (Character.isLowerCase(cp)) flags |= 1;
        if (Character.isUpperCase(cp)) flags |= 2;
        if (Character.isAlphabetic(cp)) flags |= 4;
        if (Character.isIdeographic(cp)) flags |= 8;
        if (Character.isJavaIdentifierStart(cp)) flags |= 16;
        if (Character.isJavaIdentifierPart(cp)) flags |= 32;
        if (Character.isUnicodeIdentifierStart(cp)) flags |= 64;
        if (Character.isUnicodeIdentifierPart(cp)) flags |= 128;
        if (Character.isIdentifierIgnorable(cp)) flags |= 256;
        if (Character.isWhitespace(cp)) flags |= 512;
        if (Character.isMirrored(cp)) flags |= 1024;
        return Character.getType(cp) | flags << 5;
    }

    static void unit(StringBuilder sb, int value) {
        if (value < 0 || value > 0xffff) throw new IllegalArgumentException("" + value);
        sb.append((char) value);
    }

    static void twoUnits(StringBuilder sb, int value) {
        unit(sb, value >>> 16);
        unit(sb, value & 0xffff);
    }

    static String propertiesTable(int[] runs) {
        StringBuilder sb = new StringBuilder();
        int previous = -1, count = 0;
        for (int cp = 0; cp <= MAX; cp++) {
            int p = properties(cp);
            if (p != previous) {
                twoUnits(sb, cp);
                unit(sb, p);
                previous = p;
                count++;
            }
        }
        runs[0] = count;
        return sb.toString();
    }

    static String caseTable(IntUnaryOperator map, int[] runs) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int cp = 0;
        while (cp <= MAX) {
            int delta = map.applyAsInt(cp) - cp;
            if (delta == 0) { cp++; continue; }
            // stride 1 run
            int n1 = 1;
            while (cp + n1 <= MAX && n1 < 0xffff && map.applyAsInt(cp + n1) - (cp + n1) == delta) n1++;
            // stride 2 run: every other code point, identity between
            int n2 = 1;
            while (cp + 2 * n2 <= MAX && n2 < 0xffff
                   && map.applyAsInt(cp + 2 * n2 - 1) == cp + 2 * n2 - 1
                   && map.applyAsInt(cp + 2 * n2) - (cp + 2 * n2) == delta) n2++;
            int stride = n2 > n1 ? 2 : 1;
            int n = stride == 2 ? n2 : n1;
            twoUnits(sb, cp);
            unit(sb, n);
            unit(sb, stride);
            twoUnits(sb, delta);
            count++;
            cp += stride == 2 ? 2 * n - 1 : n;
        }
        runs[0] = count;
        return sb.toString();
    }

    static String digitTable(int[] runs) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int cp = 0;
        while (cp <= MAX) {
            int v = Character.digit(cp, 36);
            if (v < 0) { cp++; continue; }
            int n = 1;
            while (cp + n <= MAX && Character.digit(cp + n, 36) == v + n) n++;
            twoUnits(sb, cp);
            unit(sb, n);
            unit(sb, v);
            count++;
            cp += n;
        }
        runs[0] = count;
        return sb.toString();
    }

    static String numericTable(int[] runs) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int cp = 0;
        while (cp <= MAX) {
            int v = Character.getNumericValue(cp);
            if (v == -1) { cp++; continue; }
            int step = cp < MAX && Character.getNumericValue(cp + 1) == v + 1 ? 1 : 0;
            int n = 1;
            while (cp + n <= MAX && n < 0xffff && Character.getNumericValue(cp + n) == v + step * n) n++;
            twoUnits(sb, cp);
            unit(sb, n);
            unit(sb, step);
            twoUnits(sb, v);
            count++;
            cp += n;
        }
        runs[0] = count;
        return sb.toString();
    }

    /* A Java string literal, split in lines of at most 16 units. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += 16) {
            sb.append(i == 0 ? "        \"" : "        + \"");
            for (int j = i; j < Math.min(i + 16, s.length()); j++) {
                int c = s.charAt(j);
                // Octal below 256: a Unicode escape of a quote, backslash or line
                // break would be decoded before the literal is read.
                sb.append(c < 256 ? String.format("\\%03o", c) : String.format("\\u%04x", c));
            }
            sb.append("\"\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] n = new int[1];
        StringBuilder out = new StringBuilder();
        out.append("/*\n"
            + " * Generated by tools/gen_chardata/GenCharData.java from the Character class\n"
            + " * of JDK " + Runtime.version().feature() + " (Unicode data as in that JDK); do not edit.\n"
            + " * See the generator for the layout of the tables; Character decodes them.\n"
            + " */\n"
            + "package java.lang;\n\n"
            + "final class CharacterData {\n"
            + "    private CharacterData() {\n    }\n");
        String[][] tables = {
            {"PROPERTIES", propertiesTable(n), null},
            {"UPPER", null, null}, {"LOWER", null, null}, {"TITLE", null, null},
            {"DIGIT", null, null}, {"NUMERIC", null, null}};
        tables[0][2] = "" + n[0];
        tables[1][1] = caseTable(Character::toUpperCase, n); tables[1][2] = "" + n[0];
        tables[2][1] = caseTable(Character::toLowerCase, n); tables[2][2] = "" + n[0];
        tables[3][1] = caseTable(Character::toTitleCase, n); tables[3][2] = "" + n[0];
        tables[4][1] = digitTable(n); tables[4][2] = "" + n[0];
        tables[5][1] = numericTable(n); tables[5][2] = "" + n[0];
        for (String[] t : tables) {
            out.append("\n    /* ").append(t[2]).append(" runs */\n");
            out.append("    static final String ").append(t[0]).append(" =\n");
            out.append(literal(t[1]).replaceAll("\n$", ";\n"));
        }
        out.append("}\n");
        System.out.print(out);
    }
}
