package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Apache James's bounces (its Bounce mailet's notice): {@code Error message below:} and the
 * remote reply, then {@code Message details:} with the envelope, whose {@code RCPT TO:} lines
 * name the recipients.
 */
public final class ApacheJames implements FormatRecognizer {
    private static final String ERROR = "error message below:";
    private static final String DETAILS = "message details:";
    private static final NormalizedPhrase ERROR_PHRASE = NormalizedPhrase.of(ERROR);
    private static final NormalizedPhrase DETAILS_PHRASE = NormalizedPhrase.of(DETAILS);

    @Override
    public String name() {
        return "apachejames";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(ERROR_PHRASE) && message.bodyContains(DETAILS_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<String> error = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        int state = 0;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith(ERROR)) {
                state = 1;
            } else if (lower.startsWith(DETAILS)) {
                state = 2;
            } else if (state == 1 && !line.isEmpty()) {
                error.add(line);
            } else if (state == 2 && lower.startsWith("rcpt to:")) {
                SmtpText.address(line.substring(8)).filter(SmtpText::isAddress).ifPresent(addresses::add);
            } else if (state == 2 && line.isEmpty()) {
                break;
            }
        }
        String diagnostic = SmtpText.join("", error);
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(diagnostic).build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
