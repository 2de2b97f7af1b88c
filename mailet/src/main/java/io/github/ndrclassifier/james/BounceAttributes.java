package io.github.ndrclassifier.james;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * The mail attributes {@link ExplainBounce} sets, for later matchers and mailets. Like the
 * headers, the single-valued ones describe the first recipient the report tells of a problem
 * for.
 *
 * <table>
 * <caption>Attributes</caption>
 * <tr><th>name</th><th>type</th><th>value</th></tr>
 * <tr><td>{@code ndr.kind}</td><td>String</td><td>{@code dsn}, {@code ndr}, {@code feedback},
 *     {@code autoreply}, {@code none}, or {@code unclassified} when the mail could not be
 *     classified (then no other attribute is set)</td></tr>
 * <tr><td>{@code ndr.format}</td><td>String</td><td>the recognised format ({@code rfc3464},
 *     {@code postfix}, {@code arf}, ...)</td></tr>
 * <tr><td>{@code ndr.reportingMta}</td><td>String</td><td>the server that wrote the report</td></tr>
 * <tr><td>{@code ndr.recipients}</td><td>list of String</td><td>the recipients the report tells
 *     of a problem for</td></tr>
 * <tr><td>{@code ndr.status}</td><td>String</td><td>the enhanced status code, e.g. {@code 5.1.1}</td></tr>
 * <tr><td>{@code ndr.replyCode}</td><td>Integer</td><td>the SMTP reply code, e.g. 550</td></tr>
 * <tr><td>{@code ndr.reason}</td><td>String</td><td>the reason, e.g. {@code userunknown}</td></tr>
 * <tr><td>{@code ndr.permanent}</td><td>Boolean</td><td>delivery will not be retried</td></tr>
 * <tr><td>{@code ndr.hardBounce}</td><td>Boolean</td><td>the address itself is bad</td></tr>
 * <tr><td>{@code ndr.explanation}</td><td>String</td><td>what happened, in one line</td></tr>
 * <tr><td>{@code ndr.fixOwner}</td><td>String</td><td>who must act ({@code sender},
 *     {@code sender-admin}, {@code recipient-admin}, {@code recipient}, {@code nobody})</td></tr>
 * <tr><td>{@code ndr.generatedBy}</td><td>String</td><td>where the failure arose
 *     ({@code own-server}, {@code next-hop}, {@code recipient-server}, {@code unknown})</td></tr>
 * <tr><td>{@code ndr.feedbackType}</td><td>String</td><td>for feedback reports, e.g.
 *     {@code abuse}</td></tr>
 * <tr><td>{@code ndr.backscatter}</td><td>String</td><td>{@code yes} (the report is for mail
 *     this server did not send), {@code no} or {@code unknown}; see {@link Backscatter}</td></tr>
 * <tr><td>{@code ndr.forwarded}</td><td>Boolean</td><td>true on the copy forwarded to the
 *     administrator, which is never classified again</td></tr>
 * </table>
 */
public final class BounceAttributes {
    public static final AttributeName KIND = AttributeName.of("ndr.kind");
    public static final AttributeName FORMAT = AttributeName.of("ndr.format");
    public static final AttributeName REPORTING_MTA = AttributeName.of("ndr.reportingMta");
    public static final AttributeName RECIPIENTS = AttributeName.of("ndr.recipients");
    public static final AttributeName STATUS = AttributeName.of("ndr.status");
    public static final AttributeName REPLY_CODE = AttributeName.of("ndr.replyCode");
    public static final AttributeName REASON = AttributeName.of("ndr.reason");
    public static final AttributeName PERMANENT = AttributeName.of("ndr.permanent");
    public static final AttributeName HARD_BOUNCE = AttributeName.of("ndr.hardBounce");
    public static final AttributeName EXPLANATION = AttributeName.of("ndr.explanation");
    public static final AttributeName FIX_OWNER = AttributeName.of("ndr.fixOwner");
    public static final AttributeName GENERATED_BY = AttributeName.of("ndr.generatedBy");
    public static final AttributeName FEEDBACK_TYPE = AttributeName.of("ndr.feedbackType");
    public static final AttributeName FORWARDED = AttributeName.of("ndr.forwarded");
    public static final AttributeName BACKSCATTER = AttributeName.of("ndr.backscatter");

    private static final List<AttributeName> CLASSIFICATION = List.of(KIND, FORMAT, REPORTING_MTA, RECIPIENTS,
            STATUS, REPLY_CODE, REASON, PERMANENT, HARD_BOUNCE, EXPLANATION, FIX_OWNER, GENERATED_BY, FEEDBACK_TYPE,
            BACKSCATTER);

    private BounceAttributes() {
    }

    /** True for the copy {@link ExplainBounce} forwarded to the administrator. */
    public static boolean isForwardedCopy(Mail mail) {
        return mail.getAttribute(FORWARDED).flatMap(a -> a.getValue().valueAs(Boolean.class)).orElse(false);
    }

    /** The value of a String attribute. */
    public static Optional<String> string(Mail mail, AttributeName name) {
        return mail.getAttribute(name).flatMap(a -> a.getValue().valueAs(String.class));
    }

    /** The value of a Boolean attribute; false when absent. */
    public static boolean isTrue(Mail mail, AttributeName name) {
        return mail.getAttribute(name).flatMap(a -> a.getValue().valueAs(Boolean.class)).orElse(false);
    }

    /** Replaces the classification attributes with those of {@code report}. */
    static void write(Mail mail, BounceReport report) {
        clear(mail);
        set(mail, KIND, report.kind().value());
        if (report.kind() == Kind.NONE) {
            return;
        }
        set(mail, FORMAT, report.format());
        report.reportingMta().ifPresent(mta -> set(mail, REPORTING_MTA, mta));
        report.feedbackType().ifPresent(type -> set(mail, FEEDBACK_TYPE, type));
        List<AttributeValue<?>> recipients = new ArrayList<>();
        for (RecipientResult recipient : Headline.problems(report)) {
            recipients.add(AttributeValue.of(recipient.address()));
        }
        mail.setAttribute(new Attribute(RECIPIENTS, AttributeValue.of(recipients)));
        Headline.of(report).ifPresent(headline -> {
            headline.status().ifPresent(status -> set(mail, STATUS, status.toString()));
            headline.replyCode().ifPresent(code -> mail.setAttribute(new Attribute(REPLY_CODE, AttributeValue.of(code))));
            set(mail, REASON, headline.reason().value());
            mail.setAttribute(new Attribute(PERMANENT, AttributeValue.of(headline.permanent())));
            mail.setAttribute(new Attribute(HARD_BOUNCE, AttributeValue.of(headline.hardBounce())));
            headline.explanation().ifPresent(explanation -> {
                set(mail, EXPLANATION, explanation.summary());
                set(mail, FIX_OWNER, explanation.fixOwner().value());
                set(mail, GENERATED_BY, explanation.generatedBy().value());
            });
        });
    }

    static void writeBackscatter(Mail mail, Backscatter.Verdict verdict) {
        set(mail, BACKSCATTER, verdict.value());
    }

    /** Replaces the classification attributes with {@code ndr.kind = unclassified}. */
    static void writeUnclassified(Mail mail) {
        clear(mail);
        set(mail, KIND, BounceHeaders.UNCLASSIFIED);
    }

    private static void clear(Mail mail) {
        CLASSIFICATION.forEach(mail::removeAttribute);
    }

    private static void set(Mail mail, AttributeName name, String value) {
        mail.setAttribute(new Attribute(name, AttributeValue.of(value)));
    }
}
