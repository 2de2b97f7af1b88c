package io.github.ndrclassifier.dsn;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-recipient fields of an RFC 3464 report, one group per recipient.
 *
 * @param originalRecipient the recipient as the sender gave it (ORCPT)
 * @param finalRecipient    the recipient the reporting MTA tried
 * @param action            what happened
 * @param status            the Status field as written (usually an enhanced code, sometimes a
 *                          whole reply, as in James's own reports)
 * @param remoteMta         the MTA that gave the diagnostic
 * @param diagnosticCode    the reply or error text
 * @param lastAttemptDate   when delivery was last tried, as written
 * @param finalLogId        the reporting MTA's log id
 * @param willRetryUntil    for delayed reports, when the MTA gives up, as written
 * @param extensions        other fields ({@code X-Actual-Recipient}, ...), names lower-case
 */
public record PerRecipientFields(Optional<TypedAddress> originalRecipient, Optional<TypedAddress> finalRecipient,
                                 Optional<Action> action, Optional<String> status, Optional<MtaName> remoteMta,
                                 Optional<DiagnosticCode> diagnosticCode, Optional<String> lastAttemptDate,
                                 Optional<String> finalLogId, Optional<String> willRetryUntil,
                                 Map<String, String> extensions) {
    public PerRecipientFields {
        Objects.requireNonNull(originalRecipient, "originalRecipient");
        Objects.requireNonNull(finalRecipient, "finalRecipient");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(remoteMta, "remoteMta");
        Objects.requireNonNull(diagnosticCode, "diagnosticCode");
        Objects.requireNonNull(lastAttemptDate, "lastAttemptDate");
        Objects.requireNonNull(finalLogId, "finalLogId");
        Objects.requireNonNull(willRetryUntil, "willRetryUntil");
        extensions = Map.copyOf(extensions);
    }

    /** The address to report: the final recipient, else the original one. */
    public Optional<TypedAddress> recipient() {
        return finalRecipient.or(() -> originalRecipient);
    }

    public Optional<String> extension(String lowerCaseName) {
        return Optional.ofNullable(extensions.get(lowerCaseName));
    }
}
