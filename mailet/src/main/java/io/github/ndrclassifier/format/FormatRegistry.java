package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
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
        all.add(new FailedRecipientsHeaderRecognizer());
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

    /**
     * The report of the first recogniser that both matches and reads the message. When the text
     * carries RFC 3464 fields inline (a flattened or forwarded DSN), those are the report, and a
     * specific recogniser tried before the inline reader completes them from the rest of the
     * text, as it does for a delivery-status part.
     */
    public Optional<NdrReport> read(MessageView message) {
        Optional<NdrReport> inline = inlineReport(message);
        for (FormatRecognizer recognizer : recognizers) {
            if (inline.isPresent() && recognizer instanceof InlineReportRecognizer) {
                return inline;
            }
            if (recognizer.matches(message)) {
                if (inline.isPresent()) {
                    List<RecipientFacts> refined = recognizer.refine(message, inline.get().recipients());
                    return Optional.of(new NdrReport(recognizer.name(), inline.get().reportingMta(), refined));
                }
                Optional<NdrReport> report = recognizer.read(message);
                if (report.isPresent()) {
                    return report;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<NdrReport> inlineReport(MessageView message) {
        for (FormatRecognizer recognizer : recognizers) {
            if (recognizer instanceof InlineReportRecognizer && recognizer.matches(message)) {
                return recognizer.read(message);
            }
        }
        return Optional.empty();
    }
}
