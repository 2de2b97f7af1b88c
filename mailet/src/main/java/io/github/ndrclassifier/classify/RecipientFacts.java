package io.github.ndrclassifier.classify;

import java.util.Objects;
import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Reason;

/**
 * What a report says about one recipient before classification: the raw facts a DSN's
 * per-recipient group or a format recogniser extracted.
 *
 * @param address           the recipient
 * @param originalRecipient the recipient as the sender wrote it
 * @param action            the reported action
 * @param status            the Status as written (a code, or a whole reply as James writes it)
 * @param replyCode         an SMTP reply code the format states apart from the diagnostic
 * @param diagnosticType    SMTP, X-UNIX, X-POSTFIX, ...
 * @param diagnostic        the reply or error text
 * @param remoteMta         the server that gave the diagnostic
 * @param command           the SMTP command that failed (RCPT, DATA, MAIL, ...)
 * @param lastAttemptDate   when delivery was last tried
 * @param willRetryUntil    when a delayed delivery will be given up
 * @param reasonHint        a reason the format itself knows for sure (e.g. an expiry notice)
 */
public record RecipientFacts(String address, Optional<String> originalRecipient, Optional<Action> action,
                             Optional<String> status, Optional<Integer> replyCode, Optional<String> diagnosticType,
                             Optional<String> diagnostic, Optional<String> remoteMta, Optional<String> command,
                             Optional<String> lastAttemptDate, Optional<String> willRetryUntil,
                             Optional<Reason> reasonHint) {
    public RecipientFacts {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(originalRecipient, "originalRecipient");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(replyCode, "replyCode");
        Objects.requireNonNull(diagnosticType, "diagnosticType");
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(remoteMta, "remoteMta");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(lastAttemptDate, "lastAttemptDate");
        Objects.requireNonNull(willRetryUntil, "willRetryUntil");
        Objects.requireNonNull(reasonHint, "reasonHint");
    }

    public static Builder builder(String address) {
        return new Builder(address);
    }

    public Builder toBuilder() {
        Builder b = new Builder(address);
        b.originalRecipient = originalRecipient.orElse(null);
        b.action = action.orElse(null);
        b.status = status.orElse(null);
        b.replyCode = replyCode.orElse(null);
        b.diagnosticType = diagnosticType.orElse(null);
        b.diagnostic = diagnostic.orElse(null);
        b.remoteMta = remoteMta.orElse(null);
        b.command = command.orElse(null);
        b.lastAttemptDate = lastAttemptDate.orElse(null);
        b.willRetryUntil = willRetryUntil.orElse(null);
        b.reasonHint = reasonHint.orElse(null);
        return b;
    }

    /** Builds facts field by field; blank strings count as absent. */
    public static final class Builder {
        private String address;
        private String originalRecipient;
        private Action action;
        private String status;
        private Integer replyCode;
        private String diagnosticType;
        private String diagnostic;
        private String remoteMta;
        private String command;
        private String lastAttemptDate;
        private String willRetryUntil;
        private Reason reasonHint;

        private Builder(String address) {
            this.address = Objects.requireNonNull(address, "address");
        }

        public Builder address(String value) {
            address = Objects.requireNonNull(value, "address");
            return this;
        }

        public Builder originalRecipient(String value) {
            originalRecipient = blankToNull(value);
            return this;
        }

        public Builder action(Action value) {
            action = value;
            return this;
        }

        public Builder status(String value) {
            status = blankToNull(value);
            return this;
        }

        public Builder replyCode(Integer value) {
            replyCode = value;
            return this;
        }

        public Builder diagnosticType(String value) {
            diagnosticType = blankToNull(value);
            return this;
        }

        public Builder diagnostic(String value) {
            diagnostic = blankToNull(value);
            return this;
        }

        public Builder remoteMta(String value) {
            remoteMta = blankToNull(value);
            return this;
        }

        public Builder command(String value) {
            command = blankToNull(value);
            return this;
        }

        public Builder lastAttemptDate(String value) {
            lastAttemptDate = blankToNull(value);
            return this;
        }

        public Builder willRetryUntil(String value) {
            willRetryUntil = blankToNull(value);
            return this;
        }

        public Builder reasonHint(Reason value) {
            reasonHint = value;
            return this;
        }

        public boolean hasDiagnostic() {
            return diagnostic != null;
        }

        public RecipientFacts build() {
            return new RecipientFacts(address, Optional.ofNullable(originalRecipient), Optional.ofNullable(action),
                    Optional.ofNullable(status), Optional.ofNullable(replyCode), Optional.ofNullable(diagnosticType),
                    Optional.ofNullable(diagnostic), Optional.ofNullable(remoteMta), Optional.ofNullable(command),
                    Optional.ofNullable(lastAttemptDate), Optional.ofNullable(willRetryUntil),
                    Optional.ofNullable(reasonHint));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
