package io.github.ndrclassifier.dsn;

/**
 * Reads the {@code Name: value} lines of a report body (delivery-status, feedback-report) one
 * unfolded field at a time, with any line ending, reporting blank lines (group separators) and
 * skipping lines that are not fields. White space before the colon is allowed. Folded continuation lines are joined with one space.
 */
public final class FieldReader {
    /** A field, or a blank line when {@link #isBlankLine()}. */
    public record Field(String name, String value) {
        static final Field BLANK = new Field("", "");

        public boolean isBlankLine() {
            return this == BLANK;
        }
    }

    private static final int MAX_NAME_LENGTH = 64;
    private final String s;
    private int pos;

    public FieldReader(CharSequence content) {
        // A String is searched with String.indexOf, far faster than charAt through the interface.
        this.s = content.toString();
    }

    /** The next field or blank line, or null at the end. */
    public Field next() {
        while (pos < s.length()) {
            int start = pos;
            int end = lineEnd(start);
            pos = next(end);
            if (isBlank(start, end)) {
                return Field.BLANK;
            }
            int colon = fieldColon(start, end);
            if (colon < 0) {
                continue;
            }
            String value;
            if (isContinuation(pos)) {
                StringBuilder folded = new StringBuilder(end - colon);
                folded.append(s, colon + 1, end);
                while (isContinuation(pos)) {
                    int cStart = pos;
                    int cEnd = lineEnd(cStart);
                    if (isBlank(cStart, cEnd)) {
                        break;
                    }
                    pos = next(cEnd);
                    folded.append(' ').append(s, cStart, cEnd);
                }
                value = collapse(folded.toString(), 0, folded.length());
            } else {
                value = collapse(s, colon + 1, end);
            }
            return new Field(s.substring(start, nameEnd(start, colon)), value);
        }
        return null;
    }

    private boolean isContinuation(int at) {
        return at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t');
    }

    private int lineEnd(int from) {
        int lf = s.indexOf('\n', from);
        int end = lf < 0 ? s.length() : lf;
        int cr = s.indexOf('\r', from, end);
        return cr < 0 ? end : cr;
    }

    private int next(int end) {
        if (end < s.length() && s.charAt(end) == '\r') {
            end++;
            if (end < s.length() && s.charAt(end) == '\n') {
                end++;
            }
            return end;
        }
        return end < s.length() ? end + 1 : end;
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The colon of a {@code Name: value} line, or -1 when the line is not a field. */
    private int fieldColon(int start, int end) {
        if (start >= end || s.charAt(start) == ' ' || s.charAt(start) == '\t') {
            return -1;
        }
        for (int i = start; i < end && i - start < MAX_NAME_LENGTH; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i > start ? i : -1;
            }
            if ((c == ' ' || c == '\t') && i > start) {
                // RFC 5322's obsolete syntax allows white space before the colon ("Status : 5.0.0").
                int j = i;
                while (j < end && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                return j < end && s.charAt(j) == ':' ? j : -1;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of the name of a field whose colon is at {@code colon}: before the white space ahead of the colon. */
    private int nameEnd(int start, int colon) {
        int end = colon;
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    /**
     * Joins folded lines: runs of spaces and tabs in {@code [from, to)} of {@code text} become one
     * space, and none is kept at either end. Most values have nothing to join and are cut out as
     * they are.
     */
    private static String collapse(String text, int from, int to) {
        int start = from;
        while (start < to && isBlankChar(text.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        int first = start;
        while (first < end && !(text.charAt(first) == '\t'
                || text.charAt(first) == ' ' && isBlankChar(text.charAt(first + 1)))) {
            first++;
        }
        if (first == end) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        out.append(text, start, first);
        boolean space = false;
        for (int i = first; i < end; i++) {
            char c = text.charAt(i);
            if (isBlankChar(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t';
    }
}
