package io.github.ndrclassifier.format.provider;

import java.util.Optional;

import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.mta.Exim;

/**
 * Mail.ru ({@code mailer-daemon@corp.mail.ru}, servers under mail.ru and smailru.net): Exim's
 * report under a Russian notice, "Ваше сообщение не доставлено. Mail failure." as subject. Being
 * Exim's, its "retry timeout exceeded" is Exim's expiry of a temporary failure.
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
        return EximStyleReport.read(name(), message).map(report -> new NdrReport(report.format(),
                report.reportingMta(), report.recipients().stream().map(Exim::expiry).toList()));
    }
}
