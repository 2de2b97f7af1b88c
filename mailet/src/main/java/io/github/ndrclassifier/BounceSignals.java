package io.github.ndrclassifier;

/**
 * The cheap test a mail server runs on every message before classifying any: can this message be
 * a bounce at all? It looks at what the server already holds without reading the body: whether
 * the envelope's reverse path is null ({@code MAIL FROM:<>}, which RFC 5321 requires of every
 * delivery report), and the top-level {@code Content-Type} (a {@code multipart/report} that is not
 * a read receipt is a report whoever sent it). Everything else is ordinary mail and is not read.
 *
 * <p>The checks scan the header value in place: no parsing, no allocation, a few tens of
 * nanoseconds.
 */
public final class BounceSignals {
    private static final String REPORT = "multipart/report";
    private static final String REPORT_TYPE = "report-type";
    private static final String DISPOSITION = "disposition-notification";

    private BounceSignals() {
    }

    /**
     * True when a message may be a bounce and is worth classifying.
     *
     * @param nullReversePath true when the envelope sender is the null reverse path
     * @param contentType     the raw value of the top-level Content-Type field, or null when absent
     */
    public static boolean mayBeBounce(boolean nullReversePath, String contentType) {
        return nullReversePath || isReport(contentType);
    }

    /**
     * True when {@code contentType} (a raw Content-Type value, null when absent) is
     * {@code multipart/report} with any report type but a disposition notification (a read
     * receipt). Letter case, white space and folding around the type are tolerated.
     */
    public static boolean isReport(String contentType) {
        if (contentType == null) {
            return false;
        }
        int start = skipBlanks(contentType, 0);
        if (!contentType.regionMatches(true, start, REPORT, 0, REPORT.length())) {
            return false;
        }
        int end = start + REPORT.length();
        if (end < contentType.length() && !isDelimiter(contentType.charAt(end))) {
            return false;
        }
        return !isReadReceipt(contentType, end);
    }

    /** True when the parameters from {@code from} on say report-type=disposition-notification. */
    private static boolean isReadReceipt(String value, int from) {
        int at = indexOfIgnoreCase(value, REPORT_TYPE, from);
        while (at >= 0) {
            int i = skipBlanks(value, at + REPORT_TYPE.length());
            boolean parameterName = at > 0 && isParameterStart(value, at - 1);
            if (parameterName && i < value.length() && value.charAt(i) == '=') {
                i = skipBlanks(value, i + 1);
                if (i < value.length() && value.charAt(i) == '"') {
                    i++;
                }
                int end = i + DISPOSITION.length();
                return value.regionMatches(true, i, DISPOSITION, 0, DISPOSITION.length())
                        && (end == value.length() || isDelimiter(value.charAt(end)) || value.charAt(end) == '"');
            }
            at = indexOfIgnoreCase(value, REPORT_TYPE, at + 1);
        }
        return false;
    }

    private static boolean isParameterStart(String value, int before) {
        for (int i = before; i >= 0; i--) {
            char c = value.charAt(i);
            if (c == ';') {
                return true;
            }
            if (!isBlank(c)) {
                return false;
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String value, String what, int from) {
        for (int i = from; i + what.length() <= value.length(); i++) {
            if (value.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int skipBlanks(String value, int from) {
        int i = from;
        while (i < value.length() && isBlank(value.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDelimiter(char c) {
        return c == ';' || isBlank(c);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
