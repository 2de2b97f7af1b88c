package io.github.ndrclassifier.knowledge;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.OriginalMessage;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/** Classified recipients and reports written by hand, for tests of the knowledge base alone. */
final class Recipients {
    private Recipients() {
    }

    /** A recipient as the classifier would give it: permanent when the class is 5. */
    static RecipientResult recipient(String status, String diagnostic, Reason reason) {
        Optional<EnhancedStatusCode> code = Optional.ofNullable(status).flatMap(EnhancedStatusCode::parse);
        boolean permanent = code.map(EnhancedStatusCode::isPermanent).orElse(false);
        return recipient("user@example.com", code, diagnostic, reason, permanent, null);
    }

    static RecipientResult recipient(String address, Optional<EnhancedStatusCode> status, String diagnostic,
                                     Reason reason, boolean permanent, String remoteMta) {
        return new RecipientResult(address, Optional.empty(), Optional.empty(), status, Optional.empty(), reason,
                permanent, false, Optional.ofNullable(remoteMta), Optional.empty(), Optional.ofNullable(diagnostic),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static BounceReport report(Kind kind, String reportingMta, RecipientResult recipient) {
        return new BounceReport(kind, "test", Optional.ofNullable(reportingMta), Optional.empty(), Optional.empty(),
                Optional.empty(), OriginalMessage.UNKNOWN, Optional.empty(), List.of(recipient), Optional.empty());
    }

    /** The id of the entry that explains {@code recipient} in a DSN from mail.example.net. */
    static String entry(KnowledgeBase knowledge, RecipientResult recipient) {
        return knowledge.explain(recipient, report(Kind.DSN, "mail.example.net", recipient))
                .map(Explanation::entry).orElse("(none)");
    }
}
