package io.github.ndrclassifier.dsn;

import java.util.Arrays;
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

    /** The fields this parser knows, by their lower-case names; any other is an extension. */
    private enum Known {
        REPORTING_MTA("reporting-mta", true), DSN_GATEWAY("dsn-gateway", true),
        RECEIVED_FROM_MTA("received-from-mta", true), ORIGINAL_ENVELOPE_ID("original-envelope-id", true),
        ARRIVAL_DATE("arrival-date", true),
        ORIGINAL_RECIPIENT("original-recipient"), FINAL_RECIPIENT("final-recipient"), ACTION("action"),
        STATUS("status"), REMOTE_MTA("remote-mta"), DIAGNOSTIC_CODE("diagnostic-code"),
        LAST_ATTEMPT_DATE("last-attempt-date"), FINAL_LOG_ID("final-log-id"), WILL_RETRY_UNTIL("will-retry-until"),
        X_ACTUAL_RECIPIENT("x-actual-recipient"), EXTENSION("");

        /** The named fields by the length of their names: a name is compared with one or two. */
        private static final Known[][] BY_LENGTH = byLength();
        private final String name;
        private final boolean perMessage;

        Known(String name) {
            this(name, false);
        }

        Known(String name, boolean perMessage) {
            this.name = name;
            this.perMessage = perMessage;
        }

        /** The current field of {@code reader}, told apart without cutting its name out. */
        static Known of(FieldReader reader) {
            int length = reader.nameLength();
            if (length >= BY_LENGTH.length) {
                return EXTENSION;
            }
            for (Known known : BY_LENGTH[length]) {
                if (reader.nameIs(known.name)) {
                    return known;
                }
            }
            return EXTENSION;
        }

        private static Known[][] byLength() {
            int longest = Arrays.stream(values()).mapToInt(k -> k.name.length()).max().orElse(0);
            Known[][] table = new Known[longest + 1][];
            for (int length = 0; length <= longest; length++) {
                int l = length;
                table[length] = Arrays.stream(values())
                        .filter(k -> k != EXTENSION && k.name.length() == l).toArray(Known[]::new);
            }
            return table;
        }

        boolean isPerMessage() {
            return perMessage;
        }
    }

    /** Parses a report; never fails, an unreadable report gives an empty one. */
    public DeliveryStatus parse(CharSequence content) {
        FieldReader reader = new FieldReader(content);
        DeliveryStatus.Builder report = DeliveryStatus.builder();
        DeliveryStatus.RecipientBuilder current = null;
        boolean outcomeAfterRecipient = false;
        int recipients = 0;
        while (reader.advance()) {
            if (reader.atBlankLine()) {
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
            Known name = Known.of(reader);
            if (name.isPerMessage()) {
                perMessage(report, name, reader.value());
                continue;
            }
            if (current != null && startsNewGroup(current, name, outcomeAfterRecipient)) {
                report.addRecipient(current.build());
                recipients++;
                current = null;
            }
            if (current == null) {
                if (name == Known.EXTENSION) {
                    // an extension field of the per-message group (X-Postfix-Sender, ...)
                    continue;
                }
                current = new DeliveryStatus.RecipientBuilder();
                outcomeAfterRecipient = false;
            }
            if ((name == Known.ACTION || name == Known.STATUS)
                    && (current.hasFinalRecipient() || current.hasOriginalRecipient())) {
                outcomeAfterRecipient = true;
            }
            perRecipient(current, name, reader);
        }
        if (current != null && !current.isEmpty() && recipients < MAX_RECIPIENTS) {
            report.addRecipient(current.build());
        }
        return report.build();
    }

    private static void perMessage(DeliveryStatus.Builder report, Known name, String value) {
        switch (name) {
            case REPORTING_MTA -> MtaName.parse(value).ifPresent(report::reportingMta);
            case DSN_GATEWAY -> MtaName.parse(value).ifPresent(report::dsnGateway);
            case RECEIVED_FROM_MTA -> MtaName.parse(value).ifPresent(report::receivedFromMta);
            case ORIGINAL_ENVELOPE_ID -> nonBlank(value, report::originalEnvelopeId);
            case ARRIVAL_DATE -> nonBlank(value, report::arrivalDate);
            default -> {
                // not a per-message field: told apart by the caller
            }
        }
    }

    /**
     * Without a blank line between groups, a recipient field that the current group already has,
     * or that follows an Action or Status written after the group's recipient, starts the next
     * group. An Action or Status written before the recipient fields (Amazon WorkMail and Amazon
     * SES write Action first) belongs with them.
     */
    private static boolean startsNewGroup(DeliveryStatus.RecipientBuilder current, Known name,
                                          boolean outcomeAfterRecipient) {
        return switch (name) {
            case ORIGINAL_RECIPIENT -> current.hasOriginalRecipient() || outcomeAfterRecipient;
            case FINAL_RECIPIENT -> current.hasFinalRecipient() || outcomeAfterRecipient;
            default -> false;
        };
    }

    private static void perRecipient(DeliveryStatus.RecipientBuilder r, Known name, FieldReader field) {
        switch (name) {
            case ORIGINAL_RECIPIENT -> TypedAddress.parse(field.value()).ifPresent(r::originalRecipient);
            case FINAL_RECIPIENT -> TypedAddress.parse(field.value()).ifPresent(r::finalRecipient);
            case ACTION -> Action.parse(field.value()).ifPresent(r::action);
            case STATUS -> nonBlank(field.value(), r::status);
            case REMOTE_MTA -> MtaName.parse(field.value()).ifPresent(r::remoteMta);
            case DIAGNOSTIC_CODE -> DiagnosticCode.parse(field.value()).ifPresent(r::diagnosticCode);
            case LAST_ATTEMPT_DATE -> nonBlank(field.value(), r::lastAttemptDate);
            case FINAL_LOG_ID -> nonBlank(field.value(), r::finalLogId);
            case WILL_RETRY_UNTIL -> nonBlank(field.value(), r::willRetryUntil);
            case X_ACTUAL_RECIPIENT, EXTENSION -> {
                if (r.extensionCount() < MAX_EXTENSIONS) {
                    String value = field.value();
                    if (!value.isBlank()) {
                        r.extension(field.name().toLowerCase(Locale.ROOT), value.strip());
                    }
                }
            }
            default -> {
                // per-message fields are taken before a group is looked at
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
