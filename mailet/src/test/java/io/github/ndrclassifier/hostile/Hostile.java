package io.github.ndrclassifier.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.OriginalMessage;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Runs the classifier on a hostile input the way the tests need it: under a time bound (a guard
 * against super-linear blow-up, far above what a linear pass takes even on a loaded machine),
 * measuring the heap it allocates, and checking that no value of the report carries a control
 * character.
 */
final class Hostile {
    static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();
    /** Far above the milliseconds a linear pass over a few megabytes takes. */
    static final Duration TIME_BOUND = Duration.ofSeconds(10);

    /** What the classifier made of an input. */
    record Outcome(Optional<BounceReport> report, Optional<MessageParseException> rejection, long allocatedBytes) {
        BounceReport accepted() {
            assertThat(rejection).as("rejection").isEmpty();
            return report.orElseThrow();
        }
    }

    private Hostile() {
    }

    static Outcome classify(byte[] message) {
        return classify(() -> new ByteArrayInputStream(message), TIME_BOUND);
    }

    static Outcome classify(GeneratedMessage message, Duration bound) {
        return classify(message::stream, bound);
    }

    interface Source {
        InputStream open();
    }

    static Outcome classify(Source source, Duration bound) {
        Outcome outcome = assertTimeoutPreemptively(bound, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            InputStream in = source.open();
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                BounceReport report = CLASSIFIER.classify(in);
                return new Outcome(Optional.of(report), Optional.empty(),
                        threads.getCurrentThreadAllocatedBytes() - before);
            } catch (MessageParseException e) {
                return new Outcome(Optional.empty(), Optional.of(e), threads.getCurrentThreadAllocatedBytes() - before);
            } catch (IOException e) {
                throw new AssertionError("an in-memory stream cannot fail to be read", e);
            }
        });
        outcome.report().ifPresent(Hostile::assertNoControlCharacters);
        outcome.rejection().ifPresent(e -> assertThat(e.getMessage()).isNotBlank());
        return outcome;
    }

    /** Every text value of the report is one line of printable text. */
    static void assertNoControlCharacters(BounceReport report) {
        List<String> values = new ArrayList<>();
        values.add(report.format());
        report.reportingMta().ifPresent(values::add);
        report.receivedFromMta().ifPresent(values::add);
        report.arrivalDate().ifPresent(values::add);
        report.originalEnvelopeId().ifPresent(values::add);
        report.feedbackType().ifPresent(values::add);
        report.problem().ifPresent(values::add);
        OriginalMessage original = report.original();
        original.messageId().ifPresent(values::add);
        original.subject().ifPresent(values::add);
        original.from().ifPresent(values::add);
        original.to().ifPresent(values::add);
        original.date().ifPresent(values::add);
        for (RecipientResult r : report.recipients()) {
            values.add(r.address());
            r.originalRecipient().ifPresent(values::add);
            r.remoteMta().ifPresent(values::add);
            r.diagnosticType().ifPresent(values::add);
            r.diagnostic().ifPresent(values::add);
            r.command().ifPresent(values::add);
            r.lastAttemptDate().ifPresent(values::add);
            r.willRetryUntil().ifPresent(values::add);
        }
        for (String value : values) {
            assertThat(value.chars().filter(Hostile::isControl).findAny())
                    .as("control character in report value %s", printable(value)).isEmpty();
        }
    }

    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(200).forEach(c -> {
            if (isControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
