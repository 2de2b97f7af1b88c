package io.github.ndrclassifier.knowledge;

import java.util.Optional;

import io.github.ndrclassifier.text.TextNormalizer;

/**
 * A recipient's diagnostic text, normalised for the phrase tables on first use only: most lookups
 * never need it, and those that do share one normalisation. Not thread-safe; one per lookup.
 */
final class Diagnostic {
    private final String raw;
    private String normalized;

    Diagnostic(Optional<String> raw) {
        this.raw = raw.orElse("");
    }

    boolean present() {
        return !raw.isEmpty();
    }

    String normalized() {
        if (normalized == null) {
            normalized = TextNormalizer.normalize(raw);
        }
        return normalized;
    }
}
