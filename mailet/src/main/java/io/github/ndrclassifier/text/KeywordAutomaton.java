package io.github.ndrclassifier.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over a fixed set of keywords, in flat arrays: a search walks the text
 * once, allocates nothing and boxes no character, and reports every occurrence of every keyword
 * (overlapping ones too) through {@link #next} and {@link #keywordsEndingAt}.
 *
 * <p>States are numbered breadth-first from the root (0). The edges of a state are sorted by
 * character; the root's ASCII edges are also kept in a direct table, since most text positions
 * fall back to it. Immutable and thread-safe.
 */
final class KeywordAutomaton {
    private static final int[] NONE = new int[0];
    private static final int LINEAR_SEARCH_LIMIT = 8;

    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] failure;
    private final int[][] output;
    private final int[] rootAscii;
    private final int[] keywordLength;

    private KeywordAutomaton(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] failure, int[][] output,
                             int[] rootAscii, int[] keywordLength) {
        this.edgeStart = edgeStart;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.failure = failure;
        this.output = output;
        this.rootAscii = rootAscii;
        this.keywordLength = keywordLength;
    }

    /** The automaton of {@code keywords} (non-empty, distinct); keyword {@code i} is reported as {@code i}. */
    static KeywordAutomaton of(List<String> keywords) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new TreeMap<>());
        ends.add(new ArrayList<>(1));
        int[] lengths = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            String keyword = keywords.get(k);
            lengths[k] = keyword.length();
            int state = 0;
            for (int i = 0; i < keyword.length(); i++) {
                Integer next = children.get(state).get(keyword.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    ends.add(new ArrayList<>(1));
                    children.get(state).put(keyword.charAt(i), next);
                }
                state = next;
            }
            ends.get(state).add(k);
        }
        return flatten(children, ends, lengths);
    }

    /** Renumbers the trie breadth-first into arrays and computes failure links and outputs. */
    private static KeywordAutomaton flatten(List<TreeMap<Character, Integer>> children, List<List<Integer>> ends,
                                            int[] lengths) {
        int states = children.size();
        int[] order = new int[states];
        int[] number = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        int count = 0;
        while (!queue.isEmpty()) {
            int state = queue.poll();
            number[state] = count;
            order[count++] = state;
            queue.addAll(children.get(state).values());
        }
        int[] edgeStart = new int[states + 1];
        char[] edgeChar = new char[states - 1];
        int[] edgeTarget = new int[states - 1];
        int edges = 0;
        for (int n = 0; n < states; n++) {
            edgeStart[n] = edges;
            for (var edge : children.get(order[n]).entrySet()) {
                edgeChar[edges] = edge.getKey();
                edgeTarget[edges] = number[edge.getValue()];
                edges++;
            }
        }
        edgeStart[states] = edges;
        int[] rootAscii = new int[128];
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
            if (edgeChar[e] < 128) {
                rootAscii[edgeChar[e]] = edgeTarget[e];
            }
        }
        KeywordAutomaton automaton = new KeywordAutomaton(edgeStart, edgeChar, edgeTarget, new int[states],
                new int[states][], rootAscii, lengths);
        // Breadth-first order: a state's failure target is numbered before it, so its outputs are final.
        automaton.output[0] = NONE;
        for (int n = 0; n < states; n++) {
            for (int e = edgeStart[n]; e < edgeStart[n + 1]; e++) {
                int child = edgeTarget[e];
                int fail = n == 0 ? 0 : automaton.next(automaton.failure[n], edgeChar[e]);
                automaton.failure[child] = fail;
                int[] own = ends.get(order[child]).stream().mapToInt(Integer::intValue).toArray();
                int[] inherited = automaton.output[fail];
                int[] all = Arrays.copyOf(own, own.length + inherited.length);
                System.arraycopy(inherited, 0, all, own.length, inherited.length);
                automaton.output[child] = all.length == 0 ? NONE : all;
            }
        }
        return automaton;
    }

    /** The state after reading {@code c} in {@code state}. */
    int next(int state, char c) {
        int s = state;
        while (true) {
            if (s == 0) {
                return c < 128 ? rootAscii[c] : Math.max(0, edge(0, c));
            }
            int target = edge(s, c);
            if (target >= 0) {
                return target;
            }
            s = failure[s];
        }
    }

    private int edge(int state, char c) {
        int from = edgeStart[state];
        int to = edgeStart[state + 1];
        if (to - from <= LINEAR_SEARCH_LIMIT) {
            for (int e = from; e < to; e++) {
                if (edgeChar[e] == c) {
                    return edgeTarget[e];
                }
            }
            return -1;
        }
        int found = Arrays.binarySearch(edgeChar, from, to, c);
        return found >= 0 ? edgeTarget[found] : -1;
    }

    /** The keywords that end where {@code state} was reached (an empty array for most states). */
    int[] keywordsEndingAt(int state) {
        return output[state];
    }

    /** The length of keyword {@code keyword}. */
    int length(int keyword) {
        return keywordLength[keyword];
    }
}
