package io.github.ndrclassifier.mime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code Content-Type}: the lower-case media type and its parameters (names lower-case).
 *
 * @param mimeType   e.g. {@code multipart/report}
 * @param parameters e.g. {@code report-type -> delivery-status}
 */
public record ContentType(String mimeType, Map<String, String> parameters) {
    /** What RFC 2045 says a part without a Content-Type is. */
    public static final ContentType TEXT_PLAIN = new ContentType("text/plain", Map.of());
    /** What RFC 2046 says a part of a multipart/digest without a Content-Type is. */
    public static final ContentType MESSAGE_RFC822 = new ContentType("message/rfc822", Map.of());
    /** Parameters kept of one field; real ones have two or three. */
    private static final int MAX_PARAMETERS = 32;

    public ContentType {
        mimeType = mimeType.toLowerCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
    }

    /**
     * Parses a Content-Type value leniently, in one pass (Mime4j's field parser allocates the rest
     * of the field for every token, quadratic on a hostile field of many short tokens): the media
     * type, then {@code ;}-separated {@code name=value} parameters, quoted or not; comments after
     * an unquoted value are dropped. A value without a valid type gives text/plain.
     */
    public static ContentType parse(String value) {
        return tryParse(value).orElse(TEXT_PLAIN);
    }

    /** Parses a Content-Type value as {@link #parse} does; empty when it has no valid type. */
    static Optional<ContentType> tryParse(String value) {
        int semicolon = nextSemicolon(value, 0);
        String type = value.substring(0, semicolon).strip();
        int space = firstWhitespace(type);
        if (space > 0) {
            type = type.substring(0, space);
        }
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        int pos = semicolon + 1;
        while (pos < value.length() && params.size() < MAX_PARAMETERS) {
            int end = nextSemicolon(value, pos);
            int equals = pos;
            while (equals < end && value.charAt(equals) != '=') {
                equals++;
            }
            if (equals > pos && equals < end) {
                String name = value.substring(pos, equals).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    params.putIfAbsent(name, parameterValue(value, equals + 1, end));
                }
            }
            pos = end + 1;
        }
        return Optional.of(new ContentType(type, params));
    }

    /** The next {@code ;} outside a quoted string at or after {@code from}, or the end of the value. */
    private static int nextSemicolon(String value, int from) {
        boolean quoted = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return value.length();
    }

    /** A parameter value in {@code [from, end)}: a quoted string unescaped, or a token. */
    private static String parameterValue(String value, int from, int end) {
        int start = from;
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        if (start < end && value.charAt(start) == '"') {
            StringBuilder out = new StringBuilder(end - start);
            for (int i = start + 1; i < end; i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < end) {
                    out.append(value.charAt(++i));
                } else if (c == '"') {
                    break;
                } else if (c != '\r' && c != '\n') {
                    out.append(c);
                }
            }
            return out.toString();
        }
        int stop = start;
        while (stop < end && !Character.isWhitespace(value.charAt(stop)) && value.charAt(stop) != '(') {
            stop++;
        }
        return value.substring(start, stop);
    }

    /** A type folded onto a parameter without its semicolon ({@code text/plain\n  charset=...}) ends at the fold. */
    private static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public boolean is(String type) {
        return mimeType.equals(type);
    }

    public boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    public boolean isText() {
        return mimeType.startsWith("text/");
    }

    /** message/rfc822 or message/global (RFC 6532): an attached message. */
    public boolean isAttachedMessage() {
        return mimeType.equals("message/rfc822") || mimeType.equals("message/global");
    }

    /** A part whose body is a bare header block: text/rfc822-headers or message/global-headers. */
    public boolean isHeaderBlock() {
        return mimeType.equals("text/rfc822-headers") || mimeType.equals("message/global-headers");
    }

    /** message/delivery-status or message/global-delivery-status (RFC 3464, RFC 6533). */
    public boolean isDeliveryStatus() {
        return mimeType.equals("message/delivery-status") || mimeType.equals("message/global-delivery-status");
    }

    /** message/feedback-report (RFC 5965). */
    public boolean isFeedbackReport() {
        return mimeType.equals("message/feedback-report");
    }

    /** The {@code report-type} of a multipart/report, lower-case. */
    public Optional<String> reportType() {
        return parameter("report-type").map(v -> v.strip().toLowerCase(Locale.ROOT));
    }
}
