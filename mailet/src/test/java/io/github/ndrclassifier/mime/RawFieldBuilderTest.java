package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.stream.DefaultFieldBuilder;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.RecycledByteArrayBuffer;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(ints = {10, 19, 20, 21, 40})
    void limitsAFieldsLengthAsMime4jDoes(int limit) {
        String[] lines = {"Subject: a long\r\n", " folded value\r\n"};
        boolean mime4jRefuses = refusesToAppend(new DefaultFieldBuilder(limit), lines);
        assertThat(refusesToAppend(new RawFieldBuilder(limit), lines)).isEqualTo(mime4jRefuses);
    }

    private static boolean refusesToAppend(FieldBuilder builder, String... lines) {
        try {
            build(builder, lines);
            return false;
        } catch (MaxHeaderLengthLimitException e) {
            return true;
        } catch (MimeException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Mime4j asks for the raw lines only to put a refused line back in front of the body, and
     * reads that line from the very buffer it gets: the builder must not write into it again.
     */
    @Test
    void neverWritesAgainIntoTheLinesItHandedOut() throws MimeException {
        RawFieldBuilder builder = new RawFieldBuilder(0);
        assertThatThrownBy(() -> build(builder, "no colon at all\r\n")).isInstanceOf(MimeException.class);
        RecycledByteArrayBuffer handedOut = builder.getRaw();
        byte[] before = handedOut.toByteArray();

        RawField next = build(builder, "Subject: the next field\r\n");

        assertThat(next.getName()).isEqualTo("Subject");
        assertThat(handedOut.toByteArray()).isEqualTo(before).asString(StandardCharsets.UTF_8)
                .isEqualTo("no colon at all\r\n");
        assertThat(builder.getRaw()).isNotSameAs(handedOut);
    }
}
