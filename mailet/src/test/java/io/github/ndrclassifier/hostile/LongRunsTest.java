package io.github.ndrclassifier.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;

/**
 * A megabyte-long run of one character in the fields that are parsed character by character:
 * each must be read in linear time. Every case here once took minutes (a loop cutting one
 * character at a time, Mime4j's Content-Type parser and encoded-word decoder rescanning the rest
 * of the field at every token).
 */
class LongRunsTest {
    private static final int RUN = 1024 * 1024;
    private static final String REPORT = """
            From: MAILER-DAEMON@mx.example.org
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org
            Received-From-MTA: dns; client.example.net

            Final-Recipient: rfc822; a@example.org
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx2.example.org
            Diagnostic-Code: smtp; 550 5.1.1 user unknown

            --B
            Content-Type: text/rfc822-headers

            Subject: Quarterly report
            From: Sender <sender@example.net>

            --B--
            """;

    private static BounceReport classifyWith(String original, String replacement) {
        assertThat(REPORT).contains(original);
        return Hostile.classify(REPORT.replace(original, replacement).getBytes(ISO_8859_1)).accepted();
    }

    @ParameterizedTest
    @ValueSource(strings = {".", " .", ";", ":", "[", "]"})
    void mtaNames(String unit) {
        String run = unit.repeat(RUN / unit.length());
        assertThat(classifyWith("dns; mx.example.org\n", "dns; mx.example.org" + run + "\n").reportingMta())
                .hasValueSatisfying(mta -> assertThat(mta).startsWith("mx.example.org"));
        assertThat(classifyWith("dns; mx2.example.org", "dns; mx2.example.org" + run).recipients()).hasSize(1);
        assertThat(classifyWith("dns; client.example.net", "dns; client.example.net" + run).kind())
                .isEqualTo(Kind.DSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "'", "\"", "(", ")", ",", ";", ":", "<", ">", "+", "+2", "\\x{", " "})
    void recipientAddresses(String unit) {
        String run = unit.repeat(RUN / unit.length());
        BounceReport before = classifyWith("rfc822; a@example.org", "rfc822; " + run + "a@example.org");
        BounceReport after = classifyWith("rfc822; a@example.org", "rfc822; a@example.org" + run);
        BounceReport utf8 = classifyWith("rfc822; a@example.org", "utf-8; a@example.org" + run);
        assertThat(before.recipients()).hasSize(1);
        assertThat(after.recipients()).hasSize(1);
        assertThat(utf8.recipients()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "; ", ";", "a ", "(", "()", "x=", "=", "\\"})
    void contentTypeFields(String unit) {
        String run = unit.repeat(RUN / unit.length());
        classifyWith("boundary=\"B\"\n", "boundary=\"B\"; x=" + run + "\n");
        classifyWith("Content-Type: message/delivery-status\n", "Content-Type: message/delivery-status; " + run + "\n");
        classifyWith("Content-Type: text/rfc822-headers\n", "Content-Type: text/rfc822-headers; a=\"" + run + "\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=?", "?=", "=?a?", "=?a?b?", "=?a?b?c?= ", "=?utf-8?q?", "=?utf-8?b?QUJD?=",
            "=?utf-8?q?x", "=?x-no-such-charset?q?x?= ", "=?utf-7?b?K0FHRS0=?= "})
    void encodedWordsInTheOriginalsHeader(String unit) {
        String run = unit.repeat(RUN / unit.length());
        BounceReport report = classifyWith("Subject: Quarterly report", "Subject: Quarterly report " + run);
        assertThat(report.original().subject()).hasValueSatisfying(s -> assertThat(s).startsWith("Quarterly report"));
        classifyWith("From: Sender <sender@example.net>", "From: " + run + " <sender@example.net>");
    }
}
