package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseTableTest {
    private static PhraseTable<String> table(String... phrases) {
        PhraseTable.Builder<String> builder = PhraseTable.builder();
        for (String phrase : phrases) {
            builder.add(phrase, phrase);
        }
        return builder.build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "mailbox * full;the mailbox of the user is full;true",
        "mailbox * full;mailbox full;true",
        "mailbox * full;full mailbox;false",
        "user unknown;550 5.1.1 user unknown;true",
        "|rbl|;listed in an rbl;true",
        "|rbl|;listed in an rbl.;true",
        "|rbl|;rbl: listed;true",
        "|rbl|;a horrible mistake;false",
        "|rbl|;rbls;false",
        "|spam|; - spam;true",
        "|spam|;spamhaus listed;false",
        "|virus;virus found;true",
        "|virus;antivirus scan ok;false",
        "|virus;viruses found;true",
        "_416|;ofr_416 [416];true",
        "_416|;lpn007_4160;false",
        "sent * ip;sent from ip;true",
        "sent * ip;sent from ipv6;true",
        "sent * ip|;sent from ipv6 ip;true",
        "sent * ip|;sent from ipv6 address;false"})
    void matchesLiteralTextGapsAndWordBoundaries(String phrase, String text, boolean matches) {
        assertThat(table(phrase).first(text).isPresent()).isEqualTo(matches);
    }

    @Test
    void aBoundedLastSegmentMayMatchALaterOccurrenceWithinTheGap() {
        assertThat(table("sent * ip|").first("sent from ipv6 or ip")).contains("sent * ip|");
    }

    @Test
    void theFirstListedPhraseWinsWhereverItIsInTheText() {
        PhraseTable<String> table = table("mailbox full", "user unknown");
        assertThat(table.first("user unknown, mailbox full")).contains("mailbox full");
        assertThat(table.firstMatch("user unknown").map(PhraseTable.Match::phrase)).contains("user unknown");
    }

    @Test
    void allValuesListsEachMatchedValueOnceInTableOrder() {
        PhraseTable<Integer> table = PhraseTable.<Integer>builder()
                .add("blocked", 2).add("spam", 1).add("listed", 2).add("unknown", 3).build();
        assertThat(table.allValues("listed and blocked as spam")).containsExactly(2, 1);
        assertThat(table.allValues("nothing here")).isEmpty();
        assertThat(table.allValues("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "* full", "mailbox *", "a|b", "|", "||", "| x", "x |"})
    void rejectsMalformedPhrases(String phrase) {
        assertThatThrownBy(() -> PhraseTable.<String>builder().add(phrase, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyTableMatchesNothing() {
        PhraseTable<String> empty = PhraseTable.<String>builder().build();
        assertThat(empty.size()).isZero();
        assertThat(empty.first("anything")).isEmpty();
    }
}
