package io.github.ndrclassifier.format.provider;

import java.util.Optional;

import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;

/**
 * Mail.ru ({@code mailer-daemon@corp.mail.ru}, servers under mail.ru and smailru.net): Exim's
 * report under a Russian notice, "Ваше сообщение не доставлено. Mail failure." as subject.
 */
public final class MailRu implements FormatRecognizer {
    @Override
    public String name() {
        return "mailru";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("mailer-daemon@") && (from.contains("mail.ru") || from.contains("smailru.net"))
                && EximStyleReport.looksLike(message);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        return EximStyleReport.read(name(), message);
    }
}
