package io.github.ndrclassifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages stored in one file: the file itself, or, for an mbox (a file that starts with a
 * {@code From } envelope line), each message in it. Messages are split at envelope lines:
 * {@code From sender date}, ending with the year, as mbox writers put them (a body line that merely
 * starts with "From " does not end like that). Large files are memory-mapped, not read into the
 * heap; a file over 2 GiB is refused with an {@link IOException} that says so.
 *
 * <p>Mime4j's mbox iterator is not used: it decodes the whole file to characters with a strict
 * decoder, which fails on the 8-bit and binary content bounces carry.
 */
public final class MessageFile {
    private static final long MAP_THRESHOLD = 1 << 20;
    /** What one buffer can address. */
    private static final long MAX_SIZE = Integer.MAX_VALUE;
    private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};
    private static final int MAX_ENVELOPE_LINE = 1000;

    private MessageFile() {
    }

    /** The messages of {@code file}, in order; each stream reads one message. */
    public static List<InputStream> messages(Path file) throws IOException {
        return messages(read(file));
    }

    /** The messages held in {@code content} (one, or those of an mbox), in order. */
    public static List<InputStream> messages(ByteBuffer content) {
        List<InputStream> messages = new ArrayList<>(1);
        if (!startsWithFrom(content, 0)) {
            messages.add(new ByteBufferInputStream(content));
            return messages;
        }
        int start = 0;
        int limit = content.limit();
        for (int i = 1; i + FROM.length <= limit; i++) {
            byte before = content.get(i - 1);
            // a line starts after LF, or after a lone CR in files stored with old Mac line endings
            if ((before == '\n' || before == '\r') && startsWithFrom(content, i) && isEnvelopeLine(content, i)) {
                messages.add(new ByteBufferInputStream(content.slice(start, i - start)));
                start = i;
            }
        }
        messages.add(new ByteBufferInputStream(content.slice(start, limit - start)));
        return messages;
    }

    private static ByteBuffer read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MAX_SIZE) {
                throw new IOException("too large: " + size + " bytes; files of up to " + MAX_SIZE
                        + " bytes (2 GiB) are read, split a larger mbox first");
            }
            if (size > MAP_THRESHOLD) {
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            }
        }
        return ByteBuffer.wrap(Files.readAllBytes(file));
    }

    /**
     * True when the line at {@code at} has the shape of an mbox envelope line: {@code From}, a
     * sender without spaces, then a date that ends with a four-digit year (asctime, as mbox
     * writers put it) or with a time of day and a numeric time zone ({@code 00:00:00 +0900}, as some
     * write an RFC 5322 date).
     */
    private static boolean isEnvelopeLine(ByteBuffer content, int at) {
        int end = at;
        while (end < content.limit() && content.get(end) != '\n' && content.get(end) != '\r'
                && end - at < MAX_ENVELOPE_LINE) {
            end++;
        }
        while (end > at && (content.get(end - 1) == '\r' || content.get(end - 1) == ' ')) {
            end--;
        }
        int sender = at + FROM.length;
        int senderEnd = sender;
        while (senderEnd < end && content.get(senderEnd) != ' ') {
            senderEnd++;
        }
        if (senderEnd == sender || end - senderEnd < 6) {
            return false;
        }
        for (int k = end - 4; k < end; k++) {
            byte b = content.get(k);
            if (b < '0' || b > '9') {
                return false;
            }
        }
        byte before = content.get(end - 5);
        if (before == ' ') {
            return true;
        }
        // a zone must follow a time of day (HH:MM:SS), as in no sentence of a body
        return (before == '+' || before == '-') && end - senderEnd >= 15 && content.get(end - 6) == ' '
                && isDigit(content.get(end - 7)) && isDigit(content.get(end - 8)) && content.get(end - 9) == ':'
                && isDigit(content.get(end - 10)) && isDigit(content.get(end - 11)) && content.get(end - 12) == ':';
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean startsWithFrom(ByteBuffer content, int at) {
        if (at + FROM.length > content.limit()) {
            return false;
        }
        for (int k = 0; k < FROM.length; k++) {
            if (content.get(at + k) != FROM[k]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a buffer without copying it. */
    private static final class ByteBufferInputStream extends InputStream {
        private final ByteBuffer buffer;
        private int mark;

        ByteBufferInputStream(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public int read() {
            return buffer.hasRemaining() ? buffer.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!buffer.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, buffer.remaining());
            buffer.get(b, off, n);
            return n;
        }

        @Override
        public int available() {
            return buffer.remaining();
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int readLimit) {
            mark = buffer.position();
        }

        @Override
        public synchronized void reset() {
            buffer.position(mark);
        }
    }
}
