package io.github.ndrclassifier.report;

import java.util.Objects;
import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.Explanation;

/**
 * The classification of one recipient of a report. Its text values are single lines without
 * control characters ({@link SingleLine}).
 *
 * @param address           the failed (or delivered) recipient
 * @param originalRecipient the recipient as the sender wrote it, when the report tells
 * @param action            what the reporting MTA did
 * @param status            the enhanced status code: stated, or derived from the reply code and
 *                          the text; absent for feedback reports and auto-replies
 * @param replyCode         the SMTP reply code, when the report tells
 * @param reason            why delivery failed
 * @param permanent         true when the delivery will not be retried
 * @param hardBounce        true when the address itself is bad: stop sending to it
 * @param remoteMta         the server that gave the diagnostic
 * @param diagnosticType    the diagnostic type ({@code SMTP}, {@code X-UNIX}, ...)
 * @param diagnostic        the diagnostic text, on one line
 * @param command           the SMTP command the failure answered ({@code RCPT}, {@code DATA}, ...)
 * @param lastAttemptDate   when delivery was last tried, as written
 * @param willRetryUntil    when a delayed delivery will be given up, as written
 * @param explanation       what the knowledge base says about it
 */
public record RecipientResult(String address, Optional<String> originalRecipient, Optional<Action> action,
                              Optional<EnhancedStatusCode> status, Optional<Integer> replyCode, Reason reason,
                              boolean permanent, boolean hardBounce, Optional<String> remoteMta,
                              Optional<String> diagnosticType, Optional<String> diagnostic, Optional<String> command,
                              Optional<String> lastAttemptDate, Optional<String> willRetryUntil,
                              Optional<Explanation> explanation) {
    public RecipientResult {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(originalRecipient, "originalRecipient");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(replyCode, "replyCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(remoteMta, "remoteMta");
        Objects.requireNonNull(diagnosticType, "diagnosticType");
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(lastAttemptDate, "lastAttemptDate");
        Objects.requireNonNull(willRetryUntil, "willRetryUntil");
        Objects.requireNonNull(explanation, "explanation");
        address = SingleLine.of(address);
        originalRecipient = SingleLine.of(originalRecipient);
        remoteMta = SingleLine.of(remoteMta);
        diagnosticType = SingleLine.of(diagnosticType);
        diagnostic = SingleLine.of(diagnostic);
        command = SingleLine.of(command);
        lastAttemptDate = SingleLine.of(lastAttemptDate);
        willRetryUntil = SingleLine.of(willRetryUntil);
    }

    /** This result with {@code value} as its explanation. */
    public RecipientResult withExplanation(Explanation value) {
        return new RecipientResult(address, originalRecipient, action, status, replyCode, reason, permanent,
                hardBounce, remoteMta, diagnosticType, diagnostic, command, lastAttemptDate, willRetryUntil,
                Optional.of(value));
    }
}
