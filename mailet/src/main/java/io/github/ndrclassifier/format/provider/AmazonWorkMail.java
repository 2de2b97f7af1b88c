package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.DsnReader;
import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.DeliveryStatus;
import io.github.ndrclassifier.dsn.MtaName;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.report.Reason;

/**
 * Amazon WorkMail ({@code X-Mailer: Amazon WorkMail}, sent through SES): "An error occurred while
 * trying to deliver the mail to the following recipients:", then "Technical report:" and the
 * RFC 3464 fields as text. When WorkMail gives up on a host that kept failing, its own verdict
 * frames the last remote reply: {@code 554 4.4.7 Message expired: unable to deliver in 840
 * minutes.<421 4.4.2 Connection timed out>}; the reply in angle brackets is the remote server's,
 * and the verdict states the reason, expiry.
 */
public final class AmazonWorkMail implements FormatRecognizer {
    private static final String TECHNICAL_REPORT = "Technical report:";
    private static final String EXPIRED = "Message expired";

    @Override
    public String name() {
        return "amazonworkmail";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.header("X-Mailer").orElse("").equalsIgnoreCase("Amazon WorkMail")
                && message.from().contains("mailer-daemon");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        String body = message.body();
        int start = ReportText.indexOfIgnoreCase(body, TECHNICAL_REPORT, 0);
        if (start < 0) {
            return Optional.empty();
        }
        int end = body.indexOf("\n--", start);
        DeliveryStatus status = DsnReader.parse(body.substring(start + TECHNICAL_REPORT.length(),
                end < 0 ? body.length() : end));
        List<RecipientFacts> recipients = refine(message, DsnReader.facts(status));
        return recipients.isEmpty() ? Optional.empty()
                : Optional.of(new NdrReport(name(), status.perMessage().reportingMta().map(MtaName::host), recipients));
    }

    /** The fields of the technical report, read as a report of their own, have WorkMail's verdict unframed. */
    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        List<RecipientFacts> refined = new ArrayList<>(fromReport.size());
        for (RecipientFacts facts : fromReport) {
            refined.add(facts.diagnostic().map(d -> unframe(facts, d)).orElse(facts));
        }
        return refined;
    }

    private static RecipientFacts unframe(RecipientFacts facts, String diagnostic) {
        String s = diagnostic.strip();
        int open = s.lastIndexOf('<');
        if (!s.endsWith(">") || open < 0 || s.length() - open < 6 || !Character.isDigit(s.charAt(open + 1))
                || !Character.isDigit(s.charAt(open + 2)) || !Character.isDigit(s.charAt(open + 3))) {
            return facts;
        }
        RecipientFacts.Builder builder = facts.toBuilder().diagnostic(s.substring(open + 1, s.length() - 1));
        if (ReportText.contains(s.substring(0, open), EXPIRED)) {
            builder.reasonHint(Reason.EXPIRED);
        }
        return builder.build();
    }
}
