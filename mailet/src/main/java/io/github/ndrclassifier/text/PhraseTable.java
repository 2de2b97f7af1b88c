package io.github.ndrclassifier.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * "mailbox of the user is full". A {@code |} at the start or the end of a phrase requires a word
 * boundary there (no letter or digit next to the match): {@code "|rbl|"} matches "listed in an rbl"
 * but not "horrible". The first segments of all phrases are found together with
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
    /** Written at the start or end of a phrase: the match must begin or end at a word boundary. */
    public static final char WORD_BOUNDARY = '|';

    private record Rule<T>(int rank, String phrase, String[] segments, boolean boundedStart, boolean boundedEnd,
                           T value) {
    }

    /** A match: which phrase matched and what it maps to. */
    public record Match<T>(String phrase, T value) {
    }

    private final Trie trie;
    private final Map<String, List<Rule<T>>> byFirstSegment;
    private final int size;

    private PhraseTable(Trie trie, Map<String, List<Rule<T>>> byFirstSegment, int size) {
        this.trie = trie;
        this.byFirstSegment = byFirstSegment;
        this.size = size;
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
            List<Rule<T>> rules = byFirstSegment.get(emit.getKeyword());
            for (Rule<T> rule : rules) {
                if ((best == null || rule.rank() < best.rank()) && matchesAt(rule, text, emit)) {
                    best = rule;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match<>(best.phrase(), best.value()));
    }

    /**
     * The values of all phrases found in already normalised {@code text}, each once, in the
     * table's order.
     */
    public List<T> allValues(String text) {
        if (size == 0 || text.isEmpty()) {
            return List.of();
        }
        List<Rule<T>> found = new ArrayList<>();
        for (Emit emit : trie.parseText(text)) {
            for (Rule<T> rule : byFirstSegment.get(emit.getKeyword())) {
                if (!found.contains(rule) && matchesAt(rule, text, emit)) {
                    found.add(rule);
                }
            }
        }
        found.sort(Comparator.comparingInt(Rule::rank));
        List<T> values = new ArrayList<>(found.size());
        for (Rule<T> rule : found) {
            if (!values.contains(rule.value())) {
                values.add(rule.value());
            }
        }
        return values;
    }

    private static boolean matchesAt(Rule<?> rule, String text, Emit emit) {
        if (rule.boundedStart() && !isBoundary(text, emit.getStart() - 1)) {
            return false;
        }
        int position = emit.getEnd() + 1;
        String[] segments = rule.segments();
        if (segments.length == 1) {
            return !rule.boundedEnd() || isBoundary(text, position);
        }
        for (int i = 1; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            int found = text.indexOf(segments[i], position);
            // The last segment may need a later occurrence to end at a word boundary; the gap bounds the search.
            while (last && rule.boundedEnd() && found >= 0 && found - position <= MAX_GAP
                    && !isBoundary(text, found + segments[i].length())) {
                found = text.indexOf(segments[i], found + 1);
            }
            if (found < 0 || found - position > MAX_GAP) {
                return false;
            }
            position = found + segments[i].length();
        }
        return true;
    }

    /** True when {@code index} is outside the text or not a letter or digit. */
    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
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
                throw new IllegalArgumentException("phrase must be non-empty lower-case text: \"" + phrase + "\"");
            }
            boolean boundedStart = normalized.charAt(0) == WORD_BOUNDARY;
            boolean boundedEnd = normalized.length() > 1 && normalized.charAt(normalized.length() - 1) == WORD_BOUNDARY;
            String body = normalized.substring(boundedStart ? 1 : 0, normalized.length() - (boundedEnd ? 1 : 0));
            if (body.isBlank() || body.indexOf(WORD_BOUNDARY) >= 0 || body.charAt(0) == ' '
                    || body.charAt(body.length() - 1) == ' ') {
                throw new IllegalArgumentException("'|' may only stand at the very start or end of a phrase: \""
                        + phrase + "\"");
            }
            String[] segments = splitSegments(body);
            if (segments.length == 0 || segments[0].isEmpty() || segments[segments.length - 1].isEmpty()) {
                throw new IllegalArgumentException("a phrase may not start or end with '*': \"" + phrase + "\"");
            }
            rules.add(new Rule<>(rules.size(), normalized, segments, boundedStart, boundedEnd, value));
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
            return new PhraseTable<>(trie.build(), Map.copyOf(frozen), rules.size());
        }
    }
}
