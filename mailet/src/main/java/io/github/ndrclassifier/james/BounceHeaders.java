package io.github.ndrclassifier.james;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.Explanation;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.RecipientResult;
import io.github.ndrclassifier.text.HeaderValueSanitizer;

/**
 * The explanatory header fields {@link ExplainBounce} writes, all named with one prefix
 * ({@code X-NDR-} by default), and the removal of every field of that prefix a message arrived
 * with. Every value goes through {@link HeaderValueSanitizer}: one line, bounded, encoded, folded.
 */
final class BounceHeaders {
    static final String KIND = "Kind";
    static final String FORMAT = "Format";
    static final String REPORTING_MTA = "Reporting-MTA";
    static final String RECIPIENT = "Recipient";
    static final String STATUS = "Status";
    static final String REPLY_CODE = "Reply-Code";
    static final String REASON = "Reason";
    static final String PERMANENT = "Permanent";
    static final String HARD_BOUNCE = "Hard-Bounce";
    static final String EXPLANATION = "Explanation";
    static final String FIX_OWNER = "Fix-Owner";
    static final String GENERATED_BY = "Generated-By";
    static final String DIAGNOSTIC = "Diagnostic";
    static final String FEEDBACK_TYPE = "Feedback-Type";
    static final String DETAIL = "Detail";
    static final String FORWARDED = "Forwarded";
    static final String BACKSCATTER = "Backscatter";

    /** Every field name suffix this package writes. */
    static final List<String> SUFFIXES = List.of(KIND, FORMAT, REPORTING_MTA, RECIPIENT, STATUS, REPLY_CODE, REASON,
            PERMANENT, HARD_BOUNCE, EXPLANATION, FIX_OWNER, GENERATED_BY, DIAGNOSTIC, FEEDBACK_TYPE, DETAIL, FORWARDED,
            BACKSCATTER);

    /** The kind written when the mail could not be classified. */
    static final String UNCLASSIFIED = "unclassified";
    /** At most this many recipients are listed, and given a Detail field each. */
    static final int MAX_RECIPIENTS = 20;

    private static final int MAX_DIAGNOSTIC_LENGTH = 400;

    /** A header field to write: its name and its encoded, folded value. */
    record Field(String name, String value) {
    }

    private final String prefix;

    BounceHeaders(String prefix) {
        this.prefix = prefix;
    }

    String name(String suffix) {
        return prefix + suffix;
    }

    /**
     * Removes every field whose name starts with the prefix, in any case, so that no sender can
     * pass a classification of their own for this server's.
     *
     * @return the number of distinct field names removed
     */
    int strip(MimeMessage message) throws MessagingException {
        List<String> names = new ArrayList<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            String name = header.getName();
            if (name.regionMatches(true, 0, prefix, 0, prefix.length()) && !containsIgnoreCase(names, name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            message.removeHeader(name);
        }
        return names.size();
    }

    /** Adds the fields at the end of the message's header. */
    static void write(MimeMessage message, List<Field> fields) throws MessagingException {
        for (Field field : fields) {
            message.addHeader(field.name(), field.value());
        }
    }

    /** Whether the report is backscatter: {@code yes}, {@code no} or {@code unknown}. */
    Field backscatter(Backscatter.Verdict verdict) {
        return field(BACKSCATTER, verdict.value());
    }

    /** The single field of a mail that could not be classified. */
    List<Field> unclassified() {
        return List.of(field(KIND, UNCLASSIFIED));
    }

    /** The fields that describe a report; only the kind for a message that is no report. */
    List<Field> describe(BounceReport report) {
        List<Field> fields = new ArrayList<>();
        fields.add(field(KIND, report.kind().value()));
        if (report.kind() == Kind.NONE) {
            return fields;
        }
        fields.add(field(FORMAT, report.format()));
        report.reportingMta().ifPresent(mta -> fields.add(field(REPORTING_MTA, mta)));
        report.feedbackType().ifPresent(type -> fields.add(field(FEEDBACK_TYPE, type)));
        List<RecipientResult> problems = Headline.problems(report);
        if (!problems.isEmpty()) {
            fields.add(field(RECIPIENT, addressList(problems)));
        }
        Headline.of(report).ifPresent(headline -> describeHeadline(headline, fields));
        if (report.recipients().size() > 1) {
            for (RecipientResult recipient : report.recipients().subList(0,
                    Math.min(report.recipients().size(), MAX_RECIPIENTS))) {
                fields.add(field(DETAIL, detail(recipient)));
            }
        }
        return fields;
    }

    private void describeHeadline(RecipientResult headline, List<Field> fields) {
        headline.status().ifPresent(status -> fields.add(field(STATUS, status.toString())));
        headline.replyCode().ifPresent(code -> fields.add(field(REPLY_CODE, code.toString())));
        fields.add(field(REASON, headline.reason().value()));
        fields.add(field(PERMANENT, yesNo(headline.permanent())));
        fields.add(field(HARD_BOUNCE, yesNo(headline.hardBounce())));
        if (headline.explanation().isPresent()) {
            Explanation explanation = headline.explanation().get();
            fields.add(field(EXPLANATION, explanation.summary()));
            fields.add(field(FIX_OWNER, explanation.fixOwner().value()));
            fields.add(field(GENERATED_BY, explanation.generatedBy().value()));
        }
        headline.diagnostic().ifPresent(diagnostic ->
                fields.add(field(DIAGNOSTIC, diagnostic, MAX_DIAGNOSTIC_LENGTH)));
    }

    private static String addressList(List<RecipientResult> recipients) {
        StringJoiner list = new StringJoiner(", ");
        int count = 0;
        for (RecipientResult recipient : recipients) {
            if (count++ == MAX_RECIPIENTS) {
                list.add("...");
                break;
            }
            list.add(addressToken(recipient.address()));
        }
        return list.toString();
    }

    /** {@code <address>; status=5.1.1; reply=550; reason=userunknown; permanent=yes; hard-bounce=yes}. */
    private static String detail(RecipientResult recipient) {
        StringBuilder detail = new StringBuilder("<").append(addressToken(recipient.address())).append('>');
        recipient.status().map(EnhancedStatusCode::toString).ifPresent(s -> detail.append("; status=").append(s));
        recipient.replyCode().ifPresent(code -> detail.append("; reply=").append(code));
        detail.append("; reason=").append(recipient.reason().value());
        detail.append("; permanent=").append(yesNo(recipient.permanent()));
        detail.append("; hard-bounce=").append(yesNo(recipient.hardBounce()));
        return detail.toString();
    }

    /**
     * The address with the characters that separate list items and Detail fields replaced, so
     * that an address read from a report cannot pass for several or add a field.
     */
    private static String addressToken(String address) {
        StringBuilder token = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            token.append(c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || Character.isWhitespace(c)
                    || Character.isISOControl(c) ? '?' : c);
        }
        return token.toString();
    }

    private Field field(String suffix, String text) {
        String name = name(suffix);
        return new Field(name, HeaderValueSanitizer.headerValue(name, text));
    }

    private Field field(String suffix, String text, int maxChars) {
        String name = name(suffix);
        return new Field(name, HeaderValueSanitizer.headerValue(name, text, maxChars));
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    }
}
