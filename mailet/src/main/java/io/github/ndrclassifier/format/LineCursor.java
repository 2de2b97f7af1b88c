package io.github.ndrclassifier.format;

import java.util.Arrays;
import java.util.Locale;

/**
 * The lines of a report's text, walked forwards with look-ahead: what format recognisers read
 * bodies with, one bounded line at a time. Line ends ({@code \n}, {@code \r\n}) are removed;
 * at most {@link #MAX_LINES} lines are kept.
 *
 * <p>Where the lines start and end is found once; a line's text is cut from the body only when
 * the cursor hands it out, since readers often stop long before the end (at the returned
 * message) or pass over most lines looking for a marker.
 */
public final class LineCursor {
    /** Lines beyond this are not read: a report states its recipients near the top. */
    public static final int MAX_LINES = 4000;

    private final String text;
    /** Line {@code i} is {@code text[bounds[2i], bounds[2i + 1])}. */
    private final int[] bounds;
    private final int count;
    /** The lines handed out so far, by index. */
    private final String[] cut;
    private int next;

    private LineCursor(String text, int[] bounds, int count) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
        this.cut = new String[count];
    }

    public static LineCursor of(String text) {
        int[] bounds = new int[32];
        int count = 0;
        int from = 0;
        int n = text.length();
        while (from <= n && count < MAX_LINES) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            int stop = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            }
            bounds[2 * count] = from;
            bounds[2 * count + 1] = stop;
            count++;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new LineCursor(text, bounds, count);
    }

    public boolean hasNext() {
        return next < count;
    }

    /** The next line; empty after the last one. */
    public String next() {
        return next < count ? line(next++) : "";
    }

    /** The next line without moving; empty after the last one. */
    public String peek() {
        return peek(0);
    }

    /** The line {@code ahead} lines after the next one, without moving; empty past the end. */
    public String peek(int ahead) {
        int at = next + ahead;
        return at >= 0 && at < count ? line(at) : "";
    }

    /** Index of the next line, to come back to with {@link #seek}. */
    public int position() {
        return next;
    }

    public void seek(int position) {
        next = Math.max(0, Math.min(position, count));
    }

    /**
     * Moves past the first line, from the next one on, that contains {@code marker} (any case);
     * true when one was found. The cursor stays where it was when none was.
     */
    public boolean skipPast(String marker) {
        String lower = marker.toLowerCase(Locale.ROOT);
        boolean ascii = isAscii(lower);
        int i = ascii ? nextCandidate(next, lower) : next;
        while (i < count) {
            if (line(i).toLowerCase(Locale.ROOT).contains(lower)) {
                next = i + 1;
                return true;
            }
            i = ascii ? nextCandidate(i + 1, lower) : i + 1;
        }
        return false;
    }

    /**
     * The first line from {@code from} on that holds an ASCII {@code marker} ignoring case, found
     * in the whole text at once; {@link #count} when none does. A line whose lower case contains
     * an ASCII marker holds it ignoring case, so no line that {@link #skipPast} would accept is
     * passed over (the converse is not quite true, hence the candidate is tested again).
     */
    private int nextCandidate(int from, String marker) {
        if (from >= count) {
            return count;
        }
        int at = bounds[2 * from];
        int line = from;
        while (true) {
            at = ReportText.indexOfIgnoreCase(text, marker, at);
            if (at < 0) {
                return count;
            }
            while (line < count && bounds[2 * line + 1] < at + marker.length()) {
                line++;
            }
            if (line >= count) {
                return count;
            }
            if (bounds[2 * line] <= at) {
                return line;
            }
            at = bounds[2 * line];
        }
    }

    /** Skips blank lines; the next line is then one with text, or the end. */
    public void skipBlank() {
        while (next < count && isBlank(next)) {
            next++;
        }
    }

    private String line(int i) {
        String line = cut[i];
        if (line == null) {
            line = text.substring(bounds[2 * i], bounds[2 * i + 1]);
            cut[i] = line;
        }
        return line;
    }

    private boolean isBlank(int i) {
        for (int c = bounds[2 * i]; c < bounds[2 * i + 1]; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
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
