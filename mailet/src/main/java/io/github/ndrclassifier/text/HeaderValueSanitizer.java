package io.github.ndrclassifier.text;

import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * Turns untrusted text (a remote server's diagnostic, an address read from a report) into a
 * header field value that cannot break the header it is written into: one line without control
 * characters, bounded in length, RFC 2047-encoded when it is not plain ASCII, folded.
 *
 * <p>Control characters (CR and LF included), line and paragraph separators and white space
 * become one space; invisible format characters (bidirectional overrides, zero-width
 * characters) are dropped, since they only serve to make a header read differently from what it
 * says. A value that contains {@code =?} is encoded too, so that a mail client shows the text as
 * written instead of decoding a forged encoded-word in it.
 */
public final class HeaderValueSanitizer {
    /** RFC 5322's limit on the length of a line, CRLF excluded. */
    public static final int MAX_LINE_LENGTH = 998;

    private static final String ELLIPSIS = "...";
    /** The most characters Mime4j's encoder accepts as already used on the first line. */
    private static final int MAX_ENCODER_OFFSET = 50;

    private HeaderValueSanitizer() {
    }

    /**
     * The text on one line: no control characters, white space collapsed, at most
     * {@code maxChars} characters (code points), cut with {@code ...} when longer.
     *
     * @param text     the text, or null for none
     * @param maxChars the most code points to keep, at least 4
     */
    public static String clean(String text, int maxChars) {
        if (maxChars < ELLIPSIS.length() + 1) {
            throw new IllegalArgumentException("maxChars must be at least " + (ELLIPSIS.length() + 1));
        }
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 1));
        int kept = 0;
        boolean pendingSpace = false;
        boolean truncated = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = kept > 0;
                continue;
            }
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (Character.getType(cp) == Character.SURROGATE) {
                cp = 0xFFFD;
            }
            int needed = pendingSpace ? 2 : 1;
            if (kept + needed > maxChars) {
                truncated = true;
                break;
            }
            if (pendingSpace) {
                out.append(' ');
                kept++;
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
            kept++;
        }
        if (!truncated) {
            return out.toString();
        }
        return cutToFit(out, maxChars - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * The value to write after {@code fieldName: }: {@link #clean cleaned} to at most what fits on
     * one line beside the name, encoded and folded.
     */
    public static String headerValue(String fieldName, String text) {
        return headerValue(fieldName, text, MAX_LINE_LENGTH - fieldName.length() - 2);
    }

    /**
     * The value to write after {@code fieldName: }: {@link #clean cleaned} to at most
     * {@code maxChars} characters, RFC 2047-encoded (UTF-8) when it is not printable ASCII, holds
     * {@code =?} or a word too long to fold, and folded at 76 characters where it has white space.
     */
    public static String headerValue(String fieldName, String text, int maxChars) {
        String value = clean(text, maxChars);
        int used = fieldName.length() + 2;
        int encoderOffset = Math.min(used, MAX_ENCODER_OFFSET);
        if (value.contains("=?") || EncoderUtil.hasToBeEncoded(value, encoderOffset)) {
            value = EncoderUtil.encodeEncodedWord(value, EncoderUtil.Usage.TEXT_TOKEN, encoderOffset, null, null);
        }
        return MimeUtil.fold(value, used);
    }

    private static boolean isSpace(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The first {@code count} code points, without a trailing space. */
    private static String cutToFit(CharSequence text, int count) {
        int end = 0;
        for (int n = 0; n < count && end < text.length(); n++) {
            end += Character.charCount(Character.codePointAt(text, end));
        }
        return text.subSequence(0, end).toString().stripTrailing();
    }
}
