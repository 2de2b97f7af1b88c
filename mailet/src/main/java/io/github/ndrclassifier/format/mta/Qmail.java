package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.Refinement;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * qmail's bounces ({@code Hi. This is the qmail-send program at ...}, subject
 * {@code failure notice}), read as {@link QmailParagraphs}.
 */
public final class Qmail implements FormatRecognizer {
    private static final List<NormalizedPhrase> MARKERS = NormalizedPhrase.list("this is the qmail-send program",
        "this is the qmail program", "i'm afraid i wasn't able to deliver your message to the following addresses");

    @Override
    public String name() {
        return "qmail";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContainsAny(MARKERS);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = QmailParagraphs.read(message.body());
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return Refinement.merge(fromReport, QmailParagraphs.read(message.body()));
    }
}
