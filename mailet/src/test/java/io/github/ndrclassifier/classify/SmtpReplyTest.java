package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpReplyTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "550 5.1.1 User unknown|550",
        "  421-4.7.0 try later|421",
        "[2016-04-29 23:34:45 +0900] info|-",
        "2016-04-29 failed|-",
        "(550) rejected|-"})
    void leadingTakesOnlyACodeAtTheStart(String text, Integer code) {
        assertThat(SmtpReply.leading(text).orElse(null)).isEqualTo(code);
    }
}
