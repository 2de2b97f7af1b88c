package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.mime.MessageScanner;

class FailedRecipientsHeaderRecognizerTest {
    @Test
    void theHeaderNamesTheRecipientsAndTheTextAfterEachIsItsDiagnostic() throws MessageParseException {
        String raw = """
                From: Mail Delivery Subsystem <mailer-daemon@example.com>
                X-Failed-Recipients: kijitora@example.jp, neko@example.org
                Subject: Delivery Status Notification (Failure)

                Delivery to the following recipient failed permanently:

                     kijitora@example.jp

                Technical details of permanent failure:
                """;
        MessageView view = new MessageView(new MessageScanner().scan(raw.getBytes(StandardCharsets.UTF_8)));
        FailedRecipientsHeaderRecognizer recognizer = new FailedRecipientsHeaderRecognizer();

        assertThat(recognizer.matches(view)).isTrue();
        List<RecipientFacts> facts = recognizer.read(view).orElseThrow().recipients();
        assertThat(facts).extracting(RecipientFacts::address).containsExactly("kijitora@example.jp", "neko@example.org");
        assertThat(facts.get(1).diagnostic()).isEmpty();
    }
}
