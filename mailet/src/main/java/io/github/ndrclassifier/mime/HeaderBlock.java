package io.github.ndrclassifier.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ordered, immutable block of header fields (a message's or a part's header, or the header
 * block embedded in a {@code text/rfc822-headers} part).
 */
public final class HeaderBlock {
    private static final HeaderBlock EMPTY = new HeaderBlock(List.of());
    /** Characters of one value searched for encoded words: far more than any real header has. */
    private static final int MAX_DECODED = 16 * 1024;

    private final List<HeaderField> fields;
    /**
     * Bits of the names present ({@link #nameBit}): classification asks for many headers a message
     * does not have (X-SES-Outgoing, X-Mimecast-Originator, ...), and the summary tells most of
     * them apart without walking the fields.
     */
    private final long names;
    /**
     * Per name bit, one more than the index of the first field with that bit, 0 where unknown;
     * made on the first lookup. A lookup starts there: the fields before it have other names. A
     * thread that races on it and sees zeros starts at the first field, which is only slower.
     */
    private int[] starts;

    private HeaderBlock(List<HeaderField> fields) {
        this.fields = fields;
        long bits = 0;
        for (HeaderField field : fields) {
            bits |= nameBit(field.name());
        }
        this.names = bits;
    }

    /**
     * One of 64 bits, from a name's length and last character, the same for names equal ignoring
     * case (the character is folded as {@link String#equalsIgnoreCase} compares characters).
     */
    private static long nameBit(String name) {
        return 1L << nameBitIndex(name);
    }

    private static int nameBitIndex(String name) {
        int length = name.length();
        if (length == 0) {
            return 0;
        }
        char last = name.charAt(length - 1);
        int folded = last < 128 ? (last >= 'A' && last <= 'Z' ? last + ('a' - 'A') : last)
                : Character.toLowerCase(Character.toUpperCase(last));
        return (length * 31 + folded) & 63;
    }

    private boolean mayHave(String name) {
        return (names & nameBit(name)) != 0;
    }

    /** The index of the first field that may be called {@code name} (see {@link #starts}). */
    private int start(String name) {
        int[] s = starts;
        if (s == null) {
            s = new int[Long.SIZE];
            for (int i = fields.size() - 1; i >= 0; i--) {
                s[nameBitIndex(fields.get(i).name())] = i + 1;
            }
            starts = s;
        }
        return Math.max(0, s[nameBitIndex(name)] - 1);
    }

    /** A block holding {@code fields} in their order. */
    public static HeaderBlock of(List<HeaderField> fields) {
        return fields.isEmpty() ? EMPTY : new HeaderBlock(List.copyOf(fields));
    }

    /** The block without any field. */
    public static HeaderBlock empty() {
        return EMPTY;
    }

    public List<HeaderField> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    /** The raw (undecoded) value of the first field called {@code name}. */
    public Optional<String> first(String name) {
        if (!mayHave(name)) {
            return Optional.empty();
        }
        for (int i = start(name); i < fields.size(); i++) {
            HeaderField field = fields.get(i);
            if (field.is(name)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    /** The raw values of every field called {@code name}, in order. */
    public List<String> all(String name) {
        if (!mayHave(name)) {
            return List.of();
        }
        List<String> values = new ArrayList<>(2);
        for (int i = start(name); i < fields.size(); i++) {
            HeaderField field = fields.get(i);
            if (field.is(name)) {
                values.add(field.value());
            }
        }
        return values;
    }

    /**
     * The first field called {@code name} with RFC 2047 encoded words decoded and surrounding
     * white space trimmed; empty values count as absent. A malformed encoded word is kept as text.
     */
    public Optional<String> text(String name) {
        return first(name).map(HeaderBlock::decodeWords).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Decodes RFC 2047 encoded words leniently ({@link EncodedWords}): what cannot be decoded is
     * kept as written. Words are looked for in the first {@value #MAX_DECODED} characters only.
     */
    public static String decodeWords(String value) {
        if (value.indexOf("=?") < 0) {
            return value;
        }
        if (value.length() <= MAX_DECODED) {
            return EncodedWords.decode(value);
        }
        return EncodedWords.decode(value.substring(0, MAX_DECODED)) + value.substring(MAX_DECODED);
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
