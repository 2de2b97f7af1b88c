package io.github.ndrclassifier.dsn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code message/delivery-status} part: the per-message fields and one group of
 * per-recipient fields per recipient, in order.
 *
 * @param perMessage the per-message fields
 * @param recipients the per-recipient groups, in the order of the report
 */
public record DeliveryStatus(PerMessageFields perMessage, List<PerRecipientFields> recipients) {
    public DeliveryStatus {
        Objects.requireNonNull(perMessage, "perMessage");
        recipients = List.copyOf(recipients);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the fields of a report as they are read. A per-message field keeps the first value
     * given: reports split over several parts repeat them.
     */
    public static final class Builder {
        private MtaName reportingMta;
        private MtaName dsnGateway;
        private MtaName receivedFromMta;
        private String originalEnvelopeId;
        private String arrivalDate;
        private final List<PerRecipientFields> recipients = new ArrayList<>();

        public Builder reportingMta(MtaName value) {
            if (reportingMta == null) {
                reportingMta = value;
            }
            return this;
        }

        public Builder dsnGateway(MtaName value) {
            if (dsnGateway == null) {
                dsnGateway = value;
            }
            return this;
        }

        public Builder receivedFromMta(MtaName value) {
            if (receivedFromMta == null) {
                receivedFromMta = value;
            }
            return this;
        }

        public Builder originalEnvelopeId(String value) {
            if (originalEnvelopeId == null) {
                originalEnvelopeId = value;
            }
            return this;
        }

        public Builder arrivalDate(String value) {
            if (arrivalDate == null) {
                arrivalDate = value;
            }
            return this;
        }

        public Builder addRecipient(PerRecipientFields value) {
            recipients.add(Objects.requireNonNull(value, "recipient"));
            return this;
        }

        public DeliveryStatus build() {
            return new DeliveryStatus(new PerMessageFields(Optional.ofNullable(reportingMta),
                    Optional.ofNullable(dsnGateway), Optional.ofNullable(receivedFromMta),
                    Optional.ofNullable(originalEnvelopeId), Optional.ofNullable(arrivalDate)), recipients);
        }
    }

    /** Collects the fields of one recipient group. */
    public static final class RecipientBuilder {
        private TypedAddress originalRecipient;
        private TypedAddress finalRecipient;
        private Action action;
        private String status;
        private MtaName remoteMta;
        private DiagnosticCode diagnosticCode;
        private String lastAttemptDate;
        private String finalLogId;
        private String willRetryUntil;
        private final Map<String, String> extensions = new LinkedHashMap<>();
        private boolean empty = true;

        public RecipientBuilder originalRecipient(TypedAddress value) {
            originalRecipient = value;
            return touch();
        }

        public RecipientBuilder finalRecipient(TypedAddress value) {
            finalRecipient = value;
            return touch();
        }

        public RecipientBuilder action(Action value) {
            action = value;
            return touch();
        }

        public RecipientBuilder status(String value) {
            status = value;
            return touch();
        }

        public RecipientBuilder remoteMta(MtaName value) {
            remoteMta = value;
            return touch();
        }

        public RecipientBuilder diagnosticCode(DiagnosticCode value) {
            diagnosticCode = value;
            return touch();
        }

        public RecipientBuilder lastAttemptDate(String value) {
            lastAttemptDate = value;
            return touch();
        }

        public RecipientBuilder finalLogId(String value) {
            finalLogId = value;
            return touch();
        }

        public RecipientBuilder willRetryUntil(String value) {
            willRetryUntil = value;
            return touch();
        }

        public RecipientBuilder extension(String lowerCaseName, String value) {
            extensions.putIfAbsent(lowerCaseName, value);
            return touch();
        }

        public int extensionCount() {
            return extensions.size();
        }

        /** True once the group has an Action or a Status. */
        public boolean hasOutcome() {
            return action != null || status != null;
        }

        public boolean hasOriginalRecipient() {
            return originalRecipient != null;
        }

        public boolean hasFinalRecipient() {
            return finalRecipient != null;
        }

        public boolean isEmpty() {
            return empty;
        }

        private RecipientBuilder touch() {
            empty = false;
            return this;
        }

        public PerRecipientFields build() {
            return new PerRecipientFields(Optional.ofNullable(originalRecipient), Optional.ofNullable(finalRecipient),
                    Optional.ofNullable(action), Optional.ofNullable(status), Optional.ofNullable(remoteMta),
                    Optional.ofNullable(diagnosticCode), Optional.ofNullable(lastAttemptDate),
                    Optional.ofNullable(finalLogId), Optional.ofNullable(willRetryUntil), extensions);
        }
    }
}
