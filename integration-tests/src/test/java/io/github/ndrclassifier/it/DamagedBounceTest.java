package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A damaged bounce is never lost: it is delivered as it came, whatever can be read of it. */
class DamagedBounceTest extends EmbeddedJamesTestBase {

    @Test
    void aReportThatIsAllGarbageIsDeliveredUnexplained() throws Exception {
        String damaged = """
                From: Mail Delivery System <MAILER-DAEMON@mx.elsewhere.example>
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="cut-here

                --cut-here
                Content-Type: message/delivery-status
                Content-Transfer-Encoding: base64

                ?!?!=?utf-8?b?////=?= Final-Recipient: rfc822;
                \u0001\u0002\u007f Status: 5.x.y Action:
                --cut-
                """;

        sendBounce(user, damaged);

        DeliveredMessage delivered = awaitInbox(user, 1).get(0);
        assertThat(lf(delivered.body())).isEqualTo(bodyOf(damaged));
        assertThat(delivered.all("X-NDR-Kind")).isSubsetOf("unclassified", "none");
    }

    @Test
    void aReportCutOffInTheMiddleIsDeliveredWithWhatCouldBeRead() throws Exception {
        String whole = Corpus.message("bsd/lhost-postfix-04.eml");
        String damaged = whole.substring(0, whole.indexOf("Status: 5.1.1"))
                + "Stat\u0000\u0001\uFFFD" + "x".repeat(5000) + "\n";

        sendBounce(user, damaged);

        DeliveredMessage delivered = awaitInbox(user, 1).get(0);
        assertThat(lf(delivered.body())).isEqualTo(bodyOf(damaged));
        assertThat(delivered.all("X-NDR-Recipient")).containsExactly("kijitora@example.co.jp");
        assertThat(delivered.all("X-NDR-Reason")).containsExactly("userunknown");
    }
}
