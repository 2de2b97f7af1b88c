package io.github.ndrclassifier.dsn;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Diagnostic-Code} of a recipient: {@code diagnostic-type ; text}, with folded and
 * multi-line replies joined into one line.
 *
 * @param type the diagnostic type, upper-case ({@code SMTP}, {@code X-POSTFIX}, {@code X-UNIX});
 *             empty when the field states none
 * @param text the diagnostic text
 */
public record DiagnosticCode(String type, String text) {
    public DiagnosticCode {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    public static Optional<DiagnosticCode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        String type = "";
        int semicolon = s.indexOf(';');
        if (semicolon > 0 && semicolon <= 16 && isTypeName(s, semicolon)) {
            type = s.substring(0, semicolon).strip().toUpperCase(Locale.ROOT);
            s = s.substring(semicolon + 1).strip();
        }
        return Optional.of(new DiagnosticCode(type, s));
    }

    private static boolean isTypeName(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ' ')) {
                return false;
            }
        }
        return true;
    }
}
