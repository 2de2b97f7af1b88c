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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'multipart/report; boundary=\"a;b\"; report-type=x'|boundary|a;b",
        "'multipart/report; boundary=\"a\\\"b\"'|boundary|a\"b",
        "'text/plain; charset=us-ascii (Plain text)'|charset|us-ascii",
        "'text/plain;charset=utf-8;format=flowed'|format|flowed",
        "'text/plain; CHARSET = \"ISO-2022-JP\"'|charset|ISO-2022-JP",
        "'text/plain; charset=a; charset=b'|charset|a",
        "'multipart/mixed;\n\tboundary=\"----=_Part_0\"'|boundary|----=_Part_0",
        "'text/plain; charset=\"unterminated'|charset|unterminated"})
    void readsParameters(String value, String name, String expected) {
        assertThat(ContentType.parse(value).parameter(name)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"text/", "/plain", "'text/plain; ;;; =x; y'", "''"})
    void toleratesMalformedFields(String value) {
        assertThat(ContentType.parse(value).parameter("y")).isEmpty();
    }
}
