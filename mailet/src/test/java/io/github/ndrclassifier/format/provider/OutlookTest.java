package io.github.ndrclassifier.format.provider;

import static io.github.ndrclassifier.format.provider.ProviderReports.Expected;
import static io.github.ndrclassifier.format.provider.ProviderReports.assertReport;
import static io.github.ndrclassifier.format.provider.ProviderReports.classify;
import static io.github.ndrclassifier.format.provider.ProviderReports.message;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Kind;

class OutlookTest {
    @org.junit.jupiter.api.Test
    void aJunkMailReportIsAbuseFeedbackAboutTheOriginalRecipient() {
        var report = classify(message("""
                From: staff@hotmail.com
                To: abuse-report@example.com
                Subject: complaint about message from 192.0.2.222
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="j1"
                """, """
                --j1
                Content-Type: message/rfc822
                Content-Disposition: inline

                X-HmXmrOriginalRecipient: reader@example.com
                From: Sender <sender@example.com>
                To: reader@example.com
                Subject: Offer

                Hello

                --j1--
                """));
        org.assertj.core.api.Assertions.assertThat(report.kind()).isEqualTo(Kind.FEEDBACK);
        org.assertj.core.api.Assertions.assertThat(report.format()).isEqualTo("outlook");
        org.assertj.core.api.Assertions.assertThat(report.feedbackType()).contains("abuse");
        org.assertj.core.api.Assertions.assertThat(report.recipients()).extracting(r -> r.address())
                .containsExactly("reader@example.com");
    }

    @org.junit.jupiter.api.Test
    void aMessageFromOutlookStaffWithAnotherSubjectIsNotAComplaint() {
        var report = classify(message("""
                From: staff@hotmail.com
                To: someone@example.com
                Subject: Welcome
                """, "Hello reader@example.com\n"));
        org.assertj.core.api.Assertions.assertThat(report.kind()).isNotEqualTo(Kind.FEEDBACK);
    }
}
