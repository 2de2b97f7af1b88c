package io.github.ndrclassifier.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of keywords in a text (overlapping ones too), in flat
 * arrays, boxing no character: {@link #search}.
 *
 * <p>A search mostly runs cold: between two diagnostics a classifier parses a whole message,
 * which evicts the tables from the caches. An automaton that reads the text character by
 * character waits, at every character, for the cache miss of the state the previous character
 * led to. So the search walks no automaton along the text. It tests every position against a
 * small filter instead, a bitmap in which the hash of the first characters of each keyword (the
 * gram: {@link #GRAM}, or as many as the shortest keyword has) sets two bits of one word. The
 * word a position reads depends on the text alone, so the reads for successive positions do not
 * wait for one another and their misses overlap. Only at a position that passes (a few in a
 * hundred) is its gram looked up in a table of the keywords' grams, and the keywords that start
 * with it are followed in their trie from there, character by character; every node on the way
 * in which keywords end is reported. As every start position is looked at, a node reports only
 * the keywords ending exactly there, and every occurrence is found once. A walk is at most as
 * long as the longest keyword, so a search is linear in the text.
 *
 * <p>The trie's nodes are numbered depth first, so that the nodes along a keyword are neighbours
 * and an only child comes right after its parent: down a chain of only children, the next node's
 * place is known before the current one is read. Immutable and thread-safe.
 */
final class KeywordFinder {
    /**
     * How many characters of a keyword (at most) the filter hashes. Of the positions of the
     * corpus diagnostics 4.5% pass filters over 3 characters, 2.8% over 4 (2.6% begin some
     * keyword's first 4). A table with a keyword of 3 characters hashes 3: testing a position
     * for its 3 and its 4 characters cost more than the lookups it saved.
     */
    static final int GRAM = 4;
    /** The largest filter, in bits (log 2): 4 KB, at most 64 cache lines read per search. */
    static final int MAX_FILTER_BITS = 15;
    /** Two words: a hash shifted right by 31 indexes them (by 32 it would not be shifted). */
    private static final int MIN_FILTER_BITS = 7;
    /** Filter bits per keyword: few of the positions that pass do so by a collision. */
    private static final int BITS_PER_KEYWORD = 32;
    private static final int[] NONE = new int[0];
    private static final int LINEAR_SEARCH_LIMIT = 8;
    /** Set in a node's word when keywords end in that node. */
    private static final long KEYWORDS = 1L << 16;
    private static final int MULTIPLIER = 0x9E37_79B1;
    /** The low bits of a hash choose bits of the filter; those above them, the gram's slot. */
    private static final int SLOT_HASH_SHIFT = 12;

    /**
     * Per node, in depth-first order, and one more after the last: the character on the edge
     * into it (low 16 bits), {@link #KEYWORDS}, and the index of its first edge (high 32 bits).
     */
    private final long[] nodes;
    /** The edges, each node's in a run sorted by character: the character (high 32 bits), the target. */
    private final long[] edges;
    private final int[][] output;
    /** How many characters the filter hashes: at most {@link #GRAM}, at most the shortest keyword's length. */
    private final int gram;
    /** The bits of a key that hold {@link #gram} folded characters. */
    private final int gramMask;
    private final long[] filter;
    /** {@code 32 - log2(filter words)}: a hash shifted right by this indexes the filter. */
    private final int filterShift;
    /**
     * The keywords' grams in an open-addressing table, two longs a slot: the gram's characters
     * (16 bits each) and its node, 0 in an empty slot (the root is no gram's node).
     */
    private final long[] slots;
    private final int[] keywordLength;

    private KeywordFinder(long[] nodes, long[] edges, int[][] output, int gram, long[] filter, int filterShift,
                             long[] slots, int[] keywordLength) {
        this.nodes = nodes;
        this.edges = edges;
        this.output = output;
        this.gram = gram;
        this.gramMask = gram == 4 ? -1 : (1 << 8 * gram) - 1;
        this.filter = filter;
        this.filterShift = filterShift;
        this.slots = slots;
        this.keywordLength = keywordLength;
    }

    /** The finder of {@code keywords} (non-empty, distinct); keyword {@code i} is reported as {@code i}. */
    static KeywordFinder of(List<String> keywords) {
        return of(keywords, GRAM, MAX_FILTER_BITS);
    }

    /**
     * As {@link #of(List)}, with a filter over at most the first {@code gram} (1 to 4) characters
     * of the keywords, in at most 2^{@code maxFilterBits} bits (for tests and measurements).
     */
    static KeywordFinder of(List<String> keywords, int gram, int maxFilterBits) {
        int q = Math.clamp(gram, 1, 4);
        for (String keyword : keywords) {
            q = Math.max(1, Math.min(q, keyword.length()));
        }
        Trie trie = new Trie();
        int[] lengths = new int[keywords.size()];
        int[] gramNode = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            lengths[k] = keywords.get(k).length();
            gramNode[k] = trie.add(keywords.get(k), k, q);
        }
        int bits = MIN_FILTER_BITS;
        int maxBits = Math.clamp(maxFilterBits, MIN_FILTER_BITS, 30);
        while (bits < maxBits && 1L << bits < (long) BITS_PER_KEYWORD * keywords.size()) {
            bits++;
        }
        long[] filter = new long[1 << bits - 6];
        int shift = 32 - (bits - 6);
        int slotCount = Integer.highestOneBit(Math.max(1, keywords.size())) << 2;
        long[] slots = new long[2 * slotCount];
        int[] number = trie.numbering();
        for (int k = 0; k < keywords.size(); k++) {
            String keyword = keywords.get(k);
            int h = hash(foldedKey(keyword, q));
            filter[h >>> shift] |= bits(h);
            long key = exactKey(keyword, 0, q);
            int s = h >>> SLOT_HASH_SHIFT & slotCount - 1;
            while (slots[2 * s + 1] != 0 && slots[2 * s] != key) {
                s = s + 1 & slotCount - 1;
            }
            slots[2 * s] = key;
            slots[2 * s + 1] = number[gramNode[k]];
        }
        return flatten(trie, number, lengths, q, filter, shift, slots);
    }

    /** A character in 8 bits: its two bytes mixed, so that every character, not only ASCII, hashes. */
    private static int fold(char c) {
        return (c ^ c >>> 8) & 0xFF;
    }

    /** The first {@code length} (at most 4) characters of {@code keyword}, folded, 8 bits each. */
    private static int foldedKey(String keyword, int length) {
        int key = 0;
        for (int i = 0; i < length; i++) {
            key = key << 8 | fold(keyword.charAt(i));
        }
        return key;
    }

    /** The {@code length} (at most 4) characters at {@code from}, 16 bits each. */
    private static long exactKey(String text, int from, int length) {
        long key = 0;
        for (int i = from; i < from + length; i++) {
            key = key << 16 | text.charAt(i);
        }
        return key;
    }

    /**
     * The hash of the folded characters in {@code key}: its high bits choose a word of the
     * filter, its low bits two bits in that word, the bits above those the gram's slot.
     */
    private static int hash(int key) {
        int h = key * MULTIPLIER;
        return (h ^ h >>> 16) * MULTIPLIER;
    }

    /** The two bits of a word of the filter that hash {@code h} sets: one read tests both. */
    private static long bits(int h) {
        return 1L << h | 1L << (h >>> 6);
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

        /** Adds keyword {@code number}; returns its node at depth {@code depth} (or its last one). */
        int add(String keyword, int number, int depth) {
            int state = 0;
            int atDepth = 0;
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
                if (i < depth) {
                    atDepth = state;
                }
            }
            if (ends == endKeyword.length) {
                endKeyword = Arrays.copyOf(endKeyword, 2 * ends);
                nextEnd = Arrays.copyOf(nextEnd, 2 * ends);
            }
            endKeyword[ends] = number;
            nextEnd[ends] = firstEnd[state];
            firstEnd[state] = ends++;
            return atDepth;
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

        /** Each node's number in depth-first order: a node's first child comes right after it. */
        int[] numbering() {
            int[] number = new int[size];
            int[] stack = new int[size];
            int n = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                number[node] = n++;
                for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
                    stack[top++] = child;
                }
            }
            return number;
        }
    }

    /** Renumbers the trie depth first into arrays. */
    private static KeywordFinder flatten(Trie trie, int[] number, int[] lengths, int gram, long[] filter,
                                         int filterShift, long[] slots) {
        int states = trie.size;
        int[] order = new int[states];
        for (int node = 0; node < states; node++) {
            order[number[node]] = node;
        }
        int[][] output = new int[states][];
        long[] nodes = new long[states + 1];
        long[] edges = new long[states - 1];
        int count = 0;
        for (int n = 0; n < states; n++) {
            output[n] = trie.keywordsAt(order[n]);
            nodes[n] = (long) count << 32 | trie.label[order[n]] | (output[n].length > 0 ? KEYWORDS : 0);
            int first = count;
            for (int child = trie.firstChild[order[n]]; child >= 0; child = trie.nextSibling[child]) {
                edges[count++] = (long) trie.label[child] << 32 | number[child];
            }
            sortEdges(edges, first, count);
        }
        nodes[states] = (long) count << 32;
        return new KeywordFinder(nodes, edges, output, gram, filter, filterShift, slots, lengths);
    }

    /**
     * Sorts the edges {@code [from, to)} by character (insertion sort: a node has few children,
     * and at start-up, before the JIT has compiled anything, a library sort per node costs more).
     */
    private static void sortEdges(long[] edges, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long edge = edges[i];
            int j = i - 1;
            while (j >= from && edges[j] > edge) {
                edges[j + 1] = edges[j];
                j--;
            }
            edges[j + 1] = edge;
        }
    }

    /**
     * Every position of {@code text} where keywords end, with the node whose
     * {@link #keywordsEndingAt keywords} end there; each occurrence of a keyword once, the
     * positions not necessarily in order.
     */
    Occurrences search(String text) {
        Occurrences found = new Occurrences();
        int length = text.length();
        if (output.length == 1 || length < gram) {
            return found;
        }
        int mask = gramMask;
        int shift = filterShift;
        long[] words = filter;
        int key = 0;
        for (int i = 0; i < gram - 1; i++) {
            key = key << 8 | fold(text.charAt(i));
        }
        // No keyword is shorter than the gram: the last positions start none.
        for (int last = gram - 1; last < length; last++) {
            key = (key << 8 | fold(text.charAt(last))) & mask;
            int h = hash(key);
            long wanted = bits(h);
            if ((words[h >>> shift] & wanted) == wanted) {
                enter(text, last + 1 - gram, h, found);
            }
        }
        return found;
    }

    /**
     * Looks up the gram at {@code start} (hashed to {@code h}), and when it is a keyword's, adds
     * its node if keywords end there and follows the keywords that go on from it.
     */
    private void enter(String text, int start, int h, Occurrences found) {
        long key = exactKey(text, start, gram);
        long[] table = slots;
        int mask = (table.length >>> 1) - 1;
        for (int s = h >>> SLOT_HASH_SHIFT & mask; table[2 * s + 1] != 0; s = s + 1 & mask) {
            if (table[2 * s] == key) {
                int node = (int) table[2 * s + 1];
                long word = nodes[node];
                if ((word & KEYWORDS) != 0) {
                    found.add(node, start + gram);
                }
                follow(text, start + gram, node, word, found);
                return;
            }
        }
    }

    /** Follows from {@code node} (whose word is {@code word}) the keywords that go on with the text at {@code from}. */
    private void follow(String text, int from, int node, long word, Occurrences found) {
        int n = node;
        long current = word;
        for (int i = from, length = text.length(); i < length; i++) {
            long next = nodes[n + 1];
            int first = (int) (current >>> 32);
            int children = (int) (next >>> 32) - first;
            char c = text.charAt(i);
            if (children == 1) {
                // An only child comes right after its parent: its place is known before any read.
                if ((char) next != c) {
                    return;
                }
                n++;
                current = next;
            } else {
                n = child(first, children, c);
                if (n < 0) {
                    return;
                }
                current = nodes[n];
            }
            if ((current & KEYWORDS) != 0) {
                found.add(n, i + 1);
            }
        }
    }

    /** The target of the edge for {@code c} among the {@code count} edges at {@code first}, or -1. */
    private int child(int first, int count, char c) {
        long[] all = edges;
        if (count <= LINEAR_SEARCH_LIMIT) {
            for (int e = first; e < first + count; e++) {
                if ((char) (all[e] >>> 32) == c) {
                    return (int) all[e];
                }
            }
            return -1;
        }
        int low = first;
        int high = first + count - 1;
        while (low <= high) {
            int middle = low + high >>> 1;
            char label = (char) (all[middle] >>> 32);
            if (label < c) {
                low = middle + 1;
            } else if (label > c) {
                high = middle - 1;
            } else {
                return (int) all[middle];
            }
        }
        return -1;
    }

    /** The keywords that end at {@code node}, a node of {@link Occurrences}. */
    int[] keywordsEndingAt(int node) {
        return output[node];
    }

    /** The length of keyword {@code keyword}. */
    int length(int keyword) {
        return keywordLength[keyword];
    }
}
