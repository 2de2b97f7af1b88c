package io.github.ndrclassifier.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of keywords in a text (overlapping ones too) in one walk,
 * in flat arrays, boxing no character: {@link #search}.
 *
 * <p>A search mostly runs cold: between two diagnostics a classifier parses a whole message, so
 * what a step costs is the cache lines it reads, and a full Aho-Corasick automaton over thousands
 * of long phrases wanders through megabytes of states. So the automaton is Aho-Corasick only over
 * the first {@link #SCAN_DEPTH} characters of the keywords: a small set of states that the walk
 * over every character reuses. Where such a prefix occurs in the text, the rest of the keywords
 * that start with it is followed character by character in the keywords' trie (without failure
 * links) from there; that costs a few reads, in order, at the few places where a prefix occurs.
 * Every occurrence is found exactly once: a keyword of at most {@link #SCAN_DEPTH} characters by
 * the automaton where it ends, a longer one from where its prefix ends.
 *
 * <p>States are numbered: the root, its children (which have a complete transition row over the
 * ASCII characters of the keywords: one read, no failure link to follow), the other automaton
 * states, the frontier states (those of a whole prefix), then the states deeper than the
 * automaton, depth first, so that the states along a phrase are neighbours in every array. A
 * state in which a keyword ends is returned flagged, so a search learns that nothing ends at a
 * position without another read. Immutable and thread-safe.
 */
final class KeywordAutomaton {
    /** The characters of a keyword the automaton reads over; the rest is followed from where they occur. */
    static final int SCAN_DEPTH = 6;
    private static final int[] NONE = new int[0];
    private static final int LINEAR_SEARCH_LIMIT = 8;
    /** Set in a state number when keywords end in that state. */
    private static final int KEYWORDS = 0x8000_0000;
    /** No edge: no state number, flagged or not, is -1. */
    private static final int NO_EDGE = -1;

    private final int[] edgeStart;
    private final char[] edgeChar;
    /** The (flagged) state each edge leads to. */
    private final int[] edgeTarget;
    /** The failure link of each automaton state. */
    private final int[] failure;
    private final int[][] output;
    /** The first frontier state: those from here on have no edges in the automaton. */
    private final int frontier;
    /** The column of each ASCII character in a dense row; 0 for the characters of no keyword. */
    private final int[] column;
    private final int width;
    private final int denseStates;
    /** Row {@code s} holds the (flagged) state after each column's character in state {@code s}. */
    private final int[] dense;
    private final int[] keywordLength;

    private KeywordAutomaton(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] failure, int[][] output,
                             int frontier, int[] column, int width, int denseStates, int[] dense,
                             int[] keywordLength) {
        this.edgeStart = edgeStart;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.failure = failure;
        this.output = output;
        this.frontier = frontier;
        this.column = column;
        this.width = width;
        this.denseStates = denseStates;
        this.dense = dense;
        this.keywordLength = keywordLength;
    }

    /** The automaton of {@code keywords} (non-empty, distinct); keyword {@code i} is reported as {@code i}. */
    static KeywordAutomaton of(List<String> keywords) {
        return of(keywords, SCAN_DEPTH, Integer.MAX_VALUE);
    }

    /**
     * As {@link #of(List)}, with an automaton over the first {@code scanDepth} characters and
     * complete ASCII rows for at most {@code denseStates} states (for tests).
     */
    static KeywordAutomaton of(List<String> keywords, int scanDepth, int denseStates) {
        Trie trie = new Trie();
        int[] lengths = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            lengths[k] = keywords.get(k).length();
            trie.add(keywords.get(k), k);
        }
        return flatten(trie, lengths, Math.max(1, scanDepth), Math.max(1, denseStates));
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

    /** Renumbers the trie into arrays and computes failure links and outputs. */
    private static KeywordAutomaton flatten(Trie trie, int[] lengths, int scanDepth, int denseLimit) {
        int states = trie.size;
        int[] depth = new int[states];
        int[] order = numbering(trie, scanDepth, depth);
        int[] number = new int[states];
        int frontier = states;
        int deep = states;
        for (int n = states - 1; n >= 0; n--) {
            number[order[n]] = n;
            if (depth[order[n]] >= scanDepth) {
                frontier = n;
            }
            if (depth[order[n]] > scanDepth) {
                deep = n;
            }
        }
        int[] edgeStart = new int[states + 1];
        char[] edgeChar = new char[states - 1];
        int[] edgeTarget = new int[states - 1];
        int edges = 0;
        for (int n = 0; n < states; n++) {
            edgeStart[n] = edges;
            int first = edges;
            for (int child = trie.firstChild[order[n]]; child >= 0; child = trie.nextSibling[child]) {
                edgeChar[edges] = trie.label[child];
                edgeTarget[edges] = number[child];
                edges++;
            }
            sortEdges(edgeChar, edgeTarget, first, edges);
        }
        edgeStart[states] = edges;
        int[] failure = new int[deep];
        int[][] output = new int[states][];
        output[0] = NONE;
        // Breadth-first over the automaton: a state's failure target is shallower, so its link and outputs are final.
        int[] queue = new int[deep];
        int queued = 1;
        for (int head = 0; head < queued; head++) {
            int n = queue[head];
            if (n >= frontier) {
                continue;
            }
            for (int e = edgeStart[n]; e < edgeStart[n + 1]; e++) {
                int child = edgeTarget[e];
                queue[queued++] = child;
                int fail = n == 0 ? 0 : follow(edgeStart, edgeChar, edgeTarget, failure, failure[n], edgeChar[e]);
                failure[child] = fail;
                output[child] = concat(trie.keywordsAt(order[child]), output[fail]);
            }
        }
        // Beyond the automaton a state stands for itself alone: shorter keywords ending there are found elsewhere.
        for (int n = deep; n < states; n++) {
            output[n] = trie.keywordsAt(order[n]);
        }
        for (int e = 0; e < edges; e++) {
            if (output[edgeTarget[e]].length > 0) {
                edgeTarget[e] |= KEYWORDS;
            }
        }
        int[] column = new int[128];
        int width = 1;
        for (int e = 0; e < edges; e++) {
            char c = edgeChar[e];
            if (c < 128 && column[c] == 0) {
                column[c] = width++;
            }
        }
        // The root's children are numbered 1..k: the root and they have the dense rows.
        int denseStates = Math.min(Math.min(1 + edgeStart[1] - edgeStart[0], frontier), denseLimit);
        int[] dense = new int[denseStates * width];
        for (int n = 0; n < denseStates; n++) {
            for (char c = 0; c < 128; c++) {
                if (column[c] != 0) {
                    int target = edge(edgeStart, edgeChar, edgeTarget, n, c);
                    if (target == NO_EDGE) {
                        target = n == 0 ? 0 : dense[failure[n] * width + column[c]];
                    }
                    dense[n * width + column[c]] = target;
                }
            }
        }
        return new KeywordAutomaton(edgeStart, edgeChar, edgeTarget, failure, output, frontier, column, width,
                denseStates, dense, lengths);
    }

    private static int[] concat(int[] own, int[] inherited) {
        if (own.length == 0) {
            return inherited;
        }
        int[] all = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, all, own.length, inherited.length);
        return all;
    }

    /**
     * The trie's nodes in state order (and each node's depth into {@code depth}): the root, its
     * children, the other nodes shallower than {@code scanDepth}, those at {@code scanDepth},
     * then the deeper ones; each group depth first.
     */
    private static int[] numbering(Trie trie, int scanDepth, int[] depth) {
        int[] preorder = new int[trie.size];
        int[] stack = new int[trie.size];
        int n = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            preorder[n++] = node;
            for (int child = trie.firstChild[node]; child >= 0; child = trie.nextSibling[child]) {
                depth[child] = depth[node] + 1;
                stack[top++] = child;
            }
        }
        int[] order = new int[trie.size];
        int placed = 0;
        int[] bounds = {0, 1, Math.min(2, scanDepth), scanDepth, scanDepth + 1};
        for (int group = 0; group < bounds.length; group++) {
            int from = bounds[group];
            int to = group + 1 < bounds.length ? bounds[group + 1] : Integer.MAX_VALUE;
            for (int node : preorder) {
                if (depth[node] >= from && depth[node] < to) {
                    order[placed++] = node;
                }
            }
        }
        return order;
    }

    /** The state after reading {@code c} in automaton state {@code state}, following failure links over the edges alone. */
    private static int follow(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] failure, int state, char c) {
        int s = state;
        while (true) {
            int target = edge(edgeStart, edgeChar, edgeTarget, s, c);
            if (target != NO_EDGE) {
                return target & ~KEYWORDS;
            }
            if (s == 0) {
                return 0;
            }
            s = failure[s];
        }
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

    /**
     * Every position of {@code text} where keywords end, with the state whose
     * {@link #keywordsEndingAt keywords} end there; each occurrence of a keyword once, the
     * positions not necessarily in order.
     */
    Occurrences search(String text) {
        int[] rows = dense;
        int[] columns = column;
        int rowWidth = width;
        int shallow = denseStates;
        Occurrences found = new Occurrences();
        int state = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            int target = c < 128 && state < shallow ? rows[state * rowWidth + columns[c]] : next(state, c);
            if (target < 0) {
                target &= ~KEYWORDS;
                found.add(target, i + 1);
            }
            if (target >= frontier) {
                extend(text, i + 1, target, found);
            }
            state = target;
        }
        return found;
    }

    /** Follows the keywords that go on from frontier state {@code state}, reached before {@code from}. */
    private void extend(String text, int from, int state, Occurrences found) {
        int s = state;
        for (int i = from, length = text.length(); i < length; i++) {
            int target = edge(edgeStart, edgeChar, edgeTarget, s, text.charAt(i));
            if (target == NO_EDGE) {
                return;
            }
            if (target < 0) {
                target &= ~KEYWORDS;
                found.add(target, i + 1);
            }
            s = target;
        }
    }

    /** The automaton state after reading {@code c} in automaton state {@code state}. */
    private int next(int state, char c) {
        // A frontier state has no edges in the automaton: what follows its prefix is read by extend.
        int s = state >= frontier ? failure[state] : state;
        if (c < 128) {
            int col = column[c];
            if (col == 0) {
                return 0;
            }
            while (s >= denseStates) {
                int target = edge(edgeStart, edgeChar, edgeTarget, s, c);
                if (target != NO_EDGE) {
                    return target;
                }
                s = failure[s];
            }
            return dense[s * width + col];
        }
        while (true) {
            int target = edge(edgeStart, edgeChar, edgeTarget, s, c);
            if (target != NO_EDGE) {
                return target;
            }
            if (s == 0) {
                return 0;
            }
            s = failure[s];
        }
    }

    /** The (flagged) target of the edge for {@code c} out of {@code state}, or {@link #NO_EDGE}. */
    private static int edge(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int state, char c) {
        int from = edgeStart[state];
        int to = edgeStart[state + 1];
        if (to - from <= LINEAR_SEARCH_LIMIT) {
            for (int e = from; e < to; e++) {
                if (edgeChar[e] == c) {
                    return edgeTarget[e];
                }
            }
            return NO_EDGE;
        }
        int found = Arrays.binarySearch(edgeChar, from, to, c);
        return found >= 0 ? edgeTarget[found] : NO_EDGE;
    }

    /** The keywords that end where {@code state}, a state of {@link Occurrences}, was reached. */
    int[] keywordsEndingAt(int state) {
        return output[state];
    }

    /** The length of keyword {@code keyword}. */
    int length(int keyword) {
        return keywordLength[keyword];
    }
}
