package io.github.ndrclassifier.dsn;

/**
 * Reads the {@code Name: value} lines of a report body (delivery-status, feedback-report) one
 * unfolded field at a time, with any line ending, reporting blank lines (group separators) and
 * skipping lines that are not fields. White space before the colon is allowed. Folded continuation lines are joined with one space.
 *
 * <p>A cursor: {@link #advance()}, then {@link #nameIs(String)}, {@link #name()} and
 * {@link #value()}, which cut out only the names and values asked for.
 */
public final class FieldReader {
    private static final int MAX_NAME_LENGTH = 64;
    // The content as an array: the scans below read every character, and an array read is far
    // cheaper than String.charAt with its bounds and coder checks.
    private final char[] s;
    private int pos;
    private boolean blankLine;
    private int nameStart;
    private int nameEnd;
    private int valueStart;
    private int valueEnd;

    public FieldReader(CharSequence content) {
        this.s = content.toString().toCharArray();
    }

    /**
     * Moves to the next field or blank line; false at the end. The name and value of a field
     * are then read with {@link #name()} and {@link #value()}.
     */
    public boolean advance() {
        while (pos < s.length) {
            int start = pos;
            int end = lineEnd(start);
            pos = next(end);
            if (isBlank(start, end)) {
                blankLine = true;
                return true;
            }
            int colon = fieldColon(start, end);
            if (colon < 0) {
                continue;
            }
            blankLine = false;
            nameStart = start;
            nameEnd = nameEnd(start, colon);
            valueStart = colon + 1;
            valueEnd = end;
            while (isContinuation(pos)) {
                int cStart = pos;
                int cEnd = lineEnd(cStart);
                if (isBlank(cStart, cEnd)) {
                    break;
                }
                pos = next(cEnd);
                valueEnd = cEnd;
            }
            return true;
        }
        return false;
    }

    /** True when the reader stands on a blank line rather than a field. */
    public boolean atBlankLine() {
        return blankLine;
    }

    /** The length of the current field's name. */
    public int nameLength() {
        return nameEnd - nameStart;
    }

    /** True when the current field's name is {@code lowerCaseName}, ignoring case. */
    public boolean nameIs(String lowerCaseName) {
        if (nameEnd - nameStart != lowerCaseName.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length(); i++) {
            char c = s[nameStart + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current field's name as written. */
    public String name() {
        return new String(s, nameStart, nameEnd - nameStart);
    }

    /**
     * The current field's value, unfolded: runs of spaces, tabs and line ends become one space,
     * and none is kept at either end. Most values have nothing to join and are cut out as they are.
     */
    public String value() {
        int start = valueStart;
        int end = valueEnd;
        while (start < end && isBlankChar(s[start])) {
            start++;
        }
        while (end > start && isBlankChar(s[end - 1])) {
            end--;
        }
        int first = start;
        while (first < end && !needsJoining(first)) {
            first++;
        }
        if (first == end) {
            return new String(s, start, end - start);
        }
        StringBuilder out = new StringBuilder(end - start);
        out.append(s, start, first - start);
        boolean space = false;
        for (int i = first; i < end; i++) {
            char c = s[i];
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

    /** True at a blank that starts a run to join: a tab or line end, or a space before another blank. */
    private boolean needsJoining(int at) {
        char c = s[at];
        if (c > ' ') {
            return false;
        }
        return c == ' ' ? isBlankChar(s[at + 1]) : isBlankChar(c);
    }

    private boolean isContinuation(int at) {
        return at < s.length && (s[at] == ' ' || s[at] == '\t');
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < s.length && (s[i] > '\r' || s[i] != '\n' && s[i] != '\r')) {
            i++;
        }
        return i;
    }

    private int next(int end) {
        if (end < s.length && s[end] == '\r') {
            end++;
            if (end < s.length && s[end] == '\n') {
                end++;
            }
            return end;
        }
        return end < s.length ? end + 1 : end;
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** The colon of a {@code Name: value} line, or -1 when the line is not a field. */
    private int fieldColon(int start, int end) {
        if (start >= end || s[start] == ' ' || s[start] == '\t') {
            return -1;
        }
        for (int i = start; i < end && i - start < MAX_NAME_LENGTH; i++) {
            char c = s[i];
            if (c == ':') {
                return i > start ? i : -1;
            }
            if ((c == ' ' || c == '\t') && i > start) {
                // RFC 5322's obsolete syntax allows white space before the colon ("Status : 5.0.0").
                int j = i;
                while (j < end && (s[j] == ' ' || s[j] == '\t')) {
                    j++;
                }
                return j < end && s[j] == ':' ? j : -1;
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
        while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    /** The blanks a value's runs are made of; line ends occur only between folded lines. */
    private static boolean isBlankChar(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n');
    }
}
