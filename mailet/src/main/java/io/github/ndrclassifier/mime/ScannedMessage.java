package io.github.ndrclassifier.mime;

import java.util.ArrayList;
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

    /**
     * The delivery-status parts, in order (some MTAs write one per recipient). In a delivery
     * report whose status part has no Content-Type at all (some MTAs omit it), the part that
     * holds recipient fields is taken as the status part.
     */
    public List<Part> deliveryStatusParts() {
        List<Part> typed = new ArrayList<>(1);
        for (Part part : parts) {
            if (part.contentType().isDeliveryStatus()) {
                typed.add(part);
            }
        }
        if (!typed.isEmpty() || !contentType.reportType().filter("delivery-status"::equals).isPresent()) {
            return List.copyOf(typed);
        }
        for (Part part : parts) {
            if (!part.headers().has("Content-Type") && holdsRecipientFields(part.text())) {
                typed.add(part);
            }
        }
        return List.copyOf(typed);
    }

    private static boolean holdsRecipientFields(String text) {
        for (int line = 0; line >= 0 && line < text.length(); line = nextLine(text, line)) {
            if (text.regionMatches(true, line, "Final-Recipient:", 0, 16)
                    || text.regionMatches(true, line, "Original-Recipient:", 0, 19)) {
                return true;
            }
        }
        return false;
    }

    private static int nextLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? -1 : newline + 1;
    }

    /** The first part that is a feedback report. */
    public Optional<Part> feedbackReportPart() {
        for (Part part : parts) {
            if (part.contentType().isFeedbackReport()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
