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
     * The characters that separate words: white space, controls and the no-break space. Looked up
     * in a table, since asking {@link Character} costs several table lookups for every character
     * of a text in another script.
     */
    private static final long[] SEPARATORS = separators();
    /** {@link Character#toLowerCase(char)} of every character, for the same reason. */
    private static final char[] LOWER = lowerCase();

    private TextNormalizer() {
    }

    private static long[] separators() {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0') {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    private static char[] lowerCase() {
        char[] lower = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            lower[c] = Character.toLowerCase((char) c);
        }
        return lower;
    }

    private static boolean isSeparator(char c) {
        return (SEPARATORS[c >>> 6] & (1L << c)) != 0;
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
        boolean special = false;
        for (int i = 0; i < length; i++) {
            char c = out[i];
            if (c < 128) {
                if (c <= ' ' || c == 0x7f) {
                    space = true;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
            } else if (isSeparator(c)) {
                space = true;
                continue;
            } else if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                // Lower-cased by String.toLowerCase below: a dotted I becomes two characters, a sigma
                // depends on its place in the word, a surrogate pair is one character.
                special = true;
            } else {
                c = LOWER[c];
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            space = false;
            out[n++] = c;
        }
        String collapsed = new String(out, 0, n);
        return special ? collapsed.toLowerCase(Locale.ROOT) : collapsed;
    }

    /** Collapses white space and control characters but keeps the case: for display. */
    public static String oneLine(CharSequence text, int maxLength) {
        int length = Math.min(text.length(), maxLength * 2);
        StringBuilder out = new StringBuilder(Math.min(length, maxLength));
        boolean space = false;
        for (int i = 0; i < length && out.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
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
}
