package io.github.ndrclassifier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.ndrclassifier.classify.AutoReplyDetector;
import io.github.ndrclassifier.classify.DsnReader;
import io.github.ndrclassifier.classify.FeedbackReader;
import io.github.ndrclassifier.classify.OriginalMessageReader;
import io.github.ndrclassifier.classify.ProviderRules;
import io.github.ndrclassifier.classify.ReasonRules;
import io.github.ndrclassifier.classify.RecipientClassifier;
import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.DeliveryStatus;
import io.github.ndrclassifier.dsn.MtaName;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.FormatRegistry;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.knowledge.Explainer;
import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.mime.MessageScanner;
import io.github.ndrclassifier.mime.Part;
import io.github.ndrclassifier.mime.ScanLimits;
import io.github.ndrclassifier.mime.ScannedMessage;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.OriginalMessage;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * The classifier: reads a raw message and tells what kind of report it is, and for each recipient
 * the status, reason, permanence and what to do. It depends on no mail server API.
 *
 * <p>Immutable and thread-safe; build one and share it.
 */
public final class BounceClassifier {
    private final MessageScanner scanner;
    private final RecipientClassifier recipientClassifier;
    private final FormatRegistry formats;
    private final Explainer explainer;

    private BounceClassifier(Builder builder) {
        this.scanner = new MessageScanner(builder.limits);
        this.recipientClassifier = new RecipientClassifier(builder.reasonRules, builder.providerRules);
        this.formats = builder.formats;
        this.explainer = builder.explainer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Classifies a message held in memory.
     *
     * @throws MessageParseException when the input is not an Internet message at all
     */
    public BounceReport classify(byte[] message) throws MessageParseException {
        return classify(scanner.scan(message));
    }

    /**
     * Classifies a message read from a stream, reading no further than needed. The stream is not
     * closed.
     *
     * @throws MessageParseException when the input is not an Internet message at all
     * @throws IOException           when the stream cannot be read
     */
    public BounceReport classify(InputStream message) throws IOException {
        return classify(scanner.scan(message));
    }

    /** Classifies an already scanned message. */
    public BounceReport classify(ScannedMessage scanned) {
        ScannedMessage message = forwardedReport(scanned).orElse(scanned);
        BounceReport report = classifyMessage(message);
        if (message != scanned && report.kind() == Kind.NONE) {
            report = classifyMessage(scanned);
        }
        return explain(report);
    }

    private BounceReport classifyMessage(ScannedMessage message) {
        Optional<HeaderBlock> returned = OriginalMessageReader.returnedHeaders(message);
        OriginalMessage original = returned.map(OriginalMessageReader::read).orElse(OriginalMessage.UNKNOWN);
        Optional<String> problem = message.problem();

        Optional<Part> feedback = message.feedbackReportPart();
        if (feedback.isPresent()) {
            FeedbackReader.Feedback arf = FeedbackReader.read(feedback.get().text(), returned);
            return feedbackReport("arf", arf.reportingMta(), original, arf.feedbackType(), arf.recipients(), problem);
        }

        MessageView view = new MessageView(message);
        Optional<String> unsubscriber = FeedbackReader.unsubscribeRequester(view);
        if (unsubscriber.isPresent()) {
            return feedbackReport("unsubscribe", Optional.empty(), original, FeedbackReader.OPT_OUT,
                    List.of(unsubscriber.get()), problem);
        }
        List<Part> statusParts = message.deliveryStatusParts();
        if (!statusParts.isEmpty()) {
            DeliveryStatus dsn = DsnReader.parse(statusParts);
            List<RecipientFacts> facts = DsnReader.facts(dsn);
            Optional<FormatRecognizer> format = formats.firstMatching(view);
            if (format.isPresent()) {
                facts = format.get().refine(view, facts);
            }
            if (!facts.isEmpty()) {
                Optional<String> reportingMta = dsn.perMessage().reportingMta().map(MtaName::host);
                return new BounceReport(Kind.DSN, format.map(FormatRecognizer::name).orElse("rfc3464"),
                        reportingMta, dsn.perMessage().receivedFromMta().map(MtaName::host),
                        dsn.perMessage().arrivalDate(), dsn.perMessage().originalEnvelopeId(), original,
                        Optional.empty(), classifyAll(facts, reportingMta), problem);
            }
        }

        // A bounce often says Auto-Submitted: auto-replied too: a known report format wins.
        Optional<NdrReport> inline = formats.inlineReport(view);
        Optional<NdrReport> ndr = formats.read(view, true, inline);
        if (ndr.isEmpty() && AutoReplyDetector.isAutoReply(view)) {
            String address = view.header("From").flatMap(BounceClassifier::firstAddress).orElse("");
            List<RecipientResult> recipients = address.isEmpty() ? List.of() : List.of(new RecipientResult(address,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Reason.VACATION, false,
                    false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            return new BounceReport(Kind.AUTOREPLY, "rfc3834", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), original, Optional.empty(), recipients, problem);
        }

        if (ndr.isEmpty()) {
            ndr = formats.read(view, false, inline);
        }
        if (ndr.isPresent() && ndr.get().isFeedback()) {
            List<String> addresses = ndr.get().recipients().stream().map(RecipientFacts::address).toList();
            return feedbackReport(ndr.get().format(), ndr.get().reportingMta(), original,
                    ndr.get().feedbackType().orElseThrow(), addresses, problem);
        }
        if (ndr.isPresent()) {
            Optional<String> reportingMta = ndr.get().reportingMta()
                    .or(() -> ReceivedHeaders.originatingHost(message.headers()));
            return new BounceReport(Kind.NDR, ndr.get().format(), reportingMta,
                    Optional.empty(), Optional.empty(), Optional.empty(), original, Optional.empty(),
                    classifyAll(ndr.get().recipients(), reportingMta), problem);
        }
        return BounceReport.none(problem);
    }

    private static BounceReport feedbackReport(String format, Optional<String> reportingMta, OriginalMessage original,
                                               String feedbackType, List<String> addresses, Optional<String> problem) {
        List<RecipientResult> recipients = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            recipients.add(new RecipientResult(address, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Reason.FEEDBACK, false, false, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new BounceReport(Kind.FEEDBACK, format, reportingMta, Optional.empty(), Optional.empty(),
                Optional.empty(), original, Optional.of(feedbackType), recipients, problem);
    }

    private List<RecipientResult> classifyAll(List<RecipientFacts> facts, Optional<String> reportingMta) {
        List<RecipientResult> results = new ArrayList<>(facts.size());
        for (RecipientFacts fact : facts) {
            results.add(recipientClassifier.classify(fact, reportingMta));
        }
        return results;
    }

    /**
     * Adds this classifier's explanations to a report, for a report classified by another
     * instance without knowledge (as James's matcher does before the mailet explains it).
     */
    public BounceReport explain(BounceReport report) {
        if (report.recipients().isEmpty() || explainer == Explainer.NONE) {
            return report;
        }
        List<RecipientResult> explained = new ArrayList<>(report.recipients().size());
        for (RecipientResult recipient : report.recipients()) {
            explained.add(explainer.explain(recipient, report).map(recipient::withExplanation).orElse(recipient));
        }
        return report.withRecipients(explained);
    }

    /** A report attached to a message that is not one itself (a bounce forwarded as an attachment). */
    private static Optional<ScannedMessage> forwardedReport(ScannedMessage message) {
        if (!message.deliveryStatusParts().isEmpty() || message.feedbackReportPart().isPresent()) {
            return Optional.empty();
        }
        for (Part part : message.parts()) {
            if (part.embeddedMessage().isPresent()) {
                return part.embeddedMessage();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstAddress(String header) {
        var found = io.github.ndrclassifier.text.EmailAddresses.find(header, 0);
        return found == null ? Optional.empty() : Optional.of(found.address());
    }

    /** Configures a classifier; every part has a sensible default. */
    public static final class Builder {
        private ScanLimits limits = ScanLimits.DEFAULT;
        private ReasonRules reasonRules;
        private ProviderRules providerRules;
        private FormatRegistry formats;
        private Explainer explainer = Explainer.NONE;

        public Builder limits(ScanLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        public Builder reasonRules(ReasonRules value) {
            reasonRules = Objects.requireNonNull(value, "reasonRules");
            return this;
        }

        /** Provider-specific rejection rules; {@link ProviderRules#none()} turns them off. */
        public Builder providerRules(ProviderRules value) {
            providerRules = Objects.requireNonNull(value, "providerRules");
            return this;
        }

        public Builder formats(FormatRegistry value) {
            formats = Objects.requireNonNull(value, "formats");
            return this;
        }

        public Builder explainer(Explainer value) {
            explainer = Objects.requireNonNull(value, "explainer");
            return this;
        }

        public BounceClassifier build() {
            if (reasonRules == null) {
                reasonRules = ReasonRules.builtIn();
            }
            if (providerRules == null) {
                providerRules = ProviderRules.builtIn();
            }
            if (formats == null) {
                formats = FormatRegistry.defaults();
            }
            return new BounceClassifier(this);
        }
    }
}
