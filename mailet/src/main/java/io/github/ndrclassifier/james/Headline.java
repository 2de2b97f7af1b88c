package io.github.ndrclassifier.james;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Which recipients of a report the headers and attributes speak of. A report may also list
 * recipients that were delivered or relayed; the ones that matter are those it reports a problem
 * for, and the single-valued headers and attributes describe the first of them.
 */
final class Headline {
    private Headline() {
    }

    /** The recipient the single-valued headers and attributes describe. */
    static Optional<RecipientResult> of(BounceReport report) {
        return report.recipients().stream().filter(Headline::isProblem).findFirst()
                .or(() -> report.recipients().stream().findFirst());
    }

    /** The recipients the report tells of a problem for; all of them when it tells of none. */
    static List<RecipientResult> problems(BounceReport report) {
        List<RecipientResult> problems = report.recipients().stream().filter(Headline::isProblem).toList();
        return problems.isEmpty() ? report.recipients() : problems;
    }

    /** Failed or delayed, or (without an Action) not a success. */
    static boolean isProblem(RecipientResult recipient) {
        if (recipient.action().isPresent()) {
            Action action = recipient.action().get();
            return action == Action.FAILED || action == Action.DELAYED;
        }
        return recipient.reason() != Reason.DELIVERED && recipient.status().map(s -> !s.isSuccess()).orElse(true);
    }
}
