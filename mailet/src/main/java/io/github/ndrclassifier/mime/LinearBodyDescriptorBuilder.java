package io.github.ndrclassifier.mime;

import java.util.Locale;
import java.util.Optional;

import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptorBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;

/**
 * Tells Mime4j's token stream the type, boundary, charset and transfer encoding of each entity,
 * as its own fallback builder does, but reads Content-Type with {@link ContentType#parse} in one
 * pass. Mime4j's field parser allocates the rest of the field for every token it reads: a hostile
 * Content-Type of a megabyte of quotes or short words would take minutes.
 *
 * <p>Rules kept from Mime4j: the first valid Content-Type counts; a multipart without boundary is
 * text/plain; an untyped part of a multipart/digest is message/rfc822; text defaults to us-ascii;
 * the transfer encoding defaults to 7bit.
 */
final class LinearBodyDescriptorBuilder implements BodyDescriptorBuilder {
    private final String parentMimeType;
    private ContentType type;
    private boolean contentTypeSeen;
    private String transferEncoding;
    private long contentLength;

    LinearBodyDescriptorBuilder() {
        this(null);
    }

    private LinearBodyDescriptorBuilder(String parentMimeType) {
        this.parentMimeType = parentMimeType;
        reset();
    }

    @Override
    public void reset() {
        type = null;
        contentTypeSeen = false;
        transferEncoding = null;
        contentLength = -1;
    }

    @Override
    public Field addField(RawField field) {
        // Only three fields describe the body: the others' values are never decoded here (most
        // of a header is Received and signature fields nobody reads).
        HeaderField header = HeaderField.parsed(field);
        String name = field.getName();
        ContentType declared = null;
        if (name.equalsIgnoreCase("content-type") && (!contentTypeSeen || type == null)) {
            Optional<ContentType> parsed = ContentType.tryParse(header.value());
            if (!contentTypeSeen) {
                contentTypeSeen = true;
                declared = parsed.orElse(ContentType.TEXT_PLAIN);
            }
            if (type == null) {
                type = parsed.filter(t -> !t.isMultipart() || t.parameter("boundary").isPresent()).orElse(null);
            }
        } else if (name.equalsIgnoreCase("content-transfer-encoding")) {
            String encoding = header.value().strip().toLowerCase(Locale.ROOT);
            if (transferEncoding == null && !encoding.isEmpty()) {
                transferEncoding = encoding;
            }
        } else if (name.equalsIgnoreCase("content-length") && contentLength == -1) {
            contentLength = parseLength(header.value().strip());
        }
        return new DescribedField(field, header, declared);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public BodyDescriptor build() {
        ContentType actual = type;
        if (actual == null) {
            actual = "multipart/digest".equals(parentMimeType) ? ContentType.MESSAGE_RFC822 : ContentType.TEXT_PLAIN;
        }
        String mimeType = actual.mimeType();
        int slash = mimeType.indexOf('/');
        String charset = actual.parameter("charset").map(String::strip).filter(c -> !c.isEmpty())
                .orElse(mimeType.startsWith("text/") ? "us-ascii" : null);
        return new Descriptor(mimeType, mimeType.substring(0, slash), mimeType.substring(slash + 1),
                actual.isMultipart() ? actual.parameter("boundary").orElse(null) : null, charset,
                transferEncoding == null ? "7bit" : transferEncoding, contentLength);
    }

    @Override
    public BodyDescriptorBuilder newChild() {
        return new LinearBodyDescriptorBuilder(Optional.ofNullable(type).map(ContentType::mimeType).orElse(null));
    }

    private record Descriptor(String mimeType, String mediaType, String subType, String boundary, String charset,
                              String transferEncoding, long contentLength) implements BodyDescriptor {
        @Override
        public String getMimeType() {
            return mimeType;
        }

        @Override
        public String getMediaType() {
            return mediaType;
        }

        @Override
        public String getSubType() {
            return subType;
        }

        @Override
        public String getBoundary() {
            return boundary;
        }

        @Override
        public String getCharset() {
            return charset;
        }

        @Override
        public String getTransferEncoding() {
            return transferEncoding;
        }

        @Override
        public long getContentLength() {
            return contentLength;
        }
    }
}
