package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 User Unknown|550 5.1.1 user unknown",
        "'  Mailbox\t\tFULL \r\n  (quota)  '|mailbox full (quota)",
        "'a\u0000b\u007fc\u001fd'|a b c d",
        "'Postfach\u00a0voll'|postfach voll",
        "'Mailbox\u2003Übervoll'|mailbox übervoll",
        "'ΟΔΟΣ Σ'|οδο\u03c2 \u03c3",
        "'İSTANBUL'|i\u0307stanbul",
        "'宛先不明  です'|宛先不明 です",
        "'ÀÉÎ Ñ Ǆ'|àéî ñ ǆ",
        "'\uD801\uDC00 Deseret'|\uD801\uDC28 deseret"})
    void lowerCasesAndCollapsesWhiteSpaceAndControls(String text, String normalized) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Mailbox\t\tFULL \r\n  (quota)  '|40|Mailbox FULL (quota)",
        "'Mailbox FULL'|7|Mailbox",
        "'no\u00a0break\u0000\u2003here'|40|no\u00a0break here",
        "'550 5.1.1 <a@example.org>: User unknown'|40|550 5.1.1 <a@example.org>: User unknown",
        "'550 5.1.1 <a@example.org>: User unknown'|9|550 5.1.1",
        "'one  two'|40|one two",
        "' lead'|40|lead",
        "'trail '|40|trail",
        "'a\tb'|40|a b",
        "'a \u2003b'|40|a b",
        "'\u00a0edge\u00a0'|40|\u00a0edge\u00a0",
        "'Übervoll wörter'|40|Übervoll wörter"})
    void oneLineKeepsTheCaseAndCuts(String text, int max, String expected) {
        assertThat(TextNormalizer.oneLine(text, max)).isEqualTo(expected);
    }

    @Test
    void oneLineGivesBackALineThatNeedsNoChange() {
        String line = "550 5.1.1 <a@example.org>: User unknown";
        assertThat(TextNormalizer.oneLine(line, 4096)).isSameAs(line);
    }
}
