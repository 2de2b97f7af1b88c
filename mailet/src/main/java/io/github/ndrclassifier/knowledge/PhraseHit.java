package io.github.ndrclassifier.knowledge;

import java.util.Optional;

/**
 * What a phrase of the knowledge base's one phrase table stands for: the text of a code entry, of
 * a range entry, of a text-only entry, or a marker of a quoted remote reply ({@link MailFlow}).
 *
 * @param kind  which of these
 * @param entry the entry, for all but markers
 */
record PhraseHit(Kind kind, Optional<KnowledgeEntry> entry) {
    /** The hit of every remote-reply marker. */
    static final PhraseHit REMOTE_REPLY = new PhraseHit(Kind.REMOTE_REPLY, Optional.empty());

    enum Kind {
        CODE_TEXT, RANGE_TEXT, TEXT_ONLY, REMOTE_REPLY
    }

    // Written out, with the record's meaning: hits are compared while the phrases found are
    // reduced to one each, and the generated equality goes through a method handle.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PhraseHit hit && hit.kind == kind && hit.entry.equals(entry);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + entry.hashCode();
    }

    static PhraseHit of(KnowledgeEntry entry) {
        Kind kind = switch (entry.kind()) {
            case CODE -> Kind.CODE_TEXT;
            case RANGE -> Kind.RANGE_TEXT;
            case TEXT -> Kind.TEXT_ONLY;
            case REASON -> throw new IllegalArgumentException("reason entries have no text: " + entry.id());
        };
        return new PhraseHit(kind, Optional.of(entry));
    }
}
