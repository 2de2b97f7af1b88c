package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The project's configuration forwards a copy of permanent bounces to
 * {@code postmaster@example.local}: exactly one copy, marked as forwarded, with a summary and the
 * bounce as delivered attached, and none for a bounce that says delivery is still being retried.
 */
class ForwardToPostmasterTest extends EmbeddedJamesTestBase {

    @Test
    void thePostmasterGetsExactlyOneCopyOfAPermanentBounce() throws Exception {
        sendBounce(user, marked(Corpus.message("bsd/lhost-postfix-04.eml")));

        assertThat(awaitInbox(user, 1).get(0).all("X-NDR-Forwarded")).isEmpty();
        awaitPostmasterCopies(1);
        DeliveredMessage copy = assertPostmasterCopiesStay(1).get(0);
        assertThat(copy.all("X-NDR-Forwarded")).containsExactly("yes");
        assertThat(copy.all("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(copy.header("Subject")).hasValueSatisfying(
                subject -> assertThat(subject).startsWith("[dsn] userunknown (5.1.1) kijitora@example.co.jp"));
        assertThat(lf(copy.body()))
                .contains("Reason: userunknown\n")
                .contains("X-NDR-Reason: userunknown\n")
                .contains("X-NDR-Recipient: kijitora@example.co.jp\n");
        assertInboxStays(user, 1);
    }

    @Test
    void aBounceThatIsStillBeingRetriedIsNotForwarded() throws Exception {
        sendBounce(user, marked(Corpus.message("bsd/rfc3464-09.eml")));
        sendBounce(user, marked(Corpus.message("bsd/lhost-postfix-04.eml")));

        List<DeliveredMessage> inbox = awaitInbox(user, 2);
        assertThat(inbox).extracting(m -> m.header("X-NDR-Permanent").orElseThrow())
                .containsExactlyInAnyOrder("yes", "no");
        awaitPostmasterCopies(1);
        List<DeliveredMessage> forwarded = assertPostmasterCopiesStay(1);
        assertThat(forwarded.get(0).header("Subject")).hasValueSatisfying(
                subject -> assertThat(subject).contains("(5.1.1)"));
    }
}
