package io.github.ndrclassifier.mime;

import java.nio.charset.CoderMalfunctionError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * An ordered, immutable block of header fields (a message's or a part's header, or the header
 * block embedded in a {@code text/rfc822-headers} part).
 */
public final class HeaderBlock {
    private static final HeaderBlock EMPTY = new HeaderBlock(List.of());

    private final List<HeaderField> fields;

    private HeaderBlock(List<HeaderField> fields) {
        this.fields = fields;
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
        for (HeaderField field : fields) {
            if (field.is(name)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    /** The raw values of every field called {@code name}, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(2);
        for (HeaderField field : fields) {
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

    /** Decodes RFC 2047 encoded words leniently: what cannot be decoded is kept as written. */
    public static String decodeWords(String value) {
        if (value.indexOf("=?") < 0) {
            return value;
        }
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT, StandardCharsets.UTF_8);
        } catch (RuntimeException | CoderMalfunctionError e) {
            // A third-party charset's decoder (UTF-7) may fail on malformed input.
            return value;
        }
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
