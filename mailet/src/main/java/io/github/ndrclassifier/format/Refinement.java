package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.classify.SmtpReply;

/**
 * Completes the facts of a delivery-status part with what a format read from the human-readable
 * part: the report stays authoritative for the recipients and what it states; the text adds the
 * SMTP command, the remote host, and the remote server's reply where the report has none (or
 * only a local program's exit code, as Sendmail's {@code X-Unix; 255}).
 */
public final class Refinement {
    private Refinement() {
    }

    /**
     * The report's recipients, each completed from the text's facts for the same address (or,
     * when both name exactly one recipient, from the text's one). A report without recipients
     * takes the text's.
     */
    public static List<RecipientFacts> merge(List<RecipientFacts> fromReport, List<RecipientFacts> fromText) {
        if (fromText.isEmpty()) {
            return fromReport;
        }
        if (fromReport.isEmpty()) {
            return fromText;
        }
        List<RecipientFacts> merged = new ArrayList<>(fromReport.size());
        for (RecipientFacts report : fromReport) {
            Optional<RecipientFacts> text = counterpart(report, fromReport.size(), fromText);
            merged.add(text.map(t -> complete(report, t)).orElse(report));
        }
        return merged;
    }

    private static Optional<RecipientFacts> counterpart(RecipientFacts report, int reportCount,
                                                        List<RecipientFacts> fromText) {
        for (RecipientFacts text : fromText) {
            if (text.address().equalsIgnoreCase(report.address())
                    || report.originalRecipient().filter(text.address()::equalsIgnoreCase).isPresent()) {
                return Optional.of(text);
            }
        }
        return reportCount == 1 && fromText.size() == 1 ? Optional.of(fromText.get(0)) : Optional.empty();
    }

    private static RecipientFacts complete(RecipientFacts report, RecipientFacts text) {
        RecipientFacts.Builder out = report.toBuilder();
        if (!SmtpText.isAddress(report.address()) && SmtpText.isAddress(text.address())) {
            out.address(text.address());
        }
        if (text.diagnostic().isPresent() && !hasReply(report) && (report.diagnostic().isEmpty() || hasReply(text))) {
            out.diagnostic(text.diagnostic().get());
            if (report.diagnosticType().filter("X-UNIX"::equalsIgnoreCase).isEmpty()) {
                out.diagnosticType(text.diagnosticType().orElse(report.diagnosticType().orElse(null)));
            }
        }
        if (report.replyCode().isEmpty()) {
            text.replyCode().ifPresent(out::replyCode);
        }
        if (report.status().isEmpty()) {
            text.status().ifPresent(out::status);
        }
        if (report.action().isEmpty()) {
            text.action().ifPresent(out::action);
        }
        if (report.remoteMta().isEmpty()) {
            text.remoteMta().ifPresent(out::remoteMta);
        }
        if (report.command().isEmpty()) {
            text.command().ifPresent(out::command);
        }
        if (report.reasonHint().isEmpty()) {
            text.reasonHint().ifPresent(out::reasonHint);
        }
        return out.build();
    }

    /**
     * True when the facts hold a remote server's reply: a reply code stated, or a diagnostic that
     * is not a local program's exit status and names one.
     */
    static boolean hasReply(RecipientFacts facts) {
        if (facts.replyCode().isPresent()) {
            return true;
        }
        if (facts.diagnostic().isEmpty() || facts.diagnosticType().filter("X-UNIX"::equalsIgnoreCase).isPresent()) {
            return false;
        }
        return SmtpReply.find(facts.diagnostic().get()).isPresent();
    }
}
