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
import io.github.ndrclassifier.text.NormalizedPhrase;
import io.github.ndrclassifier.text.Trim;

/**
 * Yahoo's "Failure Notice" (its qmail heritage): "Sorry, we were unable to deliver your message to
 * the following address.", then per recipient a line {@code <address>:} and the remote reply,
 * sometimes introduced by "Remote host said:" and followed by the failed step in brackets
 * ({@code [RCPT_TO]}), or written as {@code 550: 5.1.1 ...}; the original follows "--- Below this
 * line is a copy of the message.".
 */
public final class Yahoo implements FormatRecognizer {
    private static final NormalizedPhrase APOLOGY = NormalizedPhrase.of("sorry, we were unable to deliver your message");
    private static final String START = "Sorry, we were unable to deliver your message to the following address";
    private static final String END = "--- Below this line is a copy of the message";
    private static final int MAX_REPLY_LINES = 20;

    @Override
    public String name() {
        return "yahoo";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.subject().equals("failure notice")
                && message.bodyContains(APOLOGY);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        int start = ReportText.find(lines, 0, START);
        if (start < 0) {
            return Optional.empty();
        }
        int end = ReportText.find(lines, start, END);
        List<RecipientFacts> recipients = new ArrayList<>();
        String address = null;
        StringBuilder reply = new StringBuilder();
        int replyLines = 0;
        for (int i = start + 1; i < (end < 0 ? lines.size() : end); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("<") && line.endsWith(">:")) {
                if (address != null) {
                    recipients.add(facts(address, reply.toString()));
                }
                address = ReportText.address(line).orElse(null);
                reply.setLength(0);
                replyLines = 0;
            } else if (address != null && !line.isEmpty() && replyLines++ < MAX_REPLY_LINES) {
                reply.append(reply.isEmpty() ? "" : " ").append(line);
            }
        }
        if (address != null) {
            recipients.add(facts(address, reply.toString()));
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    private static RecipientFacts facts(String address, String text) {
        String reply = text.strip();
        String command = null;
        if (reply.endsWith("]")) {
            int open = reply.lastIndexOf('[');
            if (open >= 0) {
                command = ReportText.smtpCommand(reply.substring(open)).orElse(null);
                if (command != null) {
                    reply = reply.substring(0, open).strip();
                }
            }
        }
        if (ReportText.contains(reply, "Remote host said:")) {
            reply = ReportText.after(reply, "Remote host said:");
        }
        return RecipientFacts.builder(address)
                .action(Action.FAILED)
                .diagnostic(withoutCodeColon(reply))
                .command(command)
                .build();
    }

    /** {@code "550: 5.1.1 <a@b>... User Unknown"} and {@code "550: : User unknown"} as replies are written. */
    static String withoutCodeColon(String reply) {
        if (reply.length() < 4 || reply.charAt(3) != ':' || !Character.isDigit(reply.charAt(0))
                || !Character.isDigit(reply.charAt(1)) || !Character.isDigit(reply.charAt(2))) {
            return reply;
        }
        String rest = Trim.leadingWithSpace(reply.substring(4).strip(), ":");
        return reply.substring(0, 3) + " " + rest;
    }
}
