package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the following address(es) failed|The following\\r\\n   address(es) FAILED:|true",
        "the following address(es) failed|the following address (es) failed|false",
        "the following address(es) failed|the followingaddress(es) failed|false",
        "final-recipient:|Final-Recipient:\\trfc822; a@example.org|true",
        "final-recipient:|Final Recipient:|false",
        "this is the mail system at host|This is the mail\u00a0system at host x.|true",
        "this is the mail system at host|This is the mail system at hos|false",
        "ok|O\u212a|true",
        "ski|S\u212a\u0130|true",
        "ski|S\u212a\u0130x|true",
        "skix|S\u212a\u0130x|false",
        "' said: '|host x said: 550|true",
        "' said: '|host x said:|false",
        "' said: '|said: 550|false",
        "' said: '|\\n said: 550|false",
        "'mail to '|your mail to\\n\\n<a@example.org>|true",
        "'mail to '|your mail to\\n\\n|false",
    })
    void findsThePhraseWhereTheNormalFormHasIt(String phrase, String written, boolean found) {
        String text = written.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
        assertThat(new NormalizedText(text).contains(NormalizedPhrase.of(phrase))).isEqualTo(found);
        assertThat(TextNormalizer.normalize(text).contains(phrase)).isEqualTo(found);
    }

    @Test
    void startsOnlyWhereTheNormalFormStarts() {
        NormalizedPhrase phrase = NormalizedPhrase.of("message from x");

        assertThat(startsIn(phrase, " \r\n Message  From\tX.")).isTrue();
        assertThat(startsIn(phrase, "A message from x")).isFalse();
        assertThat(startsIn(phrase, "message from")).isFalse();
        assertThat(startsIn(phrase, "")).isFalse();
    }

    @Test
    void readsNoFurtherThanTheNormalFormKeeps() {
        NormalizedPhrase phrase = NormalizedPhrase.of("x-marker");
        String padding = "a".repeat(TextNormalizer.MAX_LENGTH - 8);

        assertThat(isIn(phrase, padding + "X-MARKER")).isTrue();
        assertThat(isIn(phrase, padding + " X-MARKER")).isFalse();
        assertThat(isIn(phrase, padding + "X-MARKE")).isFalse();
    }

    /** Every character between two words, with and without a character lower-cased in context before. */
    @Test
    void agreesWithTheNormalFormForEveryCharacter() {
        List<NormalizedPhrase> phrases = List.of("a b", "ab", "akb", "aib", "ai", "ak", "a-b", " b", "a ", " a ")
                .stream().map(NormalizedPhrase::of).toList();
        List<String> disagreements = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String text : List.of("a" + (char) c + "b", "a" + (char) c, "\u0130 a" + (char) c + "b",
                    "\u03a3 a" + (char) c)) {
                String normal = TextNormalizer.normalize(text);
                for (NormalizedPhrase phrase : phrases) {
                    if (isIn(phrase, text) != normal.contains(phrase.phrase())
                            || startsIn(phrase, text) != normal.startsWith(phrase.phrase())) {
                        disagreements.add(phrase + " / " + text);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Random texts of awkward characters, and phrases cut from their normal forms or made up. */
    @Test
    void agreesWithTheNormalFormOnRandomTexts() {
        String alphabet = "aAbBkKiIsS \t\r\n\u00a0\u0000\u212a\u0130\u03a3\u00e9\ud83d\ude00\u65e5-():.";
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String normal = TextNormalizer.normalize(text);
            for (String candidate : candidates(normal, random)) {
                NormalizedPhrase phrase;
                try {
                    phrase = NormalizedPhrase.of(candidate);
                } catch (IllegalArgumentException notAPhrase) {
                    continue;
                }
                assertThat(isIn(phrase, text.toString())).as("%s in %s", candidate, text)
                        .isEqualTo(normal.contains(candidate));
                assertThat(startsIn(phrase, text.toString())).as("%s starts %s", candidate, text)
                        .isEqualTo(normal.startsWith(candidate));
            }
        }
    }

    @Test
    void answersEveryPhraseOfATextThatSharesItsSearchedCharacter() {
        NormalizedText text = new NormalizedText("Wait: a warning, WE were warned.\nWe  were");
        assertThat(text.contains(NormalizedPhrase.of("we were"))).isTrue();
        assertThat(text.contains(NormalizedPhrase.of("a warning, we"))).isTrue();
        assertThat(text.contains(NormalizedPhrase.of("were warned. we were"))).isTrue();
        assertThat(text.contains(NormalizedPhrase.of("we warned"))).isFalse();
        assertThat(text.contains(NormalizedPhrase.of("wait:"))).isTrue();
    }

    private static boolean isIn(NormalizedPhrase phrase, String text) {
        return new NormalizedText(text).contains(phrase);
    }

    private static boolean startsIn(NormalizedPhrase phrase, String text) {
        return new NormalizedText(text).startsWith(phrase);
    }

    private static List<String> candidates(String normal, Random random) {
        int from = normal.isEmpty() ? 0 : random.nextInt(normal.length());
        int to = from + random.nextInt(normal.length() - from + 1);
        String cut = normal.substring(from, to);
        String made = List.of("ab", "a b", "k-s", "s:", "b a", "(a)", "ks", "sa", "i", " a", "a ", " s ").get(random.nextInt(12));
        return List.of(cut, made, normal.strip());
    }
}
