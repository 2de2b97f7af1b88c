package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ndrclassifier.mime.ContentType;

class BounceSignalsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "multipart/report; report-type=delivery-status; boundary=x|true",
        "'  Multipart/Report;\\r\\n\\treport-type=\"delivery-status\"'|true",
        "multipart/report|true",
        "multipart/report; boundary=\"x\"|true",
        "multipart/report; report-type=feedback-report|true",
        "'multipart/report\\r\\n report-type=delivery-status'|true",
        "multipart/report; report-type=disposition-notification|false",
        "multipart/report; REPORT-TYPE = \"Disposition-Notification\"; boundary=b|false",
        "multipart/report; boundary=\"x-report-type=disposition-notification\"; report-type=delivery-status|true",
        "multipart/report; report-type=disposition-notificationx|true",
        "multipart/reports|false",
        "multipart/mixed; boundary=report|false",
        "text/plain; charset=utf-8|false",
        "''|false"})
    void aReportOtherThanAReadReceiptMayBeABounceWhateverTheSender(String contentType, boolean report) {
        String value = contentType.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
        assertThat(BounceSignals.isReport(value)).isEqualTo(report);
        assertThat(BounceSignals.mayBeBounce(false, value)).isEqualTo(report);
        assertThat(BounceSignals.mayBeBounce(true, value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "multipart/report; report-type=delivery-status; boundary=x",
        "multipart/report; report-type=disposition-notification",
        "multipart/report",
        "text/plain; charset=utf-8",
        "multipart/alternative; boundary=\"b1\""})
    void agreesWithTheContentTypeParser(String value) {
        ContentType type = ContentType.parse(value);
        boolean parsed = type.is("multipart/report")
                && !type.reportType().map("disposition-notification"::equals).orElse(false);
        assertThat(BounceSignals.isReport(value)).isEqualTo(parsed);
    }

    @Test
    void noContentTypeIsNoReport() {
        assertThat(BounceSignals.isReport(null)).isFalse();
        assertThat(BounceSignals.mayBeBounce(false, null)).isFalse();
        assertThat(BounceSignals.mayBeBounce(true, null)).isTrue();
    }
}
