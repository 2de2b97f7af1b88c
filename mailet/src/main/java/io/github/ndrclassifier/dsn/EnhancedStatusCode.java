package io.github.ndrclassifier.dsn;

import java.util.Optional;

/**
 * An RFC 3463 enhanced status code {@code class.subject.detail}, e.g. {@code 5.1.1}.
 * Vendor codes with a three-digit detail (Exchange Online's {@code 5.7.606}) are valid too.
 *
 * @param codeClass 2 (success), 4 (persistent transient failure) or 5 (permanent failure)
 * @param subject   0 to 999
 * @param detail    0 to 999
 */
public record EnhancedStatusCode(int codeClass, int subject, int detail) {
    public static final EnhancedStatusCode PERMANENT = new EnhancedStatusCode(5, 0, 0);
    public static final EnhancedStatusCode TRANSIENT = new EnhancedStatusCode(4, 0, 0);
    public static final EnhancedStatusCode SUCCESS = new EnhancedStatusCode(2, 0, 0);

    public EnhancedStatusCode {
        if (codeClass != 2 && codeClass != 4 && codeClass != 5) {
            throw new IllegalArgumentException("status class must be 2, 4 or 5: " + codeClass);
        }
        if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
            throw new IllegalArgumentException("status subject and detail must be 0 to 999: " + subject + "." + detail);
        }
    }

    /** The class code x.0.0 of a class. */
    public static EnhancedStatusCode ofClass(int codeClass) {
        return switch (codeClass) {
            case 2 -> SUCCESS;
            case 4 -> TRANSIENT;
            case 5 -> PERMANENT;
            default -> throw new IllegalArgumentException("status class must be 2, 4 or 5: " + codeClass);
        };
    }

    /**
     * Parses a status that is exactly a code, allowing surrounding white space and a trailing
     * comment or text after white space ({@code "5.1.1 (user unknown)"}).
     */
    public static Optional<EnhancedStatusCode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '(') {
            end++;
        }
        return at(s, 0, end);
    }

    /** The first code found in free text ({@code "550-5.1.1 The email account..."}). */
    public static Optional<EnhancedStatusCode> find(CharSequence text) {
        int length = text.length();
        for (int i = 0; i + 4 < length; i++) {
            char c = text.charAt(i);
            if ((c == '2' || c == '4' || c == '5') && text.charAt(i + 1) == '.' && (i == 0 || isBoundary(text.charAt(i - 1)))) {
                int end = scanCode(text, i);
                if (end > 0) {
                    return at(text, i, end);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The code that follows an SMTP reply code ({@code "550-5.7.1"}, {@code "550 '5.7.1"}) in free
     * text; else the first code found. A remote server's reply is the most precise source.
     */
    public static Optional<EnhancedStatusCode> findAfterReply(CharSequence text) {
        int length = text.length();
        // One reading: the first code of all is noted on the way, for a text without a reply code.
        int first = -1;
        int firstEnd = -1;
        for (int i = 0; i + 4 < length; i++) {
            char c = text.charAt(i);
            if (c != '2' && c != '4' && c != '5' || i > 0 && !isBoundary(text.charAt(i - 1))) {
                continue;
            }
            char second = text.charAt(i + 1);
            if (second == '.') {
                if (first < 0) {
                    int end = scanCode(text, i);
                    if (end > 0) {
                        first = i;
                        firstEnd = end;
                    }
                }
            } else if (i + 8 < length && isAsciiDigit(second) && isAsciiDigit(text.charAt(i + 2))
                    && (text.charAt(i + 3) == '-' || text.charAt(i + 3) == ' ')) {
                int start = i + 4;
                if (text.charAt(start) == '\'' || text.charAt(start) == '"') {
                    start++;
                }
                if (start < length && text.charAt(start) == c) {
                    int end = scanCode(text, start);
                    if (end > 0) {
                        return at(text, start, end);
                    }
                }
            }
        }
        return first < 0 ? Optional.empty() : at(text, first, firstEnd);
    }

    /** The class code x.0.0 of this code's class. */
    public EnhancedStatusCode classCode() {
        return ofClass(codeClass);
    }

    /** True for x.0.0, which says no more than the class. */
    public boolean isClassOnly() {
        return subject == 0 && detail == 0;
    }

    public boolean isPermanent() {
        return codeClass == 5;
    }

    public boolean isTransient() {
        return codeClass == 4;
    }

    public boolean isSuccess() {
        return codeClass == 2;
    }

    /**
     * The code as one number, {@code class * 1,000,000 + subject * 1,000 + detail}, ordered as the
     * codes are: tables of codes look it up without boxing or building a string.
     */
    public int key() {
        return key(codeClass, subject, detail);
    }

    /** {@link #key()} of {@code codeClass.subject.detail}; class 0 stands for any class. */
    public static int key(int codeClass, int subject, int detail) {
        return codeClass * 1_000_000 + subject * 1_000 + detail;
    }

    // Written out: the generated equality of a record goes through a method handle, and codes are
    // compared for every classified recipient.
    @Override
    public boolean equals(Object other) {
        return other instanceof EnhancedStatusCode code
                && code.codeClass == codeClass && code.subject == subject && code.detail == detail;
    }

    @Override
    public int hashCode() {
        return (codeClass * 31 + subject) * 31 + detail;
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + detail;
    }

    /** Index after a code starting at {@code start}, or -1; the code must end at a boundary. */
    private static int scanCode(CharSequence text, int start) {
        if (start + 1 >= text.length() || text.charAt(start + 1) != '.') {
            return -1;
        }
        char first = text.charAt(start);
        if (first != '2' && first != '4' && first != '5') {
            return -1;
        }
        int i = start + 2;
        int digits = countDigits(text, i);
        if (digits == 0 || digits > 3) {
            return -1;
        }
        i += digits;
        if (i >= text.length() || text.charAt(i) != '.') {
            return -1;
        }
        i++;
        digits = countDigits(text, i);
        if (digits == 0 || digits > 3) {
            return -1;
        }
        i += digits;
        if (i < text.length()) {
            char next = text.charAt(i);
            if (Character.isLetterOrDigit(next) || next == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                return -1;
            }
            if (next == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                return -1;
            }
        }
        return i;
    }

    private static Optional<EnhancedStatusCode> at(CharSequence text, int start, int end) {
        if (end - start < 5 || scanCode(text, start) != end) {
            return Optional.empty();
        }
        // scanCode checked the form: a class digit, a dot, 1-3 ASCII digits, a dot, 1-3 ASCII digits.
        int i = start + 2;
        int subject = 0;
        for (; text.charAt(i) != '.'; i++) {
            subject = subject * 10 + text.charAt(i) - '0';
        }
        int detail = 0;
        for (i++; i < end; i++) {
            detail = detail * 10 + text.charAt(i) - '0';
        }
        return Optional.of(new EnhancedStatusCode(text.charAt(start) - '0', subject, detail));
    }

    private static int countDigits(CharSequence text, int from) {
        int n = 0;
        while (from + n < text.length() && n < 4 && isAsciiDigit(text.charAt(from + n))) {
            n++;
        }
        return n;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBoundary(char c) {
        return !(Character.isLetterOrDigit(c) || c == '.' || c == '_');
    }
}
