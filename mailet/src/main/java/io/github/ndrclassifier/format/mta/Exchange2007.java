package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Microsoft Exchange Server 2007 and later (on premises): {@code Delivery has failed to these
 * recipients or distribution lists:} and {@code Sent by Microsoft Exchange Server} (2013 and
 * later mark it with the header {@code X-MS-Exchange-Message-Is-Ndr}), with the
 * replies in {@link ExchangeDiagnostics}.
 */
public final class Exchange2007 implements FormatRecognizer {
    private static final NormalizedPhrase SENT_BY = NormalizedPhrase.of("sent by microsoft exchange server");
    private static final NormalizedPhrase FAILED = NormalizedPhrase.of("delivery has failed to these recipients or");
    private static final NormalizedPhrase EXCHANGE = NormalizedPhrase.of("microsoft exchange");

    @Override
    public String name() {
        return "exchange2007";
    }

    @Override
    public boolean matches(MessageView message) {
        if (message.hasHeader("X-MS-Exchange-Message-Is-Ndr")) {
            return true;
        }
        return message.bodyContains(SENT_BY)
                || message.bodyContains(FAILED) && message.bodyContains(EXCHANGE);
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
