package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.util.MimeUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HeaderValueSanitizerTest {
    private static final String NAME = "X-NDR-Diagnostic";

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("  spaces   inside\tand tab  ", "spaces inside and tab"),
                Arguments.of("line\r\nBcc: victim@example.org", "line Bcc: victim@example.org"),
                Arguments.of("bare\rcr and bare\nlf", "bare cr and bare lf"),
                Arguments.of("nul\u0000del\u007fc1\u0085end", "nul del c1 end"),
                Arguments.of("ls\u2028ps\u2029nbsp\u00a0end", "ls ps nbsp end"),
                Arguments.of("rlo\u202emoc.evil\u202c zw\u200bj", "rlomoc.evil zwj"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void cleanLeavesOneLineOfVisibleText(String text, String expected) {
        assertThat(HeaderValueSanitizer.clean(text, 200)).isEqualTo(expected);
    }

    @Test
    void cleanOfNullIsEmpty() {
        assertThat(HeaderValueSanitizer.clean(null, 10)).isEmpty();
    }

    @Test
    void cleanCutsLongTextWithAnEllipsis() {
        assertThat(HeaderValueSanitizer.clean("abcdefghij", 10)).isEqualTo("abcdefghij");
        assertThat(HeaderValueSanitizer.clean("abcdefghijk", 10)).isEqualTo("abcdefg...");
        assertThat(HeaderValueSanitizer.clean("abc   defghijk", 8)).isEqualTo("abc d...");
        assertThat(HeaderValueSanitizer.clean("abcd efghijk", 8)).isEqualTo("abcd...");
    }

    @Test
    void cleanCountsAndCutsWholeCodePoints() {
        String emoji = "\uD83D\uDE00";
        assertThat(HeaderValueSanitizer.clean(emoji.repeat(5), 5)).isEqualTo(emoji.repeat(5));
        assertThat(HeaderValueSanitizer.clean(emoji.repeat(6), 5)).isEqualTo(emoji.repeat(2) + "...");
        assertThat(HeaderValueSanitizer.clean("a\uD800b", 10)).isEqualTo("a\uFFFDb");
    }

    @Test
    void cleanRefusesABoundWithoutRoomForText() {
        assertThatThrownBy(() -> HeaderValueSanitizer.clean("x", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainAsciiIsWrittenAsIs() {
        assertThat(HeaderValueSanitizer.headerValue(NAME, "550 5.1.1 <a@example.org>: user unknown"))
                .isEqualTo("550 5.1.1 <a@example.org>: user unknown");
    }

    @Test
    void nonAsciiIsEncodedAsUtf8EncodedWords() {
        String value = HeaderValueSanitizer.headerValue(NAME, "Der Empfänger ist unbekannt – 未知のユーザー");
        assertThat(value).matches("[\\x20-\\x7E\\r\\n]*").contains("=?UTF-8?");
        assertThat(decode(value)).isEqualTo("Der Empfänger ist unbekannt – 未知のユーザー");
    }

    @Test
    void aForgedEncodedWordIsShownAsWrittenNotDecoded() {
        String forged = "=?utf-8?q?ok=0D=0ABcc:_victim@example.org?=";
        String value = HeaderValueSanitizer.headerValue(NAME, forged);
        assertThat(value).isNotEqualTo(forged);
        assertThat(decode(value)).isEqualTo(forged);
    }

    @Test
    void longValuesAreFoldedIntoShortLines() {
        String text = "word ".repeat(100).strip();
        String value = HeaderValueSanitizer.headerValue(NAME, text);
        String[] lines = (NAME + ": " + value).split("\r\n");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(decode(value)).isEqualTo(text);
    }

    @Test
    void valuesAreBoundedToOneLineBesideTheName() {
        String value = HeaderValueSanitizer.headerValue(NAME, "x ".repeat(2000));
        assertThat(decode(value)).hasSizeLessThanOrEqualTo(998 - NAME.length() - 2).endsWith("...");
    }

    static Stream<String> hostileTexts() {
        return Stream.of(
                "550 rejected\r\nBcc: victim@example.org",
                "550 rejected\nBcc: victim@example.org\n\nbody",
                "rejected\r\n\r\nX-Injected: yes",
                "a".repeat(5000),
                "https://example.org/" + "x".repeat(300) + " then text",
                "=?utf-8?b?" + "QmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=" + "?=",
                "=?utf-8?q?a=0D=0AX-Injected:_yes?= trailing",
                "Ünïcödé\r\nX-Injected: ÿes " + "日本語".repeat(200),
                "\u0000\u0001\u001b[31mred\u001b[0m",
                "tab\tseparated\u000bvertical\u000cform");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextNeverAddsOrBreaksAHeaderField(String text) throws Exception {
        String value = HeaderValueSanitizer.headerValue(NAME, text);
        byte[] message = (NAME + ": " + value + "\r\nSubject: test\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8);

        List<Field> fields = headerFields(message);

        assertThat(fields).extracting(Field::getName).containsExactly(NAME, "Subject");
        assertThat(new String(message, StandardCharsets.UTF_8).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        assertThat(value).matches("[\\x20-\\x7E\\r\\n]*");
        assertThat(decode(fields.get(0).getBody())).isEqualTo(HeaderValueSanitizer.clean(text, 998 - NAME.length() - 2));
    }

    private static List<Field> headerFields(byte[] message) throws Exception {
        MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
        stream.parse(new ByteArrayInputStream(message));
        List<Field> fields = new ArrayList<>();
        for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM
                && state != EntityState.T_BODY; state = stream.next()) {
            if (state == EntityState.T_FIELD) {
                fields.add(stream.getField());
            }
        }
        return fields;
    }

    private static String decode(String value) {
        return DecoderUtil.decodeEncodedWords(MimeUtil.unfold(value), DecodeMonitor.SILENT);
    }
}
