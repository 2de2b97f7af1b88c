package io.github.ndrclassifier.dsn;

import java.util.Locale;
import java.util.Optional;

/** The RFC 3464 {@code Action} of a recipient. */
public enum Action {
    FAILED, DELAYED, DELIVERED, RELAYED, EXPANDED;

    /**
     * Parses an Action value leniently: case and trailing comments are ignored, the non-standard
     * {@code expired} some MTAs write reads as failed, and the {@code deliverable} and
     * {@code undeliverable} of Postfix's address verification reports ({@code sendmail -bv}) as
     * delivered and failed.
     */
    public static Optional<Action> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String word = firstWord(value).toLowerCase(Locale.ROOT);
        return switch (word) {
            case "failed", "failure", "expired", "undeliverable" -> Optional.of(FAILED);
            case "delayed" -> Optional.of(DELAYED);
            case "delivered", "deliverable" -> Optional.of(DELIVERED);
            case "relayed" -> Optional.of(RELAYED);
            case "expanded" -> Optional.of(EXPANDED);
            default -> Optional.empty();
        };
    }

    /** The value as written in a report. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String value) {
        String s = value.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }
}
