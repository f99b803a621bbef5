/*
 * fpconv.c - Java's conversions between floating point and decimal text.
 *
 * Both directions are done with exact integer arithmetic on small
 * fixed-size big integers, so they are right for every input:
 *
 * - Binary to decimal (Double.toString, Float.toString as specified from
 *   Java SE 19 on): digits of v/10^k are generated one at a time, as in
 *   Steele & White's free-format algorithm ("How to print floating-point
 *   numbers accurately", PLDI 1990), keeping the distances to both ends of
 *   the rounding interval of v. After n digits, the n-digit decimals next to
 *   v are D and D+1 (D the digits so far); the first n for which one of
 *   them rounds back to v is the shortest length, and the closer of the
 *   two that do is the result. Java's extra rule for a one-digit shortest
 *   (choose among decimals of length 1 or 2) is the same step run once
 *   more.
 *
 * - Decimal to binary (Double.parseDouble, Float.parseFloat): the decimal
 *   is the exact fraction N/D of big integers; the quotient at the target
 *   precision and the remainder give the correctly rounded result. Inputs
 *   with more significant digits than can matter are cut, keeping a sticky
 *   digit.
 *
 * Nothing here depends on the C library's formatting or locale, the
 * rounding mode, or any VM state.
 */
#include "runtime/fpconv.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Big unsigned integers                                               */
/* ------------------------------------------------------------------ */

/*
 * Large enough for every intermediate value below. The biggest are in
 * parsing: up to PARSE_MAX_DIGITS + 1 decimal digits (2600 bits) times
 * 2^1074, or 10^1110 shifted left by 54 bits: under 3800 bits.
 */
#define BIG_LIMBS 128

typedef struct Big {
    int length; /* limbs in use; limb[length - 1] != 0, or length == 0 */
    uint32_t limb[BIG_LIMBS];
} Big;

static void big_set(Big *b, uint64_t value)
{
    b->length = 0;
    while (value != 0) {
        b->limb[b->length++] = (uint32_t)value;
        value >>= 32;
    }
}

/* [b] = [b] * [factor] + [addend]. */
static void big_mul_add(Big *b, uint32_t factor, uint32_t addend)
{
    uint64_t carry = addend;
    for (int i = 0; i < b->length; i++) {
        uint64_t product = (uint64_t)b->limb[i] * factor + carry;
        b->limb[i] = (uint32_t)product;
        carry = product >> 32;
    }
    if (carry != 0 && b->length < BIG_LIMBS)
        b->limb[b->length++] = (uint32_t)carry;
}

static void big_mul_pow10(Big *b, int exponent)
{
    static const uint32_t small_powers[10] = {
        1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000};
    for (; exponent >= 9; exponent -= 9)
        big_mul_add(b, 1000000000u, 0);
    if (exponent > 0)
        big_mul_add(b, small_powers[exponent], 0);
}

static void big_shift_left(Big *b, int bits)
{
    if (b->length == 0 || bits == 0)
        return;
    int limbs = bits / 32, rest = bits % 32;
    int length = b->length + limbs + 1;
    if (length > BIG_LIMBS)
        length = BIG_LIMBS; /* cannot happen for the sizes used here */
    for (int i = length - 1; i >= limbs; i--) {
        int j = i - limbs;
        uint64_t high = j < b->length ? b->limb[j] : 0;
        uint64_t low = j >= 1 && j - 1 < b->length ? b->limb[j - 1] : 0;
        b->limb[i] = rest == 0 ? (uint32_t)high
                               : (uint32_t)((high << rest) | (low >> (32 - rest)));
    }
    for (int i = 0; i < limbs && i < length; i++)
        b->limb[i] = 0;
    b->length = length;
    while (b->length > 0 && b->limb[b->length - 1] == 0)
        b->length--;
}

static void big_shift_right_1(Big *b)
{
    for (int i = 0; i < b->length; i++) {
        uint32_t next = i + 1 < b->length ? b->limb[i + 1] : 0;
        b->limb[i] = (b->limb[i] >> 1) | (next << 31);
    }
    while (b->length > 0 && b->limb[b->length - 1] == 0)
        b->length--;
}

static int big_compare(const Big *a, const Big *b)
{
    if (a->length != b->length)
        return a->length < b->length ? -1 : 1;
    for (int i = a->length - 1; i >= 0; i--)
        if (a->limb[i] != b->limb[i])
            return a->limb[i] < b->limb[i] ? -1 : 1;
    return 0;
}

/* Compares [a] + [b] with [c]. */
static int big_compare_sum(const Big *a, const Big *b, const Big *c)
{
    Big sum;
    int length = a->length > b->length ? a->length : b->length;
    uint64_t carry = 0;
    for (int i = 0; i < length; i++) {
        carry += (uint64_t)(i < a->length ? a->limb[i] : 0) +
                 (i < b->length ? b->limb[i] : 0);
        sum.limb[i] = (uint32_t)carry;
        carry >>= 32;
    }
    sum.length = length;
    if (carry != 0) {
        if (length == BIG_LIMBS)
            return 1;
        sum.limb[sum.length++] = (uint32_t)carry;
    }
    return big_compare(&sum, c);
}

/* [a] -= [b]; requires [a] >= [b]. */
static void big_subtract(Big *a, const Big *b)
{
    int64_t borrow = 0;
    for (int i = 0; i < a->length; i++) {
        int64_t difference =
            (int64_t)a->limb[i] - (i < b->length ? b->limb[i] : 0) - borrow;
        borrow = difference < 0;
        a->limb[i] = (uint32_t)(difference + (borrow << 32));
    }
    while (a->length > 0 && a->limb[a->length - 1] == 0)
        a->length--;
}

static int big_bit_length(const Big *b)
{
    if (b->length == 0)
        return 0;
    uint32_t top = b->limb[b->length - 1];
    int bits = 0;
    while (top != 0) {
        bits++;
        top >>= 1;
    }
    return (b->length - 1) * 32 + bits;
}

/* ------------------------------------------------------------------ */
/* Binary to shortest decimal                                          */
/* ------------------------------------------------------------------ */

/*
 * The shortest decimal for v = [c] * 2^[q] (c > 0). [asymmetric] is true
 * when c is the smallest significand of a binade above the lowest one, so
 * that the gap to the next lower value is half the gap to the next higher.
 * See fpconv_shortest_double for the result.
 */
static int shortest_digits(uint64_t c, int q, bool asymmetric, char *digits,
                           int *exponent)
{
    /* The rounding interval of v is [v - low, v + high] (ends included
     * when c is even: a tie rounds to the even significand). Everything is
     * scaled by 4 * 2^-q (q < 0) or 4 (q >= 0) to be integral:
     * v = r/s, high = plus/s, low = minus/s. */
    bool even = (c & 1) == 0;
    Big r, s, plus, minus;
    big_set(&r, c);
    big_set(&plus, 2);
    big_set(&minus, asymmetric ? 1 : 2);
    if (q >= 0) {
        big_shift_left(&r, q + 2);
        big_shift_left(&plus, q);
        big_shift_left(&minus, q);
        big_set(&s, 4);
    } else {
        big_shift_left(&r, 2);
        big_set(&s, 1);
        big_shift_left(&s, 2 - q);
    }

    /* k = floor(log10(v)): estimate from floor(log2(v)), which is exact
     * or one too small, then correct. */
    int log2_v = 63 - __builtin_clzll(c) + q;
    int k = (int)floor(log2_v * 0.30102999566398119521);
    if (k >= 0) {
        big_mul_pow10(&s, k);
    } else {
        big_mul_pow10(&r, -k);
        big_mul_pow10(&plus, -k);
        big_mul_pow10(&minus, -k);
    }
    Big s10 = s;
    big_mul_add(&s10, 10, 0);
    if (big_compare(&r, &s10) >= 0) {
        k++;
        s = s10;
    }

    /* Now 1 <= r/s < 10. Each round takes the next digit out of r, so that
     * r/s is v's distance above D (the digits so far), in units of the
     * current last digit; plus/s and minus/s are the interval's half
     * widths in the same unit. */
    int n = 0;
    bool low_ok, high_ok;
    for (;;) {
        int digit = 0;
        while (big_compare(&r, &s) >= 0) {
            big_subtract(&r, &s);
            digit++;
        }
        digits[n++] = (char)('0' + digit);
        int low = big_compare(&r, &minus);           /* v - D vs low */
        int high = big_compare_sum(&r, &plus, &s);   /* D + 1 - v vs high */
        low_ok = even ? low <= 0 : low < 0;
        high_ok = even ? high >= 0 : high > 0;
        /* When one digit is enough, Java still chooses among decimals of
         * length 1 and 2 (all on the two-digit grid): go on once more. */
        if ((low_ok || high_ok) && n >= 2)
            break;
        if (n == FPCONV_MAX_DIGITS)
            break; /* cannot happen: 17 digits always identify a double */
        big_mul_add(&r, 10, 0);
        big_mul_add(&plus, 10, 0);
        big_mul_add(&minus, 10, 0);
    }

    bool round_up;
    if (low_ok && high_ok) {
        /* Both D and D+1 round to v: the closer, or on a tie the one whose
         * significand (trailing zeros removed) is even. */
        Big twice_r = r;
        big_mul_add(&twice_r, 2, 0);
        int cmp = big_compare(&twice_r, &s);
        if (cmp != 0) {
            round_up = cmp > 0;
        } else {
            int last = n - 1;
            while (last > 0 && digits[last] == '0')
                last--;
            round_up = (digits[last] - '0') % 2 != 0;
        }
    } else {
        round_up = high_ok;
    }
    if (round_up) {
        int i = n - 1;
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {
            digits[0] = '1';
            k++;
        }
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    *exponent = k;
    return n;
}

int fpconv_shortest_double(double v, char digits[FPCONV_MAX_DIGITS],
                           int *exponent)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1);
    if (biased == 0) /* subnormal: same spacing as the lowest binade */
        return shortest_digits(fraction, -1074, false, digits, exponent);
    return shortest_digits(fraction | (UINT64_C(1) << 52), biased - 1075,
                           fraction == 0 && biased > 1, digits, exponent);
}

int fpconv_shortest_float(float v, char digits[FPCONV_MAX_DIGITS],
                          int *exponent)
{
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = (int)((bits >> 23) & 0xff);
    uint32_t fraction = bits & ((UINT32_C(1) << 23) - 1);
    if (biased == 0)
        return shortest_digits(fraction, -149, false, digits, exponent);
    return shortest_digits(fraction | (UINT32_C(1) << 23), biased - 150,
                           fraction == 0 && biased > 1, digits, exponent);
}

/*
 * Lays out d1.d2...dn x 10^k as Java does (Double.toString): plain decimal
 * notation for 10^-3 <= value < 10^7, else computerized scientific
 * notation, always with at least one digit after the point.
 */
static int format_java(char *out, const char *digits, int n, int k)
{
    char *p = out;
    if (k >= 0 && k < 7) {
        for (int i = 0; i <= k; i++)
            *p++ = i < n ? digits[i] : '0';
        *p++ = '.';
        if (n > k + 1) {
            memcpy(p, digits + k + 1, (size_t)(n - k - 1));
            p += n - k - 1;
        } else {
            *p++ = '0';
        }
    } else if (k < 0 && k >= -3) {
        *p++ = '0';
        *p++ = '.';
        for (int i = -1; i > k; i--)
            *p++ = '0';
        memcpy(p, digits, (size_t)n);
        p += n;
    } else {
        *p++ = digits[0];
        *p++ = '.';
        if (n > 1) {
            memcpy(p, digits + 1, (size_t)(n - 1));
            p += n - 1;
        } else {
            *p++ = '0';
        }
        *p++ = 'E';
        int e = k;
        if (e < 0) {
            *p++ = '-';
            e = -e;
        }
        if (e >= 100)
            *p++ = (char)('0' + e / 100);
        if (e >= 10)
            *p++ = (char)('0' + e / 10 % 10);
        *p++ = (char)('0' + e % 10);
    }
    *p = '\0';
    return (int)(p - out);
}

/* The text for the special values, or NULL for a finite nonzero value. */
static const char *special_text(bool negative, bool is_nan, bool infinite,
                                bool zero)
{
    if (is_nan)
        return "NaN";
    if (infinite)
        return negative ? "-Infinity" : "Infinity";
    if (zero)
        return negative ? "-0.0" : "0.0";
    return NULL;
}

int fpconv_double_to_java(double v, char *buffer)
{
    const char *special =
        special_text(signbit(v) != 0, isnan(v), isinf(v), v == 0);
    if (special != NULL) {
        strcpy(buffer, special);
        return (int)strlen(special);
    }
    char digits[FPCONV_MAX_DIGITS];
    int k;
    int n = fpconv_shortest_double(v, digits, &k);
    int sign = v < 0;
    if (sign)
        buffer[0] = '-';
    return sign + format_java(buffer + sign, digits, n, k);
}

int fpconv_float_to_java(float v, char *buffer)
{
    const char *special =
        special_text(signbit(v) != 0, isnan(v), isinf(v), v == 0);
    if (special != NULL) {
        strcpy(buffer, special);
        return (int)strlen(special);
    }
    char digits[FPCONV_MAX_DIGITS];
    int k;
    int n = fpconv_shortest_float(v, digits, &k);
    int sign = v < 0;
    if (sign)
        buffer[0] = '-';
    return sign + format_java(buffer + sign, digits, n, k);
}

/* ------------------------------------------------------------------ */
/* Decimal and hexadecimal text to binary                              */
/* ------------------------------------------------------------------ */

/* A binary format: significand bits, and the exponent of the smallest
 * subnormal's unit (both IEEE 754 binary64 and binary32). */
typedef struct Format {
    int precision;
    int min_exponent; /* -1074 or -149 */
    int max_exponent; /* 1024 or 128: values >= 2^max_exponent overflow */
} Format;

static const Format DOUBLE_FORMAT = {53, -1074, 1024};
static const Format FLOAT_FORMAT = {24, -149, 128};

/*
 * Significant decimal digits kept. A double halfway between two others
 * has at most 767 significant digits, so the digits after the first 780
 * only matter through whether any is nonzero (the sticky digit).
 */
#define PARSE_MAX_DIGITS 780

/* Largest exponent magnitude tracked; beyond it every result is 0 or
 * infinite anyway. */
#define PARSE_EXPONENT_LIMIT 100000

/*
 * [numerator]/[denominator] (> 0) rounded to nearest-even in [format],
 * returned as a double (exact for both formats); infinity on overflow.
 * Both arguments are consumed.
 */
static double round_ratio(Big *numerator, Big *denominator, Format format)
{
    /* b = floor(log2(n/d)): bit lengths give it within one. */
    int b = big_bit_length(numerator) - big_bit_length(denominator);
    {
        Big n = *numerator, d = *denominator;
        if (b >= 0)
            big_shift_left(&d, b);
        else
            big_shift_left(&n, -b);
        if (big_compare(&n, &d) < 0)
            b--;
    }
    if (b >= format.max_exponent)
        return INFINITY;

    /* The unit of the result's last bit. */
    int unit = b - format.precision + 1;
    if (unit < format.min_exponent)
        unit = format.min_exponent;
    if (unit >= 0)
        big_shift_left(denominator, unit);
    else
        big_shift_left(numerator, -unit);

    /* quotient = floor(n/d) < 2^precision, by binary long division. */
    uint64_t quotient = 0;
    Big shifted = *denominator;
    big_shift_left(&shifted, format.precision);
    for (int i = format.precision; i >= 0; i--) {
        if (big_compare(numerator, &shifted) >= 0) {
            big_subtract(numerator, &shifted);
            quotient |= UINT64_C(1) << i;
        }
        big_shift_right_1(&shifted);
    }
    big_mul_add(numerator, 2, 0); /* twice the remainder vs d: half? */
    int cmp = big_compare(numerator, denominator);
    if (cmp > 0 || (cmp == 0 && (quotient & 1) != 0))
        quotient++;
    /* quotient * 2^unit is exact in the target format (or rounds to its
     * infinity right at the top). */
    return ldexp((double)quotient, unit);
}

static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

static int hex_value(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* Reads an optionally signed exponent at *[p], saturating at
 * PARSE_EXPONENT_LIMIT. False when there is no digit. */
static bool parse_exponent(const char **p, const char *end, long *result)
{
    const char *s = *p;
    bool negative = false;
    if (s < end && (*s == '+' || *s == '-'))
        negative = *s++ == '-';
    if (s == end || !is_digit(*s))
        return false;
    long value = 0;
    while (s < end && is_digit(*s)) {
        if (value < PARSE_EXPONENT_LIMIT)
            value = value * 10 + (*s - '0');
        s++;
    }
    *result = negative ? -value : value;
    *p = s;
    return true;
}

/* An optional f/F/d/D, then the end of the text. */
static bool at_end(const char *p, const char *end)
{
    if (p < end && (*p == 'f' || *p == 'F' || *p == 'd' || *p == 'D'))
        p++;
    return p == end;
}

/* "0x" already consumed: HexDigits [.] | HexDigits? . HexDigits, then
 * [pP] SignedInteger. Sets *[result] to the unsigned magnitude. */
static bool parse_hex(const char *p, const char *end, Format format,
                      double *result)
{
    /* Up to 40 significant hex digits (160 bits) are kept; later ones only
     * set a sticky digit. */
    Big mantissa;
    big_set(&mantissa, 0);
    int kept = 0, int_digits = 0, frac_digits = 0;
    long shift = 0; /* binary exponent adjustment for digits */
    bool sticky = false;
    for (int part = 0; part < 2; part++) {
        while (p < end && hex_value(*p) >= 0) {
            int value = hex_value(*p++);
            if (part == 0)
                int_digits++;
            else
                frac_digits++;
            if (kept == 0 && value == 0) {
                if (part == 1)
                    shift -= 4;
                continue;
            }
            if (kept < 40) {
                big_mul_add(&mantissa, 16, (uint32_t)value);
                kept++;
                if (part == 1)
                    shift -= 4;
            } else {
                sticky |= value != 0;
                if (part == 0)
                    shift += 4;
            }
        }
        if (part == 0) {
            if (p < end && *p == '.')
                p++;
            else
                break;
        }
    }
    if (int_digits == 0 && frac_digits == 0)
        return false;
    if (p == end || (*p != 'p' && *p != 'P'))
        return false;
    p++;
    long exponent;
    if (!parse_exponent(&p, end, &exponent) || !at_end(p, end))
        return false;
    if (mantissa.length == 0) {
        *result = 0;
        return true;
    }
    if (sticky) {
        big_mul_add(&mantissa, 16, 1);
        shift -= 4;
    }
    long binary = exponent + shift;
    long top = binary + big_bit_length(&mantissa);
    if (top > 2000) {
        *result = INFINITY;
        return true;
    }
    if (top < -2000) {
        *result = 0;
        return true;
    }
    Big one;
    big_set(&one, 1);
    if (binary >= 0)
        big_shift_left(&mantissa, (int)binary);
    else
        big_shift_left(&one, (int)-binary);
    *result = round_ratio(&mantissa, &one, format);
    return true;
}

/* Digits [.Digits] [e SignedInteger], or .Digits [...]; then the suffix. */
static FpconvParseStatus parse_decimal(const char *p, const char *end, Format format,
                          double *result)
{
    char kept_digits[PARSE_MAX_DIGITS + 1];
    int kept = 0, seen = 0;
    long exponent = 0; /* value = kept digits x 10^exponent */
    bool sticky = false;
    for (int part = 0; part < 2; part++) {
        while (p < end && is_digit(*p)) {
            char ch = *p++;
            seen++;
            if (kept == 0 && ch == '0') {
                if (part == 1)
                    exponent--;
                continue;
            }
            if (kept < PARSE_MAX_DIGITS) {
                kept_digits[kept++] = ch;
                if (part == 1)
                    exponent--;
            } else {
                sticky |= ch != '0';
                if (part == 0 && exponent < PARSE_EXPONENT_LIMIT)
                    exponent++;
            }
        }
        if (part == 0) {
            if (p < end && *p == '.')
                p++;
            else
                break;
        } else if (p < end && *p == '.') {
            return FPCONV_PARSE_MULTIPLE_POINTS; /* checked before the rest */
        }
    }
    if (seen == 0)
        return FPCONV_PARSE_INVALID;
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        long e;
        if (!parse_exponent(&p, end, &e))
            return FPCONV_PARSE_INVALID;
        exponent += e;
    }
    if (!at_end(p, end))
        return FPCONV_PARSE_INVALID;

    if (kept == 0) {
        *result = 0;
        return FPCONV_PARSE_OK;
    }
    if (sticky) /* a nonzero digit was cut: make the value a bit bigger */
        kept_digits[kept++] = '1', exponent--;
    long magnitude = kept + exponent; /* 10^(m-1) <= value < 10^m */
    if (magnitude > 311) {
        *result = INFINITY;
        return FPCONV_PARSE_OK;
    }
    if (magnitude < -326) {
        *result = 0;
        return FPCONV_PARSE_OK;
    }
    Big numerator, denominator;
    big_set(&numerator, 0);
    for (int i = 0; i < kept; i++)
        big_mul_add(&numerator, 10, (uint32_t)(kept_digits[i] - '0'));
    big_set(&denominator, 1);
    if (exponent >= 0)
        big_mul_pow10(&numerator, (int)exponent);
    else
        big_mul_pow10(&denominator, (int)-exponent);
    *result = round_ratio(&numerator, &denominator, format);
    return FPCONV_PARSE_OK;
}

static FpconvParseStatus parse_java(const char *text, size_t length, Format format,
                       double *result)
{
    const char *p = text, *end = text + length;
    /* String.trim(): characters up to ' ' at both ends. */
    while (p < end && (unsigned char)*p <= ' ')
        p++;
    while (end > p && (unsigned char)end[-1] <= ' ')
        end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    if (p == end)
        return FPCONV_PARSE_INVALID;

    double magnitude;
    if ((size_t)(end - p) == 3 && memcmp(p, "NaN", 3) == 0) {
        *result = NAN;
        return FPCONV_PARSE_OK;
    }
    if ((size_t)(end - p) == 8 && memcmp(p, "Infinity", 8) == 0) {
        magnitude = INFINITY;
    } else if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        if (!parse_hex(p + 2, end, format, &magnitude))
            return FPCONV_PARSE_INVALID;
    } else {
        FpconvParseStatus status = parse_decimal(p, end, format, &magnitude);
        if (status != FPCONV_PARSE_OK)
            return status;
    }
    *result = negative ? -magnitude : magnitude;
    return FPCONV_PARSE_OK;
}

FpconvParseStatus fpconv_parse_double(const char *text, size_t length,
                                      double *result)
{
    return parse_java(text, length, DOUBLE_FORMAT, result);
}

FpconvParseStatus fpconv_parse_float(const char *text, size_t length,
                                     float *result)
{
    double value;
    FpconvParseStatus status = parse_java(text, length, FLOAT_FORMAT, &value);
    if (status == FPCONV_PARSE_OK)
        *result = (float)value; /* exact: value is already a float */
    return status;
}
