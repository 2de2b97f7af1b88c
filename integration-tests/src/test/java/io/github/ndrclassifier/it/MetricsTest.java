package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mailet's metrics, read from the server's own metrics registry, count what it classified. */
class MetricsTest extends EmbeddedJamesTestBase {

    @Test
    void theMetricsCountWhatWasClassified() throws Exception {
        sendBounce(user, marked(Corpus.message("bsd/lhost-postfix-04.eml")));
        sendBounce(user, marked(Corpus.message("bsd/lhost-exim-05.eml")));
        sendBounce(user, marked(Corpus.message("bsd/rfc3464-09.eml")));
        send("alice@elsewhere.example", user, """
                From: alice@elsewhere.example
                Subject: not a bounce

                hello
                """);

        awaitInbox(user, 4);
        awaitPostmasterCopies(2);
        MetricsProbe metrics = james.metrics();
        assertThat(metrics.count("ndr.kind.dsn")).contains(2L);
        assertThat(metrics.count("ndr.kind.ndr")).contains(1L);
        assertThat(metrics.count("ndr.reason.userunknown")).contains(2L);
        assertThat(metrics.count("ndr.reason.mailboxfull")).contains(1L);
        assertThat(metrics.count("ndr.forwarded")).contains(2L);
        assertThat(metrics.count("ndr.classify")).contains(3L);
        assertThat(metrics.count("ndr.failed").orElse(0L)).isZero();
    }
}
