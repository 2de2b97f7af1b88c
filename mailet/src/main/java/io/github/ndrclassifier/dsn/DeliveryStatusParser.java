package io.github.ndrclassifier.dsn;

import java.util.Locale;

/**
 * Parses the content of a {@code message/delivery-status} or
 * {@code message/global-delivery-status} part (RFC 3464, RFC 6533) leniently, the way real MTAs
 * write it: any line ending, folded fields, groups separated by several blank lines or by none
 * (a repeated recipient field then starts a new group), per-message fields in any group, and
 * lines that are not fields at all (ignored).
 *
 * <p>Thread-safe: it holds no state.
 */
public final class DeliveryStatusParser {
    /** Groups beyond this many are ignored: no real report comes near it. */
    public static final int MAX_RECIPIENTS = 10_000;
    private static final int MAX_EXTENSIONS = 16;

    /** Parses a report; never fails, an unreadable report gives an empty one. */
    public DeliveryStatus parse(CharSequence content) {
        FieldReader reader = new FieldReader(content);
        DeliveryStatus.Builder report = DeliveryStatus.builder();
        DeliveryStatus.RecipientBuilder current = null;
        boolean outcomeAfterRecipient = false;
        int recipients = 0;
        FieldReader.Field field;
        while ((field = reader.next()) != null) {
            if (field.isBlankLine()) {
                // blank line: the group ends
                if (current != null && !current.isEmpty()) {
                    report.addRecipient(current.build());
                    recipients++;
                }
                current = null;
                continue;
            }
            if (recipients >= MAX_RECIPIENTS) {
                break;
            }
            String name = field.name().toLowerCase(Locale.ROOT);
            String value = field.value();
            if (perMessage(report, name, value)) {
                continue;
            }
            if (current != null && startsNewGroup(current, name, outcomeAfterRecipient)) {
                report.addRecipient(current.build());
                recipients++;
                current = null;
            }
            if (current == null) {
                if (!isRecipientField(name)) {
                    // an extension field of the per-message group (X-Postfix-Sender, ...)
                    continue;
                }
                current = new DeliveryStatus.RecipientBuilder();
                outcomeAfterRecipient = false;
            }
            if ((name.equals("action") || name.equals("status"))
                    && (current.hasFinalRecipient() || current.hasOriginalRecipient())) {
                outcomeAfterRecipient = true;
            }
            perRecipient(current, name, value);
        }
        if (current != null && !current.isEmpty() && recipients < MAX_RECIPIENTS) {
            report.addRecipient(current.build());
        }
        return report.build();
    }

    private static boolean perMessage(DeliveryStatus.Builder report, String name, String value) {
        switch (name) {
            case "reporting-mta" -> MtaName.parse(value).ifPresent(report::reportingMta);
            case "dsn-gateway" -> MtaName.parse(value).ifPresent(report::dsnGateway);
            case "received-from-mta" -> MtaName.parse(value).ifPresent(report::receivedFromMta);
            case "original-envelope-id" -> nonBlank(value, report::originalEnvelopeId);
            case "arrival-date" -> nonBlank(value, report::arrivalDate);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Without a blank line between groups, a recipient field that the current group already has,
     * or that follows an Action or Status written after the group's recipient, starts the next
     * group. An Action or Status written before the recipient fields (Amazon WorkMail and Amazon
     * SES write Action first) belongs with them.
     */
    private static boolean startsNewGroup(DeliveryStatus.RecipientBuilder current, String name,
                                          boolean outcomeAfterRecipient) {
        return switch (name) {
            case "original-recipient" -> current.hasOriginalRecipient() || outcomeAfterRecipient;
            case "final-recipient" -> current.hasFinalRecipient() || outcomeAfterRecipient;
            default -> false;
        };
    }

    private static boolean isRecipientField(String name) {
        return switch (name) {
            case "original-recipient", "final-recipient", "action", "status", "remote-mta", "diagnostic-code",
                 "last-attempt-date", "final-log-id", "will-retry-until", "x-actual-recipient" -> true;
            default -> false;
        };
    }

    private static void perRecipient(DeliveryStatus.RecipientBuilder r, String name, String value) {
        switch (name) {
            case "original-recipient" -> TypedAddress.parse(value).ifPresent(r::originalRecipient);
            case "final-recipient" -> TypedAddress.parse(value).ifPresent(r::finalRecipient);
            case "action" -> Action.parse(value).ifPresent(r::action);
            case "status" -> nonBlank(value, r::status);
            case "remote-mta" -> MtaName.parse(value).ifPresent(r::remoteMta);
            case "diagnostic-code" -> DiagnosticCode.parse(value).ifPresent(r::diagnosticCode);
            case "last-attempt-date" -> nonBlank(value, r::lastAttemptDate);
            case "final-log-id" -> nonBlank(value, r::finalLogId);
            case "will-retry-until" -> nonBlank(value, r::willRetryUntil);
            default -> {
                if (r.extensionCount() < MAX_EXTENSIONS && !value.isBlank()) {
                    r.extension(name, value.strip());
                }
            }
        }
    }

    private static void nonBlank(String value, java.util.function.Consumer<String> sink) {
        String v = value.strip();
        if (!v.isEmpty()) {
            sink.accept(v);
        }
    }
}
