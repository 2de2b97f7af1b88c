package io.github.ndrclassifier.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * An ordered table of phrases, each mapped to a value, searched in one linear pass.
 *
 * <p>A phrase is lower-case literal text in which {@code *} stands for a gap of at most
 * {@link #MAX_GAP} characters: {@code "mailbox * full"} matches "mailbox is full" and
 * "mailbox of the user is full". The first segments of all phrases are found together with
 * Aho-Corasick; the remaining segments of a candidate are then looked up with bounded
 * {@code indexOf} calls. No regular expression is involved, so no input can make a search
 * backtrack: the cost is linear in the text plus the candidates found.
 *
 * <p>When several phrases match, the one listed first wins: the table's order is its precedence.
 * Immutable and thread-safe.
 *
 * @param <T> the value a phrase maps to
 */
public final class PhraseTable<T> {
    /** The longest gap a {@code *} spans. */
    public static final int MAX_GAP = 120;

    private record Rule<T>(int rank, String phrase, String[] segments, T value) {
    }

    /** A match: which phrase matched and what it maps to. */
    public record Match<T>(String phrase, T value) {
    }

    private final Trie trie;
    private final Map<String, List<Rule<T>>> byFirstSegment;
    private final List<Rule<T>> rules;
    private final int size;

    private PhraseTable(Trie trie, Map<String, List<Rule<T>>> byFirstSegment, List<Rule<T>> rules) {
        this.trie = trie;
        this.byFirstSegment = byFirstSegment;
        this.rules = rules;
        this.size = rules.size();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public int size() {
        return size;
    }

    /** The value of the highest-ranked phrase found in already normalised {@code text}. */
    public Optional<T> first(String text) {
        return firstMatch(text).map(Match::value);
    }

    /** The highest-ranked phrase found in already normalised {@code text}. */
    public Optional<Match<T>> firstMatch(String text) {
        if (size == 0 || text.isEmpty()) {
            return Optional.empty();
        }
        Rule<T> best = null;
        Collection<Emit> emits = trie.parseText(text);
        for (Emit emit : emits) {
            for (Rule<T> rule : byFirstSegment.get(emit.getKeyword())) {
                if ((best == null || rule.rank() < best.rank()) && restMatches(rule, text, emit.getEnd() + 1)) {
                    best = rule;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match<>(best.phrase(), best.value()));
    }

    /**
     * The values of every phrase found in already normalised {@code text}, in table order (a value
     * listed for several phrases that match appears once per phrase). One pass over the text, for
     * callers that choose among the matches by more than the table's order.
     */
    public List<T> all(String text) {
        if (size == 0 || text.isEmpty()) {
            return List.of();
        }
        boolean[] found = null;
        for (Emit emit : trie.parseText(text)) {
            for (Rule<T> rule : byFirstSegment.get(emit.getKeyword())) {
                if ((found == null || !found[rule.rank()]) && restMatches(rule, text, emit.getEnd() + 1)) {
                    if (found == null) {
                        found = new boolean[size];
                    }
                    found[rule.rank()] = true;
                }
            }
        }
        if (found == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (Rule<T> rule : rules) {
            if (found[rule.rank()]) {
                values.add(rule.value());
            }
        }
        return values;
    }

    private static boolean restMatches(Rule<?> rule, String text, int from) {
        int position = from;
        String[] segments = rule.segments();
        for (int i = 1; i < segments.length; i++) {
            int found = text.indexOf(segments[i], position);
            if (found < 0 || found - position > MAX_GAP) {
                return false;
            }
            position = found + segments[i].length();
        }
        return true;
    }

    /** Collects phrases in precedence order. */
    public static final class Builder<T> {
        private final List<Rule<T>> rules = new ArrayList<>();

        /**
         * Adds a phrase; earlier phrases take precedence over later ones.
         *
         * @throws IllegalArgumentException when the phrase is empty, starts or ends with a gap,
         *                                  or is not lower case
         */
        public Builder<T> add(String phrase, T value) {
            Objects.requireNonNull(value, "value");
            String normalized = TextNormalizer.normalize(phrase);
            if (normalized.isEmpty() || !normalized.equals(phrase.strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("phrase must be non-empty text: \"" + phrase + "\"");
            }
            String[] segments = splitSegments(normalized);
            if (segments.length == 0 || segments[0].isEmpty() || segments[segments.length - 1].isEmpty()) {
                throw new IllegalArgumentException("a phrase may not start or end with '*': \"" + phrase + "\"");
            }
            rules.add(new Rule<>(rules.size(), normalized, segments, value));
            return this;
        }

        private static String[] splitSegments(String phrase) {
            String[] raw = phrase.split("\\*", -1);
            List<String> segments = new ArrayList<>(raw.length);
            for (int i = 0; i < raw.length; i++) {
                String s = raw[i];
                // A gap absorbs the spaces around it: "mailbox * full" is "mailbox" .. "full".
                if (i > 0) {
                    s = s.stripLeading();
                }
                if (i < raw.length - 1) {
                    s = s.stripTrailing();
                }
                segments.add(s);
            }
            return segments.toArray(String[]::new);
        }

        public PhraseTable<T> build() {
            Map<String, List<Rule<T>>> byFirst = new HashMap<>();
            Trie.TrieBuilder trie = Trie.builder();
            for (Rule<T> rule : rules) {
                String first = rule.segments()[0];
                byFirst.computeIfAbsent(first, k -> {
                    trie.addKeyword(k);
                    return new ArrayList<>(1);
                }).add(rule);
            }
            Map<String, List<Rule<T>>> frozen = new HashMap<>();
            byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new PhraseTable<>(trie.build(), Map.copyOf(frozen), List.copyOf(rules));
        }
    }
}
