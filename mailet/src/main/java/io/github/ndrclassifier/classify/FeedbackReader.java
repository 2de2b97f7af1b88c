package io.github.ndrclassifier.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.ndrclassifier.dsn.FieldReader;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.dsn.TypedAddress;
import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.text.EmailAddresses;

/**
 * Reads an ARF feedback report (RFC 5965): its Feedback-Type, the reporting MTA and the
 * recipients the complaint is about (Original-Rcpt-To, Removal-Recipient, or else the
 * original's To). Also tells the unsubscribe requests mail clients send on a user's behalf,
 * which are feedback of type {@code opt-out}.
 */
public final class FeedbackReader {
    /** The Feedback-Type of an unsubscribe request. */
    public static final String OPT_OUT = "opt-out";
    private static final int MAX_RECIPIENTS = 1000;

    /**
     * The fields of a feedback report.
     *
     * @param feedbackType the Feedback-Type, lower-case ({@code abuse} when the report omits it)
     * @param reportingMta the Reporting-MTA's name
     * @param recipients   the recipients the report is about
     */
    public record Feedback(String feedbackType, Optional<String> reportingMta, List<String> recipients) {
    }

    private FeedbackReader() {
    }

    public static Feedback read(CharSequence report, Optional<HeaderBlock> original) {
        FieldReader reader = new FieldReader(report);
        String type = null;
        String reportingMta = null;
        Set<String> recipients = new LinkedHashSet<>();
        while (reader.advance()) {
            if (reader.atBlankLine()) {
                continue;
            }
            switch (reader.name().toLowerCase(Locale.ROOT)) {
                case "feedback-type" -> {
                    String value = reader.value();
                    if (type == null && !value.isBlank()) {
                        type = value.strip().toLowerCase(Locale.ROOT);
                    }
                }
                case "reporting-mta" -> reportingMta = reportingMta != null ? reportingMta : hostOf(reader.value());
                case "original-rcpt-to", "removal-recipient" -> {
                    if (recipients.size() < MAX_RECIPIENTS) {
                        TypedAddress.parse(reader.value()).ifPresent(a -> recipients.add(a.address()));
                    }
                }
                default -> {
                    // other ARF fields are not needed for classification
                }
            }
        }
        if (recipients.isEmpty() && original.isPresent()) {
            original.get().text("To").ifPresent(to -> EmailAddresses.findAll(to, MAX_RECIPIENTS)
                    .forEach(f -> recipients.add(f.address())));
        }
        return new Feedback(type == null ? "abuse" : type, Optional.ofNullable(reportingMta),
                new ArrayList<>(recipients));
    }

    /**
     * The address that asked to be unsubscribed, when the message is an unsubscribe request a
     * mail client sent for its user ({@code X-Apple-Unsubscribe: true}, which Apple Mail adds to
     * the mail it sends to a List-Unsubscribe mailto address). Such a message also carries
     * {@code Auto-Submitted: auto-replied} but is no auto-reply.
     */
    public static Optional<String> unsubscribeRequester(MessageView message) {
        if (!message.header("X-Apple-Unsubscribe").orElse("").strip().equalsIgnoreCase("true")) {
            return Optional.empty();
        }
        EmailAddresses.Found from = EmailAddresses.find(message.header("From").orElse(""), 0);
        return from == null ? Optional.empty() : Optional.of(EmailAddresses.canonical(from.address()));
    }

    private static String hostOf(String value) {
        int semicolon = value.indexOf(';');
        String host = (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
        return host.isEmpty() ? null : host;
    }
}
