package io.github.ndrclassifier.classify;

import java.util.Optional;

import io.github.ndrclassifier.ReceivedHeaders;
import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.HeaderField;
import io.github.ndrclassifier.mime.Part;
import io.github.ndrclassifier.mime.ScannedMessage;
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

    public static OriginalMessage read(HeaderBlock headers) {
        // One walk over the fields for the five wanted (HeaderBlock.text walks them once per name).
        HeaderField messageId = null;
        HeaderField subject = null;
        HeaderField from = null;
        HeaderField to = null;
        HeaderField date = null;
        for (HeaderField field : headers.fields()) {
            if (messageId == null && field.is("Message-ID")) {
                messageId = field;
            } else if (subject == null && field.is("Subject")) {
                subject = field;
            } else if (from == null && field.is("From")) {
                from = field;
            } else if (to == null && field.is("To")) {
                to = field;
            } else if (date == null && field.is("Date")) {
                date = field;
            }
        }
        return new OriginalMessage(text(messageId), text(subject), text(from), text(to), text(date),
                ReceivedHeaders.byHosts(headers));
    }

    /** As {@link HeaderBlock#text}: the value decoded and trimmed, absent when empty. */
    private static Optional<String> text(HeaderField field) {
        if (field == null) {
            return Optional.empty();
        }
        String value = HeaderBlock.decodeWords(field.value()).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
