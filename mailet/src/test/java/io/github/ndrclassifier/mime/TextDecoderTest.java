package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {
    private static final String JAPANESE = "送信先のメールボックスが一杯のため、送信できませんでした。";
    private static final String RUSSIAN = "Ваше сообщение не доставлено";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ISO-2022-JP as labelled", JAPANESE.getBytes(Charset.forName("ISO-2022-JP")),
                        "iso-2022-jp", JAPANESE),
                Arguments.of("unlabelled ISO-2022-JP, known by its escapes",
                        JAPANESE.getBytes(Charset.forName("ISO-2022-JP")), null, JAPANESE),
                Arguments.of("UTF-8 labelled ISO-2022-JP", JAPANESE.getBytes(StandardCharsets.UTF_8),
                        "ISO-2022-JP", JAPANESE),
                Arguments.of("EUC-JP labelled ISO-2022-JP", JAPANESE.getBytes(Charset.forName("EUC-JP")),
                        "iso-2022-jp", JAPANESE),
                Arguments.of("Shift_JIS labelled ISO-2022-JP", JAPANESE.getBytes(Charset.forName("windows-31j")),
                        "ISO-2022-JP", JAPANESE),
                Arguments.of("UTF-8 labelled UTF-7", RUSSIAN.getBytes(StandardCharsets.UTF_8), "unicode-1-1-utf-7",
                        RUSSIAN),
                Arguments.of("UTF-7 as labelled", "Hi Mom -+Jjo--!".getBytes(StandardCharsets.US_ASCII), "utf-7",
                        "Hi Mom -\u263a-!"),
                Arguments.of("KOI8-R as labelled", RUSSIAN.getBytes(Charset.forName("KOI8-R")), "koi8-r", RUSSIAN),
                Arguments.of("Windows-1251 as labelled", RUSSIAN.getBytes(Charset.forName("windows-1251")),
                        "windows-1251", RUSSIAN),
                Arguments.of("8-bit text labelled US-ASCII is read as UTF-8", RUSSIAN.getBytes(StandardCharsets.UTF_8),
                        "us-ascii", RUSSIAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodes(String name, byte[] bytes, String label, String expected) {
        assertThat(TextDecoder.decode(bytes, bytes.length, label)).isEqualTo(expected);
    }
}
