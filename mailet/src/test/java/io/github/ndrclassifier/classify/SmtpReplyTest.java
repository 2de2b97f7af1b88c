package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpReplyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 user unknown|550",
        "550-5.1.1 user unknown|550",
        "host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full|452",
        "(reason: 554 delivery error)|554",
        "SMTP error from remote mail server after RCPT TO:<a@example.org>: 550|550"})
    void findsTheReplyCode(String text, int code) {
        assertThat(SmtpReply.find(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5.0 syntax", "port 25000", "id 550123", "192.0.2.250 refused", "code 599 unknown"})
    void doesNotTakeOtherNumbers(String text) {
        assertThat(SmtpReply.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "550 5.1.1 User unknown|550",
        "  421-4.7.0 try later|421",
        "[2016-04-29 23:34:45 +0900] info|-",
        "2016-04-29 failed|-",
        "(550) rejected|-",
        "550|550",
        "552: quota|552",
        "5501 id|-",
        "560 no such code|-",
        "55x|-",
        "250-ok|250"})
    void leadingTakesOnlyACodeAtTheStart(String text, Integer code) {
        assertThat(SmtpReply.leading(text).orElse(null)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "220-laposte 421 4.2.1 Service refuse|421",
        "550 5.1.1 user unknown|550",
        "250 2.1.5 Ok|-"})
    void findFailureSkipsCodesOfSuccess(String text, Integer code) {
        assertThat(SmtpReply.findFailure(text).orElse(null)).isEqualTo(code);
    }
}
