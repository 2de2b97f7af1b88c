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
 * An unnamed MTA ({@code We had trouble delivering your message. Full details follow:}, subject
 * {@code There was an error sending your mail}): one line per error, naming the server, the
 * recipient, the command in parentheses and the reply in brackets ({@code SMTP Server <mx>
 * rejected recipient <rcpt> (Error following RCPT command). It responded as follows: [550 ...]},
 * {@code The following recipients returned permanent errors: rcpt. Reason: SMTP Server <ip>
 * refused to accept your message (DATA), with the following error message: [554 ...]}).
 */
public final class X6 implements FormatRecognizer {
    private static final NormalizedPhrase MARKER = NormalizedPhrase.of("we had trouble delivering your message. full details follow:");

    @Override
    public String name() {
        return "x6";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(MARKER);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<RecipientFacts> facts = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("the attachment contains the original")) {
                break;
            }
            if (!lower.startsWith("smtp server <") && !lower.startsWith("the following recipients returned")) {
                continue;
            }
            facts.addAll(fromLine(line, lower));
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    private static List<RecipientFacts> fromLine(String line, String lower) {
        List<String> addresses = new ArrayList<>();
        int rejected = lower.indexOf("rejected recipient <");
        int returned = lower.indexOf("errors: ");
        if (rejected >= 0) {
            SmtpText.address(line.substring(rejected + 19)).filter(SmtpText::isAddress).ifPresent(addresses::add);
        } else if (returned >= 0) {
            int reason = lower.indexOf(". reason:", returned);
            String list = line.substring(returned + 8, reason > returned ? reason : line.length());
            for (String part : list.split(",")) {
                String address = part.strip();
                if (SmtpText.isAddress(address)) {
                    addresses.add(address);
                }
            }
        }
        int server = lower.indexOf("smtp server <");
        String remote = null;
        if (server >= 0) {
            int close = line.indexOf('>', server);
            remote = close > server ? line.substring(server + 13, close) : null;
        }
        int open = line.lastIndexOf('[');
        int close = line.lastIndexOf(']');
        String reply = open >= 0 && close > open ? line.substring(open + 1, close) : line;
        String command = SmtpText.command(line).orElse(null);
        if (command == null) {
            int paren = lower.indexOf("message (");
            command = paren < 0 ? null : SmtpText.commandAt(lower, paren + 9).orElse(null);
        }
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).remoteMta(remote).command(command)
                    .diagnostic(reply).build());
        }
        return facts;
    }
}
