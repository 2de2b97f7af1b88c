package io.github.ndrclassifier.mime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the streaming scan keeps of a message: its header, its content type and the parts the
 * classifier may need, in document order. Bodies of attached originals are not part of it.
 *
 * @param headers     the message header
 * @param contentType the message's content type
 * @param parts       the leaf parts, in order
 * @param problem     why the scan stopped before the end of the message (a limit was reached or
 *                    the MIME structure was broken), when it did
 */
public record ScannedMessage(HeaderBlock headers, ContentType contentType, List<Part> parts,
                             Optional<String> problem) {
    public ScannedMessage {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(contentType, "contentType");
        parts = List.copyOf(parts);
        Objects.requireNonNull(problem, "problem");
    }

    /** The delivery-status parts, in order (some MTAs write one per recipient). */
    public List<Part> deliveryStatusParts() {
        return parts.stream().filter(p -> p.contentType().isDeliveryStatus()).toList();
    }

    /** The first part that is a feedback report. */
    public Optional<Part> feedbackReportPart() {
        return parts.stream().filter(p -> p.contentType().isFeedbackReport()).findFirst();
    }
}
