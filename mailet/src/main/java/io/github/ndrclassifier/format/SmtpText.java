package io.github.ndrclassifier.format;

import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.text.EmailAddresses;

/**
 * What the reports of many MTAs write the same way around a remote server's reply: the SMTP
 * command it answered ({@code (in reply to RCPT TO command)}, {@code after end of data},
 * {@code did not like our final DATA}), the host that answered ({@code mx.example.org[192.0.2.1]}),
 * where the reply itself starts ({@code 550 5.1.1 ...}), and the address of a recipient line.
 * Linear scans over single bounded lines or short texts; no regular expressions.
 */
public final class SmtpText {
    /** The words that introduce the command a reply answered, as the MTAs phrase it. */
    private static final String[] FRAMES = {"in reply to ", "after ", "did not like our ", "following ",
        "while sending ", "in response to ", "during ", "after the ", "to our "};
    /** The words that may stand between a framing phrase and the command. */
    private static final String[] FILLERS = {"pipelined ", "the ", "our ", "final ", "end of ", "sending "};

    private SmtpText() {
    }

    /**
     * The SMTP command the text says a reply answered: {@code RCPT}, {@code MAIL}, {@code DATA},
     * {@code HELO}, {@code EHLO}, {@code STARTTLS}, {@code AUTH} or {@code CONN} (the greeting or
     * the connection), taken from the first framing phrase that names one.
     */
    public static Optional<String> command(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        String found = null;
        for (String frame : FRAMES) {
            int from = 0;
            while (true) {
                int at = lower.indexOf(frame, from);
                if (at < 0 || best >= 0 && at >= best) {
                    break;
                }
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                    Optional<String> command = commandAtLower(lower, at + frame.length());
                    if (command.isPresent()) {
                        best = at;
                        found = command.get();
                        break;
                    }
                }
                from = at + 1;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The SMTP command named at {@code from}: {@code RCPT TO}, {@code MAIL FROM}, {@code DATA},
     * {@code end of data}, {@code final DATA}, {@code HELO}, {@code initial connection}, ...
     * A leading {@code pipelined} or {@code the} is skipped.
     */
    public static Optional<String> commandAt(String text, int from) {
        return commandAtLower(text.toLowerCase(Locale.ROOT), from);
    }

    /**
     * {@link #commandAt} on a text already in lower case: {@link #command} tries several places
     * of one text, which would otherwise be lower-cased again for each.
     */
    private static Optional<String> commandAtLower(String s, int from) {
        int i = skipSpaces(s, from);
        for (String filler : FILLERS) {
            if (s.startsWith(filler, i)) {
                i = skipSpaces(s, i + filler.length());
            }
        }
        if (word(s, i, "rcpt")) {
            return Optional.of("RCPT");
        }
        if (word(s, i, "mail") && isMailFrom(s, i + 4)) {
            return Optional.of("MAIL");
        }
        if (word(s, i, "data") || word(s, i, "bdat") || s.startsWith("message body", i)) {
            return Optional.of("DATA");
        }
        if (word(s, i, "helo")) {
            return Optional.of("HELO");
        }
        if (word(s, i, "ehlo") || word(s, i, "lhlo")) {
            return Optional.of("EHLO");
        }
        if (word(s, i, "starttls")) {
            return Optional.of("STARTTLS");
        }
        if (word(s, i, "auth")) {
            return Optional.of("AUTH");
        }
        if (s.startsWith("initial connection", i) || s.startsWith("connection", i) || word(s, i, "connect")
                || word(s, i, "greeting") || word(s, i, "banner")) {
            return Optional.of("CONN");
        }
        return Optional.empty();
    }

    /**
     * The host at {@code from}: a name or address, written {@code name[192.0.2.1]},
     * {@code name [192.0.2.1]}, {@code name (192.0.2.1)} or {@code [192.0.2.1]}. The name when
     * there is one, else the bracketed address.
     */
    public static Optional<String> hostAt(String text, int from) {
        int i = skipSpaces(text, from);
        int start = i;
        while (i < text.length() && isHostChar(text.charAt(i))) {
            i++;
        }
        String name = trimDots(text.substring(start, i));
        if (!name.isEmpty() && (name.indexOf('.') > 0 || name.indexOf(':') > 0)) {
            return Optional.of(name);
        }
        if (i < text.length() && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            if (close > i + 1 && close - i < 64) {
                return Optional.of(text.substring(i + 1, close));
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * Where the first SMTP reply ({@code 550 ...}, {@code 550-5.1.1 ...}, {@code 421}) starts: a
     * code of class 2, 4 or 5 standing as a word; -1 when there is none.
     */
    public static int replyStart(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '2' || c == '4' || c == '5') && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                    && (i == 0 || !isWordChar(text.charAt(i - 1)))
                    && (i + 3 == text.length() || " -\t".indexOf(text.charAt(i + 3)) >= 0)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the text starts, after white space, with an SMTP reply code of class 4 or 5. */
    public static boolean startsWithFailureReply(String text) {
        int i = skipSpaces(text, 0);
        return replyStart(text.substring(i, Math.min(text.length(), i + 4))) == 0
                && (text.charAt(i) == '4' || text.charAt(i) == '5');
    }

    /**
     * The address of a recipient line: the one in angle brackets when there is one
     * ({@code <kijitora@example.jp>: ...}), else the first address on the line.
     */
    public static Optional<String> address(String line) {
        int lt = line.indexOf('<');
        int gt = lt < 0 ? -1 : line.indexOf('>', lt + 1);
        if (lt >= 0 && gt > lt + 2) {
            String inside = line.substring(lt + 1, gt).strip();
            if (isAddress(inside)) {
                return Optional.of(EmailAddresses.canonical(inside));
            }
        }
        EmailAddresses.Found found = EmailAddresses.find(line, 0);
        return found == null ? Optional.empty() : Optional.of(EmailAddresses.canonical(found.address()));
    }

    /** True for a plausible mailbox: one {@code @}, something on both sides, no white space. */
    public static boolean isAddress(String s) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && s.charAt(0) != '"') {
                return false;
            }
        }
        return s.indexOf('.', at) > at;
    }

    /** Joins lines of a wrapped reply into one line with single spaces. */
    public static String join(CharSequence first, Iterable<String> more) {
        // Sized for all the text at once: paragraphs have several lines, each would grow the buffer.
        int capacity = first.length();
        for (String line : more) {
            capacity += line.length() + 1;
        }
        StringBuilder out = new StringBuilder(capacity).append(first);
        for (String line : more) {
            String s = line.strip();
            if (!s.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(s);
            }
        }
        return out.toString().strip();
    }

    private static boolean isMailFrom(String s, int i) {
        int j = skipSpaces(s, i);
        return s.startsWith("from", j) || j >= s.length() || s.charAt(j) == ')' || s.startsWith("command", j);
    }

    private static boolean word(String s, int i, String word) {
        if (!s.startsWith(word, i)) {
            return false;
        }
        int end = i + word.length();
        return end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String trimDots(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ':')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == '_' || c == ':';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '/';
    }
}
