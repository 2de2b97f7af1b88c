package io.github.ndrclassifier.james;

import java.util.Collection;
import java.util.List;

import jakarta.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;

/**
 * Matches mail {@link ExplainBounce} classified as a permanent failure: delivery will not be
 * retried (the attribute {@code ndr.permanent}). A delay notice is not permanent. It takes no
 * condition. All recipients match, or none.
 *
 * <pre>{@code
 * <mailet match="io.github.ndrclassifier.james.IsPermanentBounce" class="ToRepository">
 *     <repositoryPath>memory://var/mail/permanent-bounces/</repositoryPath>
 *     <passThrough>true</passThrough>
 * </mailet>
 * }</pre>
 */
public class IsPermanentBounce extends GenericMatcher {
    @Override
    public void init() throws MessagingException {
        AttributeMatchers.requireNoCondition(getClass(), getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return BounceAttributes.isTrue(mail, BounceAttributes.PERMANENT) ? mail.getRecipients() : List.of();
    }

    @Override
    public String getMatcherInfo() {
        return "IsPermanentBounce: matches bounces classified as permanent failures";
    }
}
