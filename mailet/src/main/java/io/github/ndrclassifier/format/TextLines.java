package io.github.ndrclassifier.format;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of a text without their line ends ({@code \n}, {@code \r\n}), at most a given number.
 * Where each line starts and ends is found at once; a line's text is cut from the body only when
 * asked for, and then kept, since readers often stop long before the end (at the returned
 * message) or pass over most lines looking for a marker. Unmodifiable.
 */
final class TextLines extends AbstractList<String> implements RandomAccess {
    private final String text;
    /** Line {@code i} is {@code text[bounds[2i], bounds[2i + 1])}. */
    private final int[] bounds;
    private final int count;
    private final String[] cut;

    private TextLines(String text, int[] bounds, int count) {
        this(text, bounds, count, new String[count]);
    }

    private TextLines(String text, int[] bounds, int count, String[] cut) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
        this.cut = cut;
    }

    /** The first {@code maxLines} lines of {@code text}; an empty text is one empty line. */
    static TextLines of(String text, int maxLines) {
        int[] bounds = new int[32];
        int count = 0;
        int from = 0;
        int n = text.length();
        while (from <= n && count < maxLines) {
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
        return new TextLines(text, bounds, count);
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, count);
        String line = cut[index];
        if (line == null) {
            line = text.substring(bounds[2 * index], bounds[2 * index + 1]);
            cut[index] = line;
        }
        return line;
    }

    /**
     * The lines from {@code fromIndex} to {@code toIndex}. The first lines of a report (up to a
     * marker) are again lines of the same text, so that {@link #findIgnoringCase} still serves
     * them; other ranges are plain views.
     */
    @Override
    public List<String> subList(int fromIndex, int toIndex) {
        if (fromIndex != 0) {
            return super.subList(fromIndex, toIndex);
        }
        Objects.checkFromToIndex(fromIndex, toIndex, count);
        return new TextLines(text, bounds, toIndex, cut);
    }

    /** True when line {@code index} is empty or white space only, as {@link String#isBlank} tells. */
    boolean isBlank(int index) {
        for (int i = bounds[2 * index]; i < bounds[2 * index + 1]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first line from {@code from} on that holds {@code needle} ignoring case (as
     * {@link ReportText#indexOfIgnoreCase} compares), found in the whole text at once;
     * {@link #size} when none does.
     */
    int findIgnoringCase(int from, String needle) {
        return findIgnoringCase(from, count, needle);
    }

    /**
     * {@link #findIgnoringCase(int, String)} among the lines before {@code to} (at most
     * {@link #size}), searching the text up to the end of the last of them; {@code to} when none
     * holds the needle.
     */
    int findIgnoringCase(int from, int to, String needle) {
        if (from >= to) {
            return to;
        }
        int at = bounds[2 * from];
        int end = bounds[2 * to - 1];
        int line = from;
        while (true) {
            at = ReportText.indexOfIgnoreCase(text, needle, at, end);
            if (at < 0) {
                return to;
            }
            while (line < to && bounds[2 * line + 1] < at + needle.length()) {
                line++;
            }
            if (line >= to) {
                return to;
            }
            if (bounds[2 * line] <= at) {
                return line;
            }
            // The match runs over a line end: look again from the line it ends in.
            at = bounds[2 * line];
        }
    }
}
