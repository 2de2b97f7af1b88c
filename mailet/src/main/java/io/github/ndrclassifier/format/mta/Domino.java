package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.format.TextReportRecognizer;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * IBM (Lotus) Domino's notices (subject {@code DELIVERY FAILURE: ...}): {@code Your message ...
 * was not delivered to:} and the addresses, then {@code because:} and the reason.
 */
public final class Domino extends TextReportRecognizer {
    private static final String TO = "was not delivered to:";
    private static final String BECAUSE = "because:";
    private static final NormalizedPhrase TO_PHRASE = NormalizedPhrase.of(TO);
    private static final NormalizedPhrase BECAUSE_PHRASE = NormalizedPhrase.of(BECAUSE);

    @Override
    public String name() {
        return "domino";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(TO_PHRASE) && message.bodyContains(BECAUSE_PHRASE);
    }

    @Override
    protected List<RecipientFacts> recipients(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<String> addresses = new ArrayList<>();
        List<String> reason = new ArrayList<>();
        int state = 0;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.endsWith(TO)) {
                state = 1;
            } else if (state == 1 && lower.equals(BECAUSE)) {
                state = 2;
            } else if (state == 1 && !line.isEmpty()) {
                SmtpText.address(line).filter(SmtpText::isAddress).ifPresent(addresses::add);
            } else if (state == 2 && !line.isEmpty()) {
                reason.add(line);
            } else if (state == 2 && !reason.isEmpty()) {
                break;
            }
        }
        String diagnostic = SmtpText.join("", reason);
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(diagnostic).build());
        }
        return facts;
    }
}
