package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionTest {
    @ParameterizedTest
    @CsvSource({
        "failed,FAILED", "FAILED,FAILED", "' failed (bad destination)',FAILED", "expired,FAILED",
        "delayed,DELAYED", "delivered,DELIVERED", "relayed,RELAYED", "expanded,EXPANDED",
        // Postfix's address verification reports (sendmail -bv)
        "deliverable,DELIVERED", "undeliverable,FAILED"})
    void parsesLeniently(String value, Action expected) {
        assertThat(Action.parse(value)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bounced", "delivering", "5.1.1"})
    void rejectsUnknownActions(String value) {
        assertThat(Action.parse(value)).isEmpty();
    }
}
