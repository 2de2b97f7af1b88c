package io.github.ndrclassifier.classify;

import java.util.Optional;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Classifies one recipient from the facts its report states: the enhanced status code (stated,
 * or taken from the diagnostic, or the class code when nothing more is known), the reply code,
 * the reason, and whether the failure is permanent and the address bad.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecipientClassifier {
    private final ReasonInference reasons;

    public RecipientClassifier(ReasonRules rules, ProviderRules providers) {
        this.reasons = new ReasonInference(rules, providers);
    }

    public RecipientResult classify(RecipientFacts facts) {
        return classify(facts, Optional.empty());
    }

    /**
     * Classifies a recipient of a report written by {@code reportingMta} (which may tell whose
     * rules apply when the remote host is not known).
     */
    public RecipientResult classify(RecipientFacts facts, Optional<String> reportingMta) {
        String text = facts.diagnostic().isPresent() ? DiagnosticText.clean(facts.diagnostic().get()) : "";
        Optional<String> diagnostic = text.isEmpty() ? Optional.empty() : Optional.of(text);
        Optional<Integer> replyCode = facts.replyCode().isPresent() ? facts.replyCode()
                : replyCodeIn(text, facts.status());
        Optional<EnhancedStatusCode> stated = statedStatus(facts.status(), text, replyCode);
        int statusClass = statusClass(stated, replyCode, facts.action());

        Reason reason = reasons.infer(facts, stated, statusClass, replyCode, reportingMta, text);
        EnhancedStatusCode status = stated.filter(code -> code.codeClass() == statusClass)
                .orElse(EnhancedStatusCode.ofClass(statusClass));
        boolean permanent = isPermanent(facts.action(), statusClass);
        return new RecipientResult(facts.address(), facts.originalRecipient(), facts.action(), Optional.of(status),
                replyCode, reason, permanent, reason.isHard(statusClass == 5), facts.remoteMta(),
                facts.diagnosticType(), diagnostic, facts.command(), facts.lastAttemptDate(), facts.willRetryUntil(),
                Optional.empty());
    }

    /**
     * The reply code a diagnostic gives: a failure code it starts with, else the first failure
     * code in it, else a code it starts with, else the first code in it, else one the Status field
     * starts with.
     */
    private static Optional<Integer> replyCodeIn(String diagnostic, Optional<String> status) {
        Optional<Integer> leading = SmtpReply.leading(diagnostic);
        if (leading.isPresent() && leading.get() >= 400) {
            return leading;
        }
        Optional<Integer> failure = SmtpReply.findFailure(diagnostic);
        if (failure.isPresent()) {
            return failure;
        }
        if (leading.isPresent()) {
            return leading;
        }
        Optional<Integer> any = SmtpReply.find(diagnostic);
        if (any.isPresent() || status.isEmpty()) {
            return any;
        }
        return SmtpReply.leading(status.get());
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

    private static boolean isPermanent(Optional<Action> action, int statusClass) {
        if (action.isPresent()) {
            return action.get() == Action.FAILED;
        }
        return statusClass == 5;
    }
}
