package io.github.ndrclassifier.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;

/**
 * What a format recogniser read from a non-standard report.
 *
 * @param format       the recogniser's name
 * @param reportingMta the server that generated the report, when the text says
 * @param recipients   the failed recipients, in order; never empty
 * @param feedbackType for a provider's own complaint format (not ARF), the feedback type
 *                     ({@code abuse}, {@code opt-out}, ...): the report is then feedback, not a
 *                     bounce, and the recipients are the ones complained about
 */
public record NdrReport(String format, Optional<String> reportingMta, List<RecipientFacts> recipients,
                        Optional<String> feedbackType) {
    public NdrReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reportingMta, "reportingMta");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(feedbackType, "feedbackType");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a report names at least one recipient");
        }
    }

    /** A bounce: a report of failed (or delayed, or delivered) recipients. */
    public NdrReport(String format, Optional<String> reportingMta, List<RecipientFacts> recipients) {
        this(format, reportingMta, recipients, Optional.empty());
    }

    /** A complaint in a provider's own format, about {@code recipients}. */
    public static NdrReport feedback(String format, Optional<String> reportingMta, List<RecipientFacts> recipients,
                                     String feedbackType) {
        return new NdrReport(format, reportingMta, recipients, Optional.of(feedbackType));
    }

    public boolean isFeedback() {
        return feedbackType.isPresent();
    }
}
