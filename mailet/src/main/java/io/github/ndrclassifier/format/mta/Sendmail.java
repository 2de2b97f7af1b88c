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
 * Sendmail's bounces ({@code Returned mail: see transcript for details}, from the
 * {@code Mail Delivery Subsystem}): the failed-address list and the session transcript (see
 * {@link SendmailTranscript}), usually beside a delivery-status part whose diagnostic they
 * complete with the SMTP command, the remote host, and the reply where the report holds only a
 * local program's exit code.
 */
public final class Sendmail implements FormatRecognizer {
    private static final NormalizedPhrase TRANSIENT = NormalizedPhrase.of(
        "----- the following addresses had transient non-fatal errors -----");
    private static final List<NormalizedPhrase> BODY_MARKERS = List.of(
        NormalizedPhrase.of("----- transcript of session follows -----"),
        NormalizedPhrase.of("----- the following addresses had permanent fatal errors -----"), TRANSIENT);
    private static final NormalizedPhrase WARNING = NormalizedPhrase.of("this is a warning message only");

    @Override
    public String name() {
        return "sendmail";
    }

    @Override
    public boolean matches(MessageView message) {
        String subject = message.subject();
        if (subject.startsWith("returned mail:") || subject.startsWith("postmaster notify:")
                || subject.startsWith("warning: could not send message for past")) {
            return true;
        }
        return message.bodyContainsAny(BODY_MARKERS);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = SendmailTranscript.read(message.body(), isWarning(message)).recipients();
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return refineWith(SendmailTranscript.read(message.body(), isWarning(message)), fromReport);
    }

    /**
     * Merges the text into the report; a failure reply that names no address (a warning's
     * {@code 451 4.0.0 Operating system error}) completes the report's only recipient.
     */
    static List<RecipientFacts> refineWith(SendmailTranscript.Result text, List<RecipientFacts> fromReport) {
        if (text.recipients().isEmpty() && text.looseReply().isPresent() && fromReport.size() == 1) {
            return Refinement.merge(fromReport, List.of(RecipientFacts.builder(fromReport.get(0).address())
                    .diagnostic(text.looseReply().get()).build()));
        }
        return Refinement.merge(fromReport, text.recipients());
    }

    static boolean isWarning(MessageView message) {
        return message.subject().startsWith("warning:") || message.bodyContains(WARNING)
                || message.bodyContains(TRANSIENT);
    }
}
