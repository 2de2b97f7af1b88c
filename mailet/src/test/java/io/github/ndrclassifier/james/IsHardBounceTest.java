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

class IsHardBounceTest {
    private static IsHardBounce matcher(String condition) throws MessagingException {
        IsHardBounce matcher = new IsHardBounce();
        matcher.init(FakeMatcherConfig.builder().matcherName("IsHardBounce").condition(condition).build());
        return matcher;
    }

    private static FakeMail with(Object value) throws MessagingException {
        FakeMail mail = TestMails.bounce("ordinary.eml");
        mail.setAttribute(new Attribute(BounceAttributes.HARD_BOUNCE, AttributeValue.ofAny(value)));
        return mail;
    }

    @Test
    void matchesWhenTheAttributeIsTrue() throws Exception {
        FakeMail mail = with(true);

        assertThat(matcher(null).match(mail)).isEqualTo(mail.getRecipients());
    }

    @Test
    void doesNotMatchWhenTheAttributeIsFalseAbsentOrNotABoolean() throws Exception {
        assertThat(matcher(null).match(with(false))).isEmpty();
        assertThat(matcher(null).match(with("true"))).isEmpty();
        assertThat(matcher(null).match(TestMails.bounce("dsn-userunknown.eml"))).isEmpty();
    }

    @Test
    void matchesWhatExplainBounceFound() throws Exception {
        ExplainBounce mailet = new ExplainBounce(new RecordingMetricFactory());
        mailet.init(FakeMailetConfig.builder().mailetName("ExplainBounce").build());
        FakeMail unknownUser = TestMails.bounce("dsn-userunknown.eml");
        FakeMail delayed = TestMails.bounce("dsn-delayed.eml");
        mailet.service(unknownUser);
        mailet.service(delayed);

        assertThat(matcher("").match(unknownUser)).isEqualTo(unknownUser.getRecipients());
        assertThat(matcher("").match(delayed)).isEmpty();
    }

    @Test
    void refusesACondition() {
        assertThatThrownBy(() -> matcher("true"))
                .isInstanceOf(MessagingException.class)
                .hasMessage("IsHardBounce: takes no condition, but was given 'true'");
    }
}
