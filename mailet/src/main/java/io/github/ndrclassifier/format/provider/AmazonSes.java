package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.DiagnosticCode;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.dsn.MtaName;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.JsonTree;

/**
 * Amazon SES. Two forms:
 * <ul>
 * <li>the bounces SES returns by mail (a DSN from {@code MAILER-DAEMON@...amazonses.com}, with
 * {@code X-SES-Outgoing}), whose older Diagnostic-Code wraps the remote reply in SES's own
 * words: {@code 5.1.0 - Unknown address error 550-'5.7.1 ... Access denied' (delivery attempts:
 * 0)};</li>
 * <li>the JSON notifications SES publishes (through SNS, mailed to a subscriber): a
 * {@code notificationType} (or {@code eventType}) of Bounce, Complaint, Delivery or
 * DeliveryDelay, with the recipients and, for bounces, SES's bounce type and sub-type. A
 * complaint is feedback; the sub-types that name their cause (NoEmail, Suppressed,
 * OnAccountSuppressionList, MailboxFull, MessageTooLarge) give the reason.</li>
 * </ul>
 */
public final class AmazonSes implements FormatRecognizer {
    private static final int MAX_RECIPIENTS = 1000;
    private static final String[][] SUB_TYPES = {{"noemail", "USERUNKNOWN"}, {"suppressed", "SUPPRESSED"},
        {"onaccountsuppressionlist", "SUPPRESSED"}, {"mailboxfull", "MAILBOXFULL"},
        {"messagetoolarge", "MESGTOOBIG"}};

    @Override
    public String name() {
        return "amazonses";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return message.hasHeader("X-SES-Outgoing") || from.contains("amazonses.com")
                || message.hasHeader("x-amz-sns-message-id") || from.contains("@sns.amazonaws.com");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        Optional<JsonNode> notification = notification(message.body());
        if (notification.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root = notification.get();
        String type = text(root, "notificationType").or(() -> text(root, "eventType")).orElse("")
                .toLowerCase(Locale.ROOT);
        return switch (type) {
            case "bounce" -> bounce(root.path("bounce"));
            case "complaint" -> complaint(root.path("complaint"));
            case "delivery" -> delivery(root.path("delivery"));
            case "deliverydelay" -> delay(root.path("deliveryDelay"));
            default -> Optional.empty();
        };
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        List<RecipientFacts> refined = new ArrayList<>(fromReport.size());
        for (RecipientFacts facts : fromReport) {
            Optional<Unwrapped> unwrapped = facts.diagnostic().flatMap(AmazonSes::unwrap);
            if (unwrapped.isEmpty()) {
                refined.add(facts);
                continue;
            }
            RecipientFacts.Builder builder = facts.toBuilder().diagnostic(unwrapped.get().reply());
            boolean statusSaysLess = facts.status().flatMap(EnhancedStatusCode::find)
                    .map(EnhancedStatusCode::isClassOnly).orElse(true);
            if (statusSaysLess) {
                builder.status(unwrapped.get().status());
            }
            refined.add(builder.build());
        }
        return refined;
    }

    /** SES's own words around a remote reply, and the status SES chose for it. */
    private record Unwrapped(String status, String reply) {
    }

    /**
     * {@code 5.3.0 - Other mail system problem 550-'Unknown user ...' (delivery attempts: 0)}:
     * SES's status, its description, the remote reply code and, in quotes, the reply text.
     */
    static Optional<Unwrapped> unwrap(String diagnostic) {
        String s = diagnostic.strip();
        int dash = s.indexOf(" - ");
        int open = s.indexOf("-'");
        int close = s.lastIndexOf('\'');
        if (dash < 5 || open < dash + 3 || close <= open + 2 || !isReplyCode(s, open - 3)) {
            return Optional.empty();
        }
        Optional<EnhancedStatusCode> status = EnhancedStatusCode.parse(s.substring(0, dash).strip());
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String code = s.substring(open - 3, open);
        String text = s.substring(open + 2, close).strip();
        return Optional.of(new Unwrapped(status.get().toString(), code + " " + text));
    }

    private static boolean isReplyCode(String s, int at) {
        return at >= 0 && at + 3 <= s.length() && Character.isDigit(s.charAt(at))
                && Character.isDigit(s.charAt(at + 1)) && Character.isDigit(s.charAt(at + 2))
                && (at == 0 || s.charAt(at - 1) == ' ');
    }

    /** The SES notification in the body, unwrapped from an SNS envelope when it has one. */
    static Optional<JsonNode> notification(String body) {
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        Optional<JsonNode> root = parse(body.substring(start, end + 1));
        if (root.isPresent() && root.get().path("Message").isTextual()) {
            return parse(root.get().path("Message").asText());
        }
        return root.filter(JsonNode::isObject);
    }

    private static Optional<JsonNode> parse(String json) {
        // Sendmail breaks lines longer than 990 characters with "!" and a newline and a space; no
        // JSON holds that sequence (a string cannot hold a raw line end, nor can "!" stand outside
        // one), so it is removed before the one parse, not after a failed one.
        String joined = json.indexOf("!\n ") < 0 && json.indexOf("!\r\n ") < 0 ? json
                : json.replace("!\r\n ", "").replace("!\n ", "");
        try {
            return Optional.of(JsonTree.parse(joined));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private Optional<NdrReport> bounce(JsonNode bounce) {
        Reason hint = subTypeReason(text(bounce, "bounceSubType").orElse(""));
        String reportingMta = text(bounce, "reportingMTA").flatMap(MtaName::parse).map(MtaName::host).orElse(null);
        boolean transientBounce = text(bounce, "bounceType").filter("Transient"::equalsIgnoreCase).isPresent();
        List<RecipientFacts> recipients = new ArrayList<>();
        for (JsonNode recipient : bounce.path("bouncedRecipients")) {
            Optional<String> address = text(recipient, "emailAddress").flatMap(ReportText::address);
            if (address.isEmpty() || recipients.size() >= MAX_RECIPIENTS) {
                continue;
            }
            Optional<DiagnosticCode> diagnostic = text(recipient, "diagnosticCode").flatMap(DiagnosticCode::parse);
            Action action = text(recipient, "action").flatMap(Action::parse)
                    .orElse(transientBounce ? Action.DELAYED : Action.FAILED);
            recipients.add(RecipientFacts.builder(address.get())
                    .action(action)
                    .status(text(recipient, "status").orElse(null))
                    .diagnosticType(diagnostic.map(DiagnosticCode::type).orElse(null))
                    .diagnostic(diagnostic.map(DiagnosticCode::text).orElse(null))
                    .remoteMta(text(bounce, "remoteMtaIp").orElse(null))
                    .reasonHint(hint)
                    .build());
        }
        return report(recipients, reportingMta);
    }

    private Optional<NdrReport> complaint(JsonNode complaint) {
        List<RecipientFacts> recipients = new ArrayList<>();
        for (JsonNode recipient : complaint.path("complainedRecipients")) {
            text(recipient, "emailAddress").flatMap(ReportText::address)
                    .filter(a -> recipients.size() < MAX_RECIPIENTS)
                    .ifPresent(a -> recipients.add(RecipientFacts.builder(a).build()));
        }
        if (recipients.isEmpty()) {
            return Optional.empty();
        }
        String type = text(complaint, "complaintFeedbackType").orElse("abuse").toLowerCase(Locale.ROOT);
        return Optional.of(NdrReport.feedback(name(), Optional.empty(), recipients, type));
    }

    private Optional<NdrReport> delivery(JsonNode delivery) {
        String response = text(delivery, "smtpResponse").orElse(null);
        List<RecipientFacts> recipients = new ArrayList<>();
        for (JsonNode recipient : delivery.path("recipients")) {
            ReportText.address(recipient.asText()).filter(a -> recipients.size() < MAX_RECIPIENTS)
                    .ifPresent(a -> recipients.add(RecipientFacts.builder(a)
                            .action(Action.DELIVERED)
                            .diagnosticType("smtp")
                            .diagnostic(response)
                            .remoteMta(text(delivery, "remoteMtaIp").orElse(null))
                            .build()));
        }
        return report(recipients, text(delivery, "reportingMTA").orElse(null));
    }

    private Optional<NdrReport> delay(JsonNode delay) {
        List<RecipientFacts> recipients = new ArrayList<>();
        for (JsonNode recipient : delay.path("delayedRecipients")) {
            Optional<String> address = text(recipient, "emailAddress").flatMap(ReportText::address);
            if (address.isEmpty() || recipients.size() >= MAX_RECIPIENTS) {
                continue;
            }
            Optional<DiagnosticCode> diagnostic = text(recipient, "diagnosticCode").flatMap(DiagnosticCode::parse);
            recipients.add(RecipientFacts.builder(address.get())
                    .action(Action.DELAYED)
                    .status(text(recipient, "status").orElse(null))
                    .diagnosticType(diagnostic.map(DiagnosticCode::type).orElse(null))
                    .diagnostic(diagnostic.map(DiagnosticCode::text).orElse(null))
                    .build());
        }
        return report(recipients, text(delay, "reportingMTA").orElse(null));
    }

    private Optional<NdrReport> report(List<RecipientFacts> recipients, String reportingMta) {
        return recipients.isEmpty() ? Optional.empty()
                : Optional.of(new NdrReport(name(), Optional.ofNullable(reportingMta), recipients));
    }

    private static Reason subTypeReason(String subType) {
        String key = subType.toLowerCase(Locale.ROOT);
        for (String[] entry : SUB_TYPES) {
            if (entry[0].equals(key)) {
                return Reason.valueOf(entry[1]);
            }
        }
        return null;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
