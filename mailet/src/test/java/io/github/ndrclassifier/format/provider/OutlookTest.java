package io.github.ndrclassifier.format.provider;

import static io.github.ndrclassifier.format.provider.ProviderReports.classify;
import static io.github.ndrclassifier.format.provider.ProviderReports.message;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.report.Kind;

class OutlookTest {
    @Test
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
        assertThat(report.kind()).isEqualTo(Kind.FEEDBACK);
        assertThat(report.format()).isEqualTo("outlook");
        assertThat(report.feedbackType()).contains("abuse");
        assertThat(report.recipients()).extracting(r -> r.address())
                .containsExactly("reader@example.com");
    }

    @Test
    void aMessageFromOutlookStaffWithAnotherSubjectIsNotAComplaint() {
        var report = classify(message("""
                From: staff@hotmail.com
                To: someone@example.com
                Subject: Welcome
                """, "Hello reader@example.com\n"));
        assertThat(report.kind()).isNotEqualTo(Kind.FEEDBACK);
    }
}
