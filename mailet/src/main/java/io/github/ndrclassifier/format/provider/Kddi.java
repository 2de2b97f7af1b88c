package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.report.Reason;

/**
 * KDDI's au one net ({@code no-reply@...dion.ne.jp}, replies to {@code no-reply@app.auone-net.jp}):
 * a Japanese notice, then "Your mail sent on: ...", "Could not be delivered to: &lt;address&gt;" and
 * one of a few fixed English sentences that state the reason ("As their mailbox is full.", "As
 * the remote domain doesnt exist.", or "Due to the following SMTP relay error" and the reply).
 */
public final class Kddi implements FormatRecognizer {
    private static final String RECIPIENT = "Could not be delivered to:";
    /** KDDI's fixed sentences and the reason each states. */
    private static final Object[][] SENTENCES = {{"As their mailbox is full", Reason.MAILBOXFULL},
        {"As the remote domain doesnt exist", Reason.HOSTUNKNOWN}};
    private static final int MAX_LINES = 10;

    @Override
    public String name() {
        return "kddi";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("no-reply@") && from.contains(".dion.ne.jp")
                || message.header("Reply-To").orElse("").contains("no-reply@app.auone-net.jp");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        List<RecipientFacts> recipients = new ArrayList<>();
        for (int i = ReportText.find(lines, 0, RECIPIENT); i >= 0; i = ReportText.find(lines, i + 1, RECIPIENT)) {
            Optional<String> address = ReportText.address(lines.get(i));
            if (address.isEmpty()) {
                continue;
            }
            String reason = ReportText.paragraph(lines, i + 1, MAX_LINES);
            recipients.add(RecipientFacts.builder(address.get())
                    .action(Action.FAILED)
                    .diagnostic(reason)
                    .reasonHint(stated(reason))
                    .build());
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    private static Reason stated(String text) {
        for (Object[] sentence : SENTENCES) {
            if (ReportText.contains(text, (String) sentence[0])) {
                return (Reason) sentence[1];
            }
        }
        return null;
    }
}
