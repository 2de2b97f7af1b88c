package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Sendmail version 5's bounces: a plain-text transcript ({@code ----- Transcript of session
 * follows -----}) followed by {@code ----- Unsent message follows -----} and the returned
 * message. Its subject {@code Returned mail: Cannot send message for N days} is Sendmail's own
 * notice that the message stayed in the queue too long.
 */
public final class V5sendmail implements FormatRecognizer {
    private static final NormalizedPhrase TRANSCRIPT = NormalizedPhrase.of("----- transcript of session follows -----");
    private static final NormalizedPhrase UNSENT = NormalizedPhrase.of("----- unsent message follows -----");

    @Override
    public String name() {
        return "v5sendmail";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(TRANSCRIPT) && message.bodyContains(UNSENT);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = SendmailTranscript.read(message.body(), Sendmail.isWarning(message)).recipients();
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        if (message.subject().startsWith("returned mail: cannot send message for")) {
            facts = facts.stream().map(f -> f.toBuilder().reasonHint(Reason.EXPIRED).build()).toList();
        }
        return Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
