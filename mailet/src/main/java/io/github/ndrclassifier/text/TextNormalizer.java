package io.github.ndrclassifier.text;

import java.util.Locale;

/**
 * Brings diagnostic text to the form the phrase tables are written in: lower case, every run of
 * white space (line breaks included) one space, and at most {@link #MAX_LENGTH} characters, so
 * that every later match is bounded.
 */
public final class TextNormalizer {
    /** Diagnostics longer than this are cut: the reason is stated in the first lines. */
    public static final int MAX_LENGTH = 16 * 1024;

    /**
     * Every character as the normal form writes it: 0 for the characters that separate words
     * (white space, controls, the no-break space), else its lower case. A table, since asking
     * {@link Character} costs several lookups for every character of a text in another script.
     * Three kinds of characters are left as they are, for {@link String#toLowerCase} to handle in
     * context: a capital dotted I (two characters in lower case), a capital sigma (final or not)
     * and the halves of a surrogate pair.
     */
    private static final char[] FOLD = fold();

    private TextNormalizer() {
    }

    private static char[] fold() {
        char[] fold = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0') {
                fold[c] = 0;
            } else if (isContextual((char) c)) {
                fold[c] = (char) c;
            } else {
                fold[c] = Character.toLowerCase((char) c);
            }
        }
        return fold;
    }

    private static boolean isContextual(char c) {
        return c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c);
    }

    /**
     * The character as the normal form writes it, 0 for a separator; a character lower-cased in
     * context (see {@link #FOLD}) is given back as it is.
     */
    static char fold(char c) {
        return FOLD[c];
    }

    public static String normalize(CharSequence text) {
        int length = Math.min(text.length(), MAX_LENGTH);
        char[] out = new char[length];
        if (text instanceof String string) {
            string.getChars(0, length, out, 0);
        } else {
            for (int i = 0; i < length; i++) {
                out[i] = text.charAt(i);
            }
        }
        // Collapsed in place: the output never overtakes the input.
        int n = 0;
        boolean space = false;
        boolean contextual = false;
        for (int i = 0; i < length; i++) {
            char c = out[i];
            char folded = FOLD[c];
            if (folded == 0) {
                space = true;
                continue;
            }
            if (c >= '\u0130' && isContextual(c)) {
                contextual = true;
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            space = false;
            out[n++] = folded;
        }
        String collapsed = new String(out, 0, n);
        return contextual ? collapsed.toLowerCase(Locale.ROOT) : collapsed;
    }

    /** Collapses white space and control characters but keeps the case: for display. */
    public static String oneLine(CharSequence text, int maxLength) {
        if (text instanceof String string && string.length() <= maxLength && isOneLine(string)) {
            return string;
        }
        int length = Math.min(text.length(), maxLength * 2);
        StringBuilder out = new StringBuilder(Math.min(length, maxLength));
        boolean space = false;
        for (int i = 0; i < length && out.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (FOLD[c] == 0 && c != '\u00a0') {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** True when {@link #oneLine} would give {@code s} back: its only separators are single spaces between words. */
    private static boolean isOneLine(String s) {
        int last = s.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (FOLD[c] == 0 && c != '\u00a0'
                    && (c != ' ' || i == 0 || i == last || FOLD[s.charAt(i + 1)] == 0 && s.charAt(i + 1) != '\u00a0')) {
                return false;
            }
        }
        return true;
    }
}
