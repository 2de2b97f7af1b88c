package io.github.ndrclassifier.mime;

import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * The value of a header field as Mime4j's {@link RawField#getBody()} gives it (the bytes after
 * the colon and one white space, UTF-8 decoded as RFC 6532 allows, unfolded), decoded straight
 * from the field's bytes: Mime4j appends them one character at a time to a builder, which cost
 * more than parsing the header.
 */
final class FieldBody {
    private FieldBody() {
    }

    static String of(Field field) {
        if (field instanceof RawField raw && raw.getRaw() instanceof ByteArrayBuffer bytes) {
            return decode(bytes, raw.getDelimiterIdx());
        }
        String body = field.getBody();
        return body == null ? "" : body;
    }

    private static String decode(ByteArrayBuffer raw, int delimiter) {
        byte[] bytes = raw.buffer();
        int length = raw.length();
        int offset = delimiter + 1;
        if (length > offset + 1 && isWhitespace(bytes[offset])) {
            offset++;
        }
        if (offset >= length) {
            return "";
        }
        boolean ascii = true;
        for (int i = offset; i < length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        String decoded = new String(bytes, offset, length - offset,
                ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return MimeUtil.unfold(decoded);
    }

    /** White space as Mime4j's {@code CharsetUtil.isWhitespace} sees it. */
    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
