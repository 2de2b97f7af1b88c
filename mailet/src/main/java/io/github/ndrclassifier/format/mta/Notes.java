package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
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
 * Lotus Notes' SMTP MTA notices ({@code Undeliverable message}): between
 * {@code ------- Failure Reasons --------} and {@code ------- Returned Message --------}, the
 * reason and the address it applies to.
 */
public final class Notes implements FormatRecognizer {
    private static final String REASONS = "------- failure reasons";
    private static final NormalizedPhrase REASONS_PHRASE = NormalizedPhrase.of(REASONS);
    private static final String RETURNED = "------- returned message";

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(REASONS_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        if (!lines.skipPast(REASONS)) {
            return Optional.empty();
        }
        List<String> reason = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next().strip();
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith(RETURNED)) {
                break;
            }
            if (SmtpText.isAddress(line)) {
                addresses.add(line);
            } else if (!line.isEmpty()) {
                reason.add(line);
            }
        }
        String diagnostic = SmtpText.join("", reason);
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(diagnostic).build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
