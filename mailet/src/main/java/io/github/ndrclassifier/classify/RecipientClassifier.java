package io.github.ndrclassifier.classify;

import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;
import io.github.ndrclassifier.text.PhraseTable;
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

    public RecipientClassifier(ReasonRules rules) {
        this.rules = rules;
    }

    public RecipientResult classify(RecipientFacts facts) {
        Optional<String> diagnostic = facts.diagnostic().map(DiagnosticText::clean).filter(d -> !d.isEmpty());
        String text = diagnostic.orElse("");
        Optional<Integer> replyCode = facts.replyCode()
                .or(() -> SmtpReply.leading(text).filter(code -> code >= 400))
                .or(() -> SmtpReply.findFailure(text))
                .or(() -> SmtpReply.leading(text))
                .or(() -> SmtpReply.find(text))
                .or(() -> facts.status().flatMap(SmtpReply::leading));
        Optional<EnhancedStatusCode> stated = statedStatus(facts.status(), text, replyCode);
        int statusClass = statusClass(stated, replyCode, facts.action());

        Reason reason = reason(facts, stated, statusClass, TextNormalizer.normalize(text));
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

    private Reason reason(RecipientFacts facts, Optional<EnhancedStatusCode> stated, int statusClass, String text) {
        if (statusClass == 2) {
            return Reason.DELIVERED;
        }
        if (facts.reasonHint().isPresent()) {
            return facts.reasonHint().get();
        }
        Optional<Reason> byText = rules.forText(text).map(PhraseTable.Match::value);
        if (byText.isPresent()) {
            return byText.get();
        }
        Optional<Reason> byCode = stated.flatMap(rules::forStatus);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        return fallback(facts, stated, text);
    }

    private static Reason fallback(RecipientFacts facts, Optional<EnhancedStatusCode> stated, String text) {
        if (stated.isPresent() && stated.get().subject() == 6) {
            return Reason.CONTENTERROR;
        }
        if (stated.isPresent() && stated.get().subject() == 7) {
            return Reason.SECURITYERROR;
        }
        if (facts.diagnosticType().filter("X-UNIX"::equalsIgnoreCase).isPresent()) {
            return Reason.MAILERERROR;
        }
        if (facts.action().filter(a -> a == Action.DELAYED).isPresent()) {
            return Reason.EXPIRED;
        }
        if (facts.command().filter(c -> c.equalsIgnoreCase("HELO") || c.equalsIgnoreCase("EHLO")).isPresent()) {
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
