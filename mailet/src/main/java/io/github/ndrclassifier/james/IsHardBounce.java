package io.github.ndrclassifier.james;

import java.util.Collection;
import java.util.List;

import jakarta.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;

/**
 * Matches mail {@link ExplainBounce} classified as a hard bounce: the address itself is bad
 * (unknown user or domain, moved), so mail to it should stop (the attribute
 * {@code ndr.hardBounce}). It takes no condition. All recipients match, or none.
 *
 * <pre>{@code
 * <mailet match="io.github.ndrclassifier.james.IsHardBounce" class="ToRepository">
 *     <repositoryPath>memory://var/mail/hard-bounces/</repositoryPath>
 *     <passThrough>true</passThrough>
 * </mailet>
 * }</pre>
 */
public class IsHardBounce extends GenericMatcher {
    @Override
    public void init() throws MessagingException {
        AttributeMatchers.requireNoCondition(getClass(), getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return BounceAttributes.isTrue(mail, BounceAttributes.HARD_BOUNCE) ? mail.getRecipients() : List.of();
    }

    @Override
    public String getMatcherInfo() {
        return "IsHardBounce: matches bounces classified as hard (the address is bad)";
    }
}
