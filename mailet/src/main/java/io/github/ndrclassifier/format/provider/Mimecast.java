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

/**
 * Mimecast's "[Postmaster] Email Delivery Failure" ({@code X-MC-System}, Message-Id under
 * mimecast.lan): the address on a line starting with "-- ", "The problem appears to be :" with
 * Mimecast's own category, and "Additional information follows :" with the remote server's reply,
 * also on "-- " lines. One notice is sent per failed recipient. Newer notices add a
 * delivery-status part ("Name : value" fields in one group), which is read as any DSN.
 */
public final class Mimecast implements FormatRecognizer {
    private static final String PROBLEM = "The problem appears to be";
    private static final String ADDITIONAL = "Additional information follows";
    private static final String ITEM = "-- ";

    @Override
    public String name() {
        return "mimecast";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.hasHeader("X-MC-System") || message.hasHeader("X-Mimecast-Originator")
                || message.header("Message-Id").orElse("").contains(".mimecast.");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        int problem = ReportText.find(lines, 0, PROBLEM);
        if (problem < 0) {
            return Optional.empty();
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < problem; i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(ITEM)) {
                ReportText.address(line).ifPresent(addresses::add);
            }
        }
        String diagnostic = items(lines, ReportText.find(lines, problem, ADDITIONAL));
        if (diagnostic.isEmpty()) {
            diagnostic = items(lines, problem);
        }
        List<RecipientFacts> recipients = new ArrayList<>();
        for (String address : addresses) {
            recipients.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(diagnostic).build());
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    /** The "-- " lines that follow the label line {@code at}, joined. */
    private static String items(List<String> lines, int at) {
        if (at < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(ITEM)) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(line.substring(ITEM.length()).strip());
        }
        return out.toString();
    }
}
