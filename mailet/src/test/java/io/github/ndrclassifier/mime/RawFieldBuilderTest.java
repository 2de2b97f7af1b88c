package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.DefaultFieldBuilder;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder must build, and refuse, exactly the fields Mime4j's own builder does. */
class RawFieldBuilderTest {
    private static RawField build(FieldBuilder builder, String... lines) throws MimeException {
        builder.reset();
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            builder.append(new ByteArrayBuffer(bytes, bytes.length, false));
        }
        try {
            return builder.build();
        } finally {
            builder.release();
        }
    }

    private static void assertSameField(String... lines) throws MimeException {
        RawField expected = build(new DefaultFieldBuilder(0), lines);
        RawField actual = build(new RawFieldBuilder(0), lines);
        assertThat(actual.getName()).isEqualTo(expected.getName());
        assertThat(actual.getDelimiterIdx()).isEqualTo(expected.getDelimiterIdx());
        assertThat(actual.getBody()).isEqualTo(expected.getBody());
        assertThat(actual.getRaw().toByteArray()).isEqualTo(expected.getRaw().toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Subject: hello\r\n",
        "Subject:hello\r\n",
        "Subject:\r\n",
        "X-Original-To: <a@example.org>\n",
        "Content-Type: text/plain; charset=utf-8",
        "ARC-Message-Signature: i=1; a=rsa-sha256\r\n",
        "x:y\r\n",
        "Subject : space before the colon\r\n",
        "Subject\t: tab before the colon\r\n",
        "Subject(comment): comment in the name\r\n",
        "(comment)Subject: comment first\r\n",
        " Subject: leading space\r\n",
        ": empty name\r\n",
        "Subject;x: semicolon in the name\r\n",
        "Received: from a\r\n",
        "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n",
    })
    void buildsTheFieldMime4jBuilds(String line) throws MimeException {
        assertSameField(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Received: from a\r\n|\tby b\r\n| with SMTP\r\n",
        "Subject: =?utf-8?q?caf=C3=A9?=\r\n| folded\r\n",
    })
    void buildsFoldedFieldsAsMime4jDoes(String joined) throws MimeException {
        assertSameField(joined.split("\\|"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Caf\u00e9: non-ASCII name\r\n",
        "Sub\u0001ject: control character\r\n",
        "Sub ject: space inside the name\r\n",
        "no colon at all\r\n",
        "Subject\r\n",
    })
    void refusesTheFieldsMime4jRefuses(String line) {
        assertThatThrownBy(() -> build(new DefaultFieldBuilder(0), line)).isInstanceOf(MimeException.class);
        assertThatThrownBy(() -> build(new RawFieldBuilder(0), line)).isInstanceOf(MimeException.class);
    }
}
