package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.ndrclassifier.cli.MessageFile;
import io.github.ndrclassifier.mime.MessageParseException;

/**
 * Coverage-guided fuzzing of the whole classifier: mbox splitting, MIME scan, report parsing,
 * every format recogniser, reason rules. Run by the normal test command: Surefire sets
 * {@code JAZZER_FUZZ}, so the test fuzzes for its {@code maxDuration}; without it, it only
 * replays the inputs kept in {@code ClassifierFuzzTestInputs/classifiesAnyInput}: seeds taken
 * from the bounce corpus (Sisimai's set-of-emails, BSD 2-Clause) and any input that once
 * failed. A failing input found while fuzzing is written to {@code target/}; move it into that
 * directory to keep it as a regression input.
 *
 * <p>Any input must give a report or {@link MessageParseException}, and quickly.
 */
class ClassifierFuzzTest {
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();
    /**
     * Far above the milliseconds an input takes, even instrumented on a loaded machine: it catches
     * a pathological slowdown or a loop, not a slow machine.
     */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    private static final String WARM_UP = """
            From: MAILER-DAEMON@mx.example.org
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: text/plain

            This is the mail system at host mx.example.org.
            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; a@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>: user unknown
            --B--
            """;
    private static boolean warm;

    /** The input as the command-line tool reads a file: split when it is an mbox, each message classified. */
    @FuzzTest(maxDuration = "60s")
    void classifiesAnyInput(byte[] input) throws IOException {
        warmUp();
        long start = System.nanoTime();
        for (InputStream message : MessageFile.messages(ByteBuffer.wrap(input))) {
            try {
                assertThat(CLASSIFIER.classify(message)).isNotNull();
            } catch (MessageParseException e) {
                // the documented answer to an input that is no message at all
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIME_LIMIT);
    }

    /**
     * Loads the classifier's classes before the first timed input: loading (and, when fuzzing,
     * instrumenting) them takes seconds on a loaded machine. It cannot be done when the test class
     * is initialised, which may happen before Jazzer's agent is installed.
     */
    private static void warmUp() throws IOException {
        if (!warm) {
            CLASSIFIER.classify(WARM_UP.getBytes(StandardCharsets.US_ASCII));
            warm = true;
        }
    }
}
