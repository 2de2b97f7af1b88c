package io.github.ndrclassifier.mime;

import java.util.Objects;

import org.apache.james.mime4j.stream.Field;

/**
 * One header field as it appeared on the wire: its name and its unfolded, undecoded value. The
 * value of a parsed field is decoded from its raw bytes only when asked for: most fields of a
 * message (Received, DKIM-Signature, ...) are never looked at, and decoding them all would cost
 * more than parsing the message.
 */
public final class HeaderField {
    private final String name;
    private final Field raw;
    /** Computed at most once per thread that races on it: Strings are safely published. */
    private String value;

    /** A field with a known value. */
    public HeaderField(String name, String value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.raw = null;
    }

    private HeaderField(Field raw) {
        this.name = raw.getName();
        this.raw = raw;
    }

    /** A field read by the parser, decoded on first use. */
    static HeaderField parsed(Field raw) {
        return new HeaderField(raw);
    }

    public String name() {
        return name;
    }

    /** The unfolded value, UTF-8 decoded (RFC 6532); encoded words are left as they are. */
    public String value() {
        String v = value;
        if (v == null) {
            v = FieldBody.of(raw);
            value = v;
        }
        return v;
    }

    /** True when this field is called {@code other}, ignoring case. */
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderField other && name.equals(other.name) && value().equals(other.value());
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + value().hashCode();
    }

    @Override
    public String toString() {
        return name + ": " + value();
    }
}
