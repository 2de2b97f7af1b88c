package io.github.ndrclassifier.james;

import java.io.InputStream;

import jakarta.mail.internet.MimeMessage;

import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.metrics.api.TimeMetric;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.text.HeaderValueSanitizer;

/** Runs the classifier on a James message, timed, and turns every failure into a result. */
final class MailClassifier {
    /** The timer of every classification, by the matcher or the mailet. */
    static final String TIMER = "ndr.classify";

    private static final int MAX_PROBLEM_LENGTH = 300;

    private final BounceClassifier classifier;
    private final MetricFactory metricFactory;

    MailClassifier(BounceClassifier classifier, MetricFactory metricFactory) {
        this.classifier = classifier;
        this.metricFactory = metricFactory;
    }

    /** Classifies the message; never throws, a failure is a {@link Classification.Failed}. */
    Classification classify(MimeMessage message) {
        TimeMetric timer = metricFactory.timer(TIMER);
        try (InputStream in = RawMessage.open(message)) {
            return new Classification.Classified(classifier.classify(in));
        } catch (MessageParseException e) {
            return failed("not a message: ", e);
        } catch (Exception e) {
            // Whatever goes wrong (an unreadable stored message, a classifier defect), the mail
            // must go on: the caller marks it unclassified.
            return failed(e.getClass().getSimpleName() + ": ", e);
        } finally {
            timer.stopAndPublish();
        }
    }

    /** The explanations this classifier's knowledge gives, added to a report made elsewhere. */
    Classification explain(Classification classification) {
        if (classification instanceof Classification.Classified classified) {
            try {
                return new Classification.Classified(classifier.explain(classified.report()));
            } catch (RuntimeException e) {
                return failed(e.getClass().getSimpleName() + ": ", e);
            }
        }
        return classification;
    }

    private static Classification failed(String what, Exception e) {
        return new Classification.Failed(HeaderValueSanitizer.clean(what + e.getMessage(), MAX_PROBLEM_LENGTH));
    }
}
