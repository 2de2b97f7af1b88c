package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * An unnamed qmail-based MTA of large web-mail providers: {@code Message from example.com.} and
 * {@code Unable to deliver message to the following address(es).}, then qmail's recipient
 * paragraphs (see {@link QmailParagraphs}) and {@code --- Original message follows.}.
 */
public final class X2 implements FormatRecognizer {
    private static final NormalizedPhrase FROM = NormalizedPhrase.of("message from ");
    private static final NormalizedPhrase UNABLE = NormalizedPhrase.of("unable to deliver message to the following address(es).");

    @Override
    public String name() {
        return "x2";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyStartsWith(FROM) && message.bodyContains(UNABLE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = QmailParagraphs.read(message.body());
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
