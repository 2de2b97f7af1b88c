package io.github.ndrclassifier.report;

import java.util.List;
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
 * @param receivedBy the hosts named after {@code by} in its Received fields, the most recent
 *                   first: the servers it passed through before it could not be delivered
 *                   (a {@link LazyList} is kept as it is, read when first asked for)
 */
public record OriginalMessage(Optional<String> messageId, Optional<String> subject, Optional<String> from,
                              Optional<String> to, Optional<String> date, List<String> receivedBy) {
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
        receivedBy = receivedBy instanceof LazyList<String> ? receivedBy : List.copyOf(receivedBy);
    }

    /** An original whose Received fields were not returned. */
    public OriginalMessage(Optional<String> messageId, Optional<String> subject, Optional<String> from,
                           Optional<String> to, Optional<String> date) {
        this(messageId, subject, from, to, date, List.of());
    }
}
