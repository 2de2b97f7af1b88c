package io.github.ndrclassifier.classify;

import java.util.Optional;

import io.github.ndrclassifier.ReceivedHeaders;
import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.Part;
import io.github.ndrclassifier.mime.ScannedMessage;
import io.github.ndrclassifier.report.LazyList;
import io.github.ndrclassifier.report.OriginalMessage;

/** Reads what a report returns of the undelivered message from its returned header block. */
public final class OriginalMessageReader {
    private OriginalMessageReader() {
    }

    /** The returned original's header block: the last attached message or header-only part. */
    public static Optional<HeaderBlock> returnedHeaders(ScannedMessage message) {
        HeaderBlock found = null;
        for (Part part : message.parts()) {
            if (part.embeddedHeaders().isPresent() && !part.embeddedHeaders().get().isEmpty()) {
                found = part.embeddedHeaders().get();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The returned original's fields. Its Received hosts are read only when asked for: few callers
     * want them, and decoding every Received field costs more than the rest.
     */
    public static OriginalMessage read(HeaderBlock headers) {
        return new OriginalMessage(headers.text("Message-ID"), headers.text("Subject"), headers.text("From"),
                headers.text("To"), headers.text("Date"), LazyList.of(() -> ReceivedHeaders.byHosts(headers)));
    }
}
