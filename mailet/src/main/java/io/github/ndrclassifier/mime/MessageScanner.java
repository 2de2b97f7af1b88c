package io.github.ndrclassifier.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Scans a message with Mime4j's pull parser and keeps only what classification needs: the
 * header, the text of textual and report parts (bounded; HTML only while no plain text came
 * before it), and the header block of the attached original. It never buffers a whole message:
 * the scan stops as soon as the returned original's header has been read after a report part,
 * and bodies it does not need are skipped by the parser without being decoded.
 *
 * <p>Attached messages are followed into only when they are themselves a multipart/report and no
 * report was found before them (a bounce forwarded as an attachment).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MessageScanner {
    /** Steps a stopped stream may take to end (see {@link #end}): a few per open entity suffice. */
    private static final int MAX_END_STEPS = 64;

    private final ScanLimits limits;
    private final MimeConfig config;

    public MessageScanner(ScanLimits limits) {
        this.limits = limits;
        this.config = MimeConfig.custom()
                .setStrictParsing(false)
                .setMalformedHeaderStartsBody(true)
                .setMaxLineLen(limits.maxHeaderFieldBytes())
                .setMaxHeaderLen(limits.maxHeaderFieldBytes())
                .setMaxHeaderCount(-1)
                .build();
    }

    public MessageScanner() {
        this(ScanLimits.DEFAULT);
    }

    /** Scans a message held in memory. */
    public ScannedMessage scan(byte[] message) throws MessageParseException {
        try {
            return scanPrepared(MessageInput.prepare(message));
        } catch (MessageParseException e) {
            throw e;
        } catch (IOException e) {
            throw new MessageParseException("cannot read message: " + e.getMessage(), e);
        }
    }

    /**
     * Scans a message from a stream, reading no further than needed. The stream is not closed.
     *
     * @throws MessageParseException when the input is empty or has no header field at all
     * @throws IOException           when the stream cannot be read
     */
    public ScannedMessage scan(InputStream message) throws IOException {
        return scanPrepared(MessageInput.prepare(message));
    }

    private ScannedMessage scanPrepared(InputStream message) throws IOException {
        Budget budget = new Budget(limits);
        ScannedMessage scanned;
        try {
            scanned = new Walk(newStream(message, budget), 0, true, budget).run();
        } finally {
            budget.release();
        }
        if (scanned.headers().isEmpty()) {
            throw new MessageParseException("no header fields: the input is not an Internet message");
        }
        return scanned;
    }

    private MimeTokenStream newStream(InputStream in, Budget budget) {
        MimeTokenStream stream = new MimeTokenStream(config, null, budget.fields, new LinearBodyDescriptorBuilder());
        stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
        stream.parse(in);
        return stream;
    }

    /** One pass over one message (the top-level one or an attached one). */
    private final class Walk {
        private final MimeTokenStream stream;
        private final int nesting;
        private final boolean followIfReport;
        private final Budget budget;
        private final List<Part> parts = new ArrayList<>();
        private HeaderBlock messageHeaders;
        private ContentType messageType = ContentType.TEXT_PLAIN;
        private boolean reportSeen;
        /** A text/plain part with text has been read: an HTML part after it is not (see {@link #body}). */
        private boolean plainTextSeen;
        private String problem;
        /** The fields of the header being read. */
        private List<HeaderField> fields = new ArrayList<>();
        /** The type its first Content-Type declares. */
        private ContentType declaredType = ContentType.TEXT_PLAIN;

        Walk(MimeTokenStream stream, int nesting, boolean followIfReport, Budget budget) {
            this.stream = stream;
            this.nesting = nesting;
            this.followIfReport = followIfReport;
            this.budget = budget;
        }

        ScannedMessage run() throws IOException {
            try {
                walk();
            } catch (MimeException e) {
                problem = e.getCause() instanceof MaxLineLimitException
                        ? "a line longer than " + limits.maxHeaderFieldBytes() + " bytes; the rest was not read"
                        : "malformed MIME structure: " + e.getMessage();
            } catch (IOException e) {
                if (!isParserLimit(e)) {
                    throw e;
                }
                problem = "parser limit reached: " + e.getMessage();
            } catch (RuntimeException e) {
                // Mime4j's stream classes throw unchecked exceptions on some malformed input
                // (IllegalStateException from its line buffer, found by fuzzing): what was read
                // before still counts, as for any other broken structure.
                problem = "malformed MIME structure: " + e;
            }
            end(stream);
            if (messageHeaders == null) {
                // The scan stopped inside the message's own header: the fields before still count.
                messageHeaders = HeaderBlock.of(fields);
            }
            return new ScannedMessage(messageHeaders, messageType, parts, Optional.ofNullable(problem));
        }

        private void walk() throws IOException, MimeException {
            ContentType pendingType = ContentType.TEXT_PLAIN;
            HeaderBlock pendingHeaders = HeaderBlock.empty();
            int depth = 0;
            boolean flattened = false;
            List<int[]> openMultiparts = new ArrayList<>();
            String preamble = null;
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_HEADER -> {
                        fields = new ArrayList<>();
                        declaredType = ContentType.TEXT_PLAIN;
                    }
                    case T_FIELD -> keep(stream.getField());
                    case T_END_HEADER -> {
                        pendingHeaders = HeaderBlock.of(fields);
                        pendingType = declaredType;
                        if (messageHeaders == null) {
                            messageHeaders = pendingHeaders;
                            messageType = pendingType;
                            if (nesting > 0 && !(followIfReport && pendingType.is("multipart/report"))) {
                                return;
                            }
                        }
                        if (pendingType.isMultipart() && depth >= limits.maxMultipartDepth()) {
                            stream.setRecursionMode(RecursionMode.M_FLAT);
                            flattened = true;
                        }
                    }
                    case T_START_MULTIPART -> {
                        depth++;
                        openMultiparts.add(new int[] {parts.size()});
                        preamble = null;
                    }
                    case T_PREAMBLE -> preamble = readPreamble();
                    case T_END_MULTIPART -> {
                        depth--;
                        int[] opened = openMultiparts.isEmpty() ? null : openMultiparts.remove(openMultiparts.size() - 1);
                        if (opened != null && opened[0] == parts.size() && preamble != null && !preamble.isBlank()) {
                            // The boundary was never found: the whole body is the preamble. Keep it as text.
                            parts.add(new Part(ContentType.TEXT_PLAIN, HeaderBlock.empty(), preamble,
                                    Optional.empty(), Optional.empty(), depth));
                            problem = "multipart boundary not found; the body was read as text";
                        }
                        preamble = null;
                    }
                    case T_BODY -> {
                        if (flattened) {
                            stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
                            flattened = false;
                            problem = "multipart nesting deeper than " + limits.maxMultipartDepth() + " skipped";
                        } else if (body(parsedType(pendingType), pendingHeaders, depth)) {
                            return;
                        }
                    }
                    default -> {
                        // epilogue and structure events carry nothing classification needs
                    }
                }
            }
        }

        /**
         * Keeps a header field while the header holds fewer than the field limit and the field fits
         * in what remains of the header budget; a field that does not fit is dropped, and smaller
         * ones after it may still be kept.
         */
        private void keep(Field field) {
            HeaderField header;
            if (field instanceof DescribedField described) {
                header = described.header();
                described.declaredType().ifPresent(t -> declaredType = t);
            } else {
                header = HeaderField.parsed(field);
            }
            ByteSequence raw = field.getRaw();
            int size = raw != null ? raw.length() : field.getName().length() + field.getBody().length();
            if (fields.size() < limits.maxHeaderFields() && size <= budget.header) {
                budget.header -= size;
                fields.add(header);
            }
        }

        /** The preamble of a multipart, read within the text budget. */
        private String readPreamble() throws IOException {
            int length = budget.buffer.read(stream.getInputStream(), Math.min(limits.maxTextBytes(), budget.text));
            budget.text -= length;
            return TextDecoder.decode(budget.buffer.bytes(), length, (String) null);
        }

        /**
         * Handles one leaf body; true when the scan has everything it needs and can stop. An HTML
         * part after a plain text one is left unread (its text stays empty): it is the same text
         * rendered again (a multipart/alternative), and classification reads HTML only from
         * reports that have no plain text.
         */
        private boolean body(ContentType type, HeaderBlock headers, int depth) throws IOException {
            if (parts.size() >= limits.maxParts()) {
                problem = "more than " + limits.maxParts() + " parts; the rest was not read";
                return true;
            }
            if (type.isDeliveryStatus() || type.isFeedbackReport() || type.is("message/disposition-notification")) {
                reportSeen = true;
                int length = budget.buffer.readDecoded(stream, budget.report);
                budget.report -= length;
                parts.add(new Part(type, headers, new String(budget.buffer.bytes(), 0, length, StandardCharsets.UTF_8),
                        Optional.empty(), Optional.empty(), depth));
                return false;
            }
            if (type.isHeaderBlock()) {
                InputStream in = stream.getDecodedInputStream();
                parts.add(new Part(type, headers, "", Optional.of(readHeaderBlock(in, budget)), Optional.empty(),
                        depth));
                return reportSeen;
            }
            if (type.isAttachedMessage()) {
                Walk inner = new Walk(newStream(stream.getDecodedInputStream(), budget), nesting + 1,
                        !reportSeen && nesting < limits.maxMessageNesting(), budget);
                ScannedMessage attached = inner.run();
                boolean followed = !attached.parts().isEmpty();
                parts.add(new Part(type, headers, "", Optional.of(attached.headers()),
                        followed ? Optional.of(attached) : Optional.empty(), depth));
                return reportSeen;
            }
            if (type.isText() && !(plainTextSeen && type.is("text/html"))) {
                int length = budget.buffer.readDecoded(stream, Math.min(limits.maxTextBytes(), budget.text));
                budget.text -= length;
                String text = TextDecoder.decode(budget.buffer.bytes(), length,
                        type.parameter("charset").orElse(null));
                plainTextSeen |= !text.isEmpty() && type.is("text/plain");
                parts.add(new Part(type, headers, text, Optional.empty(), Optional.empty(), depth));
                return false;
            }
            parts.add(new Part(type, headers, "", Optional.empty(), Optional.empty(), depth));
            return false;
        }

        /**
         * The type the parser gave the body: Mime4j's view wins over the declared one (a multipart
         * without boundary is text, an untyped digest part is a message); the declared parameters
         * still tell the charset.
         */
        private ContentType parsedType(ContentType declared) {
            String parsed = stream.getBodyDescriptor().getMimeType();
            if (declared.mimeType().equals(parsed)) {
                return declared;
            }
            String mimeType = ContentType.parse(parsed).mimeType();
            if (declared.mimeType().equals(mimeType)) {
                return declared;
            }
            return new ContentType(mimeType, declared.parameters());
        }
    }

    private HeaderBlock readHeaderBlock(InputStream in, Budget budget) throws IOException {
        int length = budget.buffer.read(in, limits.maxHeaderBlockBytes());
        // The walk of a bare header block stops at its end and reads no body: the buffer is not reused under it.
        InputStream bounded = new ByteArrayInputStream(budget.buffer.bytes(), 0, length);
        Walk walk = new Walk(newStream(bounded, budget), Integer.MAX_VALUE, false, budget);
        return walk.run().headers();
    }

    /**
     * Ends a token stream the walk left before its end, without reading further: an entity gives
     * its buffers back to Mime4j's recycler only when the stream steps past its end, and a scan
     * that stops at the original's header would otherwise leave those of three or four entities
     * (8 KB a message) to the garbage collector. Stopped, a stream only steps out of its open
     * entities, but a multipart whose boundary it can no longer see may go on opening empty
     * parts: the steps are bounded, and a stream that has not ended by then keeps its buffers.
     */
    private static void end(MimeTokenStream stream) {
        if (stream.getState() == EntityState.T_END_OF_STREAM) {
            return;
        }
        try {
            stream.stop();
            for (int step = 0; step < MAX_END_STEPS && stream.next() != EntityState.T_END_OF_STREAM; step++) {
                // each step ends an entity or opens an empty one
            }
        } catch (IOException | MimeException | RuntimeException e) {
            // what the walk kept is complete; only the recycling of the buffers is given up
        }
    }

    private static boolean isParserLimit(IOException e) {
        return e instanceof MimeIOException || e instanceof MaxLineLimitException;
    }

    /**
     * What one scan may still keep, shared by the message and everything attached to it, so that
     * the memory a scan holds is bounded whatever the number of parts; and the buffers the scan
     * reads into, shared too since one stream is read at a time.
     */
    private static final class Budget {
        int text;
        int report;
        int header;
        /** The buffer every body of the scan is read into. */
        final BodyBuffer buffer = BodyBuffer.acquire();
        /**
         * The field builder of every token stream of the scan (an attached message is read by a
         * stream of its own while the outer one waits), kept by the thread for its next scan: a
         * builder per stream would allocate a buffer that a scan stopping early never gives back.
         */
        final RawFieldBuilder fields;

        Budget(ScanLimits limits) {
            text = limits.maxTotalTextBytes();
            report = limits.maxReportBytes();
            header = limits.maxTotalHeaderBytes();
            fields = RawFieldBuilder.acquire(limits.maxHeaderFieldBytes());
        }

        void release() {
            fields.recycle();
            buffer.release();
        }
    }

}
