package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.Explanation;
import io.github.ndrclassifier.knowledge.FixOwner;
import io.github.ndrclassifier.knowledge.GeneratedBy;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.OriginalMessage;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

class BounceHeadersTest {
    private final BounceHeaders headers = new BounceHeaders("X-NDR-");

    private static RecipientResult recipient(String address, Reason reason, Optional<Explanation> explanation) {
        return new RecipientResult(address, Optional.empty(), Optional.of(Action.FAILED),
                Optional.of(new EnhancedStatusCode(5, 7, 1)), Optional.of(550), reason, true, false,
                Optional.empty(), Optional.of("smtp"), Optional.of("550 5.7.1 blocked"), Optional.empty(),
                Optional.empty(), Optional.empty(), explanation);
    }

    private static BounceReport report(List<RecipientResult> recipients) {
        return new BounceReport(Kind.DSN, "rfc3464", Optional.of("mx.example.org"), Optional.empty(),
                Optional.empty(), Optional.empty(), OriginalMessage.UNKNOWN, Optional.empty(), recipients,
                Optional.empty());
    }

    private static String value(List<BounceHeaders.Field> fields, String name) throws Exception {
        return MimeUtility.decodeText(MimeUtility.unfold(fields.stream().filter(f -> f.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name)).value()));
    }

    @Test
    void anExplainedRecipientGetsTheExplanationWhoMustActAndWhereItFailed() throws Exception {
        Explanation explanation = new Explanation("5.7.1-blocklist", "Der Empfänger lehnt Ihren Server ab.",
                "The sending IP is on a block list.", "Ask the administrator of your server to delist it.",
                FixOwner.SENDER_ADMIN, GeneratedBy.RECIPIENT_SERVER);

        List<BounceHeaders.Field> fields = headers.describe(
                report(List.of(recipient("bob@example.org", Reason.BLOCKED, Optional.of(explanation)))));

        assertThat(value(fields, "X-NDR-Explanation")).isEqualTo("Der Empfänger lehnt Ihren Server ab.");
        assertThat(value(fields, "X-NDR-Fix-Owner")).isEqualTo("sender-admin");
        assertThat(value(fields, "X-NDR-Generated-By")).isEqualTo("recipient-server");
        assertThat(fields).extracting(BounceHeaders.Field::name).containsExactly("X-NDR-Kind", "X-NDR-Format",
                "X-NDR-Reporting-MTA", "X-NDR-Recipient", "X-NDR-Status", "X-NDR-Reply-Code", "X-NDR-Reason",
                "X-NDR-Permanent", "X-NDR-Hard-Bounce", "X-NDR-Explanation", "X-NDR-Fix-Owner",
                "X-NDR-Generated-By", "X-NDR-Diagnostic");
    }

    @Test
    void anUnexplainedRecipientGetsNoExplanationFields() {
        List<BounceHeaders.Field> fields = headers.describe(
                report(List.of(recipient("bob@example.org", Reason.BLOCKED, Optional.empty()))));

        assertThat(fields).extracting(BounceHeaders.Field::name)
                .doesNotContain("X-NDR-Explanation", "X-NDR-Fix-Owner", "X-NDR-Generated-By");
    }

    @Test
    void recipientsAndDetailsAreBounded() throws Exception {
        List<RecipientResult> many = IntStream.range(0, 30)
                .mapToObj(i -> recipient("user" + i + "@example.org", Reason.USERUNKNOWN, Optional.empty())).toList();

        List<BounceHeaders.Field> fields = headers.describe(report(many));

        assertThat(fields).filteredOn(f -> f.name().equals("X-NDR-Detail")).hasSize(BounceHeaders.MAX_RECIPIENTS);
        String list = value(fields, "X-NDR-Recipient");
        assertThat(list.split(", ")).hasSize(BounceHeaders.MAX_RECIPIENTS + 1).endsWith("...");
    }

    @Test
    void anAddressCannotPassForSeveralOrAddDetailFields() throws Exception {
        RecipientResult hostile = recipient("\"a, b; reason=delivered\"<x>@example.org", Reason.USERUNKNOWN,
                Optional.empty());
        RecipientResult other = recipient("c@example.org", Reason.USERUNKNOWN, Optional.empty());

        List<BounceHeaders.Field> fields = headers.describe(report(List.of(hostile, other)));

        assertThat(value(fields, "X-NDR-Recipient")).isEqualTo("?a??b??reason=delivered??x?@example.org, c@example.org");
        assertThat(value(fields, "X-NDR-Detail")).startsWith("<?a??b??reason=delivered??x?@example.org>; status=5.7.1;");
    }

    @Test
    void stripRemovesEveryFieldOfThePrefixInAnyCaseAndNothingElse() throws Exception {
        MimeMessage message = TestMails.message("""
                Subject: hello
                X-NDR-Kind: dsn
                x-ndr-kind: ndr
                X-Ndr-Reason: spamdetected
                X-NDRX: not of the prefix
                X-Other: kept

                body
                """.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        int removed = headers.strip(message);

        assertThat(removed).isEqualTo(2);
        List<String> names = new ArrayList<>();
        TestMails.headers(message).forEach(h -> names.add(h.getName()));
        assertThat(names).containsExactly("Subject", "X-NDRX", "X-Other");
    }

    @Test
    void noReportGetsTheKindOnlyAndAFailureTheUnclassifiedKind() {
        assertThat(headers.describe(BounceReport.none(Optional.empty())))
                .containsExactly(new BounceHeaders.Field("X-NDR-Kind", "none"));
        assertThat(headers.unclassified()).containsExactly(new BounceHeaders.Field("X-NDR-Kind", "unclassified"));
    }
}
