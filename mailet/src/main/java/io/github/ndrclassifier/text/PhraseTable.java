package io.github.ndrclassifier.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered table of phrases, each mapped to a value, searched in one linear pass.
 *
 * <p>A phrase is lower-case literal text in which {@code *} stands for a gap of at most
 * {@link #MAX_GAP} characters: {@code "mailbox * full"} matches "mailbox is full" and
 * "mailbox of the user is full". A {@code |} at the start or the end of a phrase requires a word
 * boundary there (no letter or digit next to the match): {@code "|rbl|"} matches "listed in an rbl"
 * but not "horrible". The first segments of all phrases are found together in one pass
 * ({@link KeywordFinder}); the remaining segments of a candidate are then looked up with bounded
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

    /** A phrase: its precedence (0 first), its segments between gaps, its boundaries and its value. */
    record Rule<T>(int rank, String phrase, String[] segments, boolean boundedStart, boolean boundedEnd, T value) {
    }

    /** A match: which phrase matched and what it maps to. */
    public record Match<T>(String phrase, T value) {
    }

    private final KeywordFinder finder;
    /** The rules of each first segment, by the finder's keyword number, in precedence order. */
    private final List<List<Rule<T>>> rulesByKeyword;
    /** All rules, by rank. */
    private final List<Rule<T>> ranked;
    private final int size;

    private PhraseTable(List<String> keywords, List<List<Rule<T>>> rulesByKeyword, List<Rule<T>> ranked) {
        this.finder = KeywordFinder.of(keywords);
        this.rulesByKeyword = rulesByKeyword;
        this.ranked = ranked;
        this.size = ranked.size();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public int size() {
        return size;
    }

    /** The value of the highest-ranked phrase found in already normalised {@code text}. */
    public Optional<T> first(String text) {
        Rule<T> best = best(text);
        return best == null ? Optional.empty() : Optional.of(best.value());
    }

    /** The highest-ranked phrase found in already normalised {@code text}. */
    public Optional<Match<T>> firstMatch(String text) {
        Rule<T> best = best(text);
        return best == null ? Optional.empty() : Optional.of(new Match<>(best.phrase(), best.value()));
    }

    private Rule<T> best(String text) {
        if (size == 0) {
            return null;
        }
        Occurrences found = finder.search(text);
        Rule<T> best = null;
        for (int o = 0; o < found.count(); o++) {
            for (int keyword : finder.keywordsEndingAt(found.node(o))) {
                best = better(keyword, text, found.end(o), best);
            }
        }
        return best;
    }

    /**
     * {@code best}, or the highest-ranked rule starting with keyword {@code keyword} (which ends
     * at {@code end} in the text) that ranks before it and matches there. The best rule of a text
     * is the lowest-ranked one that matches at any occurrence of its first segment, whatever
     * order the occurrences are looked at in.
     */
    Rule<T> better(int keyword, String text, int end, Rule<T> best) {
        int start = end - finder.length(keyword);
        // Indexed: an iterator per occurrence found was garbage the JIT did not always remove.
        List<Rule<T>> rules = rulesByKeyword.get(keyword);
        for (int r = 0; r < rules.size(); r++) {
            Rule<T> rule = rules.get(r);
            if (best != null && rule.rank() >= best.rank()) {
                return best;
            }
            if (matchesAt(rule, text, start, end)) {
                return rule;
            }
        }
        return best;
    }

    /**
     * Adds to {@code found} (created when null) the ranks of the rules starting with keyword
     * {@code keyword} (which ends at {@code end} in the text) that match there.
     */
    BitSet collect(int keyword, String text, int end, BitSet found) {
        int start = end - finder.length(keyword);
        BitSet result = found;
        List<Rule<T>> rules = rulesByKeyword.get(keyword);
        for (int r = 0; r < rules.size(); r++) {
            Rule<T> rule = rules.get(r);
            if ((result == null || !result.get(rule.rank())) && matchesAt(rule, text, start, end)) {
                if (result == null) {
                    result = new BitSet(size);
                }
                result.set(rule.rank());
            }
        }
        return result;
    }

    /** The values of the rules whose ranks are set, each once, in the table's order. */
    List<T> values(BitSet found) {
        if (found == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>(found.cardinality());
        for (int rank = found.nextSetBit(0); rank >= 0; rank = found.nextSetBit(rank + 1)) {
            T value = ranked.get(rank).value();
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * The values of all phrases found in already normalised {@code text}, each once, in the
     * table's order.
     */
    public List<T> allValues(String text) {
        if (size == 0 || text.isEmpty()) {
            return List.of();
        }
        Occurrences occurrences = finder.search(text);
        BitSet found = null;
        for (int o = 0; o < occurrences.count(); o++) {
            for (int keyword : finder.keywordsEndingAt(occurrences.node(o))) {
                found = collect(keyword, text, occurrences.end(o), found);
            }
        }
        return values(found);
    }

    /** True when {@code rule}, whose first segment occupies {@code [start, end)} of the text, matches there. */
    private static boolean matchesAt(Rule<?> rule, String text, int start, int end) {
        if (rule.boundedStart() && !isBoundary(text, start - 1)) {
            return false;
        }
        int position = end;
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
            if (normalized.isEmpty() || !normalized.equals(collapseBlanks(phrase).toLowerCase(Locale.ROOT))) {
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

        /** The phrase stripped, with each run of white space (as a regex's {@code \\s} means it) one space. */
        private static String collapseBlanks(String phrase) {
            String stripped = phrase.strip();
            StringBuilder out = new StringBuilder(stripped.length());
            boolean blank = false;
            for (int i = 0; i < stripped.length(); i++) {
                char c = stripped.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
                    blank = true;
                    continue;
                }
                if (blank) {
                    out.append(' ');
                    blank = false;
                }
                out.append(c);
            }
            return out.toString();
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
            Map<String, List<Rule<T>>> byFirst = new LinkedHashMap<>();
            for (Rule<T> rule : rules) {
                byFirst.computeIfAbsent(rule.segments()[0], k -> new ArrayList<>(1)).add(rule);
            }
            List<List<Rule<T>>> byKeyword = new ArrayList<>(byFirst.size());
            byFirst.values().forEach(list -> byKeyword.add(List.copyOf(list)));
            return new PhraseTable<>(List.copyOf(byFirst.keySet()), List.copyOf(byKeyword), List.copyOf(rules));
        }
    }
}
