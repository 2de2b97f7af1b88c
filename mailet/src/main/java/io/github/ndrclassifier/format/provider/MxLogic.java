package io.github.ndrclassifier.format.provider;

import java.util.Optional;

import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;

/**
 * McAfee's MXLogic hosted filtering ({@code X-MXL-NoteHash}, {@code X-MX-Bounce},
 * Message-Id {@code <mxl~...>}, servers under mxlogic.net): an Exim-style report listing
 * "&lt;address&gt;: reply" lines, the original's header after "Included is a copy of the message
 * header:".
 */
public final class MxLogic implements FormatRecognizer {
    @Override
    public String name() {
        return "mxlogic";
    }

    @Override
    public boolean matches(MessageView message) {
        return (message.hasHeader("X-MXL-NoteHash") || message.hasHeader("X-MX-Bounce")
                || message.from().contains("mxlogic.net")
                || message.header("Message-Id").orElse("").startsWith("<mxl~"))
                && EximStyleReport.looksLike(message);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        return EximStyleReport.read(name(), message);
    }
}
