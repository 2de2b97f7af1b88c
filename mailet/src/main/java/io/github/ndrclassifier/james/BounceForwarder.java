package io.github.ndrclassifier.james;

import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.text.HeaderValueSanitizer;

/**
 * Sends the administrator a copy of a classified bounce: a summary of the classification on top,
 * the bounce as delivered attached as {@code message/rfc822}.
 *
 * <p>The copy cannot start a loop. It is sent with a null reverse path, so that nothing can be
 * bounced back for it, even when the administrator's address fails; it carries the attribute
 * {@code ndr.forwarded} and the field {@code <prefix>Forwarded: yes}, so that {@link IsBounce}
 * and {@link ExplainBounce} leave it alone; and it enters the processor it is given (by default
 * {@code transport}), after the root processor's matchers.
 */
final class BounceForwarder {
    private static final Logger LOGGER = LoggerFactory.getLogger(BounceForwarder.class);

    private final MailetContext context;
    private final MailAddress to;
    private final String processor;
    private final BounceHeaders headers;
    private final ForwardFilter filter;
    private final ForwardRateLimit rateLimit;
    private final BounceMetrics metrics;
    /** Set while copies are being suppressed, so that a flood logs one line, not one per bounce. */
    private final AtomicBoolean suppressing = new AtomicBoolean();

    BounceForwarder(MailetContext context, MailAddress to, String processor, BounceHeaders headers,
                    ForwardFilter filter, ForwardRateLimit rateLimit, BounceMetrics metrics) {
        this.context = context;
        this.to = to;
        this.processor = processor;
        this.headers = headers;
        this.filter = filter;
        this.rateLimit = rateLimit;
        this.metrics = metrics;
    }

    /** Forwards a copy when the filter wants it and the rate cap allows it. Never throws. */
    void forwardIfWanted(Mail mail, BounceReport report) {
        if (!filter.accepts(report)) {
            return;
        }
        if (!rateLimit.tryAcquire()) {
            metrics.forwardSuppressed();
            if (suppressing.compareAndSet(false, true)) {
                LOGGER.warn("Not forwarding bounces to {} for now: more than the configured number of copies a"
                        + " minute; those not sent are counted in ndr.forward.suppressed", to.asString());
            }
            return;
        }
        suppressing.set(false);
        try {
            send(compose(mail, report));
            metrics.forwarded();
        } catch (MessagingException | RuntimeException e) {
            metrics.forwardFailed();
            LOGGER.warn("Could not forward bounce {} to {}: {}", mail.getName(), to.asString(), e.toString());
        }
    }

    private MimeMessage compose(Mail mail, BounceReport report) throws MessagingException {
        MimeMessage copy = new MimeMessage(Session.getInstance(new Properties()));
        MailAddress from = context.getPostmaster() != null ? context.getPostmaster() : to;
        copy.setFrom(new InternetAddress(from.asString()));
        copy.setRecipient(Message.RecipientType.TO, new InternetAddress(to.asString()));
        copy.setSubject(ForwardSummary.subject(report), "UTF-8");
        copy.setSentDate(new Date());
        copy.setHeader("Auto-Submitted", "auto-generated");
        String marker = headers.name(BounceHeaders.FORWARDED);
        copy.setHeader(marker, HeaderValueSanitizer.headerValue(marker, "yes"));

        MimeBodyPart summary = new MimeBodyPart();
        summary.setText(ForwardSummary.text(report, mail.getRecipients()), "UTF-8");
        MimeBodyPart bounce = new MimeBodyPart();
        bounce.setContent(mail.getMessage(), "message/rfc822");
        bounce.setDisposition(Part.INLINE);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(summary);
        mixed.addBodyPart(bounce);
        copy.setContent(mixed);
        copy.saveChanges();
        return copy;
    }

    private void send(MimeMessage copy) throws MessagingException {
        // MailImpl copies the message when built: the bounce attached is the bounce as it is now.
        MailImpl forwarded = MailImpl.builder()
                .name(MailImpl.getId())
                .sender(MaybeSender.nullSender())
                .addRecipient(to)
                .mimeMessage(copy)
                .addAttribute(new Attribute(BounceAttributes.FORWARDED, AttributeValue.of(true)))
                .build();
        try {
            context.sendMail(forwarded, processor);
        } finally {
            LifecycleUtil.dispose(forwarded);
        }
    }
}
