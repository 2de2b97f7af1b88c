package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.format.mta.MtaFormats;

/**
 * The format recognisers, in the order they are tried: specific MTA and provider families
 * first, the generic text reader last.
 */
public final class FormatRegistry {
    private final List<FormatRecognizer> recognizers;

    public FormatRegistry(List<FormatRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** Every recogniser the classifier ships. */
    public static FormatRegistry defaults() {
        List<FormatRecognizer> all = new ArrayList<>(MtaFormats.recognizers());
        all.add(new InlineReportRecognizer());
        all.add(new GenericTextRecognizer());
        return new FormatRegistry(all);
    }

    public List<FormatRecognizer> recognizers() {
        return recognizers;
    }

    /** The first recogniser whose cheap test accepts the message. */
    public Optional<FormatRecognizer> firstMatching(MessageView message) {
        for (FormatRecognizer recognizer : recognizers) {
            if (recognizer.matches(message)) {
                return Optional.of(recognizer);
            }
        }
        return Optional.empty();
    }

    /** The report of the first recogniser that both matches and reads the message. */
    public Optional<NdrReport> read(MessageView message) {
        for (FormatRecognizer recognizer : recognizers) {
            if (recognizer.matches(message)) {
                Optional<NdrReport> report = recognizer.read(message);
                if (report.isPresent()) {
                    return report;
                }
            }
        }
        return Optional.empty();
    }
}
