package io.github.ndrclassifier.dsn;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.github.ndrclassifier.text.Trim;

/**
 * An MTA name field of a DSN ({@code Reporting-MTA}, {@code Remote-MTA},
 * {@code Received-From-MTA}): {@code mta-name-type ; mta-name}.
 *
 * @param type the name type, lower-case ({@code dns} when the field states none)
 * @param name the name as written, e.g. {@code mx.example.com} or {@code mx.example.com [192.0.2.1]}
 */
public record MtaName(String type, String name) {
    public MtaName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty MTA name");
        }
    }

    public static Optional<MtaName> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        String type = "dns";
        int semicolon = s.indexOf(';');
        if (semicolon >= 0 && semicolon < 16) {
            type = s.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
            s = s.substring(semicolon + 1).strip();
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MtaName(type.isEmpty() ? "dns" : type, s));
    }

    /** The host name alone: the first word, without brackets or a trailing dot. */
    public String host() {
        String s = name.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        s = s.substring(0, end);
        if (s.startsWith("[") && s.endsWith("]") && s.length() > 2) {
            s = s.substring(1, s.length() - 1);
        }
        s = Trim.trailing(s, ".");
        return s.isEmpty() ? name.strip() : s;
    }
}
