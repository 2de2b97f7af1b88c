package io.github.ndrclassifier.james;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;

import io.github.ndrclassifier.report.Reason;

/**
 * Matches mail {@link ExplainBounce} classified with one of the reasons of the condition
 * (comma-separated, e.g. {@code userunknown,hostunknown}; the attribute {@code ndr.reason}, that
 * of the first recipient the report tells of a problem for). All recipients match, or none.
 *
 * <pre>{@code
 * <mailet match="io.github.ndrclassifier.james.HasBounceReason=mailboxfull,exceedlimit" class="ToRepository">
 *     <repositoryPath>memory://var/mail/bounces-quota/</repositoryPath>
 *     <passThrough>true</passThrough>
 * </mailet>
 * }</pre>
 */
public class HasBounceReason extends GenericMatcher {
    private Set<Reason> reasons;

    @Override
    public void init() throws MessagingException {
        InitParameters parameters = new InitParameters(getClass().getSimpleName(), name -> null);
        String condition = getCondition();
        if (condition == null || condition.isBlank()) {
            throw parameters.error("the condition must list the reasons to match, e.g. HasBounceReason=userunknown,hostunknown");
        }
        reasons = parameters.reasons("condition", condition);
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        boolean matches = BounceAttributes.string(mail, BounceAttributes.REASON)
                .flatMap(Reason::of)
                .map(reasons::contains)
                .orElse(false);
        return matches ? mail.getRecipients() : List.of();
    }

    @Override
    public String getMatcherInfo() {
        return "HasBounceReason: matches bounces classified with one of " + reasons;
    }
}
