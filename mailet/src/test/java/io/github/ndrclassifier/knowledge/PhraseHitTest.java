package io.github.ndrclassifier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseHitTest {
    @Test
    void hitsAreEqualWhenTheyStandForTheSameThing() throws IOException {
        List<KnowledgeEntry> entries;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("providers.json")) {
            entries = EntryReader.read(in, "providers.json");
        }
        KnowledgeEntry withCode = entries.stream().filter(e -> e.kind() == KnowledgeEntry.Kind.CODE).findFirst().orElseThrow();
        KnowledgeEntry textOnly = entries.stream().filter(e -> e.kind() == KnowledgeEntry.Kind.TEXT).findFirst().orElseThrow();
        PhraseHit code = PhraseHit.of(withCode);
        PhraseHit text = PhraseHit.of(textOnly);

        assertThat(code.kind()).isEqualTo(PhraseHit.Kind.CODE_TEXT);
        assertThat(text.kind()).isEqualTo(PhraseHit.Kind.TEXT_ONLY);
        assertThat(code).isEqualTo(PhraseHit.of(withCode)).hasSameHashCodeAs(PhraseHit.of(withCode))
                .isNotEqualTo(text).isNotEqualTo(PhraseHit.REMOTE_REPLY).isNotEqualTo(withCode.id());
        assertThat(PhraseHit.REMOTE_REPLY).isEqualTo(PhraseHit.REMOTE_REPLY).isNotEqualTo(text);
    }
}
