package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mail that is not a bounce passes through unchanged, and nobody can smuggle classification
 * headers past the server: they are removed from all incoming mail.
 */
class UntouchedMailTest extends EmbeddedJamesTestBase {

    private static final String ORDINARY = """
            From: Alice <alice@elsewhere.example>
            Subject: Lunch on Friday?
            Message-ID: <lunch-1@elsewhere.example>
            Date: Mon, 2 Mar 2026 10:00:00 +0000

            Shall we try the new place on the corner?
            Alice
            """;

    @Test
    void ordinaryMailArrivesUntouched() throws Exception {
        send("alice@elsewhere.example", user, marked(ORDINARY));

        DeliveredMessage delivered = awaitInbox(user, 1).get(0);
        assertThat(delivered.withPrefix("X-NDR-")).isEmpty();
        assertThat(delivered.header("Subject")).contains("Lunch on Friday?");
        assertThat(lf(delivered.body())).isEqualTo(bodyOf(ORDINARY));
        assertPostmasterCopiesStay(0);
    }

    @Test
    void anAutoReplyArrivesUntouched() throws Exception {
        String autoReply = Corpus.message("bsd/rfc3834-01.eml");

        sendBounce(user, marked(autoReply));

        DeliveredMessage delivered = awaitInbox(user, 1).get(0);
        assertThat(delivered.withPrefix("X-NDR-")).isEmpty();
        assertThat(lf(delivered.body())).isEqualTo(bodyOf(autoReply));
        assertPostmasterCopiesStay(0);
    }

    @Test
    void forgedClassificationHeadersAreRemovedFromOrdinaryMail() throws Exception {
        String forged = """
                From: Mallory <mallory@elsewhere.example>
                Subject: Trust me
                X-NDR-Reason: userunknown
                x-ndr-kind: dsn
                X-Ndr-Status:
                 5.1.1
                X-NDR-Forwarded: yes
                X-Other: kept

                Nothing to see here.
                """;

        send("mallory@elsewhere.example", user, forged);

        DeliveredMessage delivered = awaitInbox(user, 1).get(0);
        assertThat(delivered.withPrefix("X-NDR-")).isEmpty();
        assertThat(delivered.all("X-Other")).containsExactly("kept");
        assertThat(lf(delivered.body())).isEqualTo(bodyOf(forged));
    }

    @Test
    void forgedClassificationHeadersOnABounceGiveWayToTheRealOnes() throws Exception {
        String forged = "X-NDR-Reason: spamdetected\nX-NDR-Status: 2.0.0\nX-NDR-Hard-Bounce: no\n"
                + Corpus.message("bsd/lhost-postfix-04.eml");

        sendBounce(user, forged);

        DeliveredMessage delivered = awaitInbox(user, 1).get(0);
        assertThat(delivered.all("X-NDR-Reason")).containsExactly("userunknown");
        assertThat(delivered.all("X-NDR-Status")).containsExactly("5.1.1");
        assertThat(delivered.all("X-NDR-Hard-Bounce")).containsExactly("yes");
    }
}
