package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NormalizedPhraseTest {
    @Test
    void takesPhrasesInNormalFormWithASpaceAtEitherEnd() {
        assertThat(NormalizedPhrase.of(" said: ").phrase()).isEqualTo(" said: ");
        assertThat(NormalizedPhrase.list("office 365", "microsoft 365")).extracting(NormalizedPhrase::phrase)
                .containsExactly("office 365", "microsoft 365");
    }

    @Test
    void refusesPhrasesNotInNormalForm() {
        for (String phrase : List.of("", " ", "  ", "Upper", "  lead", "trail  ", "two  spaces", "caf\u00e9", "line\nend",
                "kiki")) {
            assertThatThrownBy(() -> NormalizedPhrase.of(phrase)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
