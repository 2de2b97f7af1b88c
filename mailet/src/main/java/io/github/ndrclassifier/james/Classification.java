package io.github.ndrclassifier.james;

import java.util.Objects;

import io.github.ndrclassifier.report.BounceReport;

/** What classifying a mail gave: a report, or why there is none. */
sealed interface Classification {

    /** The mail was read and classified (possibly as no report at all). */
    record Classified(BounceReport report) implements Classification {
        public Classified {
            Objects.requireNonNull(report, "report");
        }
    }

    /** The mail could not be read or classified; {@code problem} says why, on one line. */
    record Failed(String problem) implements Classification {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
