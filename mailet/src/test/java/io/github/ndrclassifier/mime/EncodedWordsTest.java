package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodedWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "=?utf-8?q?Quarterly_report?=|Quarterly report",
        "=?UTF-8?B?UXVhcnRlcmx5IHJlcG9ydA==?=|Quarterly report",
        "=?utf-8?b?UXVhcnRlcmx5IHJlcG9ydA?=|Quarterly report",
        "Re: =?iso-8859-1?q?caf=E9?= menu|Re: café menu",
        "=?utf-8?q?a?= =?utf-8?q?b?=|ab",
        "=?utf-8?q?a?=\t\t=?utf-8?q?b?= c|ab c",
        "=?utf-8?q?caf=C3?= =?utf-8?q?=A9?=|café",
        "=?iso-8859-1?q?caf?= =?utf-8?q?=C3=A9?=|café",
        "'\"=?utf-8?q?Sender?=\" <sender@example.net>'|'\"Sender\" <sender@example.net>'",
        "=?utf-8?q?a?==?utf-8?q?b?=|ab",
        "x=?utf-8?q?a?=y|xay",
        "=?utf-8*en?q?language?=|language",
        "=?x-no-such-charset?q?plain?=|plain",
        "=?utf-8?x?unknown-encoding?=|=?utf-8?x?unknown-encoding?=",
        "=?utf-8?b?A?=|=?utf-8?b?A?=",
        "=?utf-8?q?not closed|=?utf-8?q?not closed",
        "=?utf-8?q?white space?=|=?utf-8?q?white space?=",
        "=?=?=?|=?=?=?",
        "a =? b ?= c|a =? b ?= c"})
    void decodes(String value, String decoded) {
        assertThat(EncodedWords.decode(value)).isEqualTo(decoded);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"=?", "?=", "=?a?", "=?a?b?c?= ", "=?utf-8?q?", "=?x?q?x?= "})
    void keepsLinearTimeOnRunsOfWordFragments(String unit) {
        String value = unit.repeat(200_000 / unit.length());
        assertThat(EncodedWords.decode(value)).isNotNull();
    }
}
