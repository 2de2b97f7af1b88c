package io.github.ndrclassifier.format.provider;

import java.util.Optional;

import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;

/**
 * GMX and mail.com ({@code MAILER-DAEMON@mail.gmx.com}): an Exim-style report whose remote errors
 * put "host: mx.example.com" on a line of its own before the reply, and whose "Reason:" label
 * introduces GMX's own errors; the original's header follows "--- The header of the original
 * message is following. ---".
 */
public final class Gmx implements FormatRecognizer {
    @Override
    public String name() {
        return "gmx";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("mailer-daemon@") && (from.contains("gmx.") || from.contains("@mail.com"))
                && EximStyleReport.looksLike(message);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        return EximStyleReport.read(name(), message);
    }
}
