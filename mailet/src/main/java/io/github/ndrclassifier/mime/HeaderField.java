package io.github.ndrclassifier.mime;

import java.util.Objects;

/**
 * One header field as it appeared on the wire: its name and its unfolded, undecoded value.
 *
 * @param name  the field name, as written
 * @param value the unfolded value; encoded words are left as they are
 */
public record HeaderField(String name, String value) {
    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** True when this field is called {@code other}, ignoring case. */
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }
}
