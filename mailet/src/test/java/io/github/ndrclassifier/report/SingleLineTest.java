package io.github.ndrclassifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SingleLineTest {
    @Test
    void replacesEachRunOfControlCharactersWithOneSpace() {
        assertThat(SingleLine.of("a\r\nBcc: evil@example.net")).isEqualTo("a Bcc: evil@example.net");
        assertThat(SingleLine.of("x\u0000\u0001\u001b[31my")).isEqualTo("x [31my");
        assertThat(SingleLine.of("tab\there")).isEqualTo("tab here");
        assertThat(SingleLine.of("c1\u0085\u009bend\u007f")).isEqualTo("c1 end ");
        assertThat(SingleLine.of("line\u2028separator\u2029")).isEqualTo("line separator ");
        assertThat(SingleLine.of("\r\nlead\ttab\tand\u0085\u0085runs")).isEqualTo(" lead tab and runs");
    }

    @Test
    void keepsPrintableTextAsItIs() {
        String text = "550 5.1.1 <a@example.org>: Benutzer unbekannt \u00e9\u4e2d\u6587";
        assertThat(SingleLine.of(text)).isSameAs(text);
        Optional<String> value = Optional.of(text);
        assertThat(SingleLine.of(value)).isSameAs(value);
        assertThat(SingleLine.of(Optional.<String>empty())).isEmpty();
    }

    @Test
    void reportValuesAreSingleLines() {
        RecipientResult r = new RecipientResult("a\r\n@example.org", Optional.of("b\n"), Optional.empty(),
                Optional.empty(), Optional.empty(), Reason.USERUNKNOWN, true, true, Optional.of("mx\r"),
                Optional.of("smtp\0"), Optional.of("550\r\nBcc: x"), Optional.of("RCPT\n"), Optional.of("d\n"),
                Optional.of("w\n"), Optional.empty());
        assertThat(r.address()).isEqualTo("a @example.org");
        assertThat(r.diagnostic()).contains("550 Bcc: x");
        assertThat(r.originalRecipient()).contains("b ");
        assertThat(r.remoteMta()).contains("mx ");
        OriginalMessage original = new OriginalMessage(Optional.of("<id>\r\n"), Optional.of("s\nBcc: x"),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(original.subject()).contains("s Bcc: x");
        BounceReport report = BounceReport.none(Optional.of("problem\nsecond line"));
        assertThat(report.problem()).contains("problem second line");
    }
}
