package io.github.ndrclassifier.knowledge;

import java.util.Optional;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.RecipientResult;

/** Turns a classified recipient into an explanation for an administrator. */
@FunctionalInterface
public interface Explainer {
    /** An explainer that explains nothing. */
    Explainer NONE = (recipient, report) -> Optional.empty();

    /**
     * The explanation of one recipient of a report.
     *
     * @param recipient the classified recipient
     * @param report    the report it belongs to (for where in the mail flow it was generated)
     */
    Optional<Explanation> explain(RecipientResult recipient, BounceReport report);
}
