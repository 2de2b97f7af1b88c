package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.Refinement;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.report.Reason;

/**
 * KDDI's au (EZweb) mobile mail ({@code Postmaster@ezweb.ne.jp}, {@code Postmaster@au.com}),
 * "Mail System Error - Returned Mail": a Japanese notice, one of EZweb's fixed English sentences
 * and the recipients, either as {@code <address>} (optionally followed by ": " and the reply) or
 * as "Recipient: &lt;address&gt;" followed by the SMTP exchange ({@code >>> RCPT TO:...},
 * {@code <<< 550 ...}). The sentences about a disabled or limited account, a full mailbox and a
 * delivery that took too long state the reason. A recipient "rejected by a remote mail server"
 * with no reply quoted was refused by the reception filter au mailboxes set (the domain and
 * address filters): EZweb names no other cause that way.
 */
public final class Ezweb implements FormatRecognizer {
    private static final String[] SENTENCES = {"The user(s) account is disabled",
        "The user(s) account is temporarily limited", "The user(s) account is temporarily over quota",
        "Your message was not delivered within", "Each of the following recipients was rejected by a remote",
        "The following recipients did not receive this message"};
    /** The fixed sentences that state the reason. */
    private static final Object[][] REASONS = {{"The user(s) account is disabled", Reason.SUSPEND},
        {"The user(s) account is temporarily limited", Reason.SUSPEND},
        {"The user(s) account is temporarily over quota", Reason.MAILBOXFULL},
        {"Your message was not delivered within", Reason.EXPIRED}};
    /** The sentence of a refusal, which names the cause only by quoting the remote server's reply. */
    private static final String REJECTED = "Each of the following recipients was rejected by a remote";
    private static final int MAX_RECIPIENTS = 100;

    @Override
    public String name() {
        return "ezweb";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("postmaster@ezweb.ne.jp") || from.contains("postmaster@au.com");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> recipients = recipients(ReportText.lines(message.body()));
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return Refinement.merge(fromReport, recipients(ReportText.lines(message.body())));
    }

    private static List<RecipientFacts> recipients(List<String> lines) {
        int end = separator(lines);
        String sentence = sentence(lines.subList(0, end));
        Reason stated = stated(sentence);
        List<RecipientFacts> recipients = new ArrayList<>();
        for (int i = 0; i < end && recipients.size() < MAX_RECIPIENTS; i++) {
            String line = lines.get(i).strip();
            boolean listed = line.startsWith("<") && !line.startsWith("<<<") && line.indexOf('@') > 0;
            boolean labelled = line.regionMatches(true, 0, "Recipient:", 0, 10);
            if (!listed && !labelled) {
                continue;
            }
            Optional<String> address = ReportText.address(line);
            if (address.isEmpty()) {
                continue;
            }
            String reply = listed ? ReportText.after(line, ">:") : "";
            String command = null;
            int j = i + 1;
            while (labelled && j < end && isExchange(lines.get(j))) {
                String exchange = lines.get(j).strip();
                if (exchange.startsWith(">>>")) {
                    command = ReportText.smtpCommand(exchange).orElse(command);
                } else {
                    reply = exchange.substring(3).strip();
                }
                j++;
            }
            if (command == null && !reply.isEmpty()) {
                int framing = reply.indexOf("(in reply to ");
                if (framing > 0) {
                    command = ReportText.smtpCommand(reply.substring(framing)).orElse(null);
                    reply = reply.substring(0, framing).strip();
                }
            }
            Reason hint = stated == null && reply.isEmpty() && command == null
                    && ReportText.contains(sentence, REJECTED) ? Reason.FILTERED : stated;
            recipients.add(RecipientFacts.builder(address.get())
                    .action(Action.FAILED)
                    .diagnostic(reply.isEmpty() ? sentence : reply)
                    .command(command)
                    .reasonHint(hint)
                    .build());
            i = j - 1;
        }
        return recipients;
    }

    private static boolean isExchange(String line) {
        String s = line.strip();
        return s.startsWith(">>>") || s.startsWith("<<<");
    }

    /** The fixed English sentence with the line that follows it ("Remote host is not responding."). */
    private static String sentence(List<String> lines) {
        int at = ReportText.findAny(lines, 0, SENTENCES);
        return at < 0 ? "" : ReportText.paragraph(lines, at, 3);
    }

    private static Reason stated(String sentence) {
        for (Object[] entry : REASONS) {
            if (ReportText.contains(sentence, (String) entry[0])) {
                return (Reason) entry[1];
            }
        }
        return null;
    }

    /** The dashed line before the returned original's header, or the end. */
    private static int separator(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("----------")) {
                return i;
            }
        }
        return lines.size();
    }
}
