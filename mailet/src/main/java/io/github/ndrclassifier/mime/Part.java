package io.github.ndrclassifier.mime;

import java.util.Objects;
import java.util.Optional;

/**
 * A leaf part of a scanned message that the classifier may look at.
 *
 * @param contentType     the part's content type (text/plain when it has none)
 * @param headers         the part's own MIME header
 * @param text            the decoded text of a textual or report part, cut at the scan limit;
 *                        empty for parts whose content is not read
 * @param embeddedHeaders the header block of an attached message or of a header-only part
 * @param embeddedMessage an attached message that was scanned in full (a forwarded report)
 * @param depth           the multipart nesting depth (0 for a single-part message's body)
 */
public record Part(ContentType contentType, HeaderBlock headers, String text,
                   Optional<HeaderBlock> embeddedHeaders, Optional<ScannedMessage> embeddedMessage, int depth) {
    public Part {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embeddedHeaders, "embeddedHeaders");
        Objects.requireNonNull(embeddedMessage, "embeddedMessage");
    }

    public boolean isAttachment() {
        return headers.first("Content-Disposition").map(v -> v.strip().regionMatches(true, 0, "attachment", 0, 10))
                .orElse(false);
    }
}
