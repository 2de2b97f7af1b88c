package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosticTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "550-5.1.1 The account does not exist. Please try 550-5.1.1 again later 550 5.1.1 now.|550-5.1.1 The account does not exist. Please try again later now.",
        "550-Sorry 550-no mailbox 550 here|550-Sorry no mailbox here",
        "'554 5.7.1 blocked\t   by policy'|554 5.7.1 blocked by policy",
        "user unknown|user unknown",
        "550 5.1.1 mail to 550 users|550 5.1.1 mail to 550 users"})
    void joinsAMultiLineReplyIntoOneLine(String raw, String clean) {
        assertThat(DiagnosticText.clean(raw)).isEqualTo(clean);
    }
}
