package io.github.ndrclassifier.classify;

import io.github.ndrclassifier.text.TextNormalizer;

/** Tidies a diagnostic for display and matching: one line, and multi-line reply prefixes removed. */
public final class DiagnosticText {
    /** Longest diagnostic kept; longer ones are cut (the reason is stated first). */
    public static final int MAX_LENGTH = 4096;

    private DiagnosticText() {
    }

    /**
     * One line, at most {@link #MAX_LENGTH} characters, with the continuation prefixes of a
     * multi-line reply removed: {@code "550-5.1.1 The account ... try 550-5.1.1 again"} becomes
     * {@code "550-5.1.1 The account ... try again"}. When the reply carries an enhanced code, a
     * continuation is recognised only with it (RFC 2034 repeats it on every line), so a number in
     * the text is not mistaken for one.
     */
    public static String clean(String diagnostic) {
        String s = TextNormalizer.oneLine(diagnostic, MAX_LENGTH);
        if (s.length() < 8 || !isReplyCode(s, 0)) {
            return s;
        }
        int codeEnd = s.indexOf(' ', 4);
        int enhanced = codeEnd < 0 ? 0 : codeEnd - 4;
        boolean hasEnhanced = enhanced >= 5 && s.charAt(5) == '.';
        // Most diagnostics are one line: the copy is made from the first continuation on.
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ' && s.regionMatches(i + 1, s, 0, 3) && isReplyCode(s, i + 1)) {
                int next = i + 5;
                boolean continuation = s.charAt(i + 4) == '-' && !hasEnhanced;
                if (hasEnhanced && s.regionMatches(next, s, 4, enhanced)
                        && (next + enhanced == s.length() || s.charAt(next + enhanced) == ' ')) {
                    next += enhanced;
                    continuation = true;
                } else if (!hasEnhanced && s.charAt(i + 4) == ' ') {
                    continuation = true;
                }
                if (continuation) {
                    if (out == null) {
                        out = new StringBuilder(s.length());
                        out.append(s, 0, i);
                    }
                    out.append(' ');
                    i = next;
                    while (i < s.length() && s.charAt(i) == ' ') {
                        i++;
                    }
                    continue;
                }
            }
            if (out != null) {
                out.append(s.charAt(i));
            }
            i++;
        }
        // Without a continuation the text is the one line itself, which has no white space at either end.
        return out == null ? s : out.toString().strip();
    }

    private static boolean isReplyCode(String s, int at) {
        return s.length() > at + 3 && (s.charAt(at) == '4' || s.charAt(at) == '5' || s.charAt(at) == '2')
                && Character.isDigit(s.charAt(at + 1)) && Character.isDigit(s.charAt(at + 2))
                && (s.charAt(at + 3) == '-' || s.charAt(at + 3) == ' ');
    }
}
