package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flood of bounces cannot be turned into a flood of copies: with {@code forwardMaxPerMinute}
 * at 2, the administrator gets exactly 2 copies of 6 permanent bounces, every bounce is still
 * delivered, and the metric counts the 4 copies not sent.
 */
class ForwardCapTest extends EmbeddedJamesTestBase {
    private static final int CAP = 2;
    private static final int BOUNCES = 6;

    @TempDir
    static Path confDir;

    @BeforeAll
    static void withASmallCap() throws Exception {
        restartJames(TestConf.copyOfProjectConf(confDir)
                .replace("<forwardMaxPerMinute>60</forwardMaxPerMinute>",
                        "<forwardMaxPerMinute>" + CAP + "</forwardMaxPerMinute>")
                .dir());
    }

    /** The cap refills one copy every 30 seconds: the test is over well before. */
    @Test
    void theAdministratorGetsTheCapAndTheRestIsCounted() throws Exception {
        for (int i = 0; i < BOUNCES; i++) {
            sendBounce(user, marked(Corpus.message("bsd/lhost-postfix-04.eml")));
        }

        assertThat(awaitInbox(user, BOUNCES)).allSatisfy(bounce ->
                assertThat(bounce.all("X-NDR-Permanent")).containsExactly("yes"));
        awaitPostmasterCopies(CAP);
        assertPostmasterCopiesStay(CAP);
        MetricsProbe metrics = james.metrics();
        assertThat(metrics.count("ndr.forwarded")).contains((long) CAP);
        assertThat(metrics.count("ndr.forward.suppressed")).contains((long) (BOUNCES - CAP));
    }
}
