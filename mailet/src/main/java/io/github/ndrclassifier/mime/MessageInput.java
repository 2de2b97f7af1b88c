package io.github.ndrclassifier.mime;

import java.io.BufferedInputStream;
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
        int envelope = isMboxEnvelope(head) ? firstLineLength(head) : 0;
        if (isBlank(head, envelope)) {
            throw new MessageParseException("empty input: the input is not an Internet message");
        }
        buffered.skipNBytes(envelope);
        if (!crOnly(head)) {
            return buffered;
        }
        return new BufferedInputStream(new EOLConvertingInputStream(buffered, EOLConvertingInputStream.CONVERT_CR), PEEK);
    }

    private static boolean isBlank(byte[] head, int from) {
        for (int i = from; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isMboxEnvelope(byte[] head) {
        return head.length > 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm' && head[4] == ' ';
    }

    /** The length of the first line with its line ending. */
    private static int firstLineLength(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                return i + 1;
            }
            if (head[i] == '\r') {
                return i + 1 < head.length && head[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return head.length;
    }

    /** True when the first line ending is a CR not followed by LF. */
    private static boolean crOnly(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                return false;
            }
            if (head[i] == '\r') {
                return i + 1 < head.length && head[i + 1] != '\n';
            }
        }
        return false;
    }
}
