package io.github.ndrclassifier.text;

import java.util.Arrays;
import java.util.List;

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
        Trie trie = new Trie();
        int[] lengths = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            lengths[k] = keywords.get(k).length();
            trie.add(keywords.get(k), k);
        }
        return flatten(trie, lengths);
    }

    /**
     * The trie being built: each node's children are a linked list (first child, next sibling),
     * and each node's keywords too. Plain arrays keep building thousands of phrases cheap at
     * start-up.
     */
    private static final class Trie {
        int size = 1;
        char[] label = new char[64];
        int[] firstChild = new int[64];
        int[] nextSibling = new int[64];
        int[] firstEnd = new int[64];
        int[] endKeyword = new int[16];
        int[] nextEnd = new int[16];
        int ends;

        Trie() {
            Arrays.fill(firstChild, -1);
            Arrays.fill(firstEnd, -1);
        }

        void add(String keyword, int number) {
            int state = 0;
            for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                int child = firstChild[state];
                while (child >= 0 && label[child] != c) {
                    child = nextSibling[child];
                }
                if (child < 0) {
                    child = newNode(c);
                    nextSibling[child] = firstChild[state];
                    firstChild[state] = child;
                }
                state = child;
            }
            if (ends == endKeyword.length) {
                endKeyword = Arrays.copyOf(endKeyword, 2 * ends);
                nextEnd = Arrays.copyOf(nextEnd, 2 * ends);
            }
            endKeyword[ends] = number;
            nextEnd[ends] = firstEnd[state];
            firstEnd[state] = ends++;
        }

        private int newNode(char c) {
            if (size == label.length) {
                int grown = 2 * size;
                label = Arrays.copyOf(label, grown);
                firstChild = Arrays.copyOf(firstChild, grown);
                nextSibling = Arrays.copyOf(nextSibling, grown);
                firstEnd = Arrays.copyOf(firstEnd, grown);
                Arrays.fill(firstChild, size, grown, -1);
                Arrays.fill(firstEnd, size, grown, -1);
            }
            label[size] = c;
            return size++;
        }

        /** The keywords ending at {@code node}. */
        int[] keywordsAt(int node) {
            int count = 0;
            for (int e = firstEnd[node]; e >= 0; e = nextEnd[e]) {
                count++;
            }
            if (count == 0) {
                return NONE;
            }
            int[] keywords = new int[count];
            for (int e = firstEnd[node]; e >= 0; e = nextEnd[e]) {
                keywords[--count] = endKeyword[e];
            }
            return keywords;
        }
    }

    /** Renumbers the trie breadth-first into arrays and computes failure links and outputs. */
    private static KeywordAutomaton flatten(Trie trie, int[] lengths) {
        int states = trie.size;
        int[] order = new int[states];
        int[] number = new int[states];
        int[] edgeStart = new int[states + 1];
        char[] edgeChar = new char[states - 1];
        int[] edgeTarget = new int[states - 1];
        // Breadth-first: nodes are numbered as they are queued, so a node's edges can be written
        // (sorted by character) when it is dequeued.
        int queued = 1;
        int edges = 0;
        for (int n = 0; n < states; n++) {
            int node = order[n];
            edgeStart[n] = edges;
            int first = edges;
            for (int child = trie.firstChild[node]; child >= 0; child = trie.nextSibling[child]) {
                order[queued] = child;
                number[child] = queued++;
                edgeChar[edges] = trie.label[child];
                edgeTarget[edges] = number[child];
                edges++;
            }
            sortEdges(edgeChar, edgeTarget, first, edges);
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
                int[] own = trie.keywordsAt(order[child]);
                int[] inherited = automaton.output[fail];
                if (own.length == 0) {
                    automaton.output[child] = inherited;
                } else {
                    int[] all = Arrays.copyOf(own, own.length + inherited.length);
                    System.arraycopy(inherited, 0, all, own.length, inherited.length);
                    automaton.output[child] = all;
                }
            }
        }
        return automaton;
    }

    /** Sorts the edges {@code [from, to)} by character (insertion sort: a node has few children). */
    private static void sortEdges(char[] chars, int[] targets, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char c = chars[i];
            int t = targets[i];
            int j = i - 1;
            while (j >= from && chars[j] > c) {
                chars[j + 1] = chars[j];
                targets[j + 1] = targets[j];
                j--;
            }
            chars[j + 1] = c;
            targets[j + 1] = t;
        }
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
