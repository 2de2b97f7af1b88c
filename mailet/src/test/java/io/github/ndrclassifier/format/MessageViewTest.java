package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.mime.MessageScanner;
import io.github.ndrclassifier.text.NormalizedPhrase;

class MessageViewTest {
    private static MessageView view(String raw) throws MessageParseException {
        return new MessageView(new MessageScanner().scan(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsHeadersIgnoringCaseAndNoneThatIsAbsent() throws MessageParseException {
        MessageView view = view("""
                From: MAILER-DAEMON@example.org
                Subject: Undelivered Mail
                X-Failed-Recipients: a@example.com
                x-mailer: Example Mailer

                text
                """);

        assertThat(view.hasHeader("x-failed-recipients")).isTrue();
        assertThat(view.header("X-MAILER")).contains("Example Mailer");
        assertThat(view.hasHeader("X-Failed-Recipient")).isFalse();
        assertThat(view.header("X-SES-Outgoing")).isEmpty();
        assertThat(view.hasHeader("")).isFalse();
        assertThat(view.from()).isEqualTo("mailer-daemon@example.org");
        assertThat(view.subject()).isEqualTo("undelivered mail");
    }

    @Test
    void readsTheTextPartsAndTheHtmlOnlyWithoutThem() throws MessageParseException {
        String alternative = """
                Subject: x
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/html

                <p>Html</p>
                --b
                Content-Type: text/plain

                Plain one
                --b
                Content-Type: text/plain

                Plain two
                --b--
                """;
        assertThat(view(alternative).body()).isEqualTo("Plain one\n\nPlain two");
        assertThat(view(alternative).bodyContains(NormalizedPhrase.of("plain one plain two"))).isTrue();
        assertThat(view(alternative).bodyStartsWith(NormalizedPhrase.of("plain one"))).isTrue();
        assertThat(view(alternative).bodyContainsAny(NormalizedPhrase.list("html", "plain two"))).isTrue();
        assertThat(view(alternative).bodyContainsAny(NormalizedPhrase.list("html", "plain three"))).isFalse();

        String htmlOnly = """
                Subject: x
                Content-Type: text/html

                <p>Delivery&nbsp;failed</p>
                """;
        assertThat(view(htmlOnly).body()).isEqualTo("\nDelivery failed\n ");
    }
}
