package io.github.ndrclassifier.format.provider;

import java.util.Optional;

import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;

/**
 * 1&amp;1 / IONOS ({@code mailer-daemon@kundenserver.de}): the Exim-style report of United Internet's
 * servers, with "For the following reason:" before 1&amp;1's own errors, and remote errors framed as
 * "SMTP error from remote server for TEXT command, host: ... reason: 550 ...".
 */
public final class EinsUndEins implements FormatRecognizer {
    @Override
    public String name() {
        return "einsundeins";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("mailer-daemon@")
                && (from.contains("kundenserver.") || from.contains("1and1.") || from.contains("ionos."))
                && EximStyleReport.looksLike(message);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        return EximStyleReport.read(name(), message);
    }
}
