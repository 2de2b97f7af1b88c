package io.github.ndrclassifier.text;

import java.util.Arrays;

/**
 * What a {@link KeywordFinder} found in a text: each position where keywords end, and the
 * trie node there (whose keywords {@link KeywordFinder#keywordsEndingAt} lists). Few
 * positions of a text end a keyword, so the lists stay short; at most one entry per start
 * position and keyword length.
 */
final class Occurrences {
    private static final int[] EMPTY = new int[0];

    private int[] nodes = EMPTY;
    private int[] ends = EMPTY;
    private int count;

    void add(int node, int end) {
        if (count == nodes.length) {
            int grown = Math.max(8, 2 * count);
            nodes = Arrays.copyOf(nodes, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        nodes[count] = node;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    /** The trie node at occurrence {@code i}. */
    int node(int i) {
        return nodes[i];
    }

    /** The position after the last character of the keywords of occurrence {@code i}. */
    int end(int i) {
        return ends[i];
    }
}
