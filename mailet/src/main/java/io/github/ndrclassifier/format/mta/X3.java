package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.format.TextReportRecognizer;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * An unnamed MTA ({@code This is an automatically generated Delivery Status Notification.},
 * subject {@code Delivery status notification}): the recipients as {@code * rcpt} under
 * {@code ... to the following recipients failed permanently:} (or {@code was aborted after N
 * hour(s):}, its notice that it gave up retrying), and under {@code Technical details:} the error, {@code SMTP:RCPT host 192.0.2.1:
 * 553 ...} when a remote server refused.
 */
public final class X3 extends TextReportRecognizer {
    private static final NormalizedPhrase MARKER = NormalizedPhrase.of("this is an automatically generated delivery status notification");
    private static final String DETAILS = "technical details:";

    @Override
    public String name() {
        return "x3";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(MARKER);
    }

    @Override
    protected List<RecipientFacts> recipients(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<String> addresses = new ArrayList<>();
        List<String> details = new ArrayList<>();
        boolean inDetails = false;
        boolean aborted = false;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("to the following recipients was aborted after")) {
                aborted = true;
            } else if (lower.startsWith(DETAILS)) {
                inDetails = true;
            } else if (line.startsWith("=====") && inDetails && !details.isEmpty()) {
                break;
            } else if (inDetails && !line.isEmpty() && !line.startsWith("=====")) {
                details.add(line);
            } else if (!inDetails && line.startsWith("* ")) {
                SmtpText.address(line.substring(2)).filter(SmtpText::isAddress).ifPresent(addresses::add);
            }
        }
        String detail = SmtpText.join("", details);
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            RecipientFacts read = fromDetail(address, detail);
            facts.add(aborted ? read.toBuilder().reasonHint(Reason.EXPIRED).build() : read);
        }
        return facts;
    }

    static RecipientFacts fromDetail(String address, String detail) {
        RecipientFacts.Builder facts = RecipientFacts.builder(address).action(Action.FAILED);
        if (detail.isEmpty()) {
            return facts.build();
        }
        if (detail.regionMatches(true, 0, "SMTP:", 0, 5)) {
            SmtpText.commandAt(detail, 5).ifPresent(facts::command);
            int host = detail.toLowerCase(Locale.ROOT).indexOf(" host ");
            if (host > 0) {
                SmtpText.hostAt(detail, host + 6).ifPresent(facts::remoteMta);
            }
            int reply = SmtpText.replyStart(detail);
            if (reply > 0) {
                return facts.diagnosticType("SMTP").diagnostic(detail.substring(reply)).build();
            }
        }
        return facts.diagnostic(detail).build();
    }
}
