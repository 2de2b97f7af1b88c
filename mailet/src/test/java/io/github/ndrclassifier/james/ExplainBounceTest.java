package io.github.ndrclassifier.james;

import static io.github.ndrclassifier.james.TestMails.bounce;
import static io.github.ndrclassifier.james.TestMails.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.apache.mailet.ProcessingState;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.knowledge.Explanation;
import io.github.ndrclassifier.knowledge.KnowledgeBase;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.report.BounceReport;

class ExplainBounceTest {
    private static final String ADMIN = "postmaster@example.local";

    private RecordingMetricFactory metrics;
    private FakeMailContext context;
    private MailetContext mailetContext;
    private MutableClock clock;

    @BeforeEach
    void setUp() throws Exception {
        metrics = new RecordingMetricFactory();
        context = FakeMailContext.builder().postmaster(new MailAddress(ADMIN)).build();
        mailetContext = withLocalDomain(context, "example.local");
        clock = new MutableClock();
    }

    /** The fake context knows only {@code localhost} as local; a server has its domains. */
    static MailetContext withLocalDomain(MailetContext target, String domain) {
        return (MailetContext) Proxy.newProxyInstance(MailetContext.class.getClassLoader(),
                new Class<?>[] {MailetContext.class}, (proxy, m, args) -> {
                    if (m.getName().equals("isLocalServer") && args[0] instanceof Domain d) {
                        return d.equals(Domain.of(domain));
                    }
                    try {
                        return m.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The fake spool keeps copies of what was sent in James's own message objects: release them. */
    @AfterEach
    void releaseSentMessages() {
        context.getSentMails().forEach(sent -> LifecycleUtil.dispose(sent.getMsg()));
    }

    private ExplainBounce mailet(String... parameters) throws MessagingException {
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("ExplainBounce").mailetContext(mailetContext);
        for (int i = 0; i < parameters.length; i += 2) {
            config.setProperty(parameters[i], parameters[i + 1]);
        }
        ExplainBounce mailet = new ExplainBounce(metrics, clock);
        mailet.init(config.build());
        return mailet;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, null);
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(MimeMessage message, String prefix) throws MessagingException {
        return TestMails.headers(message).stream().map(Header::getName)
                .filter(name -> name.regionMatches(true, 0, prefix, 0, prefix.length())).toList();
    }

    private static Object attribute(Mail mail, String name) {
        return mail.getAttribute(org.apache.mailet.AttributeName.of(name)).map(a -> a.getValue().value()).orElse(null);
    }

    @Nested
    class HeadersForEachKind {
        @Test
        void aStandardDsnGetsEveryFieldOfItsRecipient() throws Exception {
            FakeMail mail = bounce("dsn-userunknown.eml");

            mailet().service(mail);

            MimeMessage message = TestMails.reparsed(mail.getMessage());
            assertThat(header(message, "X-NDR-Kind")).isEqualTo("dsn");
            assertThat(header(message, "X-NDR-Format")).isEqualTo(classify("dsn-userunknown.eml").format());
            assertThat(header(message, "X-NDR-Reporting-MTA")).isEqualTo("mx.example.org");
            assertThat(header(message, "X-NDR-Recipient")).isEqualTo("bob@example.org");
            assertThat(header(message, "X-NDR-Status")).isEqualTo("5.1.1");
            assertThat(header(message, "X-NDR-Reply-Code")).isEqualTo("550");
            assertThat(header(message, "X-NDR-Reason")).isEqualTo("userunknown");
            assertThat(header(message, "X-NDR-Permanent")).isEqualTo("yes");
            assertThat(header(message, "X-NDR-Hard-Bounce")).isEqualTo("yes");
            assertThat(header(message, "X-NDR-Diagnostic")).isEqualTo(
                    "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table");
            Explanation explanation = explained("dsn-userunknown.eml").recipients().get(0).explanation().orElseThrow();
            assertThat(header(message, "X-NDR-Explanation")).isEqualTo(explanation.summary());
            assertThat(header(message, "X-NDR-Fix-Owner")).isEqualTo(explanation.fixOwner().value());
            assertThat(header(message, "X-NDR-Generated-By")).isEqualTo(explanation.generatedBy().value());
            assertThat(message.getHeader("X-NDR-Detail")).as("one recipient needs no detail").isNull();
            assertThat(message.getSubject()).isEqualTo("Undelivered Mail Returned to Sender");
        }

        @Test
        void aNonStandardBounceIsKindNdr() throws Exception {
            FakeMail mail = bounce("ndr-exim.eml");

            mailet().service(mail);

            MimeMessage message = mail.getMessage();
            assertThat(header(message, "X-NDR-Kind")).isEqualTo("ndr");
            assertThat(header(message, "X-NDR-Recipient")).isEqualTo("grace@example.com");
            assertThat(header(message, "X-NDR-Status")).isEqualTo("5.1.1");
            assertThat(header(message, "X-NDR-Reason")).isEqualTo("userunknown");
            assertThat(header(message, "X-NDR-Hard-Bounce")).isEqualTo("yes");
        }

        @Test
        void aFeedbackReportIsNeitherPermanentNorHard() throws Exception {
            FakeMail mail = TestMails.mailFrom("fbl@isp.example.net", message("feedback-arf.eml"));

            mailet().service(mail);

            MimeMessage message = mail.getMessage();
            assertThat(header(message, "X-NDR-Kind")).isEqualTo("feedback");
            assertThat(header(message, "X-NDR-Format")).isEqualTo("arf");
            assertThat(header(message, "X-NDR-Feedback-Type")).isEqualTo("abuse");
            assertThat(header(message, "X-NDR-Recipient")).isEqualTo("heidi@isp.example.net");
            assertThat(header(message, "X-NDR-Reason")).isEqualTo("feedback");
            assertThat(header(message, "X-NDR-Permanent")).isEqualTo("no");
            assertThat(header(message, "X-NDR-Hard-Bounce")).isEqualTo("no");
            assertThat(message.getHeader("X-NDR-Status")).isNull();
        }

        @Test
        void anAutoReplyIsAVacation() throws Exception {
            FakeMail mail = bounce("autoreply.eml");

            mailet().service(mail);

            MimeMessage message = mail.getMessage();
            assertThat(header(message, "X-NDR-Kind")).isEqualTo("autoreply");
            assertThat(header(message, "X-NDR-Recipient")).isEqualTo("ivan@example.org");
            assertThat(header(message, "X-NDR-Reason")).isEqualTo("vacation");
            assertThat(header(message, "X-NDR-Permanent")).isEqualTo("no");
        }

        @Test
        void aMessageThatIsNoReportGetsTheKindOnly() throws Exception {
            FakeMail mail = bounce("ordinary.eml");

            mailet().service(mail);

            assertThat(names(mail.getMessage(), "X-NDR-")).containsExactly("X-NDR-Kind");
            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("none");
        }

        @Test
        void aDelayIsNotPermanent() throws Exception {
            FakeMail mail = bounce("dsn-delayed.eml");

            mailet().service(mail);

            MimeMessage message = mail.getMessage();
            assertThat(header(message, "X-NDR-Status")).isEqualTo("4.4.1");
            assertThat(header(message, "X-NDR-Permanent")).isEqualTo("no");
            assertThat(header(message, "X-NDR-Hard-Bounce")).isEqualTo("no");
        }

        @Test
        void severalRecipientsGetADetailEachAndTheFirstFailedOneIsTheHeadline() throws Exception {
            FakeMail mail = bounce("dsn-two-recipients.eml");

            mailet().service(mail);

            MimeMessage message = TestMails.reparsed(mail.getMessage());
            assertThat(header(message, "X-NDR-Recipient")).isEqualTo("dave@example.net, erin@example.net");
            assertThat(header(message, "X-NDR-Status")).isEqualTo("5.2.2");
            assertThat(header(message, "X-NDR-Reason")).isEqualTo("mailboxfull");
            assertThat(header(message, "X-NDR-Hard-Bounce")).isEqualTo("no");
            assertThat(Arrays.stream(message.getHeader("X-NDR-Detail")).map(MimeUtility::unfold)).containsExactly(
                    "<carol@example.net>; status=2.0.0; reason=delivered; permanent=no; hard-bounce=no",
                    "<dave@example.net>; status=5.2.2; reply=552; reason=mailboxfull; permanent=yes; hard-bounce=no",
                    "<erin@example.net>; status=5.1.1; reply=550; reason=userunknown; permanent=yes; hard-bounce=yes");
        }

        @Test
        void theRestOfTheMessageIsLeftAsItWas() throws Exception {
            byte[] original = TestMails.bytes("dsn-userunknown.eml");
            FakeMail mail = bounce(message(original));

            mailet().service(mail);

            String written = new String(TestMails.written(mail.getMessage()), StandardCharsets.ISO_8859_1);
            String before = new String(original, StandardCharsets.ISO_8859_1);
            int endOfHeader = before.indexOf("\n\n");
            assertThat(written).startsWith(before.substring(0, endOfHeader).replace("\n", "\r\n")
                    + "\r\nX-NDR-Kind: dsn\r\n");
            assertThat(written).endsWith("\r\n\r\n" + before.substring(endOfHeader + 2));
        }

        @Test
        void aCustomPrefixNamesEveryField() throws Exception {
            MimeMessage message = message("dsn-userunknown.eml");
            message.addHeader("X-NDR-Kind", "left alone: not this mailet's prefix");
            message.addHeader("X-Bounce-Reason", "forged");
            FakeMail mail = bounce(message);

            mailet("headerPrefix", "X-Bounce-").service(mail);

            assertThat(header(mail.getMessage(), "X-Bounce-Kind")).isEqualTo("dsn");
            assertThat(header(mail.getMessage(), "X-Bounce-Reason")).isEqualTo("userunknown");
            assertThat(mail.getMessage().getHeader("X-Bounce-Reason")).hasSize(1);
            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("left alone: not this mailet's prefix");
        }
    }

    @Nested
    class Knowledge {
        @Test
        void anAdministratorsFileExplainsInsteadOfTheBuiltInKnowledge(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("site.json"), """
                    {
                      "entries": [
                        {
                          "id": "5.1.1",
                          "code": "5.1.1",
                          "summary": "No such colleague: check the intranet directory.",
                          "cause": "Our directory has no such address.",
                          "fix": "Look the colleague up in the intranet.",
                          "fixOwner": "sender",
                          "permanent": true,
                          "reason": "userunknown"
                        }
                      ]
                    }
                    """);
            FakeMail mail = bounce("dsn-userunknown.eml");

            mailet("knowledgeFile", file.toString()).service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Explanation")).isEqualTo("No such colleague: check the intranet directory.");
            assertThat(header(mail.getMessage(), "X-NDR-Fix-Owner")).isEqualTo("sender");
            assertThat(attribute(mail, "ndr.explanation")).isEqualTo("No such colleague: check the intranet directory.");
            assertThat(attribute(mail, "ndr.fixOwner")).isEqualTo("sender");
        }

        @Test
        void theExampleFileShippedInConfIsAccepted() throws Exception {
            assertThat(mailet("knowledgeFile", Path.of("..", "conf", "knowledge-overrides.example.json").toString()))
                    .isNotNull();
        }
    }

    @Nested
    class ForgedHeaders {
        private static final String FORGED = """
                X-NDR-Kind: none
                x-ndr-hard-bounce: no
                X-Ndr-Reason:
                 spamdetected
                X-NDR-Explanation: Nothing to see here,
                \tplease ignore
                X-NDR-FORWARDED: yes
                """;

        private MimeMessage withForgedHeaders(String resource) throws MessagingException {
            String original = new String(TestMails.bytes(resource), StandardCharsets.ISO_8859_1);
            return message((FORGED + original).getBytes(StandardCharsets.ISO_8859_1));
        }

        @Test
        void areRemovedInAnyCaseAndFoldingBeforeTheClassificationIsWritten() throws Exception {
            FakeMail mail = bounce(withForgedHeaders("dsn-userunknown.eml"));

            mailet().service(mail);

            MimeMessage message = TestMails.reparsed(mail.getMessage());
            assertThat(names(message, "X-NDR-")).doesNotHaveDuplicates()
                    .allSatisfy(name -> assertThat(name).startsWith("X-NDR-"))
                    .doesNotContain("X-NDR-FORWARDED", "X-NDR-Forwarded");
            assertThat(header(message, "X-NDR-Explanation")).isNotEqualTo("Nothing to see here, please ignore");
            assertThat(message.getHeader("X-NDR-Kind")).containsExactly("dsn");
            assertThat(message.getHeader("X-NDR-Hard-Bounce")).containsExactly("yes");
            assertThat(message.getHeader("X-NDR-Reason")).containsExactly("userunknown");
        }

        @Test
        void areRemovedFromAMessageThatIsNoReport() throws Exception {
            FakeMail mail = bounce(withForgedHeaders("ordinary.eml"));

            mailet().service(mail);

            assertThat(names(mail.getMessage(), "X-NDR-")).containsExactly("X-NDR-Kind");
            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("none");
        }

        @Test
        void areRemovedFromAMessageThatCannotBeClassified() throws Exception {
            FakeMail mail = bounce(new UnreadableBody(withForgedHeaders("dsn-userunknown.eml")));

            mailet().service(mail);

            assertThat(names(mail.getMessage(), "X-NDR-")).containsExactly("X-NDR-Kind");
            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("unclassified");
        }
    }

    @Nested
    class HostileDiagnostics {
        private static final String DSN = """
                From: MAILER-DAEMON@mx.example.org
                To: alice@example.local
                Subject: failure
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="x"

                --x
                Content-Type: text/plain

                Delivery failed.

                --x
                Content-Type: message/global-delivery-status; charset=utf-8

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; bob@example.org
                Action: failed
                Status: 5.7.1
                Diagnostic-Code: smtp; 550 5.7.1 Zugriff verweigert für Sie
                 Bcc: victim@example.org =?utf-8?q?x=0D=0AX-Injected:_yes?=
                 %s

                --x--
                """;

        @Test
        void neverAddAFieldNorBreakALine() throws Exception {
            String text = DSN.formatted("Ü".repeat(40) + " " + "y".repeat(1200));
            FakeMail mail = bounce(message(text.getBytes(StandardCharsets.UTF_8)));

            mailet().service(mail);

            byte[] written = TestMails.written(mail.getMessage());
            String header = new String(written, StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
            assertThat(header.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
            MimeMessage reparsed = message(written);
            assertThat(reparsed.getHeader("Bcc")).isNull();
            assertThat(reparsed.getHeader("X-Injected")).isNull();
            String diagnostic = header(reparsed, "X-NDR-Diagnostic");
            assertThat(diagnostic).startsWith("550 5.7.1 Zugriff verweigert für Sie Bcc: victim@example.org "
                    + "=?utf-8?q?x=0D=0AX-Injected:_yes?= ÜÜ").endsWith("...").hasSizeLessThanOrEqualTo(400);
        }
    }

    @Nested
    class Attributes {
        @Test
        void carryTheClassificationWithTypes() throws Exception {
            FakeMail mail = bounce("dsn-userunknown.eml");

            mailet().service(mail);

            assertThat(attribute(mail, "ndr.kind")).isEqualTo("dsn");
            assertThat(attribute(mail, "ndr.format")).isEqualTo(classify("dsn-userunknown.eml").format());
            assertThat(attribute(mail, "ndr.status")).isEqualTo("5.1.1");
            assertThat(attribute(mail, "ndr.replyCode")).isEqualTo(550);
            assertThat(attribute(mail, "ndr.reason")).isEqualTo("userunknown");
            assertThat(attribute(mail, "ndr.permanent")).isEqualTo(true);
            assertThat(attribute(mail, "ndr.hardBounce")).isEqualTo(true);
            assertThat(attribute(mail, "ndr.reportingMta")).isEqualTo("mx.example.org");
            assertThat(attribute(mail, "ndr.recipients")).isEqualTo(List.of(AttributeValue.of("bob@example.org")));
            assertThat(attribute(mail, "ndr.forwarded")).isNull();
        }

        @Test
        void replaceThoseOfAnEarlierClassification() throws Exception {
            FakeMail mail = bounce("ordinary.eml");
            mail.setAttribute(new Attribute(BounceAttributes.REASON, AttributeValue.of("userunknown")));
            mail.setAttribute(new Attribute(BounceAttributes.HARD_BOUNCE, AttributeValue.of(true)));

            mailet().service(mail);

            assertThat(attribute(mail, "ndr.kind")).isEqualTo("none");
            assertThat(attribute(mail, "ndr.reason")).isNull();
            assertThat(attribute(mail, "ndr.hardBounce")).isNull();
        }

        @Test
        void describeTheHeadlineRecipientOfSeveral() throws Exception {
            FakeMail mail = bounce("dsn-two-recipients.eml");

            mailet().service(mail);

            assertThat(attribute(mail, "ndr.reason")).isEqualTo("mailboxfull");
            assertThat(attribute(mail, "ndr.hardBounce")).isEqualTo(false);
            assertThat(attribute(mail, "ndr.recipients")).isEqualTo(
                    List.of(AttributeValue.of("dave@example.net"), AttributeValue.of("erin@example.net")));
        }
    }

    @Nested
    class NeverLosesMail {
        /** A knowledge entry whose lookup fails: the defect is the mailet's own, not the mail's. */
        private ExplainBounce mailetWithFaultyKnowledge() throws MessagingException {
            ExplainBounce mailet = new ExplainBounce(metrics, clock, Optional.of((recipient, report) -> {
                throw new IllegalStateException("knowledge entry 'userunknown' is broken");
            }));
            mailet.init(FakeMailetConfig.builder().mailetName("ExplainBounce").mailetContext(mailetContext)
                    .setProperty("forwardTo", ADMIN).build());
            return mailet;
        }

        @Test
        void aClassificationThatFailsLetsTheMailThroughUnchangedButMarkedAndCounted() throws Exception {
            MimeMessage original = message("dsn-userunknown.eml");
            List<String> headersBefore = headerLines(original);
            String bodyBefore = new String(original.getRawInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            FakeMail mail = bounce(original);

            mailetWithFaultyKnowledge().service(mail);

            assertThat(headerLines(mail.getMessage())).containsExactlyElementsOf(
                    concat(headersBefore, "X-NDR-Kind: unclassified"));
            assertThat(new String(mail.getMessage().getRawInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo(bodyBefore);
            assertThat(attribute(mail, "ndr.kind")).isEqualTo("unclassified");
            assertThat(mail.getState()).as("the mail goes on where it was going").isNull();
            assertThat(metrics.countFor("ndr.failed")).isEqualTo(1);
            assertThat(context.getSentMails()).as("nothing is forwarded").isEmpty();
        }

        @Test
        void aClassificationHandedOverByTheMatcherThatFailsToBeExplainedIsUnclassifiedToo() throws Exception {
            IsBounce matcher = new IsBounce(metrics);
            matcher.init(FakeMatcherConfig.builder().matcherName("IsBounce").mailetContext(context).build());
            FakeMail mail = bounce("dsn-userunknown.eml");
            assertThat(matcher.match(mail)).isNotEmpty();

            mailetWithFaultyKnowledge().service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("unclassified");
            assertThat(metrics.countFor("ndr.failed")).isEqualTo(1);
        }

        @Test
        void aBodyThatCannotBeReadPassesUnchangedButMarked() throws Exception {
            MimeMessage original = message("dsn-userunknown.eml");
            List<String> headersBefore = headerLines(original);
            FakeMail mail = bounce(new UnreadableBody(original));

            mailet().service(mail);

            assertThat(headerLines(mail.getMessage())).containsExactlyElementsOf(
                    concat(headersBefore, "X-NDR-Kind: unclassified"));
            assertThat(attribute(mail, "ndr.kind")).isEqualTo("unclassified");
            assertThat(mail.attributes().map(a -> a.getName().asString()).filter(n -> n.startsWith("ndr.")))
                    .containsExactly("ndr.kind");
            assertThat(metrics.countFor("ndr.failed")).isEqualTo(1);
            assertThat(context.getSentMails()).isEmpty();
        }

        @Test
        void anEmptyMessageIsUnclassified() throws Exception {
            FakeMail mail = bounce(message(new byte[0]));

            mailet().service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("unclassified");
            assertThat(metrics.countFor("ndr.failed")).isEqualTo(1);
        }

        @Test
        void binaryGarbageIsClassifiedAsNoReportWithoutHarm() throws Exception {
            byte[] garbage = new byte[4096];
            new java.util.Random(7).nextBytes(garbage);
            byte[] message = concat("Subject: noise\r\n\r\n".getBytes(StandardCharsets.US_ASCII), garbage);
            FakeMail mail = bounce(message(message));

            mailet().service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isIn("none", "unclassified");
            assertThat(TestMails.written(mail.getMessage())).endsWith(garbage);
        }

        @Test
        void aMailWhoseMessageCannotBeHadIsMarkedByAttribute() throws Exception {
            Mail mail = failing(Mail.class, bounce("dsn-userunknown.eml"), "getMessage",
                    new MessagingException("message store unavailable"));

            mailet().service(mail);

            assertThat(attribute(mail, "ndr.kind")).isEqualTo("unclassified");
            assertThat(metrics.countFor("ndr.failed")).isEqualTo(1);
        }

        @Test
        void aHeaderThatCannotBeWrittenLeavesTheMailGoing() throws Exception {
            FakeMail mail = bounce(new ReadOnlyHeader(message("dsn-userunknown.eml")));

            mailet().service(mail);

            assertThat(attribute(mail, "ndr.kind")).isEqualTo("dsn");
            assertThat(mail.getMessage().getHeader("X-NDR-Kind")).isNull();
        }

        private static List<String> headerLines(MimeMessage message) throws MessagingException {
            List<String> lines = new ArrayList<>();
            message.getAllHeaderLines().asIterator().forEachRemaining(lines::add);
            return lines;
        }

        private static List<String> concat(List<String> list, String item) {
            List<String> all = new ArrayList<>(list);
            all.add(item);
            return all;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    @Nested
    class Forwarding {
        @Test
        void sendsTheAdministratorASummaryAndTheBounceWithANullSender() throws Exception {
            FakeMail mail = bounce("dsn-userunknown.eml");

            mailet("forwardTo", ADMIN).service(mail);

            assertThat(context.getSentMails()).hasSize(1);
            FakeMailContext.SentMail sent = context.getSentMails().get(0);
            assertThat(sent.getSender()).isNull();
            assertThat(sent.getRecipients()).containsExactly(new MailAddress(ADMIN));
            assertThat(sent.getState()).isEqualTo("transport");
            assertThat(sent.getAttributes().get(BounceAttributes.FORWARDED).getValue()).isEqualTo(AttributeValue.of(true));

            MimeMessage copy = sent.getMsg();
            assertThat(copy.getHeader("X-NDR-Forwarded")).containsExactly("yes");
            assertThat(copy.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(copy.getHeader("X-NDR-Kind")).as("the copy itself is no bounce").isNull();
            assertThat(copy.getSubject()).isEqualTo("[dsn] userunknown (5.1.1) bob@example.org - Lunch on Friday?");
            Multipart parts = (Multipart) copy.getContent();
            assertThat(parts.getContentType()).startsWith("multipart/mixed");
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            String summary = (String) parts.getBodyPart(0).getContent();
            assertThat(summary).contains("Kind: dsn", "Recipient bob@example.org", "Status: 5.1.1",
                    "Reason: userunknown", "Hard bounce: yes", "Reporting MTA: mx.example.org",
                    "Original subject: Lunch on Friday?");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("message/rfc822");
            MimeMessage attached = (MimeMessage) parts.getBodyPart(1).getContent();
            assertThat(attached.getHeader("X-NDR-Kind")).containsExactly("dsn");
            assertThat(attached.getSubject()).isEqualTo("Undelivered Mail Returned to Sender");
            assertThat(metrics.countFor("ndr.forwarded")).isEqualTo(1);
        }

        @Test
        void entersTheConfiguredProcessor() throws Exception {
            ExplainBounce mailet = mailet("forwardTo", ADMIN, "forwardProcessor", "admin-copies");

            mailet.service(bounce("dsn-userunknown.eml"));

            assertThat(context.getSentMails()).extracting(FakeMailContext.SentMail::getState).containsExactly("admin-copies");
            assertThat(mailet.requiredProcessingState()).containsExactly(new ProcessingState("admin-copies"));
        }

        @Test
        void requiresNoProcessorWhenNotForwarding() throws Exception {
            assertThat(mailet().requiredProcessingState()).isEmpty();
        }

        @Test
        void permanentOnlySkipsDelays() throws Exception {
            ExplainBounce mailet = mailet("forwardTo", ADMIN, "forwardPermanentOnly", "true");

            mailet.service(bounce("dsn-delayed.eml"));
            mailet.service(bounce("dsn-userunknown.eml"));

            assertThat(context.getSentMails()).hasSize(1);
            assertThat(context.getSentMails().get(0).getSubject()).hasValueSatisfying(s -> assertThat(s).contains("bob@example.org"));
        }

        @Test
        void hardBouncesOnlyForwardsAReportWithOneHardRecipientAmongOthers() throws Exception {
            ExplainBounce mailet = mailet("forwardTo", ADMIN, "forwardHardBouncesOnly", "yes");

            mailet.service(bounce("dsn-delayed.eml"));
            mailet.service(bounce("dsn-two-recipients.eml"));
            mailet.service(TestMails.mailFrom("fbl@isp.example.net", message("feedback-arf.eml")));

            assertThat(context.getSentMails()).hasSize(1);
            assertThat(context.getSentMails().get(0).getSubject()).hasValueSatisfying(s -> assertThat(s).contains("Minutes"));
        }

        @Test
        void reasonsSelectWhatIsForwarded() throws Exception {
            ExplainBounce mailet = mailet("forwardTo", ADMIN, "forwardReasons", "MailboxFull, hostunknown");

            mailet.service(bounce("dsn-userunknown.eml"));
            mailet.service(bounce("ndr-exim.eml"));
            mailet.service(bounce("dsn-two-recipients.eml"));

            assertThat(context.getSentMails()).extracting(s -> s.getSubject().orElseThrow())
                    .containsExactly(ForwardSummary.subject(classify("dsn-two-recipients.eml")));
        }

        @Test
        void feedbackIsForwardedButAutoRepliesAndNonReportsAreNot() throws Exception {
            ExplainBounce mailet = mailet("forwardTo", ADMIN);

            mailet.service(bounce("autoreply.eml"));
            mailet.service(bounce("ordinary.eml"));
            mailet.service(TestMails.mailFrom("fbl@isp.example.net", message("feedback-arf.eml")));

            assertThat(context.getSentMails()).hasSize(1);
            assertThat(context.getSentMails().get(0).getSubject()).hasValueSatisfying(s -> assertThat(s).startsWith("[feedback]"));
        }

        @Test
        void anUnclassifiedMailIsNotForwarded() throws Exception {
            mailet("forwardTo", ADMIN).service(bounce(new UnreadableBody(message("dsn-userunknown.eml"))));

            assertThat(context.getSentMails()).isEmpty();
        }

        @Test
        void copiesBeyondTheRateCapAreSuppressedAndCounted() throws Exception {
            ExplainBounce mailet = mailet("forwardTo", ADMIN, "forwardMaxPerMinute", "2");

            for (int i = 0; i < 3; i++) {
                mailet.service(bounce("dsn-userunknown.eml"));
            }
            assertThat(context.getSentMails()).hasSize(2);
            assertThat(metrics.countFor("ndr.forwarded")).isEqualTo(2);
            assertThat(metrics.countFor("ndr.forward.suppressed")).isEqualTo(1);

            clock.advance(Duration.ofSeconds(30));
            mailet.service(bounce("dsn-userunknown.eml"));
            mailet.service(bounce("dsn-userunknown.eml"));

            assertThat(context.getSentMails()).as("half a minute refills one copy").hasSize(3);
            assertThat(metrics.countFor("ndr.forward.suppressed")).isEqualTo(2);
        }

        @Test
        void theOriginalBounceIsDeliveredEvenWhenForwardingFails() throws Exception {
            FakeMail mail = bounce("dsn-userunknown.eml");
            mailetContext = failing(MailetContext.class, mailetContext, "sendMail", new MessagingException("spool full"));

            mailet("forwardTo", ADMIN).service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Kind")).isEqualTo("dsn");
            assertThat(metrics.countFor("ndr.forward.failed")).isEqualTo(1);
        }
    }

    @Nested
    class BackscatterOfForeignMail {
        /** The bounce of a message that was neither made here nor passed through this server. */
        private FakeMail backscatter() throws Exception {
            String text = new String(TestMails.bytes("dsn-userunknown.eml"), StandardCharsets.US_ASCII)
                    .replace("From: Alice <alice@example.local>\n", "Received: from spambot.example.com by"
                            + " relay.example.com (Postfix) with SMTP id 1A2B; Mon, 3 Nov 2025 10:14:58 +0100\n"
                            + "From: Alice <alice@example.local>\n")
                    .replace("<lunch-42@example.local>", "<4711.offer@spambot.example.com>");
            return bounce(message(text.getBytes(StandardCharsets.US_ASCII)));
        }

        @Test
        void isMarkedCountedAndNotForwarded() throws Exception {
            FakeMail mail = backscatter();

            mailet("forwardTo", ADMIN).service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Backscatter")).isEqualTo("yes");
            assertThat(attribute(mail, "ndr.backscatter")).isEqualTo("yes");
            assertThat(header(mail.getMessage(), "X-NDR-Reason")).isEqualTo("userunknown");
            assertThat(metrics.countFor("ndr.backscatter")).isEqualTo(1);
            assertThat(context.getSentMails()).isEmpty();
        }

        @Test
        void isForwardedWhenAsked() throws Exception {
            mailet("forwardTo", ADMIN, "forwardBackscatter", "true").service(backscatter());

            assertThat(context.getSentMails()).hasSize(1);
        }

        @Test
        void isThisServersMailWhenItPassedThroughOneOfTheLocalHosts() throws Exception {
            FakeMail mail = backscatter();

            mailet("forwardTo", ADMIN, "localHosts", "mx1.example.net, relay.example.com").service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Backscatter")).isEqualTo("no");
            assertThat(context.getSentMails()).hasSize(1);
        }

        @Test
        void aBounceOfMailMadeInALocalDomainIsNoBackscatter() throws Exception {
            FakeMail mail = bounce("dsn-userunknown.eml");

            mailet("forwardTo", ADMIN).service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Backscatter")).isEqualTo("no");
            assertThat(attribute(mail, "ndr.backscatter")).isEqualTo("no");
            assertThat(metrics.countFor("ndr.backscatter")).isZero();
            assertThat(context.getSentMails()).hasSize(1);
        }

        @Test
        void aBounceThatReturnsNoOriginalIsUnknownAndForwarded() throws Exception {
            String text = new String(TestMails.bytes("dsn-userunknown.eml"), StandardCharsets.US_ASCII);
            text = text.substring(0, text.indexOf("--=_report_1\nContent-Type: text/rfc822-headers")) + "--=_report_1--\n";
            FakeMail mail = bounce(message(text.getBytes(StandardCharsets.US_ASCII)));

            mailet("forwardTo", ADMIN).service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Backscatter")).isEqualTo("unknown");
            assertThat(context.getSentMails()).hasSize(1);
        }

        @Test
        void aMessageThatIsNoReportGetsNoVerdict() throws Exception {
            FakeMail mail = bounce("ordinary.eml");

            mailet().service(mail);

            assertThat(mail.getMessage().getHeader("X-NDR-Backscatter")).isNull();
            assertThat(mail.getAttribute(BounceAttributes.BACKSCATTER)).isEmpty();
        }

        @Test
        void forwardBackscatterNeedsForwardTo() {
            assertThatThrownBy(() -> mailet("forwardBackscatter", "true"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("forwardBackscatter is set but forwardTo is not");
        }
    }

    @Nested
    class LoopProtection {
        private FakeMail forwardedCopy() throws Exception {
            mailet("forwardTo", ADMIN).service(bounce("dsn-userunknown.eml"));
            FakeMailContext.SentMail sent = context.getSentMails().get(0);
            return FakeMail.builder().name("copy").mimeMessage(sent.getMsg()).sender(MaybeSender.nullSender())
                    .recipients(new ArrayList<>(sent.getRecipients())).attributes(sent.getAttributes().values()).build();
        }

        @Test
        void theCopyIsNeitherMatchedNorClassifiedNorForwardedAgain() throws Exception {
            FakeMail copy = forwardedCopy();
            context.resetSentMails();
            List<String> headersBefore = TestMails.headers(copy.getMessage()).stream().map(Header::getName).toList();

            assertThat(isBounce().match(copy)).isEmpty();
            mailet("forwardTo", ADMIN).service(copy);

            assertThat(context.getSentMails()).isEmpty();
            assertThat(TestMails.headers(copy.getMessage()).stream().map(Header::getName).toList()).isEqualTo(headersBefore);
            assertThat(attribute(copy, "ndr.kind")).isNull();
        }

        @Test
        void theCopyStaysMarkedWhenTheRootProcessorStripsItsHeaders() throws Exception {
            FakeMail copy = forwardedCopy();
            copy.getMessage().removeHeader("X-NDR-Forwarded");

            assertThat(isBounce().match(copy)).isEmpty();
        }

        @Test
        void theCopyStaysMarkedWhenItsAttributesAreLost() throws Exception {
            FakeMail copy = forwardedCopy();
            copy.removeAllAttributes();

            assertThat(isBounce().match(copy)).isEmpty();
        }

        @Test
        void aBounceOfTheCopyCannotHappenForItHasNoSender() throws Exception {
            assertThat(forwardedCopy().getMaybeSender().isNullSender()).isTrue();
        }

        private IsBounce isBounce() throws MessagingException {
            IsBounce matcher = new IsBounce(metrics);
            matcher.init(FakeMatcherConfig.builder().matcherName("IsBounce").mailetContext(context).build());
            return matcher;
        }
    }

    @Nested
    class WithIsBounce {
        @Test
        void aBounceIsClassifiedOnceForTheMatcherAndTheMailet() throws Exception {
            IsBounce matcher = new IsBounce(metrics);
            matcher.init(FakeMatcherConfig.builder().matcherName("IsBounce").mailetContext(context).build());
            FakeMail mail = bounce("dsn-userunknown.eml");

            assertThat(matcher.match(mail)).containsExactly(new MailAddress(TestMails.RECIPIENT));
            mailet().service(mail);

            assertThat(metrics.executionTimesFor("ndr.classify")).hasSize(1);
            assertThat(header(mail.getMessage(), "X-NDR-Reason")).isEqualTo("userunknown");
            assertThat(mail.getAttribute(ClassificationCache.ATTRIBUTE)).isEmpty();
        }

        @Test
        void aClassificationMadeForAnotherMessageIsNotUsed() throws Exception {
            IsBounce matcher = new IsBounce(metrics);
            matcher.init(FakeMatcherConfig.builder().matcherName("IsBounce").mailetContext(context).build());
            FakeMail mail = bounce("dsn-userunknown.eml");
            matcher.match(mail);
            mail.setMessage(message("ndr-exim.eml"));

            mailet().service(mail);

            assertThat(header(mail.getMessage(), "X-NDR-Recipient")).isEqualTo("grace@example.com");
            assertThat(metrics.executionTimesFor("ndr.classify")).hasSize(2);
        }
    }

    @Nested
    class Metrics {
        @Test
        void countKindsPerMailAndReasonsPerRecipient() throws Exception {
            ExplainBounce mailet = mailet();

            mailet.service(bounce("dsn-userunknown.eml"));
            mailet.service(bounce("dsn-two-recipients.eml"));
            mailet.service(bounce("ndr-exim.eml"));
            mailet.service(bounce("ordinary.eml"));

            assertThat(metrics.countFor("ndr.kind.dsn")).isEqualTo(2);
            assertThat(metrics.countFor("ndr.kind.ndr")).isEqualTo(1);
            assertThat(metrics.countFor("ndr.kind.none")).isEqualTo(1);
            assertThat(metrics.countFor("ndr.reason.userunknown")).isEqualTo(3);
            assertThat(metrics.countFor("ndr.reason.mailboxfull")).isEqualTo(1);
            assertThat(metrics.countFor("ndr.reason.delivered")).isEqualTo(1);
            assertThat(metrics.countFor("ndr.failed")).isZero();
            assertThat(metrics.executionTimesFor("ndr.classify")).hasSize(4);
        }
    }

    @Nested
    class BadParameters {
        @Test
        void anUnknownParameterIsRejected() {
            assertThatThrownBy(() -> mailet("forwardto", ADMIN))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("ExplainBounce: unknown parameter [forwardto]")
                    .hasMessageContaining("forwardTo");
        }

        @Test
        void theContainersOwnParametersAreAccepted() throws Exception {
            assertThat(mailet("onMailetException", "ignore")).isNotNull();
        }

        @Test
        void aBadForwardAddressIsRejected() {
            assertThatThrownBy(() -> mailet("forwardTo", "postmaster at example.local"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("forwardTo 'postmaster at example.local' is not a valid mail address");
        }

        @Test
        void aMissingKnowledgeFileIsRejected(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");
            assertThatThrownBy(() -> mailet("knowledgeFile", missing.toString()))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("knowledgeFile " + missing.toAbsolutePath() + " does not exist");
        }

        @Test
        void aDirectoryAsKnowledgeFileIsRejected(@TempDir Path dir) {
            assertThatThrownBy(() -> mailet("knowledgeFile", dir.toString()))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("is not a readable file");
        }

        @Test
        void anInvalidKnowledgeFileIsRejectedWithTheLoadersMessage(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("knowledge.json"), "{ not json");
            assertThatThrownBy(() -> mailet("knowledgeFile", file.toString()))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageStartingWith("ExplainBounce: knowledgeFile cannot be used: ")
                    .hasMessageContaining(file.toString());
        }

        @Test
        void anUnknownReasonIsRejectedWithTheKnownOnes() {
            assertThatThrownBy(() -> mailet("forwardTo", ADMIN, "forwardReasons", "userunknown, nosuchreason"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("forwardReasons: unknown reason 'nosuchreason'")
                    .hasMessageContaining("mailboxfull");
        }

        @Test
        void forwardingOptionsWithoutAnAddressAreRejected() {
            assertThatThrownBy(() -> mailet("forwardPermanentOnly", "true"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("forwardPermanentOnly is set but forwardTo is not");
        }

        @Test
        void aBooleanThatIsNeitherIsRejected() {
            assertThatThrownBy(() -> mailet("forwardTo", ADMIN, "forwardHardBouncesOnly", "maybe"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("forwardHardBouncesOnly must be true or false, not 'maybe'");
        }

        @Test
        void aRateCapThatIsNoPositiveNumberIsRejected() {
            assertThatThrownBy(() -> mailet("forwardTo", ADMIN, "forwardMaxPerMinute", "0"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("forwardMaxPerMinute must be a whole number from 1 to");
            assertThatThrownBy(() -> mailet("forwardTo", ADMIN, "forwardMaxPerMinute", "lots"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("not 'lots'");
        }

        @Test
        void aPrefixThatCannotStartAFieldNameIsRejected() {
            assertThatThrownBy(() -> mailet("headerPrefix", "X NDR-"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("headerPrefix 'X NDR-' is not the start of a header field name");
            assertThatThrownBy(() -> mailet("headerPrefix", "X-NDR:"))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("is not the start of a header field name");
        }
    }

    @Nested
    class Corpus {
        private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();

        static Stream<Path> corpusFiles() throws IOException {
            String dir = System.getProperty("corpus.dir");
            assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "maildir")), "the shared corpus is not here");
            try (Stream<Path> files = Files.walk(Path.of(dir, "maildir"))) {
                return files.filter(Files::isRegularFile).sorted().toList().stream();
            }
        }

        @ParameterizedTest
        @MethodSource("corpusFiles")
        void everyMessageIsExplainedAsTheClassifierSeesItAndStaysWellFormed(Path file) throws Exception {
            byte[] bytes = Files.readAllBytes(file);
            MimeMessage original = message(bytes);
            List<String> otherFields = fieldsNotOfThePrefix(original);
            FakeMail mail = bounce(message(bytes));

            mailet("forwardTo", ADMIN).service(mail);

            String expectedKind;
            try {
                expectedKind = CLASSIFIER.classify(bytes).kind().value();
            } catch (MessageParseException e) {
                expectedKind = "unclassified";
            }
            byte[] written = TestMails.written(mail.getMessage());
            MimeMessage reparsed = message(written);
            assertThat(header(reparsed, "X-NDR-Kind")).isEqualTo(expectedKind);
            assertThat(fieldsNotOfThePrefix(reparsed)).isEqualTo(otherFields);
            String header = new String(written, StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
            assertThat(header.split("\r\n(?=\\S)")).filteredOn(field -> field.startsWith("X-NDR-"))
                    .allSatisfy(field -> assertThat(field.split("\r\n"))
                            .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78)));
            assertThat(context.getSentMails()).allSatisfy(sent -> assertThat(sent.getSender()).isNull());
        }

        private static List<String> fieldsNotOfThePrefix(MimeMessage message) throws MessagingException {
            return TestMails.headers(message).stream().map(Header::getName)
                    .filter(name -> !name.regionMatches(true, 0, "X-NDR-", 0, 6)).toList();
        }
    }

    @Test
    void describesItself() throws Exception {
        assertThat(mailet().getMailetInfo()).startsWith("ExplainBounce");
    }

    private static BounceReport explained(String resource) throws IOException {
        return BounceClassifier.builder().explainer(KnowledgeBase.builtIn()).build().classify(TestMails.bytes(resource));
    }

    private static BounceReport classify(String resource) throws IOException {
        return BounceClassifier.builder().build().classify(TestMails.bytes(resource));
    }

    /** A stored message whose body can no longer be read (a lost file, a broken store). */
    static final class UnreadableBody extends MimeMessage {
        UnreadableBody(MimeMessage source) throws MessagingException {
            super(source);
        }

        @Override
        public InputStream getRawInputStream() throws MessagingException {
            throw new MessagingException("the stored body is gone");
        }

        @Override
        public InputStream getInputStream() throws MessagingException {
            throw new MessagingException("the stored body is gone");
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws MessagingException {
            throw new MessagingException("the stored body is gone");
        }
    }

    /** A message whose header cannot be changed. */
    static final class ReadOnlyHeader extends MimeMessage {
        ReadOnlyHeader(MimeMessage source) throws MessagingException {
            super(source);
        }

        @Override
        public void addHeader(String name, String value) throws MessagingException {
            throw new MessagingException("read-only");
        }
    }

    /** {@code target} as {@code type}, except that {@code method} throws {@code failure}. */
    static <T> T failing(Class<T> type, T target, String method, Exception failure) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                throw failure;
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-11-03T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
