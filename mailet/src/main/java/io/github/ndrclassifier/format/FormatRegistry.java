package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.mta.MtaFormats;
import io.github.ndrclassifier.format.provider.AmazonSes;
import io.github.ndrclassifier.format.provider.AmazonWorkMail;
import io.github.ndrclassifier.format.provider.EinsUndEins;
import io.github.ndrclassifier.format.provider.Ezweb;
import io.github.ndrclassifier.format.provider.Gmail;
import io.github.ndrclassifier.format.provider.Gmx;
import io.github.ndrclassifier.format.provider.GoogleGroups;
import io.github.ndrclassifier.format.provider.Kddi;
import io.github.ndrclassifier.format.provider.MailRu;
import io.github.ndrclassifier.format.provider.Mimecast;
import io.github.ndrclassifier.format.provider.MxLogic;
import io.github.ndrclassifier.format.provider.Outlook;
import io.github.ndrclassifier.format.provider.TrendMicro;
import io.github.ndrclassifier.format.provider.Verizon;
import io.github.ndrclassifier.format.provider.Yahoo;
import io.github.ndrclassifier.format.provider.Zoho;

/**
 * The format recognisers, in the order they are tried: mail providers and gateways first (their
 * markers are the most specific, and several run an MTA whose format they change), then MTA
 * families, the generic text reader last.
 */
public final class FormatRegistry {
    private final List<FormatRecognizer> recognizers;
    /** The specific recognisers, in order: split once, since every message walks them. */
    private final FormatRecognizer[] specific;
    private final FormatRecognizer[] lastResort;
    /** The readers of delivery-status fields written inline, in order. */
    private final FormatRecognizer[] inline;

    public FormatRegistry(List<FormatRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
        this.specific = this.recognizers.stream().filter(r -> !r.isLastResort()).toArray(FormatRecognizer[]::new);
        this.lastResort = this.recognizers.stream().filter(FormatRecognizer::isLastResort)
                .toArray(FormatRecognizer[]::new);
        this.inline = this.recognizers.stream().filter(InlineReportRecognizer.class::isInstance)
                .toArray(FormatRecognizer[]::new);
    }

    /** Every recogniser the classifier ships. */
    public static FormatRegistry defaults() {
        List<FormatRecognizer> all = new ArrayList<>(List.of(
                new GoogleGroups(),
                new Gmail(),
                new AmazonWorkMail(),
                new AmazonSes(),
                new Yahoo(),
                new Outlook(),
                new Kddi(),
                new Ezweb(),
                new MailRu(),
                new Gmx(),
                new EinsUndEins(),
                new MxLogic(),
                new Zoho(),
                new Verizon(),
                new Mimecast(),
                new TrendMicro()));
        all.addAll(MtaFormats.recognizers());
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
        return read(message, true, inline).or(() -> read(message, false, inline));
    }

    /**
     * The report of the first recogniser that matches and reads the message, among the specific
     * recognisers ({@code specific} true) or the ones of last resort; {@code inline} is the
     * message's {@link #inlineReport}, read once for both.
     */
    public Optional<NdrReport> read(MessageView message, boolean specific, Optional<NdrReport> inline) {
        for (FormatRecognizer recognizer : specific ? this.specific : lastResort) {
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

    /** The delivery-status fields the message's text carries inline, as a report; empty without them. */
    public Optional<NdrReport> inlineReport(MessageView message) {
        for (FormatRecognizer recognizer : inline) {
            if (recognizer.matches(message)) {
                return recognizer.read(message);
            }
        }
        return Optional.empty();
    }
}
