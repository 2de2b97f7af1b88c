package io.github.ndrclassifier.knowledge;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.text.PhraseTable;
import io.github.ndrclassifier.text.TextNormalizer;

/**
 * A recipient's diagnostic text and the knowledge phrases found in it. The text is normalised and
 * scanned once, on first use, with the one phrase table of all entries' texts and the remote-reply
 * markers; every later question is answered from that list. Not thread-safe; one per lookup.
 */
final class Diagnostic {
    private final String raw;
    private final PhraseTable<PhraseHit> phrases;
    private List<PhraseHit> hits;

    Diagnostic(Optional<String> raw, PhraseTable<PhraseHit> phrases) {
        this.raw = raw.orElse("");
        this.phrases = phrases;
    }

    /** What the phrases found stand for, each once, in precedence order. */
    List<PhraseHit> hits() {
        if (hits == null) {
            hits = raw.isEmpty() ? List.of() : phrases.allValues(TextNormalizer.normalize(raw));
        }
        return hits;
    }

    /** True when the text quotes another server's reply. */
    boolean quotesRemoteReply() {
        for (PhraseHit hit : hits()) {
            if (hit.kind() == PhraseHit.Kind.REMOTE_REPLY) {
                return true;
            }
        }
        return false;
    }
}
