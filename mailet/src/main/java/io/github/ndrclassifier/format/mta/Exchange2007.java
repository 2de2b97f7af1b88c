package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;

/**
 * Microsoft Exchange Server 2007 and later (on premises): {@code Delivery has failed to these
 * recipients or distribution lists:} and {@code Sent by Microsoft Exchange Server} (2013 and
 * later mark it with the header {@code X-MS-Exchange-Message-Is-Ndr}), with the
 * replies in {@link ExchangeDiagnostics}.
 */
public final class Exchange2007 implements FormatRecognizer {
    @Override
    public String name() {
        return "exchange2007";
    }

    @Override
    public boolean matches(MessageView message) {
        if (message.hasHeader("X-MS-Exchange-Message-Is-Ndr")) {
            return true;
        }
        String body = message.normalizedBody();
        return body.contains("sent by microsoft exchange server")
                || body.contains("delivery has failed to these recipients or") && body.contains("microsoft exchange");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = ExchangeDiagnostics.read(message.body()).stream()
                .map(f -> f.toBuilder().action(Action.FAILED).build()).toList();
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return ExchangeDiagnostics.refine(fromReport, ExchangeDiagnostics.read(message.body()));
    }
}
