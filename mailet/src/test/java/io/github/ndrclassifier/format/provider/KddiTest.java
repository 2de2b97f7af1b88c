package io.github.ndrclassifier.format.provider;

import static io.github.ndrclassifier.format.provider.ProviderReports.Expected;
import static io.github.ndrclassifier.format.provider.ProviderReports.assertReport;
import static io.github.ndrclassifier.format.provider.ProviderReports.classify;
import static io.github.ndrclassifier.format.provider.ProviderReports.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;

class KddiTest {
    private static final String HEADER = """
            From: no-reply@ab0000.dion.ne.jp
            To: <sender@example.jp>
            Subject: Mail
            Reply-To: no-reply@app.auone-net.jp
            Content-Type: text/plain; charset="ISO-2022-JP"
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("full mailbox", message(HEADER, """
                        Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
                             Could not be delivered to: <someone@ab0000.dion.ne.jp>
                             As their mailbox is full.
                        """), Kind.NDR, List.of(Expected.of("someone@ab0000.dion.ne.jp", "5.0.0", null,
                        "As their mailbox is full.").action(Action.FAILED))),
                Arguments.of("relay error with the reply", message(HEADER, """
                        Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
                             Could not be delivered to: <other@example.com>
                             Due to the following SMTP relay error:
                             550 5.1.1 <other@example.com>... User unknown
                        """), Kind.NDR, List.of(Expected.of("other@example.com", "5.1.1", 550,
                        "Due to the following SMTP relay error: 550 5.1.1 <other@example.com>... User unknown"))));
    }

    @Test
    void fixedSentencesStateTheReason() {
        var report = classify(message(HEADER, "Could not be delivered to: <a@ab0000.dion.ne.jp>\nAs their mailbox is full.\n"));
        assertThat(report.recipients().get(0).reason())
                .isEqualTo(Reason.MAILBOXFULL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsKddiReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "kddi", expected);
    }
}
