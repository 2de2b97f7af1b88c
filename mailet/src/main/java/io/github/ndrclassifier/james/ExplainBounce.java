package io.github.ndrclassifier.james;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.ProcessingState;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.knowledge.Explainer;
import io.github.ndrclassifier.knowledge.KnowledgeBase;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;

/**
 * Classifies a bounce and explains it to whoever reads it: adds header fields saying what failed,
 * why, and who must act; sets the same facts as mail attributes for later matchers and mailets;
 * and, when asked, forwards a copy to an administrator. Pair it with {@link IsBounce}, which
 * selects the bounces (and hands over its classification, so that a bounce is read once).
 *
 * <h2>Header fields</h2>
 * All are named with {@code headerPrefix}; with the default {@code X-NDR-}:
 * <ul>
 * <li>{@code X-NDR-Kind}: {@code dsn} (an RFC 3464 report), {@code ndr} (a non-standard
 *     bounce), {@code feedback} (an ARF complaint), {@code autoreply}, {@code none}, or
 *     {@code unclassified} when the mail could not be read (then it is the only field)</li>
 * <li>{@code X-NDR-Format}: the recognised format ({@code rfc3464}, {@code postfix},
 *     {@code exchange}, {@code arf}, ...)</li>
 * <li>{@code X-NDR-Reporting-MTA}: the server that wrote the report</li>
 * <li>{@code X-NDR-Feedback-Type}: for a feedback report, its type ({@code abuse}, ...)</li>
 * <li>{@code X-NDR-Recipient}: the recipients the report tells of a problem for,
 *     comma-separated (at most 20)</li>
 * <li>describing the first of them: {@code X-NDR-Status} (enhanced status code, e.g.
 *     {@code 5.1.1}), {@code X-NDR-Reply-Code} (e.g. {@code 550}), {@code X-NDR-Reason} (e.g.
 *     {@code userunknown}), {@code X-NDR-Permanent} ({@code yes}: delivery will not be retried),
 *     {@code X-NDR-Hard-Bounce} ({@code yes}: the address itself is bad),
 *     {@code X-NDR-Explanation} (one line), {@code X-NDR-Fix-Owner} (who must act:
 *     {@code sender}, {@code sender-admin}, {@code recipient-admin}, {@code recipient},
 *     {@code nobody}), {@code X-NDR-Generated-By} ({@code own-server}, {@code next-hop},
 *     {@code recipient-server}, {@code unknown}), {@code X-NDR-Diagnostic} (the remote server's
 *     words, at most 400 characters)</li>
 * <li>{@code X-NDR-Backscatter}: {@code no} when the report is for mail this server sent (the
 *     returned original's Message-ID is in a local domain, or its Received fields name this
 *     machine, a host of a local domain or one of {@code localHosts}), {@code yes} when it is not (backscatter: the
 *     reply to mail sent elsewhere in this server's name), {@code unknown} when the report
 *     returns neither; see {@link Backscatter}. Not written for a message that is no report.</li>
 * <li>{@code X-NDR-Detail}: when the report has several recipients, one field for each (at most
 *     20): {@code <address>; status=5.1.1; reply=550; reason=userunknown; permanent=yes;
 *     hard-bounce=yes} ({@code status} and {@code reply} only when known)</li>
 * </ul>
 * The fields absent from the report are left out. Every field of the prefix the mail arrived
 * with is removed first, in any letter case, so that no sender can pass a classification of
 * their own for this server's; values are cleaned to one line, bounded, RFC 2047-encoded when
 * not ASCII and folded. The rest of the message is left as it is.
 *
 * <h2>Attributes</h2>
 * {@code ndr.kind}, {@code ndr.format}, {@code ndr.reportingMta}, {@code ndr.feedbackType},
 * {@code ndr.recipients} (list of String), {@code ndr.status}, {@code ndr.replyCode} (Integer),
 * {@code ndr.reason}, {@code ndr.permanent} (Boolean), {@code ndr.hardBounce} (Boolean),
 * {@code ndr.explanation}, {@code ndr.fixOwner}, {@code ndr.generatedBy}, {@code ndr.backscatter}: the values of the
 * fields above (see {@link BounceAttributes}). {@link HasBounceReason}, {@link IsHardBounce} and
 * {@link IsPermanentBounce} match on them.
 *
 * <h2>Forwarding to an administrator</h2>
 * With {@code forwardTo}, a copy of each bounce or feedback report (never of an auto-reply)
 * with at least one recipient passing the {@code forward*} filters, and not backscatter (unless
 * {@code forwardBackscatter} is set), is sent to that address: a
 * summary of the classification, then the bounce as delivered, attached. The copy has a null
 * reverse path (nothing can bounce back for it, even from the administrator's address), the
 * attribute {@code ndr.forwarded} and the field {@code X-NDR-Forwarded: yes}; {@link IsBounce}
 * and this mailet never process it again. It enters {@code forwardProcessor}, after the root
 * processor.
 *
 * <h2>Never loses mail</h2>
 * When the mail cannot be read or classified, one line is logged, {@code X-NDR-Kind:
 * unclassified} and the attribute {@code ndr.kind=unclassified} are set, and the mail goes on
 * otherwise unchanged. The mailet never throws from {@code service}.
 *
 * <h2>Metrics</h2>
 * Counters {@code ndr.kind.<kind>} (per mail), {@code ndr.reason.<reason>} (per recipient),
 * {@code ndr.failed}, {@code ndr.forwarded}, {@code ndr.forward.suppressed} (over the rate cap),
 * {@code ndr.forward.failed}, {@code ndr.backscatter}; timer {@code ndr.classify}.
 *
 * <h2>Parameters</h2>
 * <ul>
 * <li>{@code headerPrefix} (default {@code X-NDR-}): the prefix of every header field written
 *     and removed</li>
 * <li>{@code knowledgeFile} (optional): a JSON file of the administrator's own explanations,
 *     added to and overriding the built-in knowledge (see
 *     {@code conf/knowledge-overrides.example.json}); a path, absolute or relative to the
 *     directory James runs in; it must be readable and valid at start-up</li>
 * <li>{@code localHosts} (optional): comma-separated further host names of this server (as it
 *     writes them in Received fields) outside its local domains, e.g. {@code mx1.example.net};
 *     the machine's own name (James's default SMTP greeting name) always counts. A returned
 *     original that passed through one of them is this server's mail</li>
 * <li>{@code forwardTo} (optional): the address copies are forwarded to; without it nothing
 *     is forwarded and the other {@code forward*} parameters are refused</li>
 * <li>{@code forwardReasons} (default: every reason but {@code delivered} and
 *     {@code vacation}): the comma-separated reasons to forward, e.g.
 *     {@code userunknown, hostunknown, blocked}</li>
 * <li>{@code forwardPermanentOnly} (default {@code false}): forward only failures that will
 *     not be retried</li>
 * <li>{@code forwardHardBouncesOnly} (default {@code false}): forward only hard bounces</li>
 * <li>{@code forwardMaxPerMinute} (default 60): at most this many copies a minute; the others
 *     are counted ({@code ndr.forward.suppressed}) and not sent</li>
 * <li>{@code forwardProcessor} (default {@code transport}): the processor the copy enters</li>
 * <li>{@code forwardBackscatter} (default {@code false}): forward backscatter too</li>
 * </ul>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * <processor state="root" enableJmx="true">
 *     <!-- No incoming mail keeps the fields it came with: by prefix, and by name in any case. -->
 *     <mailet match="All" class="RemoveMimeHeaderByPrefix">
 *         <prefix>X-NDR-</prefix>
 *     </mailet>
 *     <mailet match="All" class="RemoveMimeHeader">
 *         <name>X-NDR-Kind,X-NDR-Format,X-NDR-Reporting-MTA,X-NDR-Recipient,X-NDR-Status,...</name>
 *     </mailet>
 *     <mailet match="io.github.ndrclassifier.james.IsBounce=dsn,ndr"
 *             class="io.github.ndrclassifier.james.ExplainBounce">
 *         <headerPrefix>X-NDR-</headerPrefix>
 *         <forwardTo>postmaster@example.com</forwardTo>
 *         <forwardReasons>userunknown, hostunknown, blocked, norelaying</forwardReasons>
 *         <forwardPermanentOnly>true</forwardPermanentOnly>
 *         <forwardMaxPerMinute>30</forwardMaxPerMinute>
 *         <localHosts>mx1.example.net, mx2.example.net</localHosts>
 *     </mailet>
 *     ...
 * </processor>
 * }</pre>
 */
public class ExplainBounce extends GenericMailet {
    public static final String HEADER_PREFIX = "headerPrefix";
    public static final String KNOWLEDGE_FILE = "knowledgeFile";
    public static final String FORWARD_TO = "forwardTo";
    public static final String FORWARD_REASONS = "forwardReasons";
    public static final String FORWARD_PERMANENT_ONLY = "forwardPermanentOnly";
    public static final String FORWARD_HARD_BOUNCES_ONLY = "forwardHardBouncesOnly";
    public static final String FORWARD_MAX_PER_MINUTE = "forwardMaxPerMinute";
    public static final String FORWARD_PROCESSOR = "forwardProcessor";
    public static final String FORWARD_BACKSCATTER = "forwardBackscatter";
    public static final String LOCAL_HOSTS = "localHosts";

    static final String DEFAULT_HEADER_PREFIX = "X-NDR-";
    static final int DEFAULT_FORWARD_MAX_PER_MINUTE = 60;
    static final String DEFAULT_FORWARD_PROCESSOR = Mail.TRANSPORT;

    private static final Logger LOGGER = LoggerFactory.getLogger(ExplainBounce.class);
    private static final Set<String> FORWARD_PARAMETERS = Set.of(FORWARD_REASONS, FORWARD_PERMANENT_ONLY,
            FORWARD_HARD_BOUNCES_ONLY, FORWARD_MAX_PER_MINUTE, FORWARD_PROCESSOR, FORWARD_BACKSCATTER);
    private static final Set<String> PARAMETERS = Set.of(HEADER_PREFIX, KNOWLEDGE_FILE, LOCAL_HOSTS, FORWARD_TO,
            FORWARD_REASONS, FORWARD_PERMANENT_ONLY, FORWARD_HARD_BOUNCES_ONLY, FORWARD_MAX_PER_MINUTE,
            FORWARD_PROCESSOR, FORWARD_BACKSCATTER);
    /** Room left for the name's suffix ({@code Reporting-MTA}) and the value on a 78-column line. */
    private static final int MAX_PREFIX_LENGTH = 40;

    private final MetricFactory metricFactory;
    private final Clock clock;
    private final Optional<Explainer> explainer;

    private BounceHeaders headers;
    private BounceMetrics metrics;
    private MailClassifier classifier;
    private Backscatter backscatter;
    private boolean forwardBackscatter;
    private Optional<BounceForwarder> forwarder = Optional.empty();
    private Optional<String> forwardProcessor = Optional.empty();

    @Inject
    public ExplainBounce(MetricFactory metricFactory) {
        this(metricFactory, Clock.systemUTC());
    }

    /** With the clock the forwarding rate cap counts minutes by. */
    ExplainBounce(MetricFactory metricFactory, Clock clock) {
        this(metricFactory, clock, Optional.empty());
    }

    /** With an explainer used instead of the knowledge base (to test what a faulty one does). */
    ExplainBounce(MetricFactory metricFactory, Clock clock, Optional<Explainer> explainer) {
        this.metricFactory = metricFactory;
        this.clock = clock;
        this.explainer = explainer;
    }

    @Override
    public void init() throws MessagingException {
        InitParameters parameters = new InitParameters(getClass().getSimpleName(), this::getInitParameter);
        parameters.checkKnown(getInitParameterNames(), PARAMETERS);
        headers = new BounceHeaders(headerPrefix(parameters));
        metrics = new BounceMetrics(metricFactory);
        Explainer knowledge = explainer.isPresent() ? explainer.get() : knowledge(parameters);
        classifier = new MailClassifier(BounceClassifier.builder().explainer(knowledge).build(), metricFactory);
        List<String> localHosts = new ArrayList<>(MachineNames.of(InetAddress::getLocalHost));
        parameters.optional(LOCAL_HOSTS).map(InitParameters::items).ifPresent(localHosts::addAll);
        backscatter = new Backscatter(this::isLocalDomain, localHosts);
        forwarder = forwarder(parameters);
        forwardBackscatter = parameters.bool(FORWARD_BACKSCATTER, false);
    }

    private boolean isLocalDomain(String name) {
        try {
            return getMailetContext().isLocalServer(Domain.of(name));
        } catch (IllegalArgumentException e) {
            // Not a domain name James accepts (a Message-ID's right side can be anything).
            return false;
        }
    }

    private static String headerPrefix(InitParameters parameters) throws MessagingException {
        String prefix = parameters.string(HEADER_PREFIX, DEFAULT_HEADER_PREFIX);
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw parameters.error(HEADER_PREFIX + " must be at most " + MAX_PREFIX_LENGTH + " characters long");
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c <= ' ' || c >= 127 || c == ':') {
                throw parameters.error(HEADER_PREFIX + " '" + prefix
                        + "' is not the start of a header field name: use printable ASCII without ':' or spaces");
            }
        }
        return prefix;
    }

    private static KnowledgeBase knowledge(InitParameters parameters) throws MessagingException {
        Optional<String> file = parameters.optional(KNOWLEDGE_FILE);
        if (file.isEmpty()) {
            return KnowledgeBase.builtIn();
        }
        Path path;
        try {
            path = Path.of(file.get());
        } catch (InvalidPathException e) {
            throw parameters.error(KNOWLEDGE_FILE + " '" + file.get() + "' is not a valid path: " + e.getMessage());
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw parameters.error(KNOWLEDGE_FILE + " " + path.toAbsolutePath()
                    + (Files.exists(path) ? " is not a readable file" : " does not exist"));
        }
        try {
            return KnowledgeBase.withOverrides(path);
        } catch (DataFileException e) {
            throw parameters.error(KNOWLEDGE_FILE + " cannot be used: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw parameters.error(KNOWLEDGE_FILE + " " + path.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Optional<BounceForwarder> forwarder(InitParameters parameters) throws MessagingException {
        Optional<String> to = parameters.optional(FORWARD_TO);
        if (to.isEmpty()) {
            for (String name : FORWARD_PARAMETERS) {
                if (parameters.optional(name).isPresent()) {
                    throw parameters.error(name + " is set but forwardTo is not: set forwardTo to the address"
                            + " copies go to, or remove " + name);
                }
            }
            return Optional.empty();
        }
        MailAddress address;
        try {
            address = new MailAddress(to.get());
        } catch (AddressException e) {
            throw parameters.error(FORWARD_TO + " '" + to.get() + "' is not a valid mail address: " + e.getMessage(), e);
        }
        Optional<String> reasonList = parameters.optional(FORWARD_REASONS);
        Set<Reason> reasons = reasonList.isPresent() ? parameters.reasons(FORWARD_REASONS, reasonList.get()) : Set.of();
        ForwardFilter filter = new ForwardFilter(reasons, parameters.bool(FORWARD_PERMANENT_ONLY, false),
                parameters.bool(FORWARD_HARD_BOUNCES_ONLY, false));
        int perMinute = parameters.integer(FORWARD_MAX_PER_MINUTE, DEFAULT_FORWARD_MAX_PER_MINUTE, 1,
                ForwardRateLimit.MAX_PER_MINUTE);
        String processor = parameters.string(FORWARD_PROCESSOR, DEFAULT_FORWARD_PROCESSOR);
        forwardProcessor = Optional.of(processor);
        return Optional.of(new BounceForwarder(getMailetContext(), address, processor, headers, filter,
                new ForwardRateLimit(perMinute, clock), metrics));
    }

    @Override
    public Collection<ProcessingState> requiredProcessingState() {
        return forwardProcessor.map(ProcessingState::new).stream().toList();
    }

    @Override
    public String getMailetInfo() {
        return "ExplainBounce: classifies bounces and explains them in header fields and mail attributes";
    }

    @Override
    public void service(Mail mail) {
        if (BounceAttributes.isForwardedCopy(mail)) {
            return;
        }
        MimeMessage message;
        try {
            message = mail.getMessage();
        } catch (MessagingException | RuntimeException e) {
            unclassified(mail, Optional.empty(), "cannot read the message: " + e);
            return;
        }
        Classification classification = ClassificationCache.take(mail, message)
                .map(classifier::explain)
                .orElseGet(() -> classifier.classify(message));
        switch (classification) {
            case Classification.Failed failed -> unclassified(mail, Optional.of(message), failed.problem());
            case Classification.Classified classified -> explain(mail, message, classified.report());
        }
    }

    private void explain(Mail mail, MimeMessage message, BounceReport report) {
        metrics.classified(report);
        BounceAttributes.write(mail, report);
        List<BounceHeaders.Field> fields = headers.describe(report);
        Backscatter.Verdict verdict = Backscatter.Verdict.UNKNOWN;
        if (report.kind() != Kind.NONE) {
            verdict = backscatter.judge(report.original());
            if (verdict == Backscatter.Verdict.YES) {
                metrics.backscatter();
            }
            BounceAttributes.writeBackscatter(mail, verdict);
            fields = new ArrayList<>(fields);
            fields.add(headers.backscatter(verdict));
        }
        writeHeaders(mail, message, fields);
        if (verdict != Backscatter.Verdict.YES || forwardBackscatter) {
            forwarder.ifPresent(f -> f.forwardIfWanted(mail, report));
        }
    }

    private void unclassified(Mail mail, Optional<MimeMessage> message, String problem) {
        metrics.failed();
        LOGGER.warn("Could not classify mail {}, it goes on unclassified: {}", mail.getName(), problem);
        BounceAttributes.writeUnclassified(mail);
        message.ifPresent(m -> writeHeaders(mail, m, headers.unclassified()));
    }

    private void writeHeaders(Mail mail, MimeMessage message, List<BounceHeaders.Field> fields) {
        try {
            headers.strip(message);
            BounceHeaders.write(message, fields);
        } catch (MessagingException | RuntimeException e) {
            LOGGER.warn("Could not write the classification header fields of mail {}: {}", mail.getName(), e.toString());
        }
    }
}
