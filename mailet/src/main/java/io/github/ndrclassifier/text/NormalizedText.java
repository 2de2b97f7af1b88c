package io.github.ndrclassifier.text;

import java.util.Arrays;

/**
 * A text searched for {@link NormalizedPhrase}s: tells whether its normal form
 * ({@link TextNormalizer#normalize}) contains or starts with a phrase, without computing the
 * normal form. Format recognisers ask a few dozen such questions of every report, and normalising
 * a whole body for them cost more than the searches.
 *
 * <p>Only the first {@link TextNormalizer#MAX_LENGTH} characters are read, as the normal form
 * keeps no more. Where a phrase's searched character occurs (in either case) is found once per
 * character and kept, since most phrases share a few rare characters: the occurrences are then
 * walked, the phrase checked around each.
 *
 * <p>Not thread-safe: one per text, used by one thread.
 */
public final class NormalizedText {
    private static final int[] NONE = {};

    private final String text;
    private final int limit;
    /** Per searched character, where it occurs in either case; null until asked for. */
    private final int[][] occurrences = new int[128][];

    public NormalizedText(String text) {
        this.text = text;
        this.limit = Math.min(text.length(), TextNormalizer.MAX_LENGTH);
    }

    /** True when {@code TextNormalizer.normalize(text).contains(phrase.phrase())}. */
    public boolean contains(NormalizedPhrase phrase) {
        for (int at : occurrences(phrase.anchorChar())) {
            if (phrase.matchesAround(text, at, limit)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code TextNormalizer.normalize(text).startsWith(phrase.phrase())}. */
    public boolean startsWith(NormalizedPhrase phrase) {
        int start = 0;
        while (start < limit && TextNormalizer.fold(text.charAt(start)) == 0) {
            start++;
        }
        return phrase.matchesFrom(text, start, limit);
    }

    private int[] occurrences(char c) {
        int[] found = occurrences[c];
        if (found == null) {
            found = find(c);
            occurrences[c] = found;
        }
        return found;
    }

    /** Where {@code c} or its capital occurs, in order: two scans merged. */
    private int[] find(char c) {
        char upper = Character.toUpperCase(c);
        int lowerAt = text.indexOf(c, 0, limit);
        int upperAt = upper == c ? -1 : text.indexOf(upper, 0, limit);
        if (lowerAt < 0 && upperAt < 0) {
            return NONE;
        }
        int[] found = new int[16];
        int count = 0;
        while (lowerAt >= 0 || upperAt >= 0) {
            int at;
            if (upperAt < 0 || lowerAt >= 0 && lowerAt < upperAt) {
                at = lowerAt;
                lowerAt = text.indexOf(c, at + 1, limit);
            } else {
                at = upperAt;
                upperAt = text.indexOf(upper, at + 1, limit);
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, 2 * count);
            }
            found[count++] = at;
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }
}
