package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.Refinement;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.format.TextReportRecognizer;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * OpenSMTPD's bounces and delay notices ({@code This is the MAILER-DAEMON, please DO NOT REPLY
 * to this e-mail.}): after {@code ... for the following list of recipients:}, one line per
 * recipient, {@code rcpt: 550 5.1.1 ...} or OpenSMTPD's own error, up to a blank line.
 * {@code Envelope expired} is OpenSMTPD giving up on the message: the envelope is removed from
 * the queue, so the failure is final even when the notice is worded as a delay.
 */
public final class OpenSmtpd extends TextReportRecognizer {
    private static final String LIST = "for the following list of recipients:";
    private static final NormalizedPhrase DAEMON = NormalizedPhrase.of("this is the mailer-daemon, please do not reply to this e");
    private static final NormalizedPhrase LIST_PHRASE = NormalizedPhrase.of(LIST);
    private static final String EXPIRED = "envelope expired";
    private static final String EXPIRED_STATUS = "5.4.7";
    private static final int MAX_RECIPIENTS = 100;

    @Override
    public String name() {
        return "opensmtpd";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(DAEMON) && message.bodyContains(LIST_PHRASE);
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        List<RecipientFacts> text = recipients(message);
        List<RecipientFacts> merged = Refinement.merge(fromReport, text);
        List<RecipientFacts> out = new ArrayList<>(merged.size());
        for (RecipientFacts facts : merged) {
            out.add(isExpiry(facts) ? expired(facts.toBuilder()).build() : facts);
        }
        return out;
    }

    @Override
    protected List<RecipientFacts> recipients(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        boolean delayed = false;
        while (lines.hasNext()) {
            String lower = lines.next().strip().toLowerCase(Locale.ROOT);
            if (lower.contains("is delayed for more than")) {
                delayed = true;
            }
            if (lower.endsWith("list of recipients:")) {
                break;
            }
        }
        List<RecipientFacts> facts = new ArrayList<>();
        lines.skipBlank();
        while (lines.hasNext() && !lines.peek().isBlank() && facts.size() < MAX_RECIPIENTS) {
            String line = lines.next().strip();
            int colon = line.indexOf(": ");
            if (colon <= 0 || !SmtpText.isAddress(line.substring(0, colon))) {
                continue;
            }
            facts.add(fromLine(line.substring(0, colon), line.substring(colon + 2).strip(), delayed));
        }
        return facts;
    }

    static RecipientFacts fromLine(String address, String text, boolean delayed) {
        RecipientFacts.Builder facts = RecipientFacts.builder(address).action(delayed ? Action.DELAYED : Action.FAILED)
                .diagnostic(text);
        if (SmtpText.startsWithFailureReply(text)) {
            facts.diagnosticType("SMTP");
        }
        if (text.toLowerCase(Locale.ROOT).startsWith(EXPIRED)) {
            expired(facts);
        }
        return facts.build();
    }

    private static boolean isExpiry(RecipientFacts facts) {
        return facts.diagnostic().filter(d -> d.toLowerCase(Locale.ROOT).startsWith(EXPIRED)).isPresent();
    }

    private static RecipientFacts.Builder expired(RecipientFacts.Builder facts) {
        return facts.action(Action.FAILED).status(EXPIRED_STATUS).reasonHint(Reason.EXPIRED);
    }
}
