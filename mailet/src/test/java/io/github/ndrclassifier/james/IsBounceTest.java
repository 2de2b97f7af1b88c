package io.github.ndrclassifier.james;

import static io.github.ndrclassifier.james.TestMails.bounce;
import static io.github.ndrclassifier.james.TestMails.mailFrom;
import static io.github.ndrclassifier.james.TestMails.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsBounceTest {
    private RecordingMetricFactory metrics;

    @BeforeEach
    void setUp() {
        metrics = new RecordingMetricFactory();
    }

    private IsBounce matcher(String condition) throws MessagingException {
        IsBounce matcher = new IsBounce(metrics);
        matcher.init(FakeMatcherConfig.builder().matcherName("IsBounce").condition(condition).build());
        return matcher;
    }

    private int classifications() {
        return metrics.executionTimesFor(MailClassifier.TIMER).size();
    }

    private static MailAddress recipient() throws Exception {
        return new MailAddress(TestMails.RECIPIENT);
    }

    @ParameterizedTest(name = "{0} with condition ''{1}'' matches: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            dsn-userunknown.eml    |                  | true
            dsn-two-recipients.eml |                  | true
            dsn-delayed.eml        |                  | true
            ndr-exim.eml           |                  | true
            autoreply.eml          |                  | false
            ordinary.eml           |                  | false
            dsn-userunknown.eml    | dsn              | true
            ndr-exim.eml           | dsn              | false
            ndr-exim.eml           | ndr              | true
            dsn-userunknown.eml    | ndr              | false
            autoreply.eml          | autoreply        | true
            autoreply.eml          | dsn,ndr,feedback | false
            ordinary.eml           | dsn,ndr,feedback,autoreply | false
            """)
    void matchesNullSenderMailOfTheKindsOfTheCondition(String resource, String condition, boolean matches)
            throws Exception {
        FakeMail mail = bounce(resource);

        assertThat(matcher(condition).match(mail)).isEqualTo(matches ? mail.getRecipients() : java.util.List.of());
        assertThat(classifications()).as("a null-sender mail is classified").isEqualTo(1);
    }

    @Test
    void aFeedbackReportMatchesOnlyWhenAskedFor() throws Exception {
        Mail mail = mailFrom("fbl@isp.example.net", message("feedback-arf.eml"));

        assertThat(matcher(null).match(mail)).isEmpty();
        assertThat(matcher("dsn, ndr, feedback").match(mail)).containsExactly(recipient());
    }

    @Test
    void aReportWithASenderIsClassified() throws Exception {
        Mail mail = mailFrom("mailer-daemon@mx.example.org", message("dsn-userunknown.eml"));

        assertThat(matcher(null).match(mail)).containsExactly(recipient());
    }

    @Test
    void ordinaryMailWithASenderIsNeverRead() throws Exception {
        Mail mail = mailFrom("judy@example.org", new BodyMustNotBeRead(message("ordinary.eml")));

        assertThat(matcher("dsn,ndr,feedback,autoreply").match(mail)).isEmpty();
        assertThat(classifications()).isZero();
    }

    @Test
    void aBounceInTheBodyOfMailWithASenderIsNotLookedFor() throws Exception {
        Mail mail = mailFrom("alice@example.local", new BodyMustNotBeRead(message("ndr-exim.eml")));

        assertThat(matcher(null).match(mail)).isEmpty();
        assertThat(classifications()).isZero();
    }

    @Test
    void aReadReceiptWithASenderIsNeverRead() throws Exception {
        String mdn = """
                From: bob@example.org
                To: alice@example.local
                Subject: Read: Lunch on Friday?
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=disposition-notification; boundary="m"

                --m
                Content-Type: message/disposition-notification

                Final-Recipient: rfc822; bob@example.org
                Disposition: manual-action/MDN-sent-manually; displayed

                --m--
                """;
        Mail mail = mailFrom("bob@example.org", new BodyMustNotBeRead(message(mdn.getBytes(StandardCharsets.US_ASCII))));

        assertThat(matcher("dsn,ndr,feedback").match(mail)).isEmpty();
        assertThat(classifications()).isZero();
    }

    @Test
    void leavesItsClassificationForTheMailetOnlyWhenItMatches() throws Exception {
        FakeMail matched = bounce("dsn-userunknown.eml");
        FakeMail notMatched = bounce("autoreply.eml");
        IsBounce matcher = matcher(null);

        matcher.match(matched);
        matcher.match(notMatched);

        assertThat(ClassificationCache.take(matched, matched.getMessage())).hasValueSatisfying(c ->
                assertThat(c).isInstanceOfSatisfying(Classification.Classified.class,
                        classified -> assertThat(classified.report().kind().value()).isEqualTo("dsn")));
        assertThat(notMatched.getAttribute(ClassificationCache.ATTRIBUTE)).isEmpty();
    }

    @Test
    void aForwardedCopyIsNeverMatched() throws Exception {
        FakeMail byAttribute = bounce("dsn-userunknown.eml");
        byAttribute.setAttribute(new Attribute(BounceAttributes.FORWARDED, AttributeValue.of(true)));
        MimeMessage marked = message("dsn-userunknown.eml");
        marked.setHeader("X-NDR-Forwarded", "yes");
        FakeMail byHeader = bounce(marked);

        assertThat(matcher(null).match(byAttribute)).isEmpty();
        assertThat(matcher(null).match(byHeader)).isEmpty();
        assertThat(classifications()).isZero();
    }

    @Test
    void aNullSenderMailThatCannotBeReadIsMatchedSoThatTheMailetMarksIt() throws Exception {
        FakeMail broken = bounce(new ExplainBounceTest.UnreadableBody(message("dsn-userunknown.eml")));
        FakeMail empty = bounce(message(new byte[0]));

        assertThat(matcher(null).match(broken)).containsExactly(recipient());
        assertThat(matcher(null).match(empty)).containsExactly(recipient());
        assertThat(ClassificationCache.take(empty, empty.getMessage()))
                .hasValueSatisfying(c -> assertThat(c).isInstanceOf(Classification.Failed.class));
    }

    @Test
    void aMailWithASenderWhoseHeaderCannotBeReadIsNotMatched() throws Exception {
        Mail broken = ExplainBounceTest.failing(Mail.class, mailFrom("judy@example.org", message("ordinary.eml")),
                "getMessage", new MessagingException("message store unavailable"));
        Mail brokenBounce = ExplainBounceTest.failing(Mail.class, bounce("dsn-userunknown.eml"),
                "getMessage", new MessagingException("message store unavailable"));

        assertThat(matcher(null).match(broken)).isEmpty();
        assertThat(matcher(null).match(brokenBounce)).containsExactly(recipient());
    }

    @Test
    void theConditionIsReadInAnyCaseAndSpacing() throws Exception {
        assertThat(matcher(" DSN , Feedback ").getMatcherInfo()).contains("DSN", "FEEDBACK").doesNotContain("NDR");
    }

    @Test
    void anUnknownKindIsRejected() {
        assertThatThrownBy(() -> matcher("dsn,bounce"))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("IsBounce: unknown kind 'bounce'")
                .hasMessageContaining("dsn, ndr, feedback, autoreply");
        assertThatThrownBy(() -> matcher("none"))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("unknown kind 'none'");
    }

    @Test
    void aConditionWithoutKindsIsRejected() {
        assertThatThrownBy(() -> matcher(" , "))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("lists no kind");
    }

    /** A message whose header may be read but whose body must not be: ordinary mail stays cheap. */
    static final class BodyMustNotBeRead extends MimeMessage {
        BodyMustNotBeRead(MimeMessage source) throws MessagingException {
            super(source);
        }

        @Override
        public java.io.InputStream getRawInputStream() {
            throw new AssertionError("the body of ordinary mail was read");
        }

        @Override
        public java.io.InputStream getInputStream() {
            throw new AssertionError("the body of ordinary mail was read");
        }

        @Override
        protected java.io.InputStream getContentStream() {
            throw new AssertionError("the body of ordinary mail was read");
        }

        @Override
        public void writeTo(java.io.OutputStream os, String[] ignoreList) {
            throw new AssertionError("the body of ordinary mail was read");
        }
    }
}
