package io.github.ndrclassifier.mime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;

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

    public ContentType {
        mimeType = mimeType.toLowerCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
    }

    /** Parses a Content-Type value leniently; a value without a valid type gives text/plain. */
    public static ContentType parse(String value) {
        ContentType simple = parseSimple(value);
        return simple != null ? simple : parseLeniently(value);
    }

    /**
     * The common, plain form ({@code type/subtype} and {@code ; name=value} parameters, values as
     * tokens or quoted strings without escapes, ASCII only) read directly, with exactly the result
     * of {@link #parseLeniently}; null for anything else (comments, escapes, encoded words, a
     * missing value, 8-bit text), which the lenient parser reads.
     */
    static ContentType parseSimple(String value) {
        int n = value.length();
        int i = skipBlanks(value, 0);
        int typeStart = i;
        i = skipToken(value, i);
        if (i == typeStart || i >= n || value.charAt(i) != '/') {
            return null;
        }
        int subtypeStart = ++i;
        i = skipToken(value, i);
        if (i == subtypeStart) {
            return null;
        }
        String type = value.substring(typeStart, i);
        i = skipBlanks(value, i);
        Map<String, String> params = new HashMap<>();
        while (i < n) {
            if (value.charAt(i) != ';') {
                return null;
            }
            i = skipBlanks(value, i + 1);
            if (i == n) {
                break;
            }
            int nameStart = i;
            i = skipToken(value, i);
            if (i == nameStart) {
                return null;
            }
            String name = value.substring(nameStart, i);
            i = skipBlanks(value, i);
            if (i >= n || value.charAt(i) != '=') {
                return null;
            }
            i = skipBlanks(value, i + 1);
            String parameter;
            if (i < n && value.charAt(i) == '"') {
                int close = i + 1;
                while (close < n && isQuotable(value.charAt(close))) {
                    close++;
                }
                if (close >= n || value.charAt(close) != '"' || value.startsWith("=?", i + 1)) {
                    return null;
                }
                parameter = value.substring(i + 1, close);
                i = close + 1;
            } else {
                int valueStart = i;
                while (i < n && isUnquotedValue(value.charAt(i))) {
                    i++;
                }
                if (i == valueStart) {
                    return null;
                }
                parameter = value.substring(valueStart, i);
            }
            params.putIfAbsent(name.toLowerCase(Locale.ROOT), parameter);
            i = skipBlanks(value, i);
        }
        return new ContentType(type, params);
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipToken(String s, int from) {
        int i = from;
        while (i < s.length() && isTokenChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The white space the lenient parser skips. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** An RFC 2045 token character: printable ASCII but the special characters. */
    private static boolean isTokenChar(char c) {
        return c > ' ' && c < 127 && "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
    }

    private static boolean isUnquotedValue(char c) {
        return c > ' ' && c < 127 && c != ';' && c != '(' && c != '"';
    }

    private static boolean isQuotable(char c) {
        return c >= ' ' && c < 127 && c != '"' && c != '\\' || c == '\t';
    }

    /** Parses with Mime4j's field parser, which reads comments, escapes and encoded words. */
    static ContentType parseLeniently(String value) {
        RawBody body = RawFieldParser.DEFAULT.parseRawBody(new RawField("Content-Type", value));
        String type = body.getValue() == null ? "" : body.getValue().strip();
        int space = firstWhitespace(type);
        if (space > 0) {
            type = type.substring(0, space);
        }
        if (type.indexOf('/') <= 0) {
            return TEXT_PLAIN;
        }
        Map<String, String> params = new HashMap<>();
        for (NameValuePair pair : body.getParams()) {
            if (pair.getName() != null && pair.getValue() != null) {
                params.putIfAbsent(pair.getName().toLowerCase(Locale.ROOT), pair.getValue());
            }
        }
        return new ContentType(type, params);
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
