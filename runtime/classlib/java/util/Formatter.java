/*
 * Cortado class library: java.util.Formatter, the engine of String.format
 * and PrintStream.printf.
 *
 * Supports the general (b h s), character (c), integral (d o x) and
 * floating-point (e f g a) conversions of Byte, Short, Integer, Long, Float,
 * Double, Character, Boolean and any Object for %s/%b/%h, plus %% and %n,
 * with argument indices, flags, width and precision, and the JDK's
 * exceptions and messages, in the formatting of Locale.US. Not supported:
 * date/time conversions (%t, which throw IllegalFormatConversionException
 * for any argument), Formattable, BigInteger/BigDecimal and locales.
 *
 * Like the JDK, %e %f %g do not round the exact binary value: they round
 * (half up) the shortest decimal that Double.toString prints (floats are
 * widened to double first), so String.format("%.2f", 1.005) is "1.01".
 */
package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private IOException lastException;
    private boolean closed;

    public Formatter() {
        this.a = new StringBuilder();
    }

    public Formatter(Appendable a) {
        this.a = a == null ? new StringBuilder() : a;
    }

    private void ensureOpen() {
        if (closed)
            throw new FormatterClosedException();
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    public void close() {
        if (closed)
            return;
        closed = true;
        try {
            if (a instanceof Closeable)
                ((Closeable) a).close();
        } catch (IOException e) {
            lastException = e;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        ensureOpen();
        Spec[] specs = parse(format);
        int last = -1;     // the argument of the previous specifier
        int ordinary = -1; // the last argument used without an index
        try {
            for (int i = 0; i < specs.length; i++) {
                Spec spec = specs[i];
                if (spec.fixed != null) {
                    a.append(spec.fixed);
                    continue;
                }
                if (spec.conversion == '%' || spec.conversion == 'n') {
                    spec.print(a, null);
                    continue;
                }
                int index;
                if ((spec.flags & PREVIOUS) != 0) {
                    index = last;
                    if (last < 0 || (args != null && last > args.length - 1))
                        throw new MissingFormatArgumentException(spec.toString());
                } else if (spec.index == 0) {
                    index = ++ordinary;
                    if (args != null && index > args.length - 1)
                        throw new MissingFormatArgumentException(spec.toString());
                } else {
                    index = spec.index - 1;
                    if (args != null && index > args.length - 1)
                        throw new MissingFormatArgumentException(spec.toString());
                }
                last = index;
                spec.print(a, args == null ? null : args[index]);
            }
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    /* ---- flags ---- */

    private static final int LEFT_JUSTIFY = 1;
    private static final int UPPERCASE = 2;
    private static final int ALTERNATE = 4;
    private static final int PLUS = 8;
    private static final int LEADING_SPACE = 16;
    private static final int ZERO_PAD = 32;
    private static final int GROUP = 64;
    private static final int PARENTHESES = 128;
    private static final int PREVIOUS = 256;

    private static final String FLAG_CHARS = "-^#+ 0,(<";

    private static int flagOf(char c) {
        int i = FLAG_CHARS.indexOf(c);
        return i < 0 || c == '^' ? 0 : 1 << i;
    }

    /* The JDK's text of a flag set: always in the order "-^#+ 0,(<". */
    private static String flagsText(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_CHARS.length(); i++)
            if ((flags & (1 << i)) != 0)
                sb.append(FLAG_CHARS.charAt(i));
        return sb.toString();
    }

    /* ---- parsing ---- */

    private static boolean isConversion(char c) {
        switch (c) {
        case 'b': case 'B': case 'h': case 'H': case 's': case 'S':
        case 'c': case 'C': case 'd': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'g': case 'G': case 'a': case 'A':
        case 't': case 'T': case '%': case 'n':
            return true;
        default:
            return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /*
     * Splits [s] into fixed text and specifiers, as the JDK matches
     * %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%]).
     */
    private static Spec[] parse(String s) {
        Spec[] list = new Spec[8];
        int count = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                list = add(list, count++, new Spec(s.substring(i)));
                break;
            }
            if (i != n)
                list = add(list, count++, new Spec(s.substring(i, n)));
            i = n + 1;
            if (i >= max)
                throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (isConversion(c) && c != 't' && c != 'T') {
                list = add(list, count++, new Spec(null, null, null, null, false, c));
                i++;
                continue;
            }
            // The long form; when it does not match, the character after
            // the '%' is the unknown conversion.
            int p = i;
            String index = null;
            int digits = p;
            while (digits < max && isDigit(s.charAt(digits)))
                digits++;
            if (digits > p && digits < max && s.charAt(digits) == '$') {
                index = s.substring(p, digits);
                p = digits + 1;
            }
            int flagsStart = p;
            while (p < max && "-#+ 0,(<".indexOf(s.charAt(p)) >= 0)
                p++;
            String flags = s.substring(flagsStart, p);
            int widthStart = p;
            while (p < max && isDigit(s.charAt(p)))
                p++;
            String width = p > widthStart ? s.substring(widthStart, p) : null;
            String precision = null;
            if (p + 1 < max && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
                int precisionStart = ++p;
                while (p < max && isDigit(s.charAt(p)))
                    p++;
                precision = s.substring(precisionStart, p);
            }
            boolean dateTime = false;
            boolean upperDateTime = false;
            if (p + 1 < max && (s.charAt(p) == 't' || s.charAt(p) == 'T')
                    && (isAsciiLetter(s.charAt(p + 1)) || s.charAt(p + 1) == '%')) {
                dateTime = true;
                upperDateTime = s.charAt(p) == 'T';
                p++;
            }
            if (p >= max || (!isAsciiLetter(s.charAt(p)) && s.charAt(p) != '%'))
                throw new UnknownFormatConversionException(String.valueOf(c));
            Spec spec = new Spec(index, flags, width, precision, dateTime, s.charAt(p));
            if (upperDateTime)
                spec.flags |= UPPERCASE;
            list = add(list, count++, spec);
            i = p + 1;
        }
        Spec[] specs = new Spec[count];
        System.arraycopy(list, 0, specs, 0, count);
        return specs;
    }

    /* Stores [spec] at [index] of [list], growing it if needed. */
    private static Spec[] add(Spec[] list, int index, Spec spec) {
        if (index == list.length) {
            Spec[] bigger = new Spec[list.length * 2];
            System.arraycopy(list, 0, bigger, 0, list.length);
            list = bigger;
        }
        list[index] = spec;
        return list;
    }

    /* ---- one piece of the format ---- */

    private static final class Spec {
        final String fixed; // fixed text, or null for a specifier
        int index;          // 1-based explicit index, 0 for none
        int flags;
        int width = -1;
        int precision = -1;
        boolean dateTime;
        char conversion;    // lower case; UPPERCASE flag for upper

        Spec(String fixed) {
            this.fixed = fixed;
        }

        Spec(String indexText, String flagsText, String widthText, String precisionText,
             boolean dateTime, char c) {
            this.fixed = null;
            if (indexText != null) {
                try {
                    index = Integer.parseInt(indexText);
                } catch (NumberFormatException e) {
                    throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
                }
                if (index <= 0)
                    throw new IllegalFormatArgumentIndexException(index);
            }
            if (flagsText != null) {
                for (int i = 0; i < flagsText.length(); i++) {
                    int flag = flagOf(flagsText.charAt(i));
                    if ((flags & flag) != 0)
                        throw new DuplicateFormatFlagsException(flagsText(flag));
                    flags |= flag;
                }
                if ((flags & PREVIOUS) != 0)
                    index = 0; // '<' overrides an explicit index
            }
            if (widthText != null) {
                try {
                    width = Integer.parseInt(widthText);
                } catch (NumberFormatException e) {
                    throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                }
            }
            if (precisionText != null) {
                try {
                    precision = Integer.parseInt(precisionText);
                } catch (NumberFormatException e) {
                    throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                }
            }
            this.dateTime = dateTime;
            if (dateTime) {
                conversion = c;
                checkDateTime();
                return;
            }
            if (!isConversion(c) || c == 't' || c == 'T')
                throw new UnknownFormatConversionException(String.valueOf(c));
            if (c >= 'A' && c <= 'Z') {
                flags |= UPPERCASE;
                c = (char) (c - 'A' + 'a');
            }
            conversion = c;
            if (c == '%' || c == 'n')
                index = 0; // text takes no argument
            switch (c) {
            case 'b': case 'h': case 's':
                checkGeneral();
                break;
            case 'c':
                checkCharacter();
                break;
            case 'd': case 'o': case 'x':
                checkInteger();
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkFloat();
                break;
            default: // '%', 'n'
                checkText();
                break;
            }
        }

        private void failMismatch(int flag) {
            throw new FormatFlagsConversionMismatchException(flagsText(flag), conversion);
        }

        /* Fails on the first flag of [bad] (in flag order) that is set. */
        private void checkBadFlags(int bad) {
            for (int flag = 1; flag <= PREVIOUS; flag <<= 1)
                if ((bad & flag) != 0 && (flags & flag) != 0)
                    failMismatch(flag);
        }

        /* The same with the JDK's order of checking reversed. */
        private void checkBadFlagsReversed(int bad) {
            for (int flag = PREVIOUS; flag >= 1; flag >>= 1)
                if ((bad & flag) != 0 && (flags & flag) != 0)
                    failMismatch(flag);
        }

        private void checkGeneral() {
            if ((conversion == 'b' || conversion == 'h') && (flags & ALTERNATE) != 0)
                failMismatch(ALTERNATE);
            if (width == -1 && (flags & LEFT_JUSTIFY) != 0)
                throw new MissingFormatWidthException(toString());
            checkBadFlags(PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
        }

        private void checkDateTime() {
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            if ("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(conversion) < 0)
                throw new UnknownFormatConversionException("t" + conversion);
            checkBadFlags(ALTERNATE | PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
            if (width == -1 && (flags & LEFT_JUSTIFY) != 0)
                throw new MissingFormatWidthException(toString());
        }

        private void checkCharacter() {
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            checkBadFlags(ALTERNATE | PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
            if (width == -1 && (flags & LEFT_JUSTIFY) != 0)
                throw new MissingFormatWidthException(toString());
        }

        private void checkNumeric() {
            if (width != -1 && width < 0)
                throw new IllegalFormatWidthException(width);
            if (precision != -1 && precision < 0)
                throw new IllegalFormatPrecisionException(precision);
            if (width == -1 && (flags & (LEFT_JUSTIFY | ZERO_PAD)) != 0)
                throw new MissingFormatWidthException(toString());
            if (((flags & PLUS) != 0 && (flags & LEADING_SPACE) != 0)
                    || ((flags & LEFT_JUSTIFY) != 0 && (flags & ZERO_PAD) != 0))
                throw new IllegalFormatFlagsException(flagsText(flags));
        }

        private void checkInteger() {
            checkNumeric();
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            if (conversion == 'd')
                checkBadFlags(ALTERNATE);
            else
                checkBadFlags(GROUP);
        }

        private void checkFloat() {
            checkNumeric();
            if (conversion == 'a')
                checkBadFlagsReversed(PARENTHESES | GROUP);
            else if (conversion == 'e')
                checkBadFlags(GROUP);
            else if (conversion == 'g')
                checkBadFlags(ALTERNATE);
        }

        private void checkText() {
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            if (conversion == '%') {
                if (flags != LEFT_JUSTIFY && flags != 0)
                    throw new IllegalFormatFlagsException(flagsText(flags));
                if (width == -1 && (flags & LEFT_JUSTIFY) != 0)
                    throw new MissingFormatWidthException(toString());
            } else {
                if (width != -1)
                    throw new IllegalFormatWidthException(width);
                if (flags != 0)
                    throw new IllegalFormatFlagsException(flagsText(flags));
            }
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagsText(flags & ~UPPERCASE));
            if (index > 0)
                sb.append(index).append('$');
            if (width != -1)
                sb.append(width);
            if (precision != -1)
                sb.append('.').append(precision);
            boolean upper = (flags & UPPERCASE) != 0;
            if (dateTime)
                sb.append(upper ? 'T' : 't');
            boolean lower = conversion >= 'a' && conversion <= 'z';
            sb.append(upper && lower ? (char) (conversion - 'a' + 'A') : conversion);
            return sb.toString();
        }

        /* ---- printing ---- */

        void print(Appendable a, Object arg) throws IOException {
            if (dateTime) {
                if (arg == null) {
                    printString(a, "null");
                    return;
                }
                throw new IllegalFormatConversionException(conversion, arg.getClass());
            }
            switch (conversion) {
            case '%':
                printString(a, "%");
                return;
            case 'n':
                a.append(System.lineSeparator());
                return;
            case 'b':
                printString(a, arg == null ? "false"
                        : arg instanceof Boolean ? arg.toString() : "true");
                return;
            case 'h':
                printString(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                return;
            case 's':
                if ((flags & ALTERNATE) != 0)
                    failMismatch(ALTERNATE);
                printString(a, arg == null ? "null" : arg.toString());
                return;
            case 'c':
                printCharacter(a, arg);
                return;
            case 'd': case 'o': case 'x':
                printInteger(a, arg);
                return;
            default:
                printFloat(a, arg);
                return;
            }
        }

        private void printString(Appendable a, String s) throws IOException {
            if (precision != -1 && precision < s.length())
                s = s.substring(0, precision);
            if ((flags & UPPERCASE) != 0)
                s = s.toUpperCase();
            appendJustified(a, s);
        }

        private void appendJustified(Appendable a, CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            boolean padRight = (flags & LEFT_JUSTIFY) != 0;
            if (padRight)
                a.append(cs);
            for (int i = cs.length(); i < width; i++)
                a.append(' ');
            if (!padRight)
                a.append(cs);
        }

        private void printCharacter(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            int codePoint;
            if (arg instanceof Character) {
                codePoint = ((Character) arg).charValue();
            } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
                codePoint = ((Number) arg).intValue();
                if (!Character.isValidCodePoint(codePoint))
                    throw new IllegalFormatCodePointException(codePoint);
            } else {
                throw new IllegalFormatConversionException(conversion, arg.getClass());
            }
            printString(a, new String(Character.toChars(codePoint)));
        }

        private void printInteger(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            long value;
            int bits;
            if (arg instanceof Byte) {
                value = ((Byte) arg).byteValue();
                bits = 8;
            } else if (arg instanceof Short) {
                value = ((Short) arg).shortValue();
                bits = 16;
            } else if (arg instanceof Integer) {
                value = ((Integer) arg).intValue();
                bits = 32;
            } else if (arg instanceof Long) {
                value = ((Long) arg).longValue();
                bits = 64;
            } else {
                throw new IllegalFormatConversionException(conversion, arg.getClass());
            }
            StringBuilder sb = new StringBuilder();
            if (conversion == 'd') {
                boolean negative = value < 0;
                String digits = Long.toString(value);
                leadingSign(sb, negative);
                localizedMagnitude(sb, digits, negative ? 1 : 0, adjustWidth(width, negative));
                trailingSign(sb, negative);
            } else {
                checkBadFlagsReversed(PARENTHESES | LEADING_SPACE | PLUS);
                // Negative values print as unsigned numbers of their size.
                if (value < 0 && bits < 64)
                    value += 1L << bits;
                boolean octal = conversion == 'o';
                String digits = octal ? Long.toOctalString(value) : Long.toHexString(value);
                String prefix = (flags & ALTERNATE) == 0 ? ""
                        : octal ? "0" : ((flags & UPPERCASE) != 0 ? "0X" : "0x");
                sb.append(prefix);
                if ((flags & ZERO_PAD) != 0)
                    for (int i = prefix.length() + digits.length(); i < width; i++)
                        sb.append('0');
                if ((flags & UPPERCASE) != 0)
                    digits = digits.toUpperCase();
                sb.append(digits);
            }
            appendJustified(a, sb);
        }

        private void leadingSign(StringBuilder sb, boolean negative) {
            if (!negative) {
                if ((flags & PLUS) != 0)
                    sb.append('+');
                else if ((flags & LEADING_SPACE) != 0)
                    sb.append(' ');
            } else {
                sb.append((flags & PARENTHESES) != 0 ? '(' : '-');
            }
        }

        private void trailingSign(StringBuilder sb, boolean negative) {
            if (negative && (flags & PARENTHESES) != 0)
                sb.append(')');
        }

        private int adjustWidth(int w, boolean negative) {
            if (w != -1 && negative && (flags & PARENTHESES) != 0)
                w--;
            return w;
        }

        /* Appends the digits (and '.') of [value] from [offset], with
         * grouping separators in the integer part when asked, then pads
         * with zeros after what [sb] held before, up to [w] characters. */
        private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
            int begin = sb.length();
            int length = value.length();
            int dot = length;
            for (int j = offset; j < length; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = (flags & GROUP) != 0;
            for (int j = offset; j < length; j++) {
                if (j == dot) {
                    sb.append('.');
                    group = false;
                    continue;
                }
                sb.append(value.charAt(j));
                if (group && j != dot - 1 && (dot - j) % 3 == 1)
                    sb.append(',');
            }
            if (w != -1 && (flags & ZERO_PAD) != 0)
                for (int k = sb.length(); k < w; k++)
                    sb.insert(begin, '0');
        }

        private void printFloat(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            double value;
            if (arg instanceof Double)
                value = ((Double) arg).doubleValue();
            else if (arg instanceof Float)
                value = ((Float) arg).floatValue();
            else
                throw new IllegalFormatConversionException(conversion, arg.getClass());
            StringBuilder sb = new StringBuilder();
            boolean negative = Double.compare(value, 0.0) == -1; // -0.0 too
            if (value != value) {
                sb.append((flags & UPPERCASE) != 0 ? "NAN" : "NaN");
            } else {
                double v = Math.abs(value);
                leadingSign(sb, negative);
                if (Double.isInfinite(v))
                    sb.append((flags & UPPERCASE) != 0 ? "INFINITY" : "Infinity");
                else
                    printFinite(sb, v, negative);
                trailingSign(sb, negative);
            }
            appendJustified(a, sb);
        }

        private void printFinite(StringBuilder sb, double value, boolean negative) {
            boolean upper = (flags & UPPERCASE) != 0;
            if (conversion == 'e') {
                int prec = precision == -1 ? 6 : precision;
                Decimal d = Decimal.of(value);
                d.round(prec + 1);
                StringBuilder mantissa = d.scientificMantissa(prec);
                if ((flags & ALTERNATE) != 0 && prec == 0)
                    mantissa.append('.');
                String exponent = d.exponentText();
                int w = width == -1 ? -1 : adjustWidth(width - exponent.length() - 1, negative);
                localizedMagnitude(sb, mantissa, 0, w);
                sb.append(upper ? 'E' : 'e').append(exponent);
            } else if (conversion == 'f') {
                int prec = precision == -1 ? 6 : precision;
                Decimal d = Decimal.of(value);
                d.round(d.exponent + 1 + prec);
                StringBuilder mantissa = d.plain(prec);
                if ((flags & ALTERNATE) != 0 && prec == 0)
                    mantissa.append('.');
                localizedMagnitude(sb, mantissa, 0, adjustWidth(width, negative));
            } else if (conversion == 'g') {
                int prec = precision == -1 ? 6 : (precision == 0 ? 1 : precision);
                Decimal d = Decimal.of(value);
                if (value != 0)
                    d.round(prec);
                if (value == 0 || (d.exponent >= -4 && d.exponent < prec)) {
                    StringBuilder mantissa = d.plain(prec - 1 - (value == 0 ? 0 : d.exponent));
                    localizedMagnitude(sb, mantissa, 0, adjustWidth(width, negative));
                } else {
                    StringBuilder mantissa = d.scientificMantissa(prec - 1);
                    String exponent = d.exponentText();
                    int w = width == -1 ? -1 : adjustWidth(width - exponent.length() - 1, negative);
                    localizedMagnitude(sb, mantissa, 0, w);
                    sb.append(upper ? 'E' : 'e').append(exponent);
                }
            } else { // 'a'
                int prec = precision == -1 ? 0 : (precision == 0 ? 1 : precision);
                String s = hexDouble(value, prec);
                sb.append(upper ? "0X" : "0x");
                if ((flags & ZERO_PAD) != 0) {
                    int leading = ((flags & (LEADING_SPACE | PLUS)) != 0 || negative) ? 3 : 2;
                    for (int i = 0; i < width - s.length() - leading; i++)
                        sb.append('0');
                }
                int p = s.indexOf('p');
                StringBuilder significand = new StringBuilder(upper ? s.substring(0, p).toUpperCase()
                                                                    : s.substring(0, p));
                if (prec != 0)
                    addZeros(significand, prec);
                sb.append(significand).append(upper ? 'P' : 'p').append(s.substring(p + 1));
            }
        }
    }

    /* Pads the digits after the '.' of [sb] with zeros up to [prec]
     * (adding the '.'), as the JDK's hexadecimal output does. */
    private static void addZeros(StringBuilder sb, int prec) {
        int length = sb.length();
        int dot = length;
        for (int i = 0; i < length; i++) {
            if (sb.charAt(i) == '.') {
                dot = i;
                break;
            }
        }
        int have = dot == length ? 0 : length - dot - 1;
        if (have >= prec)
            return;
        if (dot == length)
            sb.append('.');
        for (int i = have; i < prec; i++)
            sb.append('0');
    }

    /*
     * |d| in Double.toHexString's form without "0x", its significand rounded
     * (half even) to [prec] hex digits when 1 <= prec <= 12; subnormals are
     * then shown normalized.
     */
    private static String hexDouble(double d, int prec) {
        if (d == 0.0 || prec == 0 || prec >= 13 || !Double.isFinite(d))
            return Double.toHexString(d).substring(2);
        int exponent = Math.getExponent(d);
        boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
        if (subnormal)
            d *= 0x1.0p54; // normalize, exactly
        long bits = Double.doubleToRawLongBits(d) & Long.MAX_VALUE;
        int drop = 52 - 4 * prec;
        long kept = bits >>> drop;
        long rest = bits & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (kept & 1) != 0))
            kept++; // may carry into the exponent, which is right
        double rounded = Double.longBitsToDouble(kept << drop);
        if (Double.isInfinite(rounded))
            return "1.0p1024";
        String s = Double.toHexString(rounded).substring(2);
        if (!subnormal)
            return s;
        int p = s.indexOf('p');
        return s.substring(0, p) + "p" + (Integer.parseInt(s.substring(p + 1)) - 54);
    }

    /*
     * A nonnegative decimal: significant digits d1 d2 ... (no leading
     * zeros; empty for zero) and the exponent of d1, value = d1.d2... x
     * 10^exponent. Made from Double.toString's shortest digits.
     */
    private static final class Decimal {
        char[] digits;
        int length;
        int exponent;

        static Decimal of(double v) {
            Decimal d = new Decimal();
            String s = Double.toString(v);
            d.digits = new char[s.length()];
            int point = -1;
            int exponentAt = s.indexOf('E');
            int end = exponentAt < 0 ? s.length() : exponentAt;
            int position = 0; // digits seen, leading zeros included
            int leadingZeros = 0;
            for (int i = 0; i < end; i++) {
                char c = s.charAt(i);
                if (c == '.') {
                    point = position;
                    continue;
                }
                if (d.length == 0 && c == '0') {
                    leadingZeros++;
                    position++;
                    continue;
                }
                d.digits[d.length++] = c;
                position++;
            }
            while (d.length > 0 && d.digits[d.length - 1] == '0')
                d.length--;
            int e = exponentAt < 0 ? 0 : Integer.parseInt(s.substring(exponentAt + 1));
            // value = 0.(all digits) x 10^point x 10^e
            d.exponent = point - leadingZeros - 1 + e;
            if (d.length == 0)
                d.exponent = 0;
            return d;
        }

        /* Keeps [n] significant digits, rounding half up; n <= 0 rounds
         * to a unit of 10^(exponent - n + 1). */
        void round(int n) {
            if (n >= length)
                return;
            boolean up = n >= 0 && digits[n] >= '5';
            if (n < 0) {
                length = 0;
                return;
            }
            length = n;
            if (up) {
                int i = n - 1;
                while (i >= 0 && digits[i] == '9')
                    i--;
                if (i < 0) {
                    digits[0] = '1';
                    length = 1;
                    exponent++;
                } else {
                    digits[i]++;
                    length = i + 1;
                }
            }
            while (length > 0 && digits[length - 1] == '0')
                length--;
        }

        private char digit(int i) {
            return i >= 0 && i < length ? digits[i] : '0';
        }

        /* d1.d2...d(prec+1), zero-padded. */
        StringBuilder scientificMantissa(int prec) {
            StringBuilder sb = new StringBuilder();
            sb.append(digit(0));
            if (prec > 0) {
                sb.append('.');
                for (int i = 1; i <= prec; i++)
                    sb.append(digit(i));
            }
            return sb;
        }

        /* The exponent as the JDK writes it: sign and at least 2 digits. */
        String exponentText() {
            int e = length == 0 ? 0 : exponent;
            String magnitude = Integer.toString(Math.abs(e));
            return (e < 0 ? "-" : "+") + (magnitude.length() < 2 ? "0" : "") + magnitude;
        }

        /* Plain notation with [prec] digits after the point. */
        StringBuilder plain(int prec) {
            StringBuilder sb = new StringBuilder();
            int e = length == 0 ? 0 : exponent;
            if (e < 0) {
                sb.append('0');
            } else {
                for (int i = 0; i <= e; i++)
                    sb.append(digit(i));
            }
            if (prec > 0) {
                sb.append('.');
                for (int i = 1; i <= prec; i++)
                    sb.append(digit(e + i));
            }
            return sb;
        }
    }
}
