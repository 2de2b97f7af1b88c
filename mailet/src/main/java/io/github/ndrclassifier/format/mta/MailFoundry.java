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
 * MailFoundry's bounces ({@code Message delivery has failed}): {@code Unable to deliver message
 * to: <rcpt>}, {@code Delivery failed for the following reason:} and the remote host's reply,
 * {@code Server mx[ip] failed with: 550 ...} or {@code mx[ip] responded with failure: 552 ...}.
 */
public final class MailFoundry implements FormatRecognizer {
    private static final String UNABLE = "unable to deliver message to:";
    private static final String REASON = "delivery failed for the following reason:";
    private static final NormalizedPhrase UNABLE_PHRASE = NormalizedPhrase.of(UNABLE);
    private static final NormalizedPhrase REASON_PHRASE = NormalizedPhrase.of(REASON);

    @Override
    public String name() {
        return "mailfoundry";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(UNABLE_PHRASE) && message.bodyContains(REASON_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<RecipientFacts> facts = new ArrayList<>();
        String address = null;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith(UNABLE)) {
                address = SmtpText.address(line).filter(SmtpText::isAddress).orElse(null);
            } else if (lower.startsWith(REASON) && address != null) {
                List<String> reason = new ArrayList<>();
                while (lines.hasNext() && !lines.peek().isBlank()) {
                    reason.add(lines.next());
                }
                facts.add(fromReason(address, SmtpText.join("", reason)));
                address = null;
            }
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    static RecipientFacts fromReason(String address, String reason) {
        RecipientFacts.Builder facts = RecipientFacts.builder(address).action(Action.FAILED);
        String lower = reason.toLowerCase(Locale.ROOT);
        int host = lower.startsWith("server ") ? 7 : 0;
        if (lower.contains(" failed with: ") || lower.contains(" responded with failure: ")) {
            SmtpText.hostAt(reason, host).ifPresent(facts::remoteMta);
        }
        int reply = SmtpText.replyStart(reason);
        return reply >= 0 ? facts.diagnosticType("SMTP").diagnostic(reason.substring(reply)).build()
                : facts.diagnostic(reason).build();
    }
}
