package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnhancedStatusCodeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5.1.1|5.1.1",
        " 4.4.7 |4.4.7",
        "5.0.0 (permanent failure)|5.0.0",
        "5.7.606|5.7.606",
        "2.1.5|2.1.5"})
    void parsesAStatusValue(String value, String expected) {
        assertThat(EnhancedStatusCode.parse(value)).hasValueSatisfying(c -> assertThat(c).hasToString(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "550", "5.1", "6.1.1", "5.1.1.1", "5.1.1a", "x.1.1", "5.1234.1"})
    void rejectsWhatIsNotACode(String value) {
        assertThat(EnhancedStatusCode.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "550-5.1.1 The email account that you tried to reach does not exist|5.1.1",
        "smtp; 550 5.2.2 <neko@example.jp>... Mailbox Full|5.2.2",
        "Sorry, no mailbox here by that name. (#5.1.1)|5.1.1",
        "host 192.0.2.1 said: 5.7.1 blocked|5.7.1"})
    void findsTheFirstCodeInText(String text, String expected) {
        assertThat(EnhancedStatusCode.find(text)).hasValueSatisfying(c -> assertThat(c).hasToString(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"connect to 192.0.2.5.1.1 failed", "version 5.1.12a", "release 4.4.7.1", "no code here"})
    void doesNotTakeNumbersThatAreNotCodes(String text) {
        assertThat(EnhancedStatusCode.find(text)).isEmpty();
    }

    @Test
    void prefersTheCodeThatFollowsAReplyCode() {
        assertThat(EnhancedStatusCode.findAfterReply("5.1.0 - Unknown address error 550-'5.7.1 <x@example.com>... Access denied"))
                .hasValueSatisfying(c -> assertThat(c).hasToString("5.7.1"));
        assertThat(EnhancedStatusCode.findAfterReply("Mailbox full 5.2.2"))
                .hasValueSatisfying(c -> assertThat(c).hasToString("5.2.2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Status 4.4.1, then 550 5.1.1 user unknown|5.1.1",
        "421 4.4.2 timeout|4.4.2",
        "550 4.1.1 mismatched classes, then 5.2.1|4.1.1",
        "550 5.1.1|5.1.1",
        "x550 5.1.1 not a reply code|5.1.1",
        "no reply code 5.1.1 but 5.2.2|5.1.1",
        "250 2.0.0 ok|2.0.0",
        "550 nothing after the reply, (#5.7.1)|5.7.1"})
    void findsTheCodeAfterAReplyElseTheFirstCode(String text, String expected) {
        assertThat(EnhancedStatusCode.findAfterReply(text)).hasValueSatisfying(c -> assertThat(c).hasToString(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "550", "550 5.1", "connect to 192.0.2.5.1.1 failed", "550 user unknown"})
    void findsNoCodeAfterAReplyWhereThereIsNone(String text) {
        assertThat(EnhancedStatusCode.findAfterReply(text)).isEmpty();
    }

    @Test
    void isEqualToTheSameCode() {
        assertThat(new EnhancedStatusCode(5, 1, 1)).isEqualTo(EnhancedStatusCode.parse("5.1.1").orElseThrow())
                .hasSameHashCodeAs(new EnhancedStatusCode(5, 1, 1))
                .isNotEqualTo(new EnhancedStatusCode(5, 1, 10))
                .isNotEqualTo(new EnhancedStatusCode(4, 1, 1))
                .isNotEqualTo("5.1.1");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new EnhancedStatusCode(3, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EnhancedStatusCode(5, 1000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EnhancedStatusCode(5, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsClass() {
        EnhancedStatusCode code = new EnhancedStatusCode(4, 7, 1);
        assertThat(code.isTransient()).isTrue();
        assertThat(code.isPermanent()).isFalse();
        assertThat(code.classCode()).hasToString("4.0.0");
        assertThat(code.classCode().isClassOnly()).isTrue();
    }
}
