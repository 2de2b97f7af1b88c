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
 * An unnamed MTA ({@code From: "Mail Deliver System" <MAILER-DAEMON>}, subject
 * {@code Returned Mail: ...}): after {@code ---The following addresses had delivery errors---},
 * one line per recipient, the address and the error in brackets ({@code rcpt [User unknown]}).
 */
public final class X1 implements FormatRecognizer {
    private static final String LIST = "---the following addresses had delivery errors---";
    private static final NormalizedPhrase LIST_PHRASE = NormalizedPhrase.of(LIST);

    @Override
    public String name() {
        return "x1";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(LIST_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        if (!lines.skipPast(LIST)) {
            return Optional.empty();
        }
        lines.skipBlank();
        List<RecipientFacts> facts = new ArrayList<>();
        while (lines.hasNext() && !lines.peek().isBlank()) {
            String line = lines.next().strip();
            int open = line.indexOf(" [");
            String address = open < 0 ? line : line.substring(0, open);
            if (!SmtpText.isAddress(address)) {
                continue;
            }
            int close = line.lastIndexOf(']');
            String error = open < 0 || close < open ? null : line.substring(open + 2, close);
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(error).build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
