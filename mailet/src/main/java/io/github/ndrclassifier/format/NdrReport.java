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
 */
public record NdrReport(String format, Optional<String> reportingMta, List<RecipientFacts> recipients) {
    public NdrReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reportingMta, "reportingMta");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a report names at least one recipient");
        }
    }
}
