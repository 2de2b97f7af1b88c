package io.github.ndrclassifier.format.provider;

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
 * Verizon Wireless's mail-to-phone gateways. The SMS gateway ({@code post_master@vtext.com}) writes
 * "Error: ...", "Error message below:" with the reply, and "Message details:" with the envelope
 * ("RCPT TO: address"); the MMS gateway ({@code ...@vzwpix.com}) writes "Message could not be
 * delivered to mobile.", "Error: ..." and the original's From/To after "Original Message:". The
 * "Error:" line is the gateway's own verdict on the subscriber, whatever reply it quotes.
 */
public final class Verizon implements FormatRecognizer {
    private static final String ERROR = "Error:";
    /** The gateways' errors that state a reason: the error, and the reason. */
    private static final Object[][] ERRORS = {{"Invalid user address", Reason.USERUNKNOWN},
        {"No valid recipients for this MM", Reason.USERUNKNOWN}};

    @Override
    public String name() {
        return "verizon";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("@vtext.com") || from.contains("vzwpix.com");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        Optional<String> address = recipient(lines, "RCPT TO:", -1)
                .or(() -> recipient(lines, "To:", ReportText.find(lines, 0, "Original Message:")));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int below = ReportText.find(lines, 0, "Error message below:");
        int reply = below < 0 ? -1 : ReportText.nextNonBlank(lines, below + 1);
        int error = ReportText.find(lines, 0, ERROR);
        String diagnostic = reply >= 0 ? ReportText.paragraph(lines, reply, 10)
                : error >= 0 ? ReportText.after(lines.get(error), ERROR) : null;
        return Optional.of(new NdrReport(name(), Optional.empty(), List.of(RecipientFacts.builder(address.get())
                .action(Action.FAILED)
                .diagnostic(diagnostic)
                .reasonHint(error < 0 ? null : stated(ReportText.after(lines.get(error), ERROR)))
                .build())));
    }

    private static Reason stated(String error) {
        for (Object[] entry : ERRORS) {
            if (error.equalsIgnoreCase((String) entry[0])) {
                return (Reason) entry[1];
            }
        }
        return null;
    }

    /** The address on the first line starting with {@code label} after line {@code after}. */
    private static Optional<String> recipient(List<String> lines, String label, int after) {
        if (label.equals("To:") && after < 0) {
            return Optional.empty();
        }
        for (int i = after + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.regionMatches(true, 0, label, 0, label.length())) {
                return ReportText.address(line);
            }
        }
        return Optional.empty();
    }
}
