package io.github.ndrclassifier.james;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.mime.ContentType;
import io.github.ndrclassifier.report.Kind;

/**
 * Matches bounces, for {@link ExplainBounce}. Ordinary mail costs two look-ups: only mail with a
 * null reverse path ({@code MAIL FROM:<>}) or a {@code multipart/report} top-level content type
 * (other than a read receipt) is read at all, and then the classifier reads it only as far as
 * needed and decides. All recipients match, or none.
 *
 * <p>The condition lists the kinds to match, comma-separated (default {@code dsn,ndr}):
 * <ul>
 * <li>{@code dsn}: standard delivery status notifications (RFC 3464)</li>
 * <li>{@code ndr}: the non-standard bounces the classifier recognises (Exim, qmail, Exchange,
 *     providers' own formats, ...)</li>
 * <li>{@code feedback}: ARF feedback reports (complaints, RFC 5965)</li>
 * <li>{@code autoreply}: automatic replies sent with a null reverse path (RFC 3834)</li>
 * </ul>
 * A mail that has a null reverse path or a report content type but cannot be read is matched
 * too, so that {@link ExplainBounce} marks it {@code unclassified}.
 *
 * <p>It never matches the copies {@link ExplainBounce} forwards to the administrator: those carry
 * the attribute {@code ndr.forwarded} (and the field {@code X-NDR-Forwarded}).
 *
 * <pre>{@code
 * <mailet match="io.github.ndrclassifier.james.IsBounce=dsn,ndr,feedback"
 *         class="io.github.ndrclassifier.james.ExplainBounce"/>
 * }</pre>
 */
public class IsBounce extends GenericMatcher {
    static final Set<Kind> DEFAULT_KINDS = EnumSet.of(Kind.DSN, Kind.NDR);

    private static final Logger LOGGER = LoggerFactory.getLogger(IsBounce.class);
    private static final Set<Kind> MATCHABLE = EnumSet.of(Kind.DSN, Kind.NDR, Kind.FEEDBACK, Kind.AUTOREPLY);
    /** The field the forwarded copies carry, with the default prefix. */
    private static final String FORWARDED_FIELD = ExplainBounce.DEFAULT_HEADER_PREFIX + BounceHeaders.FORWARDED;

    private final MetricFactory metricFactory;
    private Set<Kind> kinds;
    private MailClassifier classifier;

    @Inject
    public IsBounce(MetricFactory metricFactory) {
        this.metricFactory = metricFactory;
    }

    @Override
    public void init() throws MessagingException {
        kinds = kinds(getCondition());
        classifier = new MailClassifier(BounceClassifier.builder().build(), metricFactory);
    }

    private static Set<Kind> kinds(String condition) throws MessagingException {
        InitParameters parameters = new InitParameters(IsBounce.class.getSimpleName(), name -> null);
        if (condition == null || condition.isBlank()) {
            return DEFAULT_KINDS;
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String item : InitParameters.items(condition)) {
            Kind kind = MATCHABLE.stream().filter(k -> k.value().equals(item.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> parameters.error("unknown kind '" + item + "' in condition '" + condition
                            + "'; use a comma-separated list of dsn, ndr, feedback, autoreply"));
            kinds.add(kind);
        }
        if (kinds.isEmpty()) {
            throw parameters.error("the condition '" + condition + "' lists no kind");
        }
        return kinds;
    }

    @Override
    public String getMatcherInfo() {
        return "IsBounce: matches bounces (" + kinds + ") for ExplainBounce";
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        boolean nullSender = mail.getMaybeSender().isNullSender();
        MimeMessage message;
        try {
            message = mail.getMessage();
            if (!nullSender && !isReport(message)) {
                return List.of();
            }
            if (isForwardedCopy(mail, message)) {
                return List.of();
            }
        } catch (MessagingException | RuntimeException e) {
            return unreadable(mail, nullSender, e);
        }
        Classification classification = classifier.classify(message);
        boolean matches = switch (classification) {
            case Classification.Failed failed -> true;
            case Classification.Classified classified -> kinds.contains(classified.report().kind());
        };
        if (!matches) {
            return List.of();
        }
        ClassificationCache.put(mail, message, classification);
        return mail.getRecipients();
    }

    /** A top-level multipart/report, unless it is a read receipt (disposition notification). */
    private static boolean isReport(MimeMessage message) throws MessagingException {
        String header = message.getHeader("Content-Type", null);
        if (header == null) {
            return false;
        }
        ContentType type = ContentType.parse(header);
        return type.is("multipart/report")
                && !type.reportType().map("disposition-notification"::equals).orElse(false);
    }

    private static boolean isForwardedCopy(Mail mail, MimeMessage message) throws MessagingException {
        return BounceAttributes.isForwardedCopy(mail) || message.getHeader(FORWARDED_FIELD) != null;
    }

    /**
     * A null-sender mail that cannot even be looked at is most likely a damaged bounce: matched,
     * so that the mailet marks it. Any other is left alone.
     */
    private Collection<MailAddress> unreadable(Mail mail, boolean nullSender, Exception e) {
        LOGGER.debug("Cannot read the header of mail {}: {}", mail.getName(), e.toString());
        return nullSender && !BounceAttributes.isForwardedCopy(mail) ? mail.getRecipients() : List.of();
    }
}
