package io.github.ndrclassifier.mime;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.stream.DefaultFieldBuilder;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.BufferRecycler;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.RecycledByteArrayBuffer;

/**
 * Builds, and refuses, the fields Mime4j's {@link DefaultFieldBuilder} does, with two differences.
 * Mime4j reads every name as a structured token (comments, folding, UTF-8 decoding through a
 * charset decoder, three buffers per name), which costs the scan more than reading the line
 * itself; but a name is nearly always printable ASCII up to the colon, and that case is read
 * here directly, any other name by Mime4j's own token reader. And a buffer handed out to put a
 * refused line back is never written again (see {@link #getRaw()}). One builder serves every
 * token stream of a scan, and a thread keeps it for its next scan. Not thread-safe.
 */
final class RawFieldBuilder implements FieldBuilder {
    private static final RawFieldParser PARSER = new NameParser();
    private static final int INITIAL_CAPACITY = 4096;
    /** A buffer grown past this for a long field is not kept for the thread's next scan. */
    private static final int MAX_KEPT_BYTES = 64 * 1024;
    private static final ThreadLocal<RawFieldBuilder> SPARE = new ThreadLocal<>();

    /** This builder's own: buffers never go to Mime4j's shared recyclers, see {@link #getRaw()}. */
    private final BufferRecycler recycler = new BufferRecycler();
    private final int maxLength;
    private RecycledByteArrayBuffer buffer;
    private boolean lent;

    RawFieldBuilder(int maxLength) {
        this.maxLength = maxLength;
        this.buffer = new RecycledByteArrayBuffer(recycler, INITIAL_CAPACITY);
    }

    /** This thread's spare builder for {@code maxLength}, or a new one when it has none. */
    static RawFieldBuilder acquire(int maxLength) {
        RawFieldBuilder spare = SPARE.get();
        if (spare == null || spare.maxLength != maxLength) {
            return new RawFieldBuilder(maxLength);
        }
        SPARE.set(null);
        return spare;
    }

    /** Keeps this builder for the thread's next scan; it must not be used after. */
    void recycle() {
        if (buffer.buffer().length <= MAX_KEPT_BYTES) {
            reset();
            SPARE.set(this);
        }
    }

    @Override
    public void reset() {
        if (lent) {
            buffer = new RecycledByteArrayBuffer(recycler, INITIAL_CAPACITY);
            lent = false;
        } else {
            buffer.clear();
        }
    }

    /** {@link DefaultFieldBuilder#append}: the same limit on a field's length. */
    @Override
    public void append(ByteArrayBuffer line) throws MaxHeaderLengthLimitException {
        if (line == null) {
            return;
        }
        if (maxLength > 0 && buffer.length() + line.length() >= maxLength) {
            throw new MaxHeaderLengthLimitException("Maximum header length limit (" + maxLength + ") exceeded");
        }
        buffer.append(line.buffer(), 0, line.length());
    }

    /** {@link DefaultFieldBuilder#build()}, with the parser below. */
    @Override
    public RawField build() throws MimeException {
        int len = buffer.length();
        if (len > 0) {
            if (buffer.byteAt(len - 1) == '\n') {
                len--;
            }
            if (buffer.byteAt(len - 1) == '\r') {
                len--;
            }
        }
        ByteArrayBuffer copy = new ByteArrayBuffer(buffer.buffer(), len, false);
        RawField field = PARSER.parseField(copy);
        String name = field.getName();
        for (int i = 0; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                throw new MimeException("MIME field name contains illegal characters: " + name);
            }
        }
        return field;
    }

    /**
     * The lines of the field being built, lent: Mime4j asks for them only to put a refused line
     * back in front of the body ({@code MimeConfig.setMalformedHeaderStartsBody}), and the entity
     * it lends them to reads that line from this very buffer, and gives the buffer to Mime4j's
     * recycler as its own when it ends before reading it. So the buffer is never written again:
     * the next field is built in a new one. Mime4j's own builder goes on writing into it (and
     * gives it to the recycler too), and two later users then share one array, which corrupted
     * the scans after a message with such a line.
     */
    @Override
    public RecycledByteArrayBuffer getRaw() {
        lent = true;
        return buffer;
    }

    /** Does nothing: the builder's buffers are its own and stay with it (see {@link #recycle()}). */
    @Override
    public void release() {
        // see recycle()
    }

    /** RFC 5322's ftext: printable US-ASCII but the colon. */
    private static boolean isNameChar(int c) {
        return c >= 0x21 && c <= 0x7e && c != ':';
    }

    /**
     * Reads a token of name characters ended directly by the colon, when the colon is the only
     * delimiter, as Mime4j would; leaves anything else (white space, a comment, other bytes, other
     * delimiters) to Mime4j's reader.
     */
    private static final class NameParser extends RawFieldParser {
        /** The delimiters of a field name: the colon alone. */
        private static final BitSet COLON = RawFieldParser.INIT_BITSET(':');

        @Override
        public String parseToken(ByteSequence buf, ParserCursor cursor, BitSet delimiters) {
            // The builder above hands over an array buffer: read its bytes without a call each.
            if (buf instanceof ByteArrayBuffer array && COLON.equals(delimiters)) {
                byte[] bytes = array.buffer();
                int start = cursor.getPos();
                int end = Math.min(cursor.getUpperBound(), array.length());
                for (int i = start; i < end; i++) {
                    int c = bytes[i];
                    if (c == ':') {
                        cursor.updatePos(i);
                        return new String(bytes, start, i - start, StandardCharsets.US_ASCII);
                    }
                    if (!isNameChar(c) || c == '(') {
                        break;
                    }
                }
            }
            return super.parseToken(buf, cursor, delimiters);
        }
    }
}
