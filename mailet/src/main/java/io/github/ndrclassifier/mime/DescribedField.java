package io.github.ndrclassifier.mime;

import java.util.Optional;

import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * A header field as {@link LinearBodyDescriptorBuilder} handed it back to Mime4j: the field, its
 * value once decoded, and for the first Content-Type of a header the type parsed from it, so that
 * the scan neither decodes nor parses that value a second time.
 */
final class DescribedField implements Field {
    private final RawField raw;
    private final HeaderField header;
    private final ContentType declaredType;

    DescribedField(RawField raw, HeaderField header, ContentType declaredType) {
        this.raw = raw;
        this.header = header;
        this.declaredType = declaredType;
    }

    HeaderField header() {
        return header;
    }

    /** The type of the header's first Content-Type (text/plain when it is not valid); empty on other fields. */
    Optional<ContentType> declaredType() {
        return Optional.ofNullable(declaredType);
    }

    @Override
    public String getName() {
        return raw.getName();
    }

    @Override
    public String getBody() {
        return header.value();
    }

    @Override
    public ByteSequence getRaw() {
        return raw.getRaw();
    }
}
