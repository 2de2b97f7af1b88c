package io.github.ndrclassifier.classify;

import java.util.Optional;

/** Finds the SMTP reply code (RFC 5321 {@code 2yz}/{@code 4yz}/{@code 5yz}) in diagnostic text. */
public final class SmtpReply {
    private static final int SEARCH_WINDOW = 2048;

    private SmtpReply() {
    }

    /**
     * The first reply code in the text: three digits, the first 2, 4 or 5 and the second 0 to 5,
     * standing alone as a word and followed by a space, a hyphen, end of text or punctuation.
     * Codes inside numbers, addresses and dotted codes ({@code 5.5.0}) are not taken.
     */
    public static Optional<Integer> find(CharSequence text) {
        return first(text, false);
    }

    /**
     * The first failure reply code (4yz or 5yz) in the text, as {@link #find} reads codes: a
     * server's greeting or an accepted command ({@code 220-mx ESMTP 421 4.2.1 ...}) written before
     * the failure is not the failure's code.
     */
    public static Optional<Integer> findFailure(CharSequence text) {
        return first(text, true);
    }

    private static Optional<Integer> first(CharSequence text, boolean failureOnly) {
        int end = Math.min(text.length(), SEARCH_WINDOW);
        for (int i = 0; i + 2 < end; i++) {
            char c = text.charAt(i);
            if ((c == '4' || c == '5' || c == '2' && !failureOnly) && isDigit(text.charAt(i + 1))
                    && text.charAt(i + 1) <= '5' && isDigit(text.charAt(i + 2)) && (i == 0 || isBefore(text.charAt(i - 1)))
                    && (i + 3 == text.length() || isAfter(text.charAt(i + 3)))) {
                return Optional.of((c - '0') * 100 + (text.charAt(i + 1) - '0') * 10 + (text.charAt(i + 2) - '0'));
            }
        }
        return Optional.empty();
    }

    /** The reply code when the text starts with one (after white space). */
    public static Optional<Integer> leading(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i + 3 > text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(i);
        // As find reads a code, within the code's own four characters.
        if (first != '2' && first != '4' && first != '5' || !isDigit(text.charAt(i + 1)) || text.charAt(i + 1) > '5'
                || !isDigit(text.charAt(i + 2)) || i + 3 < text.length() && !isAfter(text.charAt(i + 3))) {
            return Optional.empty();
        }
        return Optional.of((first - '0') * 100 + (text.charAt(i + 1) - '0') * 10 + (text.charAt(i + 2) - '0'));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBefore(char c) {
        return c == ' ' || c == '\t' || c == '(' || c == '[' || c == ':' || c == ';' || c == '"' || c == '\''
                || c == '<' || c == '=' || c == '#' || c == '\n' || c == '\r';
    }

    private static boolean isAfter(char c) {
        return c == ' ' || c == '-' || c == '\t' || c == ')' || c == ']' || c == ',' || c == ';' || c == ':'
                || c == '"' || c == '\'' || c == '\n' || c == '\r' || c == '>';
    }
}
