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
