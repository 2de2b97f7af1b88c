package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

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
}
