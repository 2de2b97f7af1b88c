package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the default of {@code forwardBackscatter} (the project's configuration turns it on for the
 * demo): a bounce of mail this server did not send is marked and not forwarded; the bounce of
 * mail it sent is forwarded.
 */
class BackscatterTest extends EmbeddedJamesTestBase {

    @TempDir
    static Path confDir;

    @BeforeAll
    static void withoutForwardingBackscatter() throws Exception {
        restartJames(TestConf.copyOfProjectConf(confDir)
                .replace("<forwardBackscatter>true</forwardBackscatter>", "")
                .dir());
    }

    @Test
    void aBounceOfMailSentElsewhereIsMarkedAndNotForwarded() throws Exception {
        // The original was sent by a server in Japan, to an address there: nothing of this server's.
        sendBounce(user, marked(Corpus.message("bsd/lhost-postfix-04.eml")));

        DeliveredMessage bounce = awaitInbox(user, 1).get(0);
        assertThat(bounce.all("X-NDR-Backscatter")).containsExactly("yes");
        assertThat(bounce.all("X-NDR-Reason")).containsExactly("userunknown");
        assertPostmasterCopiesStay(0);
        assertThat(james.metrics().count("ndr.backscatter")).contains(1L);
    }

    @Test
    void theBounceOfMailThisServerSentIsForwarded() throws Exception {
        sendBounce(user, marked("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: %1$s
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                Your message could not be delivered.

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; bob@example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown

                --b1
                Content-Type: text/rfc822-headers

                From: %1$s
                To: bob@example.org
                Subject: Lunch on Friday?
                Message-ID: <lunch-42@example.local>

                --b1--
                """.formatted(user)));

        assertThat(awaitInbox(user, 1).get(0).all("X-NDR-Backscatter")).containsExactly("no");
        awaitPostmasterCopies(1);
        assertPostmasterCopiesStay(1);
    }

    /** Its original passed through this server: James names itself by the machine's name. */
    @Test
    void theDsnJamesWritesForMailSentHereIsNoBackscatter() throws Exception {
        send(user, "someone@nowhere.example", """
                To: someone@nowhere.example
                Subject: Minutes of the meeting

                Here they are.
                """);

        DeliveredMessage dsn = awaitInbox(user, 1).get(0);
        assertThat(dsn.all("X-NDR-Backscatter")).containsExactly("no");
    }
}
