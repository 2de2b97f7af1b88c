package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounces and ordinary mail at once, over several SMTP connections: every message is delivered
 * exactly once, every bounce is classified, ordinary mail is not, and the administrator gets one
 * copy of each permanent bounce (the forwarding cap set above the load). The rate measured is
 * printed, not asserted.
 */
class LoadTest extends EmbeddedJamesTestBase {
    private static final int BOUNCES = 1_000;
    private static final int ORDINARY = 1_000;
    private static final int CONNECTIONS = 4;
    private static final String LOAD_ID = "X-Load-Id";
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    static Path confDir;

    @BeforeAll
    static void withACapAboveTheLoad() throws Exception {
        restartJames(TestConf.copyOfProjectConf(confDir)
                .replace("<forwardMaxPerMinute>60</forwardMaxPerMinute>",
                        "<forwardMaxPerMinute>100000</forwardMaxPerMinute>")
                .dir());
    }

    @Test
    void everyMessageIsDeliveredOnceAndEveryBounceClassified() throws Exception {
        String bounce = Corpus.message("bsd/lhost-postfix-04.eml");
        List<String> ids = IntStream.range(0, BOUNCES + ORDINARY)
                .mapToObj(i -> (i % 2 == 0 && i / 2 < BOUNCES ? "bounce-" : "mail-") + i).toList();

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                int connection = c;
                senders.add(pool.submit(() -> {
                    try (SMTPMessageSender smtp = new SMTPMessageSender("client.example")) {
                        smtp.connect("127.0.0.1", Port.of(james.smtpPort()));
                        for (int i = connection; i < ids.size(); i += CONNECTIONS) {
                            String id = ids.get(i);
                            if (id.startsWith("bounce-")) {
                                smtp.sendMessageWithHeaders("", user, LOAD_ID + ": " + id + "\n" + bounce);
                            } else {
                                smtp.sendMessageWithHeaders("alice@elsewhere.example", user, LOAD_ID + ": " + id
                                        + "\nFrom: alice@elsewhere.example\nSubject: note " + id + "\n\nhello\n");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long sent = System.nanoTime();

        AtomicReference<List<DeliveredMessage>> inbox = new AtomicReference<>();
        Awaitility.await().atMost(LIMIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            inbox.set(imap.inboxHeaders(user, PASSWORD, LOAD_ID, "X-NDR-Kind"));
            assertThat(inbox.get()).hasSizeGreaterThanOrEqualTo(ids.size());
        });
        long delivered = System.nanoTime();

        assertThat(inbox.get()).extracting(m -> m.header(LOAD_ID).orElseThrow())
                .as("each message delivered once").containsExactlyInAnyOrderElementsOf(ids);
        for (DeliveredMessage message : inbox.get()) {
            boolean isBounce = message.header(LOAD_ID).orElseThrow().startsWith("bounce-");
            assertThat(message.all("X-NDR-Kind")).as(message.header(LOAD_ID).orElseThrow())
                    .isEqualTo(isBounce ? List.of("dsn") : List.of());
        }
        Awaitility.await().atMost(LIMIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(imap.inboxHeaders(POSTMASTER, PASSWORD, "X-NDR-Forwarded")).hasSizeGreaterThanOrEqualTo(BOUNCES));
        assertThat(imap.inboxHeaders(POSTMASTER, PASSWORD, "X-NDR-Forwarded"))
                .hasSize(BOUNCES)
                .allSatisfy(copy -> assertThat(copy.all("X-NDR-Forwarded")).containsExactly("yes"));
        MetricsProbe metrics = james.metrics();
        assertThat(metrics.count("ndr.kind.dsn")).contains((long) BOUNCES);
        assertThat(metrics.count("ndr.forwarded")).contains((long) BOUNCES);
        assertThat(metrics.count("ndr.failed").orElse(0L)).isZero();

        System.out.printf("LoadTest: %d messages over %d connections sent in %.1f s, delivered after %.1f s"
                        + " (%.0f messages/s end to end)%n", ids.size(), CONNECTIONS, seconds(start, sent),
                seconds(start, delivered), ids.size() / seconds(start, delivered));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
