package io.github.ndrclassifier.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification of one message. Its text values are single lines without control
 * characters ({@link SingleLine}).
 *
 * @param kind               what kind of message it is
 * @param format             the format that was recognised ({@code rfc3464}, {@code postfix},
 *                           {@code arf}, {@code rfc3834}, ...; {@code none} for no report)
 * @param reportingMta       the server that generated the report
 * @param receivedFromMta    the server the reporting MTA got the message from
 * @param arrivalDate        when the reporting MTA received the message, as written
 * @param originalEnvelopeId the envelope id the sender gave (RFC 3461 ENVID)
 * @param original           what the report tells of the undelivered message
 * @param feedbackType       for feedback reports, the Feedback-Type ({@code abuse}, ...)
 * @param recipients         one result per recipient, in the report's order
 * @param problem            what was damaged or cut in the message, when something was
 */
public record BounceReport(Kind kind, String format, Optional<String> reportingMta, Optional<String> receivedFromMta,
                           Optional<String> arrivalDate, Optional<String> originalEnvelopeId,
                           OriginalMessage original, Optional<String> feedbackType,
                           List<RecipientResult> recipients, Optional<String> problem) {
    public BounceReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reportingMta, "reportingMta");
        Objects.requireNonNull(receivedFromMta, "receivedFromMta");
        Objects.requireNonNull(arrivalDate, "arrivalDate");
        Objects.requireNonNull(originalEnvelopeId, "originalEnvelopeId");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(feedbackType, "feedbackType");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(problem, "problem");
        format = SingleLine.of(format);
        reportingMta = SingleLine.of(reportingMta);
        receivedFromMta = SingleLine.of(receivedFromMta);
        arrivalDate = SingleLine.of(arrivalDate);
        originalEnvelopeId = SingleLine.of(originalEnvelopeId);
        feedbackType = SingleLine.of(feedbackType);
        problem = SingleLine.of(problem);
    }

    /** A report for a message that is no report at all. */
    public static BounceReport none(Optional<String> problem) {
        return new BounceReport(Kind.NONE, "none", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OriginalMessage.UNKNOWN, Optional.empty(), List.of(), problem);
    }

    /** This report with its recipients replaced. */
    public BounceReport withRecipients(List<RecipientResult> value) {
        return new BounceReport(kind, format, reportingMta, receivedFromMta, arrivalDate, originalEnvelopeId,
                original, feedbackType, value, problem);
    }
}
