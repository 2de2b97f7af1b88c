package io.github.ndrclassifier.format;

import java.util.Locale;

/**
 * The lines of a report's text, walked forwards with look-ahead: what format recognisers read
 * bodies with, one bounded line at a time. Line ends ({@code \n}, {@code \r\n}) are removed;
 * at most {@link #MAX_LINES} lines are kept, each cut from the text when first handed out (see
 * {@link TextLines}).
 */
public final class LineCursor {
    /** Lines beyond this are not read: a report states its recipients near the top. */
    public static final int MAX_LINES = 4000;

    private final TextLines lines;
    private int next;

    private LineCursor(TextLines lines) {
        this.lines = lines;
    }

    public static LineCursor of(String text) {
        return new LineCursor(TextLines.of(text, MAX_LINES));
    }

    public boolean hasNext() {
        return next < lines.size();
    }

    /** The next line; empty after the last one. */
    public String next() {
        return next < lines.size() ? lines.get(next++) : "";
    }

    /** The next line without moving; empty after the last one. */
    public String peek() {
        return peek(0);
    }

    /** The line {@code ahead} lines after the next one, without moving; empty past the end. */
    public String peek(int ahead) {
        int at = next + ahead;
        return at >= 0 && at < lines.size() ? lines.get(at) : "";
    }

    /** Index of the next line, to come back to with {@link #seek}. */
    public int position() {
        return next;
    }

    public void seek(int position) {
        next = Math.max(0, Math.min(position, lines.size()));
    }

    /**
     * Moves past the first line, from the next one on, that contains {@code marker} (any case);
     * true when one was found. The cursor stays where it was when none was.
     *
     * <p>An ASCII marker is first looked for in the whole text ignoring case: a line whose lower
     * case contains it holds it ignoring case, so no line is passed over that the test would
     * accept (the converse is not quite true, hence each candidate is tested as before).
     */
    public boolean skipPast(String marker) {
        String lower = marker.toLowerCase(Locale.ROOT);
        boolean ascii = isAscii(lower);
        int i = ascii ? lines.findIgnoringCase(next, lower) : next;
        while (i < lines.size()) {
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(lower)) {
                next = i + 1;
                return true;
            }
            i = ascii ? lines.findIgnoringCase(i + 1, lower) : i + 1;
        }
        return false;
    }

    /** Skips blank lines; the next line is then one with text, or the end. */
    public void skipBlank() {
        while (next < lines.size() && lines.isBlank(next)) {
            next++;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
