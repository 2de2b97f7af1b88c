package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.ndrclassifier.text.EmailAddresses;

/**
 * Line-level reading shared by the format recognisers: the body as bounded lines, marker lines,
 * addresses, paragraphs, and the SMTP command a report's own wording names. Every method is linear
 * in its input (markers are short constants), and markers match ignoring case.
 */
public final class ReportText {
    /** Lines of a body looked at; reports state their recipients near the top. */
    public static final int MAX_LINES = 4000;
    private static final int MAX_ADDRESSES = 200;

    /**
     * Providers' own ways of naming the failed step that {@link SmtpText#command} does not know, and
     * the command each means; the earliest mention wins.
     */
    private static final String[][] COMMANDS = {
        {"[rcpt_to]", "RCPT"}, {"[mail_from]", "MAIL"}, {"[data]", "DATA"}, {"text command", "DATA"},
        {">>> rcpt to", "RCPT"}, {"<<< rcpt to", "RCPT"}, {">>> mail from", "MAIL"}, {"<<< mail from", "MAIL"},
        {">>> data", "DATA"}, {"in connect", "CONN"}};

    private ReportText() {
    }

    /**
     * The text's lines without line ends, at most {@link #MAX_LINES}; unmodifiable, each line cut
     * from the text when first asked for.
     */
    public static List<String> lines(String text) {
        return TextLines.of(text, MAX_LINES);
    }

    /** The index of the first line at or after {@code from} that contains {@code needle}, or -1. */
    public static int find(List<String> lines, int from, String needle) {
        if (lines instanceof TextLines text) {
            return found(text, text.findIgnoringCase(Math.max(0, from), needle));
        }
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (indexOfIgnoreCase(lines.get(i), needle, 0) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first line at or after {@code from} that contains any of {@code needles}, or -1. */
    public static int findAny(List<String> lines, int from, String... needles) {
        if (lines instanceof TextLines text) {
            // Each needle looked for in the text at once, up to the first line found so far: cutting
            // and scanning the lines one by one for every needle costs more.
            int first = text.size();
            for (String needle : needles) {
                first = text.findIgnoringCase(Math.max(0, from), first, needle);
            }
            return found(text, first);
        }
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            for (String needle : needles) {
                if (indexOfIgnoreCase(lines.get(i), needle, 0) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A line index found by {@link TextLines#findIgnoringCase}, or -1 for none. */
    private static int found(TextLines lines, int index) {
        return index < lines.size() ? index : -1;
    }

    /** The index of the first line at or after {@code from} that is not blank, or -1. */
    public static int nextNonBlank(List<String> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lines from {@code from} up to the next blank line (at most {@code maxLines}), stripped
     * and joined by single spaces.
     */
    public static String paragraph(List<String> lines, int from, int maxLines) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, from); i < lines.size() && i < from + maxLines; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** True when {@code text} contains {@code needle}, ignoring case. */
    public static boolean contains(String text, String needle) {
        return indexOfIgnoreCase(text, needle, 0) >= 0;
    }

    /**
     * The position of {@code needle} in {@code text} at or after {@code from}, ignoring case as
     * {@link String#regionMatches(boolean, int, String, int, int)} does, or -1.
     */
    public static int indexOfIgnoreCase(String text, String needle, int from) {
        return indexOfIgnoreCase(text, needle, from, text.length());
    }

    /**
     * {@link #indexOfIgnoreCase(String, String, int)} for a match that ends by {@code end}: the
     * first lines of a long text are searched without scanning the rest.
     */
    static int indexOfIgnoreCase(String text, String needle, int from, int end) {
        int start = Math.max(0, from);
        int last = end - needle.length();
        if (needle.isEmpty() || start > last) {
            return needle.isEmpty() && start <= last ? start : -1;
        }
        char first = needle.charAt(0);
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        if (first >= 128 || lower == 'i' || lower == 'k' || lower == 's') {
            return indexOfIgnoreCaseAtEach(text, needle, start, last);
        }
        // Only the two cases of an ASCII character other than i, k and s match it ignoring case:
        // candidates are found with indexOf, each of the two searches moving forward only.
        int atLower = text.indexOf(lower, start, last + 1);
        int atUpper = lower == upper ? -1 : text.indexOf(upper, start, last + 1);
        while (true) {
            int at = atLower < 0 ? atUpper : atUpper < 0 ? atLower : Math.min(atLower, atUpper);
            if (at < 0 || at > last) {
                return -1;
            }
            if (text.regionMatches(true, at, needle, 0, needle.length())) {
                return at;
            }
            if (at == atLower) {
                atLower = text.indexOf(lower, at + 1, last + 1);
            } else {
                atUpper = text.indexOf(upper, at + 1, last + 1);
            }
        }
    }

    /**
     * The search for a needle whose first character is outside ASCII or matches characters outside
     * it ignoring case (I: the dotted and dotless I; K: the Kelvin sign; S: the long s): only ASCII
     * characters other than the first one's two cases are passed over.
     */
    private static int indexOfIgnoreCaseAtEach(String text, String needle, int start, int last) {
        char first = needle.charAt(0);
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        boolean asciiFirst = first < 128;
        for (int i = start; i <= last; i++) {
            char c = text.charAt(i);
            boolean candidate = c == lower || c == upper || c >= 128 || !asciiFirst;
            if (candidate && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** What follows {@code marker} in {@code text}, stripped; empty when the marker is absent. */
    public static String after(String text, String marker) {
        int at = indexOfIgnoreCase(text, marker, 0);
        return at < 0 ? "" : text.substring(at + marker.length()).strip();
    }

    /** The first address in the text, its domain lower-cased. */
    public static Optional<String> address(CharSequence text) {
        EmailAddresses.Found found = EmailAddresses.find(text, 0);
        return found == null ? Optional.empty() : Optional.of(EmailAddresses.canonical(found.address()));
    }

    /** The distinct addresses a header lists (X-Failed-Recipients, ...), in order. */
    public static List<String> headerAddresses(MessageView message, String header) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String value : message.headers().all(header)) {
            for (EmailAddresses.Found found : EmailAddresses.findAll(value, MAX_ADDRESSES)) {
                String address = EmailAddresses.canonical(found.address());
                if (seen.add(address.toLowerCase(Locale.ROOT))) {
                    out.add(address);
                }
            }
        }
        return out;
    }

    /**
     * The SMTP command that a report's own wording about the failed step names: the MTAs' common
     * phrases ("after RCPT TO", "in reply to end of DATA command", see {@link SmtpText#command}),
     * else the providers' ("[RCPT_TO]", "for TEXT command", "Sent &lt;&lt;&lt; RCPT TO:", "in
     * connect"). Pass the report's framing, not the remote server's reply, which may mention
     * commands for other reasons.
     */
    public static Optional<String> smtpCommand(String framing) {
        Optional<String> common = SmtpText.command(framing);
        if (common.isPresent()) {
            return common;
        }
        int best = -1;
        String command = null;
        for (String[] entry : COMMANDS) {
            int at = indexOfIgnoreCase(framing, entry[0], 0);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                command = entry[1];
            }
        }
        return Optional.ofNullable(command);
    }

    /**
     * The host name that follows {@code marker} ("host: mx.example.jp", "by mx.example.jp."),
     * without trailing dots or punctuation.
     */
    public static Optional<String> hostAfter(String text, String marker) {
        int at = indexOfIgnoreCase(text, marker, 0);
        if (at < 0) {
            return Optional.empty();
        }
        int start = at + marker.length();
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int end = start;
        while (end < text.length() && isHostChar(text.charAt(end))) {
            end++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        String host = text.substring(start, end);
        return host.indexOf('.') > 0 ? Optional.of(host.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == '_';
    }
}
