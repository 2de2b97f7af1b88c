package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTableTest {
    private final PhraseTable<String> table = PhraseTable.<String>builder()
            .add("mailbox * full", "full")
            .add("user unknown", "unknown")
            .add("unknown", "bare")
            .add("over quota", "full")
            .build();

    @Test
    void allGivesEveryMatchInTableOrder() {
        assertThat(table.all("550 user unknown, and the mailbox is full")).containsExactly("full", "unknown", "bare");
    }

    @Test
    void allGivesAValueOncePerMatchingPhrase() {
        assertThat(table.all("mailbox full and over quota")).containsExactly("full", "full");
    }

    @Test
    void allRespectsTheGapLimit() {
        String farApart = "mailbox " + "x".repeat(PhraseTable.MAX_GAP + 1) + " full";

        assertThat(table.all(farApart)).isEmpty();
        assertThat(table.first(farApart)).isEmpty();
    }

    @Test
    void allAgreesWithFirst() {
        String text = "over quota: user unknown";

        assertThat(table.all(text)).first().isEqualTo(table.first(text).orElseThrow());
        assertThat(table.all("")).isEmpty();
        assertThat(table.all("delivered")).isEmpty();
    }
}
