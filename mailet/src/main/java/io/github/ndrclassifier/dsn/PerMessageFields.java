package io.github.ndrclassifier.dsn;

import java.util.Objects;
import java.util.Optional;

/**
 * The per-message fields of an RFC 3464 report.
 *
 * @param reportingMta       the MTA that generated the report
 * @param dsnGateway         the gateway that translated a foreign report, if any
 * @param receivedFromMta    the MTA the reporting MTA received the message from
 * @param originalEnvelopeId the ENVID the sender gave (RFC 3461)
 * @param arrivalDate        when the reporting MTA received the message, as written
 */
public record PerMessageFields(Optional<MtaName> reportingMta, Optional<MtaName> dsnGateway,
                               Optional<MtaName> receivedFromMta, Optional<String> originalEnvelopeId,
                               Optional<String> arrivalDate) {
    public static final PerMessageFields EMPTY = new PerMessageFields(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public PerMessageFields {
        Objects.requireNonNull(reportingMta, "reportingMta");
        Objects.requireNonNull(dsnGateway, "dsnGateway");
        Objects.requireNonNull(receivedFromMta, "receivedFromMta");
        Objects.requireNonNull(originalEnvelopeId, "originalEnvelopeId");
        Objects.requireNonNull(arrivalDate, "arrivalDate");
    }
}
