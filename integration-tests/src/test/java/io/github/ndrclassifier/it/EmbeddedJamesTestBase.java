package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.mail.MessagingException;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs one embedded James (the project's conf/, the James 3.8 jar) per test class and talks to
 * it over SMTP and IMAP. Every test gets a mail account of its own; the postmaster account
 * (where the project's configuration forwards bounces) is shared, so each test marks what it
 * sends with a header of its own and counts only the postmaster's copies that carry it (a
 * forwarded copy attaches the bounce, marker included).
 */
abstract class EmbeddedJamesTestBase {

    static final String POSTMASTER = "postmaster@example.local";
    static final String PASSWORD = "secret";
    static final String TEST_MARKER = "X-Test-Case";

    /** Long enough for a loaded CI machine; a delivery normally takes well under a second. */
    static final ConditionFactory AWAIT = Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .ignoreExceptionsInstanceOf(MessagingException.class);

    /** How long "nothing more arrives" is watched for. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(2);

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    static EmbeddedJames james;
    static Imap imap;

    /** This test's own account. */
    String user;
    /** The value of this test's marker header. */
    String marker;

    @BeforeAll
    static void startJames() throws Exception {
        startJames(ServerSettings.projectConfFromSystemProperty());
    }

    /**
     * For a test class that needs another configuration (see {@link TestConf}): called from its
     * own {@code @BeforeAll}, which runs after this class's; a restart takes a fraction of a second.
     */
    static void restartJames(Path conf) throws Exception {
        stopJames();
        startJames(conf);
    }

    private static void startJames(Path conf) throws Exception {
        james = EmbeddedJames.start(new ServerSettings(conf, 0, 0));
        james.addUser(POSTMASTER, PASSWORD);
        imap = new Imap(james.imapPort());
    }

    @AfterAll
    static void stopJames() {
        if (james != null) {
            james.close();
            james = null;
        }
    }

    @BeforeEach
    void createAccount() throws Exception {
        user = "user" + ACCOUNTS.incrementAndGet() + "@" + EmbeddedJames.DOMAIN;
        marker = UUID.randomUUID().toString();
        james.addUser(user, PASSWORD);
    }

    /** The message with this test's marker header put in front of its header. */
    String marked(String message) {
        return TEST_MARKER + ": " + marker + "\n" + message;
    }

    /** Sends a message the way a remote MTA returns a bounce: {@code MAIL FROM:<>}. */
    void sendBounce(String recipient, String message) throws Exception {
        send("", recipient, message);
    }

    /** Sends a message over SMTP from 127.0.0.1 (a network James trusts to relay). */
    void send(String sender, String recipient, String message) throws Exception {
        try (SMTPMessageSender smtp = new SMTPMessageSender("client.example")) {
            smtp.connect("127.0.0.1", Port.of(james.smtpPort()))
                    .sendMessageWithHeaders(sender, recipient, message);
        }
    }

    /** Waits until the account's INBOX holds exactly {@code count} messages, and returns them. */
    List<DeliveredMessage> awaitInbox(String account, int count) {
        return await(AWAIT, account, count);
    }

    /** Asserts that the account's INBOX reaches exactly {@code count} messages and keeps them. */
    List<DeliveredMessage> assertInboxStays(String account, int count) {
        await(AWAIT, account, count);
        return await(afterQuietPeriod(), account, count);
    }

    /** Waits until the postmaster holds exactly {@code count} copies of this test's mail. */
    List<DeliveredMessage> awaitPostmasterCopies(int count) {
        return awaitMarked(AWAIT, count);
    }

    /** Asserts that the postmaster reaches exactly {@code count} copies of this test's mail and keeps them. */
    List<DeliveredMessage> assertPostmasterCopiesStay(int count) {
        awaitMarked(AWAIT, count);
        return awaitMarked(afterQuietPeriod(), count);
    }

    /**
     * Reads again once the quiet period is over. A mailbox only grows, so the count seen
     * before and after the period holds throughout it; unlike a condition that must hold at
     * every poll of the period, one slow or failed IMAP read on a loaded machine is retried
     * instead of failing the test.
     */
    private static ConditionFactory afterQuietPeriod() {
        return AWAIT.pollDelay(QUIET_PERIOD);
    }

    /** The body of a message as written in a file: everything after the first empty line. */
    static String bodyOf(String message) {
        String text = lf(message);
        int end = text.indexOf("\n\n");
        return end < 0 ? "" : text.substring(end + 2);
    }

    /** Line ends as LF, so a body read back over IMAP compares with the file it came from. */
    static String lf(String text) {
        return text.replace("\r\n", "\n");
    }

    private static List<DeliveredMessage> await(ConditionFactory condition, String account, int count) {
        AtomicReference<List<DeliveredMessage>> seen = new AtomicReference<>();
        condition.untilAsserted(() -> {
            List<DeliveredMessage> messages = imap.inbox(account, PASSWORD);
            seen.set(messages);
            assertThat(messages).hasSize(count);
        });
        return seen.get();
    }

    private List<DeliveredMessage> awaitMarked(ConditionFactory condition, int count) {
        AtomicReference<List<DeliveredMessage>> seen = new AtomicReference<>();
        condition.untilAsserted(() -> {
            List<DeliveredMessage> copies = imap.inbox(POSTMASTER, PASSWORD).stream()
                    .filter(m -> m.body().contains(TEST_MARKER + ": " + marker))
                    .toList();
            seen.set(copies);
            assertThat(copies).hasSize(count);
        });
        return seen.get();
    }
}
