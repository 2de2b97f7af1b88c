package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.format.TextReportRecognizer;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * The Courier mail server's notices ({@code This is a delivery status notification from ...,
 * running the Courier mail server}): under {@code UNDELIVERABLE MAIL} (or {@code DELAYED MAIL}),
 * each {@code <rcpt>:} with the host on the next line and the dialogue ({@code >>> DATA},
 * {@code <<< 550 ...}) below.
 */
public final class Courier extends TextReportRecognizer {
    private static final NormalizedPhrase MARKER = NormalizedPhrase.of("running the courier mail server");
    private static final NormalizedPhrase DELAYED = NormalizedPhrase.of("delayed mail");

    @Override
    public String name() {
        return "courier";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(MARKER);
    }

    @Override
    protected List<RecipientFacts> recipients(MessageView message) {
        boolean delayed = message.bodyContains(DELAYED);
        LineCursor lines = LineCursor.of(message.body());
        List<RecipientFacts> facts = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.startsWith("<") || !line.strip().endsWith(">:")) {
                continue;
            }
            Optional<String> address = SmtpText.address(line).filter(SmtpText::isAddress);
            if (address.isEmpty()) {
                continue;
            }
            RecipientFacts.Builder builder = RecipientFacts.builder(address.get())
                    .action(delayed ? Action.DELAYED : Action.FAILED);
            List<String> reply = new ArrayList<>();
            String command = null;
            while (lines.hasNext() && !lines.peek().isBlank() && !lines.peek().startsWith("---")
                    && !(lines.peek().startsWith("<") && !lines.peek().startsWith("<<<"))) {
                String next = lines.next();
                String text = next.strip();
                if (text.startsWith(">>> ")) {
                    command = text.substring(4);
                } else if (text.startsWith("<<< ")) {
                    reply.add(text.substring(4));
                } else if (Character.isWhitespace(next.charAt(0)) && text.endsWith(":") && reply.isEmpty()) {
                    SmtpText.hostAt(text, 0).ifPresent(builder::remoteMta);
                } else {
                    reply.add(text);
                }
            }
            if (command != null) {
                SmtpText.commandAt(command.toLowerCase(Locale.ROOT), 0).ifPresent(builder::command);
            }
            facts.add(builder.diagnostic(SmtpText.join("", reply)).build());
        }
        return facts;
    }
}
