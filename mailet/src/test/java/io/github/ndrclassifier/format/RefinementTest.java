package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;

class RefinementTest {
    @Test
    void theTextCompletesWhatTheReportLeftOut() {
        RecipientFacts report = RecipientFacts.builder("kijitora@example.jp").action(Action.FAILED).status("5.1.1")
                .diagnosticType("SMTP").diagnostic("550 5.1.1 User unknown").build();
        RecipientFacts text = RecipientFacts.builder("kijitora@example.jp").command("RCPT").remoteMta("mx.example.jp")
                .diagnostic("550 5.1.1 <kijitora@example.jp>... User unknown").build();

        RecipientFacts merged = Refinement.merge(List.of(report), List.of(text)).get(0);

        assertThat(merged.diagnostic()).contains("550 5.1.1 User unknown");
        assertThat(merged.status()).contains("5.1.1");
        assertThat(merged.command()).contains("RCPT");
        assertThat(merged.remoteMta()).contains("mx.example.jp");
    }

    @Test
    void aLocalProgramsExitCodeGivesWayToTheReplyInTheText() {
        RecipientFacts report = RecipientFacts.builder("kijitora@example.jp").status("5.0.0").diagnosticType("X-Unix")
                .diagnostic("255").build();
        RecipientFacts text = RecipientFacts.builder("kijitora@example.jp")
                .diagnostic("554 5.3.0 unknown mailer error 255").build();

        RecipientFacts merged = Refinement.merge(List.of(report), List.of(text)).get(0);

        assertThat(merged.diagnostic()).contains("554 5.3.0 unknown mailer error 255");
        assertThat(merged.diagnosticType()).contains("X-Unix");
    }

    @Test
    void recipientsArePairedByAddressAndTheReportKeepsItsOrder() {
        List<RecipientFacts> report = List.of(RecipientFacts.builder("a@example.jp").build(),
                RecipientFacts.builder("b@example.jp").build());
        List<RecipientFacts> text = List.of(RecipientFacts.builder("B@example.jp").command("DATA").build(),
                RecipientFacts.builder("c@example.jp").command("RCPT").build());

        List<RecipientFacts> merged = Refinement.merge(report, text);

        assertThat(merged).extracting(RecipientFacts::address).containsExactly("a@example.jp", "b@example.jp");
        assertThat(merged.get(0).command()).isEmpty();
        assertThat(merged.get(1).command()).contains("DATA");
    }

    @Test
    void aReportWithoutRecipientsTakesTheTexts() {
        List<RecipientFacts> text = List.of(RecipientFacts.builder("a@example.jp").build());

        assertThat(Refinement.merge(List.of(), text)).isEqualTo(text);
    }
}
