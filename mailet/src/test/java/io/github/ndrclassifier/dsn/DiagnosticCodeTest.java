package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosticCodeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "smtp; 550 5.1.1 User unknown|SMTP|550 5.1.1 User unknown",
        "X-Postfix; host not found|X-POSTFIX|host not found",
        "x-unix; procmail: Couldn't create|X-UNIX|procmail: Couldn't create",
        "550 5.1.1 no type|''|550 5.1.1 no type",
        "smtp;550-5.1.1 a; b|SMTP|550-5.1.1 a; b"})
    void splitsTypeAndText(String value, String type, String text) {
        assertThat(DiagnosticCode.parse(value)).contains(new DiagnosticCode(type, text));
    }

    @org.junit.jupiter.api.Test
    void isAbsentWhenBlank() {
        assertThat(DiagnosticCode.parse("  ")).isEmpty();
    }
}
