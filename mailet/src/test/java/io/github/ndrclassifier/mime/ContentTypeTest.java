package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain; charset=utf-8|text/plain",
        "Multipart/Report; report-type=delivery-status|multipart/report",
        "'text/plain\n   charset=\"iso-2022-jp\"'|text/plain",
        "nonsense|text/plain"})
    void readsTheMediaType(String value, String type) {
        assertThat(ContentType.parse(value).mimeType()).isEqualTo(type);
    }

    @Test
    void readsParametersQuotedOrNotFirstOneWinning() {
        ContentType type = ContentType.parse(
                "multipart/report;\r\n\tReport-Type=\"delivery-status\"; boundary=----=_Part_1; report-type=x");
        assertThat(type.mimeType()).isEqualTo("multipart/report");
        assertThat(type.parameters()).isEqualTo(Map.of("report-type", "delivery-status", "boundary", "----=_Part_1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain; charset=\"=?utf-8?q?x?=\"",
        "text/plain (comment); charset=utf-8",
        "text/plain; name=\"a\\\"b\"",
        "text/plain; charset",
        "text/plain; charset=utf-8 x",
        "text/plain; name=caf\u00e9"})
    void leavesAnythingButThePlainFormToTheLenientParser(String value) {
        assertThat(ContentType.parseSimple(value)).isNull();
        assertThat(ContentType.parse(value)).isEqualTo(ContentType.parseLeniently(value));
    }

    @Test
    void readsThePlainFormExactlyAsTheLenientParserDoes() {
        Random random = new Random(11);
        String[] pieces = {"text", "/", "plain", ";", " ", "\t", "\r\n ", "=", "\"", "charset", "utf-8", "Name",
            "a b", "(", ")", "\\", "?", ",", "=?", "x", "report-type", "delivery-status", "@", "é"};
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder value = new StringBuilder(round % 3 == 0 ? "" : "text/plain");
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = value.toString();
            ContentType simple = ContentType.parseSimple(text);
            if (simple != null) {
                accepted++;
                assertThat(simple).as("parsing %s", text).isEqualTo(ContentType.parseLeniently(text));
            }
        }
        assertThat(accepted).isGreaterThan(1000);
    }
}
