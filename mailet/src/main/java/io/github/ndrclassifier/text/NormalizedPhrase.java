package io.github.ndrclassifier.text;

import java.util.Arrays;
import java.util.List;

/**
 * A phrase in the form {@link TextNormalizer#normalize} writes (ASCII, lower case, single
 * spaces; it may start or end with a space, standing for the separators between words), found in
 * a text exactly where it would be found in the text's normal form, without normalising the text
 * (see {@link NormalizedText}, which searches for it).
 *
 * <p>In the normal form each character of the phrase is one character of the text that folds to
 * it, and each space a run of separators (white space, controls, the no-break space). A search
 * looks for the phrase's rarest character in the text and checks the phrase around each
 * occurrence. Two characters outside ASCII fold into ASCII: the Kelvin sign (to {@code k}) and
 * the capital dotted I (to {@code i} followed by a combining dot, so it can end a phrase only);
 * neither is ever the searched character.
 *
 * <p>Immutable and thread-safe; build one per phrase, once.
 */
public final class NormalizedPhrase {
    /**
     * Characters from the rarest in report texts to the most common, as counted in a corpus of
     * bounces (both cases of a letter together): the search looks for the first of these the
     * phrase holds. The letters {@code i} and {@code k} are left out, as non-ASCII characters
     * fold to them too.
     */
    private static final String RARITY = "~^`$%!}{|&\\?#'[]_*\"+,;/q><z()@=7869wv4j3b5xyg:f1hu2-dcp0l.mnsrtaoe";
    private static final char DOTTED_CAPITAL_I = '\u0130';

    private final String phrase;
    /** Where in the phrase the searched character is. */
    private final int anchor;
    private final char anchorChar;

    private NormalizedPhrase(String phrase, int anchor) {
        this.phrase = phrase;
        this.anchor = anchor;
        this.anchorChar = phrase.charAt(anchor);
    }

    /**
     * The phrase to look for.
     *
     * @throws IllegalArgumentException when {@code phrase} is not ASCII, not in normal form but
     *                                  for a space at either end, or holds none of the characters
     *                                  searched for
     */
    public static NormalizedPhrase of(String phrase) {
        int from = phrase.startsWith(" ") ? 1 : 0;
        String words = phrase.substring(from, Math.max(from, phrase.length() - (phrase.endsWith(" ") ? 1 : 0)));
        if (!TextNormalizer.normalize(words).equals(words) || !phrase.chars().allMatch(c -> c < 128)) {
            throw new IllegalArgumentException("not an ASCII phrase in normal form: " + phrase);
        }
        int anchor = -1;
        int rank = RARITY.length();
        for (int i = 0; i < phrase.length(); i++) {
            int r = RARITY.indexOf(phrase.charAt(i));
            if (r >= 0 && r < rank) {
                rank = r;
                anchor = i;
            }
        }
        if (anchor < 0) {
            throw new IllegalArgumentException("no character to search for in: " + phrase);
        }
        return new NormalizedPhrase(phrase, anchor);
    }

    /** The phrases, in order. */
    public static List<NormalizedPhrase> list(String... phrases) {
        return Arrays.stream(phrases).map(NormalizedPhrase::of).toList();
    }

    public String phrase() {
        return phrase;
    }

    /** The character searched for: the phrase's rarest, lower case. */
    char anchorChar() {
        return anchorChar;
    }

    /** True when the phrase is in {@code text} with its searched character at {@code at}. */
    boolean matchesAround(String text, int at, int limit) {
        return at >= anchor && matchesBefore(text, at) && matchesAfter(text, at + 1, anchor + 1, limit);
    }

    /** True when the phrase is in {@code text} from {@code at} on, before {@code limit}. */
    boolean matchesFrom(String text, int at, int limit) {
        return matchesAfter(text, at, 0, limit);
    }

    /**
     * True when the phrase before the searched character ends in the text just before {@code at}.
     * The dotted capital I folds to two characters, the second of which no phrase holds: it can
     * only end the phrase, never come before the searched character. A leading space needs a
     * word before it, as the normal form drops the separators that start a text.
     */
    private boolean matchesBefore(String text, int at) {
        int i = at - 1;
        for (int j = anchor - 1; j >= 0; j--) {
            char wanted = phrase.charAt(j);
            if (i < 0) {
                return false;
            }
            char c = text.charAt(i);
            if (wanted == ' ') {
                if (TextNormalizer.fold(c) != 0) {
                    return false;
                }
                while (i > 0 && TextNormalizer.fold(text.charAt(i - 1)) == 0) {
                    i--;
                }
            } else if (TextNormalizer.fold(c) != wanted) {
                return false;
            }
            i--;
        }
        return phrase.charAt(0) != ' ' || i >= 0;
    }

    /**
     * True when the phrase from {@code from} on is in the text from {@code at} on, before
     * {@code limit}. A trailing space needs a word after it, as the normal form drops the
     * separators that end a text.
     */
    private boolean matchesAfter(String text, int at, int from, int limit) {
        int i = at;
        int last = phrase.length() - 1;
        for (int j = from; j <= last; j++) {
            char wanted = phrase.charAt(j);
            if (i >= limit) {
                return false;
            }
            char c = text.charAt(i);
            if (wanted == ' ') {
                if (TextNormalizer.fold(c) != 0) {
                    return false;
                }
                while (i + 1 < limit && TextNormalizer.fold(text.charAt(i + 1)) == 0) {
                    i++;
                }
            } else if (TextNormalizer.fold(c) != wanted && !(c == DOTTED_CAPITAL_I && wanted == 'i' && j == last)) {
                return false;
            }
            i++;
        }
        return phrase.charAt(last) != ' ' || i < limit;
    }

    @Override
    public String toString() {
        return phrase;
    }
}
