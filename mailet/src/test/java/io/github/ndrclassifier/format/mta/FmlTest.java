package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class FmlTest {
    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of("You sironeko@example.org are not member (neko ML)",
                        "You are not a member of this mailing list <neko@example.org>.", Reason.REJECTED),
                Arguments.of("Loop Alert: Duplicated Message-ID (neko ML)",
                        "Duplicated Message-ID in <neko@example.org>.", Reason.SYSTEMERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void theListFailedForTheReasonFmlNames(String subject, String firstLine, Reason reason) {
        MessageView message = Messages.view("From: neko-admin@example.org\nSubject: " + subject
                + "\nX-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\n\n" + firstLine + "\n\nMore text.\n");
        Fml fml = new Fml();

        assertThat(fml.matches(message)).isTrue();
        RecipientFacts facts = fml.read(message).orElseThrow().recipients().get(0);
        assertThat(facts.address()).isEqualTo("neko@example.org");
        assertThat(facts.diagnostic()).contains(firstLine);
        assertThat(facts.reasonHint()).contains(reason);
    }
}
