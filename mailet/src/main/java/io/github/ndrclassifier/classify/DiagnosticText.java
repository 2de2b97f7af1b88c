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
     * {@code "550-5.1.1 The account ... try again"}.
     */
    public static String clean(String diagnostic) {
        String s = TextNormalizer.oneLine(diagnostic, MAX_LENGTH);
        if (s.length() < 8 || !isReplyCode(s, 0)) {
            return s;
        }
        String reply = s.substring(0, 3);
        int codeEnd = 4;
        while (codeEnd < s.length() && s.charAt(codeEnd) != ' ') {
            codeEnd++;
        }
        String enhanced = s.charAt(3) == '-' || s.charAt(3) == ' ' ? s.substring(4, codeEnd) : "";
        boolean hasEnhanced = enhanced.length() >= 5 && enhanced.charAt(1) == '.';
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, Math.min(s.length(), codeEnd));
        int i = codeEnd;
        while (i < s.length()) {
            if (s.charAt(i) == ' ' && s.startsWith(reply, i + 1) && i + 4 < s.length()
                    && (s.charAt(i + 4) == '-' || s.charAt(i + 4) == ' ')) {
                int skip = i + 5;
                if (hasEnhanced && s.startsWith(enhanced, skip)) {
                    skip += enhanced.length();
                }
                if (skip >= s.length() || s.charAt(skip) == ' ') {
                    i = skip;
                    continue;
                }
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString().strip();
    }

    private static boolean isReplyCode(String s, int at) {
        return s.length() > at + 3 && (s.charAt(at) == '4' || s.charAt(at) == '5' || s.charAt(at) == '2')
                && Character.isDigit(s.charAt(at + 1)) && Character.isDigit(s.charAt(at + 2))
                && (s.charAt(at + 3) == '-' || s.charAt(at + 3) == ' ');
    }
}
