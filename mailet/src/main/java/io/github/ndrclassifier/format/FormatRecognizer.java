package io.github.ndrclassifier.format;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;

/**
 * Recognises the non-delivery reports of one MTA or provider family. Implementations are small,
 * stateless and thread-safe; {@link #matches} must be cheap (headers, subject, a marker), since it
 * runs for every report.
 */
public interface FormatRecognizer {
    /** The format's name as reported ({@code postfix}, {@code exim}, {@code office365}, ...). */
    String name();

    /** A cheap test: does this message look like this family's report? */
    boolean matches(MessageView message);

    /**
     * Reads a non-standard report (no delivery-status part): the failed recipients with their
     * diagnostics. Empty when the body does not hold the format after all.
     */
    Optional<NdrReport> read(MessageView message);

    /**
     * Completes what a standard delivery-status part said with what this family writes only in
     * the human-readable part (a diagnostic, the SMTP command, a reason). The default keeps the
     * report's facts as they are.
     */
    default List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return fromReport;
    }

    /**
     * True for a reader of last resort, which takes any message that merely looks like a bounce:
     * it is tried only after the message was found not to be an automatic reply.
     */
    default boolean isLastResort() {
        return false;
    }
}
