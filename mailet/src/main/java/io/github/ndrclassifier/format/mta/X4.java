package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * An unnamed qmail derivative of hosting providers: {@code Your mail message to the following
 * address(es) could not be delivered.}, then qmail's recipient paragraphs (see
 * {@link QmailParagraphs}), where a local delivery's failure reads {@code child status 100...}.
 */
public final class X4 implements FormatRecognizer {
    private static final NormalizedPhrase UNDELIVERED =
        NormalizedPhrase.of("your mail message to the following address(es) could not be delivered");
    private static final NormalizedPhrase COPY = NormalizedPhrase.of("--- below this line is a copy of the message");

    @Override
    public String name() {
        return "x4";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyStartsWith(UNDELIVERED) && message.bodyContains(COPY);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = QmailParagraphs.read(message.body());
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
