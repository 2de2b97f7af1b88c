package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.Refinement;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.report.Reason;

/**
 * The {@code Diagnostic information for administrators:} section that Exchange 2007 and later
 * and Office 365 write: {@code Generating server: ...}, then per recipient the address, the host
 * that answered when another one did, and the reply, as {@code #550 5.1.1 RESOLVER...; ... ##}
 * or {@code Remote Server returned '550 5.1.1 ...'}, one line per attempt, the latest first.
 *
 * <p>When the latest is Exchange's own expiry ({@code QUEUE.Expired; message expired}, written as
 * if the remote server had returned it), the attempt before it tells why delivery expired (a
 * refused or timed-out connection, a DNS failure): its reply is the recipient's diagnostic, and the
 * expiry is kept as the reason the format states (RFC 3463 on X.4.7: "if possible, the code for
 * the actual problem found when delivery was attempted should be returned rather than this code").
 */
final class ExchangeDiagnostics {
    private static final String SECTION = "diagnostic information for administrators:";
    private static final String RETURNED = "returned '";
    private static final String AT = "remote server at ";
    private static final String QUEUE_EXPIRED = "queue.expired";

    private ExchangeDiagnostics() {
    }

    static List<RecipientFacts> read(String body) {
        LineCursor lines = LineCursor.of(body);
        List<RecipientFacts> facts = new ArrayList<>();
        if (!lines.skipPast(SECTION)) {
            return facts;
        }
        RecipientFacts.Builder current = null;
        boolean expired = false;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("original message headers")) {
                break;
            }
            if (line.isEmpty() || lower.startsWith("generating server:") || lower.startsWith("receiving server:")) {
                continue;
            }
            if (SmtpText.isAddress(line)) {
                add(facts, current);
                current = RecipientFacts.builder(line);
                expired = false;
            } else if (current != null && !current.hasDiagnostic()) {
                reply(current, line, lower);
                expired = lower.contains(QUEUE_EXPIRED);
            } else if (current != null && expired && lower.contains(RETURNED)) {
                reply(current, line, lower);
                current.reasonHint(Reason.EXPIRED);
                expired = false;
            }
        }
        add(facts, current);
        return facts;
    }

    private static void reply(RecipientFacts.Builder current, String line, String lower) {
        int returned = lower.indexOf(RETURNED);
        if (returned >= 0 && lower.contains("remote server")) {
            int at = lower.indexOf(AT);
            if (at >= 0 && at < returned) {
                SmtpText.hostAt(line, at + AT.length()).ifPresent(current::remoteMta);
            }
            int end = line.lastIndexOf('\'');
            current.diagnostic(line.substring(returned + RETURNED.length(), end > returned + RETURNED.length()
                    ? end : line.length()));
        } else if (line.startsWith("#")) {
            String reply = line.substring(1);
            if (reply.endsWith("##")) {
                reply = reply.substring(0, reply.length() - 2);
            }
            current.diagnostic(reply.strip());
        } else if (line.indexOf(' ') < 0 && line.indexOf('.') > 0) {
            current.remoteMta(line);
        }
    }

    /** True when a diagnostic is Exchange's own expiry verdict rather than a remote server's reply. */
    static boolean isExpiryVerdict(RecipientFacts facts) {
        return facts.diagnostic().filter(d -> d.toLowerCase(Locale.ROOT).contains(QUEUE_EXPIRED)).isPresent();
    }

    /**
     * Merges the section into a delivery-status part's facts. Where the part's diagnostic is only
     * Exchange's expiry verdict and the section names the attempt behind it, that attempt's reply
     * takes its place.
     */
    static List<RecipientFacts> refine(List<RecipientFacts> fromReport, List<RecipientFacts> fromText) {
        List<RecipientFacts> report = new ArrayList<>(fromReport.size());
        for (RecipientFacts facts : fromReport) {
            boolean explained = isExpiryVerdict(facts) && fromText.stream().anyMatch(t -> t.reasonHint().isPresent()
                    && t.address().equalsIgnoreCase(facts.address()) && !isExpiryVerdict(t));
            report.add(explained ? facts.toBuilder().diagnostic(null).replyCode(null).build() : facts);
        }
        return Refinement.merge(report, fromText);
    }

    private static void add(List<RecipientFacts> facts, RecipientFacts.Builder current) {
        if (current != null) {
            facts.add(current.build());
        }
    }
}
