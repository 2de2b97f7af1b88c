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
 * MailMarshal's bounces ({@code Undeliverable Mail: "subject"}): {@code Could not be delivered
 * because of} and the reason, then {@code The following recipients were affected:} and the
 * addresses, indented; the {@code Additional Information} block names the {@code Remote-MTA}.
 */
public final class MailMarshal implements FormatRecognizer {
    private static final String BECAUSE = "could not be delivered because of";
    private static final String AFFECTED = "the following recipients were affected:";
    private static final NormalizedPhrase BECAUSE_PHRASE = NormalizedPhrase.of(BECAUSE);
    private static final NormalizedPhrase AFFECTED_PHRASE = NormalizedPhrase.of(AFFECTED);

    @Override
    public String name() {
        return "mailmarshal";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(BECAUSE_PHRASE) && message.bodyContains(AFFECTED_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<String> reason = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        String remote = null;
        int state = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(BECAUSE)) {
                state = 1;
            } else if (lower.startsWith(AFFECTED)) {
                state = 2;
            } else if (lower.startsWith("additional information")) {
                state = 3;
            } else if (state == 1 && !lower.isEmpty()) {
                reason.add(line);
            } else if (state == 2 && !lower.isEmpty()) {
                SmtpText.address(line).filter(SmtpText::isAddress).ifPresent(addresses::add);
            } else if (state == 3 && lower.startsWith("remote-mta:")) {
                remote = SmtpText.hostAt(line.strip().substring(11).strip().replace("<", "").replace(">", ""), 0)
                        .orElse(null);
            }
        }
        String diagnostic = SmtpText.join("", reason);
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(diagnostic).remoteMta(remote)
                    .build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
