package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldBodyTest {
    private static RawField field(byte[] bytes) throws MimeException {
        return RawFieldParser.DEFAULT.parseField(new ByteArrayBuffer(bytes, bytes.length, false));
    }

    private static RawField field(String text) throws MimeException {
        return field(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Subject: hello world|hello world",
        "Subject:hello|hello",
        "Subject:\thello|hello",
        "'Subject:  two spaces'|' two spaces'",
        "Subject:|''",
        "'Subject: '|' '",
        "'Subject:  '|' '",
        "Subject: caf\u00e9|caf\u00e9",
    })
    void decodesTheValueAfterTheColonAndOneSpace(String raw, String expected) throws MimeException {
        assertThat(FieldBody.of(field(raw))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Received: from a\r\n\tby b\r\n with SMTP",
        "Subject: folded\n continued",
        "Subject: =?utf-8?q?caf=C3=A9?= stays encoded",
        "X-Empty:",
        "X-Space: ",
        "X-Tab:\t",
        "Subject: \u65e5\u672c\u8a9e \u0645\u0631\u062d\u0628\u0627",
        "Subject: trailing CR\r",
    })
    void givesWhatMime4jGives(String raw) throws MimeException {
        RawField field = field(raw);
        assertThat(FieldBody.of(field)).isEqualTo(field.getBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3", "ff fe", "e6 97", "80 41 42", "f0 9f 98", "41 c3 28 42"})
    void malformedUtf8BecomesWhatMime4jMakesOfIt(String hex) throws MimeException {
        String[] parts = hex.split(" ");
        byte[] prefix = "Subject: x".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[prefix.length + parts.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        for (int i = 0; i < parts.length; i++) {
            bytes[prefix.length + i] = (byte) Integer.parseInt(parts[i], 16);
        }
        RawField field = field(bytes);
        assertThat(FieldBody.of(field)).isEqualTo(field.getBody()).contains("\ufffd");
    }

    @Test
    void aFieldWithoutBytesGivesItsBody() {
        RawField field = new RawField("Subject", "built from strings");
        assertThat(FieldBody.of(field)).isEqualTo("built from strings");
    }
}
