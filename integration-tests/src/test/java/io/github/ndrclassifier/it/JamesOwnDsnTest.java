package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bounce that James itself writes: mail to a domain that does not exist cannot be delivered
 * (this server resolves no outside name), James's DSNBounce returns a DSN to the local sender,
 * and the mailet classifies it on the way back like any other bounce.
 */
class JamesOwnDsnTest extends EmbeddedJamesTestBase {

    @Test
    void theDsnJamesSendsBackIsClassified() throws Exception {
        send(user, "someone@nowhere.example", """
                To: someone@nowhere.example
                Subject: Minutes of the meeting

                Here they are.
                """);

        DeliveredMessage dsn = awaitInbox(user, 1).get(0);
        assertThat(dsn.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).containsIgnoringCase("report-type=delivery-status"));
        assertThat(dsn.all("X-NDR-Kind")).containsExactly("dsn");
        assertThat(dsn.all("X-NDR-Recipient")).containsExactly("someone@nowhere.example");
        assertThat(dsn.all("X-NDR-Reason")).containsExactly("hostunknown");
        assertThat(dsn.all("X-NDR-Permanent")).containsExactly("yes");
        assertThat(dsn.all("X-NDR-Hard-Bounce")).containsExactly("yes");
        assertThat(dsn.all("X-NDR-Generated-By")).containsExactly("own-server");
        assertThat(dsn.all("X-NDR-Fix-Owner")).containsExactly("sender");
        assertThat(dsn.all("X-NDR-Diagnostic")).singleElement().asString()
                .startsWith("There are no DNS entries for the hostname");
    }
}
