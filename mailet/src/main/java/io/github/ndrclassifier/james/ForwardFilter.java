package io.github.ndrclassifier.james;

import java.util.List;
import java.util.Set;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Which classified mail is copied to the administrator: bounces and feedback reports (never
 * auto-replies), when at least one recipient they report passes every condition.
 *
 * @param reasons       the reasons to forward; empty for all but {@code delivered} and
 *                      {@code vacation}, which are no problem
 * @param permanentOnly only failures that will not be retried
 * @param hardOnly      only hard bounces (the address itself is bad)
 */
record ForwardFilter(Set<Reason> reasons, boolean permanentOnly, boolean hardOnly) {
    private static final Set<Kind> FORWARDED_KINDS = Set.of(Kind.DSN, Kind.NDR, Kind.FEEDBACK);
    private static final Set<Reason> NO_PROBLEM = Set.of(Reason.DELIVERED, Reason.VACATION);

    ForwardFilter {
        reasons = Set.copyOf(reasons);
    }

    boolean accepts(BounceReport report) {
        if (!FORWARDED_KINDS.contains(report.kind())) {
            return false;
        }
        if (report.recipients().isEmpty()) {
            // A feedback report need not name the recipient; it is still a complaint.
            return report.kind() == Kind.FEEDBACK && accepts(Reason.FEEDBACK, false, false);
        }
        List<RecipientResult> recipients = report.recipients();
        return recipients.stream().anyMatch(r -> accepts(r.reason(), r.permanent(), r.hardBounce()));
    }

    private boolean accepts(Reason reason, boolean permanent, boolean hard) {
        boolean reasonWanted = reasons.isEmpty() ? !NO_PROBLEM.contains(reason) : reasons.contains(reason);
        return reasonWanted && (permanent || !permanentOnly) && (hard || !hardOnly);
    }
}
