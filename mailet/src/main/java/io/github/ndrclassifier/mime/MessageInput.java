package io.github.ndrclassifier.mime;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.james.mime4j.io.EOLConvertingInputStream;

/**
 * Prepares stored messages for the parser. Two storage habits are undone on the fly, judged from
 * the first bytes: the mbox envelope line ({@code From sender date}) that mail stores keep in
 * front of a message, and old Mac (CR-only) line endings, which Mime4j, splitting at LF, would
 * read as one long line. Other input passes through untouched, at no cost.
 */
final class MessageInput {
    private static final int PEEK = 8192;

    private MessageInput() {
    }

    /**
     * The message's bytes as the parser should read them.
     *
     * @throws MessageParseException when the input is empty or white space only
     */
    static InputStream prepare(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, PEEK);
        buffered.mark(PEEK);
        byte[] head = buffered.readNBytes(PEEK);
        buffered.reset();
        int envelope = envelope(head, head.length);
        buffered.skipNBytes(envelope);
        return crOnly(head, head.length) ? convertingCr(buffered) : buffered;
    }

    /** As {@link #prepare(InputStream)}, for a message held in memory: its first bytes are read in place. */
    static InputStream prepare(byte[] message) throws MessageParseException {
        int head = Math.min(message.length, PEEK);
        int envelope = envelope(message, head);
        InputStream in = new ByteArrayInputStream(message, envelope, message.length - envelope);
        return crOnly(message, head) ? convertingCr(in) : in;
    }

    /** The length of the mbox envelope line in front of the message (0 without one). */
    private static int envelope(byte[] head, int length) throws MessageParseException {
        int envelope = isMboxEnvelope(head, length) ? firstLineLength(head, length) : 0;
        if (isBlank(head, envelope, length)) {
            throw new MessageParseException("empty input: the input is not an Internet message");
        }
        return envelope;
    }

    private static InputStream convertingCr(InputStream in) {
        return new BufferedInputStream(new EOLConvertingInputStream(in, EOLConvertingInputStream.CONVERT_CR), PEEK);
    }

    private static boolean isBlank(byte[] head, int from, int length) {
        for (int i = from; i < length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isMboxEnvelope(byte[] head, int length) {
        return length > 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm' && head[4] == ' ';
    }

    /** The length of the first line with its line ending. */
    private static int firstLineLength(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] == '\n') {
                return i + 1;
            }
            if (head[i] == '\r') {
                return i + 1 < length && head[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return length;
    }

    /** True when the first line ending is a CR not followed by LF. */
    private static boolean crOnly(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] == '\n') {
                return false;
            }
            if (head[i] == '\r') {
                return i + 1 < length && head[i + 1] != '\n';
            }
        }
        return false;
    }
}
