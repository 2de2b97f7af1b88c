package io.github.ndrclassifier.knowledge;

import java.nio.file.Path;
import java.util.Optional;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * The knowledge of status codes and rejection texts that explains a classified recipient.
 * Immutable and thread-safe.
 */
public final class KnowledgeBase implements Explainer {
    private static final KnowledgeBase BUILT_IN = new KnowledgeBase();

    private KnowledgeBase() {
    }

    /** The knowledge shipped with the classifier. */
    public static KnowledgeBase builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in knowledge extended and overridden by an administrator's file.
     *
     * @throws DataFileException naming the file, the line and what is wrong
     */
    public static KnowledgeBase withOverrides(Path file) {
        throw new DataFileException(file.toString(), 0, "knowledge overrides are not supported yet");
    }

    @Override
    public Optional<Explanation> explain(RecipientResult recipient, BounceReport report) {
        return Optional.empty();
    }
}
