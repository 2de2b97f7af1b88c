package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ndrclassifier.report.OriginalMessage;

class BackscatterTest {
    private final Backscatter backscatter = new Backscatter(domain -> domain.equals("example.local"),
            List.of("MX1.Example.NET"));

    @ParameterizedTest(name = "Message-ID {0}, Received by {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            <lunch-42@example.local>          | -                                    | NO
            <lunch-42@Mail.Example.Local>     | -                                    | NO
            <abc@laptop.home>                 | mail.example.local                   | NO
            <abc@laptop.home>                 | mx.foreign.example,mx1.example.net.  | NO
            <spam-1@example.local.attacker.example> | -                              | YES
            <abc@foreign.example>             | -                                    | YES
            <abc@foreign.example>             | mx.foreign.example,relay.example.org | YES
            -                                 | mx.foreign.example                   | YES
            <no-domain-at-all>                | -                                    | UNKNOWN
            -                                 | -                                    | UNKNOWN
            <abc@[192.0.2.1]>                 | -                                    | YES
            """)
    void judgesByTheMessageIdDomainAndTheReceivedHosts(String messageId, String receivedBy,
                                                     Backscatter.Verdict expected) {
        OriginalMessage original = new OriginalMessage(Optional.ofNullable(messageId), Optional.empty(),
                Optional.of("Alice <alice@example.local>"), Optional.empty(), Optional.empty(),
                receivedBy == null ? List.of() : List.of(receivedBy.split(",")));

        assertThat(backscatter.judge(original)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"YES, yes", "NO, no", "UNKNOWN, unknown"})
    void verdictsAreWrittenInLowerCase(Backscatter.Verdict verdict, String value) {
        assertThat(verdict.value()).isEqualTo(value);
    }
}
