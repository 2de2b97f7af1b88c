package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeywordFinderTest {
    /** Every occurrence as "keyword@end", in the order the finder reports them. */
    private static List<String> occurrences(KeywordFinder finder, String text) {
        List<String> found = new ArrayList<>();
        Occurrences occurrences = finder.search(text);
        for (int o = 0; o < occurrences.count(); o++) {
            for (int keyword : finder.keywordsEndingAt(occurrences.node(o))) {
                found.add(keyword + "@" + occurrences.end(o));
            }
        }
        return found;
    }

    private static Set<String> naive(List<String> keywords, String text) {
        Set<String> found = new LinkedHashSet<>();
        for (int k = 0; k < keywords.size(); k++) {
            for (int at = text.indexOf(keywords.get(k)); at >= 0; at = text.indexOf(keywords.get(k), at + 1)) {
                found.add(k + "@" + (at + keywords.get(k).length()));
            }
        }
        return found;
    }

    @Test
    void reportsOverlappingAndNestedOccurrences() {
        List<String> keywords = List.of("he", "she", "his", "hers");
        KeywordFinder finder = KeywordFinder.of(keywords);
        assertThat(occurrences(finder, "ushers")).containsExactlyInAnyOrder("1@4", "0@4", "3@6");
        assertThat(finder.length(3)).isEqualTo(4);
    }

    @Test
    void findsNonAsciiKeywordsAndNothingInOtherText() {
        KeywordFinder finder = KeywordFinder.of(List.of("宛先不明", "überschritten"));
        assertThat(occurrences(finder, "fehler: quota überschritten; 宛先不明です"))
                .containsExactly("1@27", "0@33");
        assertThat(occurrences(finder, "nothing here")).isEmpty();
    }

    @Test
    void aFinderWithoutKeywordsFindsNothing() {
        assertThat(occurrences(KeywordFinder.of(List.of()), "any text")).isEmpty();
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(42);
        String alphabet = "abcé fghijklmnopqrstu";
        for (int round = 0; round < 300; round++) {
            Set<String> distinct = new LinkedHashSet<>();
            for (int k = 0; k < 1 + random.nextInt(30); k++) {
                distinct.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            // States with many edges (the root, and the one after 'é') are searched by bisection.
            for (int letter = random.nextInt(16); letter < 16; letter++) {
                distinct.add(String.valueOf((char) ('f' + letter)));
                distinct.add("é" + (char) ('f' + letter));
            }
            List<String> keywords = List.copyOf(distinct);
            String text = randomText(random, alphabet, 300);
            assertThat(occurrences(KeywordFinder.of(keywords), text))
                    .containsExactlyInAnyOrderElementsOf(naive(keywords, text));
            // Other grams, and tiny filters in which most positions pass by a collision.
            assertThat(occurrences(KeywordFinder.of(keywords, 1 + random.nextInt(4), random.nextInt(8)), text))
                    .containsExactlyInAnyOrderElementsOf(naive(keywords, text));
        }
    }

    @Test
    void agreesWithANaiveSearchOnShortOverlappingPrefixSharingAndNonAsciiKeywords() {
        Random random = new Random(7);
        // Characters whose folded bytes collide (a and Š, b and ţ), NUL, and three scripts.
        String alphabet = "ab a\u0160\u0163спм宛先不明\u0000x";
        for (int round = 0; round < 400; round++) {
            Set<String> distinct = new LinkedHashSet<>();
            // The shortest keyword bounds the gram the filter hashes.
            int shortest = 1 + random.nextInt(5);
            for (int k = 0; k < 1 + random.nextInt(40); k++) {
                String keyword = randomText(random, alphabet, shortest + random.nextInt(9));
                distinct.add(keyword);
                // Prefixes and extensions of a keyword share its trie nodes.
                distinct.add(keyword.substring(0, shortest + random.nextInt(keyword.length() - shortest + 1)));
                distinct.add(keyword + randomText(random, alphabet, 1 + random.nextInt(3)));
            }
            List<String> keywords = List.copyOf(distinct);
            String text = randomText(random, alphabet, random.nextInt(200));
            if (random.nextBoolean() && !keywords.isEmpty()) {
                // Keywords repeated and overlapping each other.
                String keyword = keywords.get(random.nextInt(keywords.size()));
                text = keyword + keyword + text + keyword.substring(1) + keyword;
            }
            Set<String> expected = naive(keywords, text);
            for (int gram = 1; gram <= 4; gram++) {
                assertThat(occurrences(KeywordFinder.of(keywords, gram, random.nextInt(16)), text))
                        .as("gram %d, keywords %s, text %s", gram, keywords, text)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
            assertThat(occurrences(KeywordFinder.of(keywords), text)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void findsKeywordsOfOneCharacterUpToTheEndOfTheText() {
        List<String> keywords = List.of("mailbox full", "mailbox unavailable", "box", "mail", "x f", "mailbox", "l", "ll");
        KeywordFinder finder = KeywordFinder.of(keywords);
        assertThat(occurrences(finder, "the mailbox full mailbox unavailable mailbo"))
                .containsExactlyInAnyOrderElementsOf(naive(keywords, "the mailbox full mailbox unavailable mailbo"));
        assertThat(occurrences(finder, "mailbox full")).containsExactlyInAnyOrder(
                "0@12", "5@7", "2@7", "3@4", "4@9", "6@4", "6@11", "6@12", "7@12");
        assertThat(occurrences(finder, "ll")).containsExactlyInAnyOrder("6@1", "6@2", "7@2");
        assertThat(occurrences(finder, "")).isEmpty();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
