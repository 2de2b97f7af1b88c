package io.github.ndrclassifier.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What the report tells of the message that could not be delivered, read from its returned
 * header (never from its body).
 *
 * @param messageId its Message-ID
 * @param subject   its Subject, decoded
 * @param from      its From, decoded
 * @param to        its To, decoded
 * @param date      its Date, as written
 */
public record OriginalMessage(Optional<String> messageId, Optional<String> subject, Optional<String> from,
                              Optional<String> to, Optional<String> date) {
    public static final OriginalMessage UNKNOWN = new OriginalMessage(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public OriginalMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        messageId = SingleLine.of(messageId);
        subject = SingleLine.of(subject);
        from = SingleLine.of(from);
        to = SingleLine.of(to);
        date = SingleLine.of(date);
    }
}
