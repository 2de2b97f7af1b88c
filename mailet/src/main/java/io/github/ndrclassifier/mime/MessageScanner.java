package io.github.ndrclassifier.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Scans a message with Mime4j's pull parser and keeps only what classification needs: the
 * header, the text of textual and report parts (bounded), and the header block of the attached
 * original. It never buffers a whole message: the scan stops as soon as the returned original's
 * header has been read after a report part, and bodies it does not need are skipped by the
 * parser without being decoded.
 *
 * <p>Attached messages are followed into only when they are themselves a multipart/report and no
 * report was found before them (a bounce forwarded as an attachment).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MessageScanner {
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
            return scan(new ByteArrayInputStream(message));
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
        MimeTokenStream stream = newStream(MessageInput.prepare(message));
        Walk walk = new Walk(stream, 0, true, new int[] {limits.maxTotalTextBytes()});
        ScannedMessage scanned = walk.run();
        if (scanned.headers().isEmpty()) {
            throw new MessageParseException("no header fields: the input is not an Internet message");
        }
        return scanned;
    }

    private MimeTokenStream newStream(InputStream in) {
        MimeTokenStream stream = new MimeTokenStream(config);
        stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
        stream.parse(in);
        return stream;
    }

    /** One pass over one message (the top-level one or an attached one). */
    private final class Walk {
        private final MimeTokenStream stream;
        private final int nesting;
        private final boolean followIfReport;
        private final int[] textBudget;
        private final List<Part> parts = new ArrayList<>();
        private HeaderBlock messageHeaders;
        private ContentType messageType = ContentType.TEXT_PLAIN;
        private boolean reportSeen;
        private String problem;

        Walk(MimeTokenStream stream, int nesting, boolean followIfReport, int[] textBudget) {
            this.stream = stream;
            this.nesting = nesting;
            this.followIfReport = followIfReport;
            this.textBudget = textBudget;
        }

        ScannedMessage run() throws IOException {
            try {
                walk();
            } catch (MimeException e) {
                problem = "malformed MIME structure: " + e.getMessage();
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
            return new ScannedMessage(messageHeaders == null ? HeaderBlock.empty() : messageHeaders, messageType,
                    parts, Optional.ofNullable(problem));
        }

        private void walk() throws IOException, MimeException {
            List<HeaderField> fields = new ArrayList<>();
            ContentType pendingType = ContentType.TEXT_PLAIN;
            HeaderBlock pendingHeaders = HeaderBlock.empty();
            int depth = 0;
            boolean flattened = false;
            List<int[]> openMultiparts = new ArrayList<>();
            String preamble = null;
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_HEADER -> fields = new ArrayList<>();
                    case T_FIELD -> {
                        if (fields.size() < limits.maxHeaderFields()) {
                            fields.add(HeaderField.parsed(stream.getField()));
                        }
                    }
                    case T_END_HEADER -> {
                        pendingHeaders = HeaderBlock.of(fields);
                        pendingType = pendingHeaders.first("Content-Type").map(ContentType::parse)
                                .orElse(ContentType.TEXT_PLAIN);
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

        /** The preamble of a multipart, read within the text budget. */
        private String readPreamble() throws IOException {
            int allowed = Math.min(limits.maxTextBytes(), textBudget[0]);
            InputStream in = stream.getInputStream();
            byte[] bytes = in.readNBytes(allowed);
            textBudget[0] -= bytes.length;
            return TextDecoder.decode(bytes, bytes.length, (String) null);
        }

        /** Handles one leaf body; true when the scan has everything it needs and can stop. */
        private boolean body(ContentType type, HeaderBlock headers, int depth) throws IOException {
            if (parts.size() >= limits.maxParts()) {
                problem = "more than " + limits.maxParts() + " parts; the rest was not read";
                return true;
            }
            if (type.isDeliveryStatus() || type.isFeedbackReport() || type.is("message/disposition-notification")) {
                reportSeen = true;
                byte[] bytes = stream.getDecodedInputStream().readNBytes(limits.maxReportBytes());
                parts.add(new Part(type, headers, new String(bytes, StandardCharsets.UTF_8),
                        Optional.empty(), Optional.empty(), depth));
                return false;
            }
            if (type.isHeaderBlock()) {
                InputStream in = stream.getDecodedInputStream();
                parts.add(new Part(type, headers, "", Optional.of(readHeaderBlock(in)), Optional.empty(), depth));
                return reportSeen;
            }
            if (type.isAttachedMessage()) {
                Walk inner = new Walk(newStream(stream.getDecodedInputStream()), nesting + 1,
                        !reportSeen && nesting < limits.maxMessageNesting(), textBudget);
                ScannedMessage attached = inner.run();
                boolean followed = !attached.parts().isEmpty();
                parts.add(new Part(type, headers, "", Optional.of(attached.headers()),
                        followed ? Optional.of(attached) : Optional.empty(), depth));
                return reportSeen;
            }
            if (type.isText()) {
                int allowed = Math.min(limits.maxTextBytes(), textBudget[0]);
                byte[] bytes = stream.getDecodedInputStream().readNBytes(allowed);
                textBudget[0] -= bytes.length;
                String text = TextDecoder.decode(bytes, bytes.length, type.parameter("charset").orElse(null));
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
            String mimeType = ContentType.parse(stream.getBodyDescriptor().getMimeType()).mimeType();
            if (declared.mimeType().equals(mimeType)) {
                return declared;
            }
            return new ContentType(mimeType, declared.parameters());
        }
    }

    private HeaderBlock readHeaderBlock(InputStream in) throws IOException {
        InputStream bounded = new ByteArrayInputStream(in.readNBytes(limits.maxHeaderBlockBytes()));
        Walk walk = new Walk(newStream(bounded), Integer.MAX_VALUE, false, new int[] {0});
        return walk.run().headers();
    }

    private static boolean isParserLimit(IOException e) {
        return e instanceof org.apache.james.mime4j.MimeIOException;
    }

}
