package io.github.ndrclassifier.classify;

import java.util.ArrayList;
import java.util.List;

import io.github.ndrclassifier.dsn.DeliveryStatus;
import io.github.ndrclassifier.dsn.DeliveryStatusParser;
import io.github.ndrclassifier.dsn.PerRecipientFields;
import io.github.ndrclassifier.dsn.TypedAddress;
import io.github.ndrclassifier.mime.Part;

/** Turns the per-recipient groups of a delivery-status part into recipient facts. */
public final class DsnReader {
    private static final DeliveryStatusParser PARSER = new DeliveryStatusParser();

    private DsnReader() {
    }

    public static DeliveryStatus parse(CharSequence content) {
        return PARSER.parse(content);
    }

    /**
     * Parses the delivery-status parts of one message as one report: the per-message fields of
     * the first part that has them, the recipient groups of all parts in order.
     */
    public static DeliveryStatus parse(List<Part> statusParts) {
        if (statusParts.size() == 1) {
            return parse(statusParts.get(0).text());
        }
        StringBuilder joined = new StringBuilder();
        for (Part part : statusParts) {
            joined.append(part.text()).append("\n\n");
        }
        return parse(joined);
    }

    /** One fact set per group that names a recipient, in the report's order. */
    public static List<RecipientFacts> facts(DeliveryStatus status) {
        List<RecipientFacts> facts = new ArrayList<>(status.recipients().size());
        for (PerRecipientFields group : status.recipients()) {
            String address = group.recipient().map(TypedAddress::address)
                    .or(() -> group.extension("x-actual-recipient").flatMap(TypedAddress::parse).map(TypedAddress::address))
                    .orElse(null);
            if (address == null) {
                continue;
            }
            facts.add(RecipientFacts.builder(address)
                    .originalRecipient(group.originalRecipient().map(TypedAddress::address).orElse(null))
                    .action(group.action().orElse(null))
                    .status(group.status().orElse(null))
                    .diagnosticType(group.diagnosticCode().map(d -> d.type()).orElse(null))
                    .diagnostic(group.diagnosticCode().map(d -> d.text()).orElse(null))
                    .remoteMta(group.remoteMta().map(m -> m.host()).orElse(null))
                    .lastAttemptDate(group.lastAttemptDate().orElse(null))
                    .willRetryUntil(group.willRetryUntil().orElse(null))
                    .build());
        }
        return facts;
    }
}
