package io.github.ndrclassifier.cli;

import org.apache.james.mime4j.util.MimeUtil;

import io.github.ndrclassifier.classify.ProviderRules;
import io.github.ndrclassifier.classify.ReasonRules;
import io.github.ndrclassifier.format.FormatRegistry;
import io.github.ndrclassifier.knowledge.KnowledgeBase;
import io.github.ndrclassifier.text.TextNormalizer;

/**
 * Loads what the classifier is built from, and what its first message needs, on two background
 * threads from the first moment of a run. A one-file run is mostly this work, done by a cold JVM,
 * so it overlaps with reading the command line and with itself.
 *
 * <p>The knowledge base, the longest part, has a thread of its own. The other thread first does
 * what needs no JSON, while the first thread loads Jackson's classes, which both need: the format
 * recognisers' classes, the text normaliser's table, Mime4j's {@code MimeUtil} (whose static RFC
 * 822 date formatter reads the time-zone data the first time a header field is read); then the
 * reason and provider rules.
 *
 * <p>The rules and the knowledge base are kept by their classes once loaded, and the thread that
 * builds the classifier waits for a load in progress. A load that fails is not kept: that thread
 * loads it again and gets the error, with the file and line, where it is reported.
 */
final class DataPreload {
    private DataPreload() {
    }

    /** Starts the loading threads; they are daemons, so a run that needs no classifier does not wait for them. */
    static void start() {
        background("ndr-load-knowledge", KnowledgeBase::builtIn);
        background("ndr-load-rules", () -> {
            // Initialises the recognisers' classes, which hold their markers; building them again is cheap.
            FormatRegistry.defaults();
            TextNormalizer.normalize("");
            MimeUtil.unfold("");
            ReasonRules.builtIn();
            ProviderRules.builtIn();
        });
    }

    private static void background(String name, Runnable load) {
        Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                load.run();
            } catch (RuntimeException e) {
                // loaded again, and reported, by the thread that builds the classifier
            }
        });
    }
}
