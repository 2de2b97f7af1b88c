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
 * Sun/Oracle Communications Messaging Server's (formerly PMDF's) notices: {@code This report
 * relates to a message you sent with the following header fields:}, then per recipient the
 * indented fields {@code Recipient address:}, {@code Original address:}, {@code Reason:},
 * {@code Diagnostic code: smtp; 550 ...} and {@code Remote system: dns; host (...)}.
 */
public final class MessagingServer extends TextReportRecognizer {
    private static final NormalizedPhrase MARKER = NormalizedPhrase.of("this report relates to a message you sent with the following header fields");

    @Override
    public String name() {
        return "messagingserver";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(MARKER);
    }

    @Override
    protected List<RecipientFacts> recipients(MessageView message) {
        boolean delayed = message.subject().contains("delivery is delayed") || message.subject().contains("delayed");
        LineCursor lines = LineCursor.of(message.body());
        List<RecipientFacts> facts = new ArrayList<>();
        RecipientFacts.Builder current = null;
        String reason = null;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("recipient address:")) {
                add(facts, current, reason);
                reason = null;
                String value = line.substring(18).strip();
                current = value.indexOf('@') >= 0
                        ? RecipientFacts.builder(value).action(delayed ? Action.DELAYED : Action.FAILED) : null;
            } else if (current == null) {
                continue;
            } else if (lower.startsWith("original address:")) {
                String original = line.substring(17).strip();
                current.originalRecipient(original);
                if (SmtpText.isAddress(original)) {
                    current.address(original);
                }
            } else if (lower.startsWith("reason:")) {
                reason = line.substring(7).strip();
            } else if (lower.startsWith("diagnostic code:")) {
                String value = line.substring(16).strip();
                int semicolon = value.indexOf(';');
                current.diagnosticType(semicolon > 0 ? value.substring(0, semicolon).strip() : null)
                        .diagnostic(semicolon > 0 ? value.substring(semicolon + 1).strip() : value);
            } else if (lower.startsWith("remote system:")) {
                String value = line.substring(14).strip();
                int semicolon = value.indexOf(';');
                SmtpText.hostAt(semicolon >= 0 ? value.substring(semicolon + 1) : value, 0).ifPresent(current::remoteMta);
            } else if (line.isEmpty()) {
                add(facts, current, reason);
                current = null;
                reason = null;
            }
        }
        add(facts, current, reason);
        return facts;
    }

    private static void add(List<RecipientFacts> facts, RecipientFacts.Builder current, String reason) {
        if (current == null) {
            return;
        }
        if (!current.hasDiagnostic() && reason != null) {
            current.diagnostic(reason);
        }
        facts.add(current.build());
    }
}
