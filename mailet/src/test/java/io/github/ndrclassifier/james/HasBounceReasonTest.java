package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;

class HasBounceReasonTest {
    private static HasBounceReason matcher(String condition) throws MessagingException {
        HasBounceReason matcher = new HasBounceReason();
        matcher.init(FakeMatcherConfig.builder().matcherName("HasBounceReason").condition(condition).build());
        return matcher;
    }

    private static FakeMail withReason(String reason) throws MessagingException {
        FakeMail mail = TestMails.bounce("ordinary.eml");
        mail.setAttribute(new Attribute(BounceAttributes.REASON, AttributeValue.of(reason)));
        return mail;
    }

    @Test
    void matchesTheReasonsOfTheConditionInAnyCase() throws Exception {
        HasBounceReason matcher = matcher("userunknown, HostUnknown");

        FakeMail userUnknown = withReason("userunknown");
        FakeMail hostUnknown = withReason("hostunknown");
        assertThat(matcher.match(userUnknown)).isEqualTo(userUnknown.getRecipients());
        assertThat(matcher.match(hostUnknown)).isEqualTo(hostUnknown.getRecipients());
        assertThat(matcher.match(withReason("mailboxfull"))).isEmpty();
    }

    @Test
    void doesNotMatchUnclassifiedMail() throws Exception {
        assertThat(matcher("userunknown").match(TestMails.bounce("dsn-userunknown.eml"))).isEmpty();
    }

    @Test
    void ignoresAValueThatIsNoReason() throws Exception {
        assertThat(matcher("userunknown").match(withReason("userunknown-or-not"))).isEmpty();
    }

    @Test
    void matchesWhatExplainBounceFound() throws Exception {
        ExplainBounce mailet = new ExplainBounce(new RecordingMetricFactory());
        mailet.init(FakeMailetConfig.builder().mailetName("ExplainBounce").build());
        FakeMail fullMailbox = TestMails.bounce("dsn-two-recipients.eml");
        FakeMail unknownUser = TestMails.bounce("dsn-userunknown.eml");
        mailet.service(fullMailbox);
        mailet.service(unknownUser);

        HasBounceReason matcher = matcher("mailboxfull");
        assertThat(matcher.match(fullMailbox)).isEqualTo(fullMailbox.getRecipients());
        assertThat(matcher.match(unknownUser)).isEmpty();
    }

    @Test
    void requiresACondition() {
        assertThatThrownBy(() -> matcher(null))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("HasBounceReason: the condition must list the reasons to match");
        assertThatThrownBy(() -> matcher(" , "))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("must list at least one reason");
    }

    @Test
    void rejectsAnUnknownReason() {
        assertThatThrownBy(() -> matcher("userunknown,full"))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("HasBounceReason: condition: unknown reason 'full'; known reasons are userunknown");
    }
}
