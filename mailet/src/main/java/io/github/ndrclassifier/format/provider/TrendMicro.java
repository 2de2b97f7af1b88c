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
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Trend Micro InterScan Messaging Security Suite ("InterScan MSS", "Message from InterScan
 * Messaging Security Suite"): either the SMTP exchange ("Sent &lt;&lt;&lt; RCPT TO:&lt;address&gt;",
 * "Received &gt;&gt;&gt; 550 ...") or its own verdict "Unable to deliver message to &lt;address&gt;
 * (and other recipients in the same domain).", which InterScan writes when the next hop refused
 * the recipients it relayed for that domain: the addresses are wrong ("Please check if address is
 * correct"), a missing mailbox.
 */
public final class TrendMicro implements FormatRecognizer {
    private static final NormalizedPhrase PRODUCT = NormalizedPhrase.of("interscan messaging security");
    private static final String SENT = "Sent <<<";
    private static final String RECEIVED = "Received >>>";
    private static final String UNABLE = "Unable to deliver message to";
    private static final int MAX_RECIPIENTS = 100;

    @Override
    public String name() {
        return "trendmicro";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.from().contains("interscan") || message.bodyContains(PRODUCT);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        List<RecipientFacts> recipients = new ArrayList<>();
        for (int i = 0; i < lines.size() && recipients.size() < MAX_RECIPIENTS; i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(SENT) && ReportText.contains(line, "RCPT TO")) {
                int reply = i + 1 < lines.size() && lines.get(i + 1).strip().startsWith(RECEIVED) ? i + 1 : -1;
                String text = reply < 0 ? null : lines.get(reply).strip().substring(RECEIVED.length()).strip();
                int index = i;
                ReportText.address(line).ifPresent(a -> recipients.add(RecipientFacts.builder(a)
                        .action(Action.FAILED)
                        .diagnostic(text)
                        .command(ReportText.smtpCommand(lines.get(index)).orElse(null))
                        .build()));
            } else if (ReportText.contains(line, UNABLE)) {
                String sentence = ReportText.after(line, "Reason:");
                ReportText.address(line).ifPresent(a -> recipients.add(RecipientFacts.builder(a)
                        .action(Action.FAILED)
                        .diagnostic(sentence.isEmpty() ? line : sentence)
                        .reasonHint(Reason.USERUNKNOWN)
                        .build()));
            }
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }
}
