package io.github.ndrclassifier.mime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * The buffers one scan reads bodies into, grown as needed up to the largest limit and reused for
 * every body: reading each body into a fresh array the size of its limit would allocate and clear
 * far more than most bodies hold. A thread keeps its buffers for its next scan unless a large body
 * made them grow past {@value #MAX_KEPT_BYTES} bytes. Not thread-safe; one per scan.
 */
final class BodyBuffer {
    private static final int INITIAL_SIZE = 4096;
    /** Bytes a thread keeps between scans: the bodies of nearly every bounce fit. */
    private static final int MAX_KEPT_BYTES = 256 * 1024;
    private static final ThreadLocal<BodyBuffer> SPARE = new ThreadLocal<>();

    private final Growing decoded = new Growing();
    private final Growing encoded = new Growing();

    /** This thread's spare buffers, or new ones when it has none (or they are in use). */
    static BodyBuffer acquire() {
        BodyBuffer spare = SPARE.get();
        if (spare == null) {
            return new BodyBuffer();
        }
        SPARE.set(null);
        return spare;
    }

    /** Gives the buffers back to this thread for its next scan; they must not be used after. */
    void release() {
        if (decoded.bytes.length + encoded.bytes.length <= MAX_KEPT_BYTES) {
            SPARE.set(this);
        }
    }

    /** The bytes last read; valid up to the count the read returned, until the next read. */
    byte[] bytes() {
        return decoded.bytes;
    }

    /** Reads up to {@code max} bytes of {@code in} into {@link #bytes()}; returns how many. */
    int read(InputStream in, int max) throws IOException {
        return decoded.fill(in, max);
    }

    /**
     * Reads the current body of {@code stream}, transfer-decoded, into {@link #bytes()}, up to
     * {@code max} bytes; returns how many. Quoted-printable is decoded here from the raw bytes
     * (reading at most three encoded bytes per decoded one): Mime4j's decoding stream costs more
     * than the rest of the scan of a body.
     */
    int readDecoded(MimeTokenStream stream, int max) throws IOException {
        if (!"quoted-printable".equalsIgnoreCase(stream.getBodyDescriptor().getTransferEncoding())) {
            return read(stream.getDecodedInputStream(), max);
        }
        int length = encoded.fill(stream.getInputStream(), (int) Math.min(Integer.MAX_VALUE - 8, 3L * max));
        int room = (int) Math.min(max, (long) QuotedPrintable.maxDecodedLength(length));
        decoded.ensure(room);
        return QuotedPrintable.decode(encoded.bytes, length, decoded.bytes, room);
    }

    /** An array grown by doubling. */
    private static final class Growing {
        private byte[] bytes = new byte[0];

        /** Makes room for {@code size} bytes, not keeping the content. */
        void ensure(int size) {
            if (bytes.length < size) {
                bytes = new byte[Math.max(size, 2 * bytes.length)];
            }
        }

        int fill(InputStream in, int max) throws IOException {
            int length = 0;
            while (length < max) {
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max(INITIAL_SIZE, 2L * bytes.length)));
                }
                int n = in.read(bytes, length, Math.min(bytes.length, max) - length);
                if (n <= 0) {
                    break;
                }
                length += n;
            }
            return length;
        }
    }
}
