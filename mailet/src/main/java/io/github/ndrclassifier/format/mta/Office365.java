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
 * Microsoft 365 (Office 365, Exchange Online) non-delivery reports, which name
 * {@code Office 365} or {@code Microsoft 365}: Exchange's {@code Diagnostic information for
 * administrators:}, whose replies
 * ({@code Remote Server returned '550 5.1.10 ...'}) {@link ExchangeDiagnostics} reads.
 */
public final class Office365 implements FormatRecognizer {
    private static final List<NormalizedPhrase> NAMES = NormalizedPhrase.list("office 365", "microsoft 365");

    @Override
    public String name() {
        return "office365";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContainsAny(NAMES);
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
