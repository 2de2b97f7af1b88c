package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.ndrclassifier.mime.MessageParseException;

/**
 * Coverage-guided fuzzing of the whole classifier (MIME scan, report parsing, every format
 * recogniser, reason rules). Run by the normal test command: Surefire sets {@code JAZZER_FUZZ},
 * so the test fuzzes for its {@code maxDuration}; without it, it only replays the inputs kept in
 * {@code ClassifierFuzzTestInputs/classifiesAnyInput}: seeds taken from the bounce corpus (Sisimai's
 * set-of-emails, BSD 2-Clause) and any input that once failed. A failing input found while fuzzing
 * is written to {@code target/}; move it into that directory to keep it as a regression input.
 *
 * <p>Any input must give a report or {@link MessageParseException}, and quickly.
 */
class ClassifierFuzzTest {
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();
    /** Far above what any input takes; instrumentation slows the code several times. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "60s")
    void classifiesAnyInput(byte[] input) throws IOException {
        long start = System.nanoTime();
        try {
            assertThat(CLASSIFIER.classify(input)).isNotNull();
        } catch (MessageParseException e) {
            // the documented answer to an input that is no message at all
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIME_LIMIT);
    }
}
