package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {
    private static String decode(byte[] bytes, String label) {
        return TextDecoder.decode(bytes, bytes.length, label);
    }

    @ParameterizedTest
    @CsvSource({"ISO-2022-JP", "Shift_JIS", "EUC-JP", "KOI8-R", "windows-1251", "windows-1252", "ISO-8859-1", "UTF-8", "GB2312"})
    void decodesTheCharsetsBouncesUse(String charset) {
        String text = switch (charset) {
            case "KOI8-R", "windows-1251" -> "Пользователь не найден";
            case "ISO-8859-1", "windows-1252" -> "Empfänger unbekannt";
            case "GB2312" -> "用户不存在";
            default -> "宛先のメールアドレスが見つかりません";
        };
        assertThat(decode(text.getBytes(Charset.forName(charset)), charset)).isEqualTo(text);
    }

    @Test
    void decodesUtf7UnderItsOutlookName() {
        byte[] utf7 = "Hi Mom -+Jjo--!".getBytes(StandardCharsets.US_ASCII);
        assertThat(decode(utf7, "unicode-1-1-utf-7")).isEqualTo("Hi Mom -\u263A-!");
        assertThat(decode(utf7, "UTF-7")).isEqualTo("Hi Mom -\u263A-!");
    }

    @Test
    void recognisesUnlabelledIso2022Jp() {
        String text = "宛先不明";
        assertThat(decode(text.getBytes(Charset.forName("ISO-2022-JP")), null)).isEqualTo(text);
    }

    @Test
    void findsTheEscapeOfUnlabelledIso2022JpAfterStrayEightBitBytes() {
        String text = "宛先不明";
        byte[] jis = text.getBytes(Charset.forName("ISO-2022-JP"));
        byte[] bytes = new byte[jis.length + 3];
        bytes[0] = (byte) 0xe3;
        bytes[1] = (byte) 0x81;
        bytes[2] = ' ';
        System.arraycopy(jis, 0, bytes, 3, jis.length);

        assertThat(decode(bytes, null)).endsWith(text);
    }

    @Test
    void anEscapeOfAnotherKindLeavesUnlabelledTextUtf8() {
        byte[] bytes = "\u001b[1mbold\u001b[0m caf\u00e9 \u001b$".getBytes(StandardCharsets.UTF_8);
        assertThat(decode(bytes, null)).isEqualTo("\u001b[1mbold\u001b[0m caf\u00e9 \u001b$");
    }

    @Test
    void degradesToBestEffortForUnknownOrBrokenLabels() {
        byte[] bytes = "user unknown \u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(decode(bytes, "x-no-such-charset")).isEqualTo("user unknown \u00e9");
        assertThat(decode(bytes, "\"\u0000;;")).isEqualTo("user unknown \u00e9");
        assertThat(decode(new byte[] {(byte) 0xff, 'o', 'k'}, "us-ascii")).endsWith("ok");
    }

    static Stream<Arguments> mislabelled() {
        String japanese = "送信先のメールボックスが一杯のため、送信できませんでした。";
        String russian = "Ваше сообщение не доставлено";
        return Stream.of(
                Arguments.of("UTF-8 labelled ISO-2022-JP", japanese.getBytes(StandardCharsets.UTF_8), "ISO-2022-JP",
                        japanese),
                Arguments.of("EUC-JP labelled ISO-2022-JP", japanese.getBytes(Charset.forName("EUC-JP")),
                        "iso-2022-jp", japanese),
                Arguments.of("Shift_JIS labelled ISO-2022-JP", japanese.getBytes(Charset.forName("windows-31j")),
                        "ISO-2022-JP", japanese),
                Arguments.of("UTF-8 labelled UTF-7", russian.getBytes(StandardCharsets.UTF_8), "unicode-1-1-utf-7",
                        russian),
                Arguments.of("8-bit text labelled US-ASCII", russian.getBytes(StandardCharsets.UTF_8), "us-ascii",
                        russian));
    }

    /** 8-bit bytes under a 7-bit label: the text was converted and not relabelled. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mislabelled")
    void decodesEightBitTextUnderASevenBitLabel(String name, byte[] bytes, String label, String expected) {
        assertThat(decode(bytes, label)).isEqualTo(expected);
    }
}
