package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;

/**
 * Active!hunter's bounces (header {@code X-AHMAILID}, subject {@code FAILURE NOTICE :}): Sendmail's
 * layout, with each failed address written {@code >>> rcpt <rcpt>} and the remote reply alone
 * on the transcript's line.
 */
public final class ActiveHunter implements FormatRecognizer {
    @Override
    public String name() {
        return "activehunter";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.hasHeader("X-AHMAILID") || message.subject().startsWith("failure notice :");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        SendmailTranscript.Result text = SendmailTranscript.read(message.body(), false);
        List<RecipientFacts> facts = text.recipients().stream()
                .map(f -> f.diagnostic().isPresent() || text.looseReply().isEmpty() ? f
                        : f.toBuilder().diagnostic(text.looseReply().get()).build())
                .toList();
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return Sendmail.refineWith(SendmailTranscript.read(message.body(), false), fromReport);
    }
}
