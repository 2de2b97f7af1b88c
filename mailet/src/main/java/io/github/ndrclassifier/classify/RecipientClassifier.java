package io.github.ndrclassifier.classify;

import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;
import io.github.ndrclassifier.text.TextNormalizer;

/**
 * Classifies one recipient from the facts its report states: the enhanced status code (stated,
 * or taken from the diagnostic, or the class code when nothing more is known), the reply code,
 * the reason, and whether the failure is permanent and the address bad.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecipientClassifier {
    private final ReasonRules rules;
    private final ProviderRules providers;

    public RecipientClassifier(ReasonRules rules) {
        this(rules, ProviderRules.none());
    }

    public RecipientClassifier(ReasonRules rules, ProviderRules providers) {
        this.rules = rules;
        this.providers = providers;
    }

    public RecipientResult classify(RecipientFacts facts) {
        return classify(facts, Optional.empty());
    }

    /**
     * Classifies a recipient of a report written by {@code reportingMta} (which may tell whose
     * rules apply when the remote host is not known).
     */
    public RecipientResult classify(RecipientFacts facts, Optional<String> reportingMta) {
        Optional<String> diagnostic = facts.diagnostic().map(DiagnosticText::clean).filter(d -> !d.isEmpty());
        String text = diagnostic.orElse("");
        Optional<Integer> replyCode = facts.replyCode()
                .or(() -> SmtpReply.leading(text))
                .or(() -> SmtpReply.find(text))
                .or(() -> facts.status().flatMap(SmtpReply::leading));
        Optional<EnhancedStatusCode> stated = statedStatus(facts.status(), text, replyCode);
        int statusClass = statusClass(stated, replyCode, facts.action());

        Reason reason = reason(facts, stated, statusClass, replyCode, reportingMta,
                TextNormalizer.normalize(diagnosticTypeMark(facts) + text + statusComment(facts.status())));
        EnhancedStatusCode status = stated.filter(code -> code.codeClass() == statusClass)
                .orElse(EnhancedStatusCode.ofClass(statusClass));
        boolean permanent = isPermanent(facts.action(), statusClass);
        return new RecipientResult(facts.address(), facts.originalRecipient(), facts.action(), Optional.of(status),
                replyCode, reason, permanent, reason.isHard(statusClass == 5), facts.remoteMta(),
                facts.diagnosticType(), diagnostic, facts.command(), facts.lastAttemptDate(), facts.willRetryUntil(),
                Optional.empty());
    }

    /**
     * The code a report states. The code in the remote server's reply is preferred to the
     * reporting MTA's Status field, which often only summarises it ({@code Status: 5.0.0}, or a
     * generic code for a specific reply), unless it says no more than its class, or its class
     * contradicts the reply code while the Status field's agrees.
     */
    static Optional<EnhancedStatusCode> statedStatus(Optional<String> statusField, String diagnostic,
                                                     Optional<Integer> replyCode) {
        Optional<EnhancedStatusCode> field = statusField.flatMap(EnhancedStatusCode::find);
        Optional<EnhancedStatusCode> inText = EnhancedStatusCode.findAfterReply(diagnostic);
        if (field.isEmpty()) {
            return inText;
        }
        if (inText.isEmpty() || inText.get().isClassOnly() || inText.equals(field)) {
            return field;
        }
        if (inText.get().codeClass() != field.get().codeClass() && replyCode.isPresent()) {
            return replyCode.get() / 100 == inText.get().codeClass() ? inText : field;
        }
        return inText;
    }

    private static int statusClass(Optional<EnhancedStatusCode> stated, Optional<Integer> replyCode,
                                   Optional<Action> action) {
        if (stated.isPresent()) {
            return stated.get().codeClass();
        }
        if (replyCode.isPresent()) {
            return replyCode.get() / 100;
        }
        if (action.isPresent()) {
            return switch (action.get()) {
                case DELAYED -> 4;
                case DELIVERED, RELAYED, EXPANDED -> 2;
                case FAILED -> 5;
            };
        }
        return 5;
    }

    /**
     * The reason: what the format knows for sure, else an X-UNIX diagnostic (a local delivery
     * program failed), else a provider's own rule, else the text and the status code weighed
     * together, else what little the report says.
     */
    private Reason reason(RecipientFacts facts, Optional<EnhancedStatusCode> stated, int statusClass,
                          Optional<Integer> replyCode, Optional<String> reportingMta, String text) {
        if (statusClass == 2) {
            return Reason.DELIVERED;
        }
        if (facts.reasonHint().isPresent()) {
            return facts.reasonHint().get();
        }
        Optional<String> command = facts.command().map(RecipientClassifier::commandVerb)
                .filter(c -> !c.isEmpty()).or(() -> rules.commandIn(text));
        Optional<ProviderRules.Verdict> byProvider = providers.decide(new ProviderRules.Query(facts.remoteMta(),
                reportingMta, text, stated, replyCode, command));
        if (byProvider.isPresent()) {
            return byProvider.get().reason();
        }
        Optional<Reason> byCode = stated.flatMap(rules::forStatus);
        Optional<ReasonRules.Evidence> byText = rules.forText(text)
                .filter(evidence -> !evidence.weak() || byCode.isEmpty());
        if (byText.isPresent()) {
            Reason found = byText.get().reason();
            Reason fromText = forCommand(found == Reason.USERUNKNOWN ? unknownUser(byCode, command) : found, command);
            if (byCode.isEmpty() || byCode.get() == fromText || rules.textOverrules(byCode.get(), fromText)) {
                return fromText;
            }
            return forCommand(byCode.get(), command);
        }
        if (byCode.isPresent()) {
            return forCommand(byCode.get(), command);
        }
        return fallback(facts, stated, command, text);
    }

    /**
     * A refusal of an address given in reply to MAIL FROM concerns the sender, and one given to
     * the greeting (HELO/EHLO, or the connection) concerns the sending host.
     */
    private static Reason forCommand(Reason reason, Optional<String> command) {
        boolean aboutAddress = reason == Reason.USERUNKNOWN || reason == Reason.HOSTUNKNOWN
                || reason == Reason.FILTERED;
        if (!aboutAddress || command.isEmpty()) {
            return reason;
        }
        return switch (command.get()) {
            case "MAIL" -> Reason.REJECTED;
            case "HELO", "EHLO", "CONN", "CONNECT" -> Reason.BLOCKED;
            default -> reason;
        };
    }

    /**
     * A reply saying the user is unknown means the mailbox does not exist when it answered RCPT
     * or carries a mailbox-status code (x.1.1); given to DATA, or with a generic code and no
     * command known, it is a recipient-side filter pretending the user is unknown (the way
     * filtering mobile carriers and content filters reject).
     */
    private static Reason unknownUser(Optional<Reason> byCode, Optional<String> command) {
        if (byCode.filter(r -> r == Reason.USERUNKNOWN).isPresent()
                || command.filter(c -> c.equals("RCPT")).isPresent()) {
            return Reason.USERUNKNOWN;
        }
        return Reason.FILTERED;
    }

    private static String commandVerb(String command) {
        String verb = command.strip();
        int space = verb.indexOf(' ');
        return (space < 0 ? verb : verb.substring(0, space)).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * "x-unix; " for the message of a local delivery program, so the phrase table weighs that
     * origin (mailererror) against what the message says (a full mailbox is still one).
     */
    private static String diagnosticTypeMark(RecipientFacts facts) {
        return facts.diagnosticType().filter("X-UNIX"::equalsIgnoreCase).isPresent() ? "x-unix; " : "";
    }

    /** The comment after the code in a Status field ("5.2.1 (mailbox disabled)"), with a leading space. */
    private static String statusComment(Optional<String> status) {
        if (status.isEmpty()) {
            return "";
        }
        String value = status.get().strip();
        int space = value.indexOf(' ');
        return space < 0 ? "" : " " + value.substring(space + 1);
    }

    private static Reason fallback(RecipientFacts facts, Optional<EnhancedStatusCode> stated,
                                   Optional<String> command, String text) {
        if (stated.isPresent() && stated.get().subject() == 6) {
            return Reason.CONTENTERROR;
        }
        if (stated.isPresent() && stated.get().subject() == 7) {
            return Reason.SECURITYERROR;
        }
        if (facts.action().filter(a -> a == Action.DELAYED).isPresent()) {
            return Reason.EXPIRED;
        }
        if (command.filter(c -> c.equals("HELO") || c.equals("EHLO") || c.equals("CONN") || c.equals("CONNECT")).isPresent()) {
            return Reason.BLOCKED;
        }
        return text.isEmpty() ? Reason.UNDEFINED : Reason.ONHOLD;
    }

    private static boolean isPermanent(Optional<Action> action, int statusClass) {
        if (action.isPresent()) {
            return action.get() == Action.FAILED;
        }
        return statusClass == 5;
    }
}
