package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a report's text, walked forwards with look-ahead: what format recognisers read
 * bodies with, one bounded line at a time. Line ends ({@code \n}, {@code \r\n}) are removed;
 * at most {@link #MAX_LINES} lines are kept.
 */
public final class LineCursor {
    /** Lines beyond this are not read: a report states its recipients near the top. */
    public static final int MAX_LINES = 4000;

    private final List<String> lines;
    private int next;

    private LineCursor(List<String> lines) {
        this.lines = lines;
    }

    public static LineCursor of(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = text.length();
        while (from <= n && lines.size() < MAX_LINES) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            int stop = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(from, stop));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new LineCursor(lines);
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
     */
    public boolean skipPast(String marker) {
        String lower = marker.toLowerCase(Locale.ROOT);
        for (int i = next; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(lower)) {
                next = i + 1;
                return true;
            }
        }
        return false;
    }

    /** Skips blank lines; the next line is then one with text, or the end. */
    public void skipBlank() {
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
    }
}
