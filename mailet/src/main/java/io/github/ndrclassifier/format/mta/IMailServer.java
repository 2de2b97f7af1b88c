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
import io.github.ndrclassifier.report.Reason;

/**
 * Ipswitch IMail Server's bounces ({@code X-Mailer: <SMTP32 v...>}, subject
 * {@code Undeliverable Mail}): one line per recipient, IMail's error and the address
 * ({@code Unknown user: rcpt}, {@code User mailbox exceeds allowed size: rcpt},
 * {@code undeliverable to rcpt}; {@code Delivery failed N attempts: rcpt} when it gave up
 * retrying), and the remote server's reply after
 * {@code Body of message generated response:}, up to {@code Original message follows.} Without a
 * remote reply the error is IMail's verdict on its own mailboxes, which states the reason.
 */
public final class IMailServer implements FormatRecognizer {
    private static final String RESPONSE = "body of message generated response:";
    /** IMail's errors about its own mailboxes (lower case) and the reason each states. */
    private static final Object[][] OWN_ERRORS = {{"unknown user", Reason.USERUNKNOWN},
        {"user mailbox exceeds allowed size", Reason.MAILBOXFULL}};

    @Override
    public String name() {
        return "imailserver";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.header("X-Mailer").filter(v -> v.strip().startsWith("<SMTP32 v")).isPresent();
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<String[]> listed = new ArrayList<>();
        List<String> response = new ArrayList<>();
        boolean inResponse = false;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("original message follows")) {
                break;
            }
            if (lower.startsWith(RESPONSE)) {
                inResponse = true;
                continue;
            }
            if (inResponse) {
                if (line.isEmpty() && !response.isEmpty()) {
                    inResponse = false;
                } else if (!line.isEmpty()) {
                    response.add(line);
                }
                continue;
            }
            int colon = line.lastIndexOf(": ");
            String error = null;
            String address = null;
            if (colon > 0 && SmtpText.isAddress(line.substring(colon + 2).strip())) {
                error = line.substring(0, colon);
                address = line.substring(colon + 2).strip();
            } else if (lower.startsWith("undeliverable to ") && SmtpText.isAddress(line.substring(17).strip())) {
                error = line.substring(0, 16);
                address = line.substring(17).strip();
            }
            if (address != null && !lower.startsWith("to:") && !lower.startsWith("cc:") && !lower.startsWith("from:")) {
                listed.add(new String[] {address, error});
            }
        }
        String reply = SmtpText.join("", response);
        List<RecipientFacts> facts = new ArrayList<>();
        for (String[] entry : listed) {
            RecipientFacts.Builder builder = RecipientFacts.builder(entry[0]).action(Action.FAILED);
            builder.diagnostic(reply.isEmpty() ? entry[1] : reply);
            String error = entry[1].toLowerCase(Locale.ROOT);
            if (error.startsWith("delivery failed") && error.endsWith(" attempts")) {
                builder.reasonHint(Reason.EXPIRED);
            } else if (reply.isEmpty()) {
                builder.reasonHint(ownError(error));
            }
            facts.add(builder.build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    private static Reason ownError(String error) {
        for (Object[] entry : OWN_ERRORS) {
            if (error.equals(entry[0])) {
                return (Reason) entry[1];
            }
        }
        return null;
    }
}
