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
    private final CharSequence s;
    private int pos;

    public FieldReader(CharSequence content) {
        this.s = content;
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
            StringBuilder value = new StringBuilder(end - colon);
            value.append(s, colon + 1, end);
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                int cStart = pos;
                int cEnd = lineEnd(cStart);
                if (isBlank(cStart, cEnd)) {
                    break;
                }
                pos = next(cEnd);
                value.append(' ').append(s, cStart, cEnd);
            }
            return new Field(s.subSequence(start, colon).toString().strip(), collapse(value));
        }
        return null;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
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

    /** Joins folded lines: runs of white space become one space. */
    private static String collapse(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
