package io.github.ndrclassifier.text;

import java.util.Arrays;

/**
 * What a {@link KeywordAutomaton} found in a text: each position where keywords end, and the
 * automaton's state there (whose keywords {@link KeywordAutomaton#keywordsEndingAt} lists). Few
 * positions of a text end a keyword, so the lists stay short; at most one entry per start
 * position and keyword length.
 */
final class Occurrences {
    private static final int[] EMPTY = new int[0];

    private int[] states = EMPTY;
    private int[] ends = EMPTY;
    private int count;

    void add(int state, int end) {
        if (count == states.length) {
            int grown = Math.max(8, 2 * count);
            states = Arrays.copyOf(states, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        states[count] = state;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    /** The state at occurrence {@code i}. */
    int state(int i) {
        return states[i];
    }

    /** The position after the last character of the keywords of occurrence {@code i}. */
    int end(int i) {
        return ends[i];
    }
}
