package io.github.ndrclassifier.classify;

import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.TextNormalizer;

/**
 * Decides why delivery to a recipient failed. In order: a success is delivered; a reason the
 * format itself knows wins, unless it only says delivery expired and the evidence below names
 * what the remote server refused; then a provider's documented rule for its own texts and codes; then
 * the diagnostic text and the status code weighed together (a specific code wins unless the text
 * names one of the reasons that may overrule it, a generic code leaves the decision to the text,
 * and the SMTP command answered tells a missing mailbox from a filter, and a refused recipient
 * from a refused sender or host); then what little the report says (the code's subject, a delay,
 * a refused greeting), and finally onhold when there is text but no evidence, undefined when
 * there is none.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReasonInference {
    private final ReasonRules rules;
    private final ProviderRules providers;

    public ReasonInference(ReasonRules rules, ProviderRules providers) {
        this.rules = rules;
        this.providers = providers;
    }

    /**
     * The reason of one recipient's failure.
     *
     * @param facts        what the report states
     * @param stated       the status code chosen for the recipient
     * @param statusClass  the class of the failure (2, 4 or 5)
     * @param replyCode    the SMTP reply code
     * @param reportingMta the host that wrote the report
     * @param diagnostic   the cleaned diagnostic text, or empty
     */
    public Reason infer(RecipientFacts facts, Optional<EnhancedStatusCode> stated, int statusClass,
                        Optional<Integer> replyCode, Optional<String> reportingMta, String diagnostic) {
        if (statusClass == 2) {
            return Reason.DELIVERED;
        }
        if (facts.reasonHint().isPresent() && !rules.hintMayBeOverruled(facts.reasonHint().get())) {
            // No evidence can overrule this hint: the text need not be searched.
            return facts.reasonHint().get();
        }
        String text = TextNormalizer.normalize(evidenceText(facts, diagnostic));
        Reason evidence = fromEvidence(facts, stated, replyCode, reportingMta, text);
        if (facts.reasonHint().isPresent() && !rules.overrulesHint(facts.reasonHint().get(), evidence)) {
            return facts.reasonHint().get();
        }
        return evidence;
    }

    private Reason fromEvidence(RecipientFacts facts, Optional<EnhancedStatusCode> stated,
                                Optional<Integer> replyCode, Optional<String> reportingMta, String text) {
        Optional<String> command = facts.command().map(ReasonInference::commandVerb)
                .filter(c -> !c.isEmpty()).or(() -> rules.commandIn(text));
        Optional<ProviderRules.Verdict> byProvider = providers.decide(new ProviderRules.Query(facts.remoteMta(),
                reportingMta, text, stated, replyCode, command));
        if (byProvider.isPresent()) {
            return byProvider.get().reason();
        }
        Optional<Reason> byCode = stated.flatMap(rules::forStatus);
        if (byCode.isPresent() && !rules.mayBeOverruled(byCode.get())) {
            // No phrase can change the outcome: the search of the text would go unused.
            return forCommand(byCode.get(), command);
        }
        Optional<ReasonRules.Evidence> byText = rules.forText(text)
                .filter(evidence -> !evidence.weak() || byCode.isEmpty());
        if (byText.isPresent()) {
            Reason found = byText.get().reason();
            boolean weighCommand = found == Reason.USERUNKNOWN && !byText.get().directory();
            Reason fromText = forCommand(weighCommand ? unknownUser(byCode, command) : found, command);
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

    /** The connection or the HELO/EHLO greeting: a refusal there is about the sending host. */
    private static boolean isGreeting(String command) {
        return command.equals("HELO") || command.equals("EHLO") || command.equals("CONN") || command.equals("CONNECT");
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
        return (space < 0 ? verb : verb.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    /**
     * The text the phrase tables read: the diagnostic, after "x-unix; " for the message of a local
     * delivery program (so the phrase table weighs that origin, mailererror, against what the
     * message says: a full mailbox is still one), and before the comment after the code in a
     * Status field ("5.2.1 (mailbox disabled)"). Most diagnostics have neither: no copy is made.
     */
    private static String evidenceText(RecipientFacts facts, String diagnostic) {
        boolean unix = facts.diagnosticType().filter("X-UNIX"::equalsIgnoreCase).isPresent();
        String comment = facts.status().isPresent() ? statusComment(facts.status().get()) : "";
        if (!unix && comment.isEmpty()) {
            return diagnostic;
        }
        return (unix ? "x-unix; " : "") + diagnostic + comment;
    }

    /** The comment after the code in a Status field, with a leading space, or "". */
    private static String statusComment(String status) {
        String value = status.strip();
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
        if (command.filter(ReasonInference::isGreeting).isPresent()) {
            return Reason.BLOCKED;
        }
        return text.isEmpty() ? Reason.UNDEFINED : Reason.ONHOLD;
    }
}
