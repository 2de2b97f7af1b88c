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
 * BIGLOBE's bounces: {@code ----- The following addresses had delivery problems -----} and the
 * addresses, then {@code ----- Non-delivered information -----} and the reason.
 */
public final class Biglobe implements FormatRecognizer {
    private static final String ADDRESSES = "----- the following addresses had delivery problems -----";
    private static final String INFORMATION = "----- non-delivered information -----";
    private static final NormalizedPhrase ADDRESSES_PHRASE = NormalizedPhrase.of(ADDRESSES);
    private static final NormalizedPhrase INFORMATION_PHRASE = NormalizedPhrase.of(INFORMATION);

    @Override
    public String name() {
        return "biglobe";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(ADDRESSES_PHRASE) && message.bodyContains(INFORMATION_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<String> addresses = new ArrayList<>();
        List<String> reason = new ArrayList<>();
        int state = 0;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith(ADDRESSES)) {
                state = 1;
            } else if (lower.startsWith(INFORMATION)) {
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
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
