package io.github.ndrclassifier.it;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A message as read back from a mailbox over IMAP: its header fields in order (unfolded) and
 * its body.
 *
 * @param headers the header fields
 * @param body    the body, as text
 */
record DeliveredMessage(List<Field> headers, String body) {

    /**
     * One header field.
     *
     * @param name  its name as written
     * @param value its unfolded value, trimmed
     */
    record Field(String name, String value) {
    }

    /**
     * @param name a field name (any case)
     * @return the value of the first field of that name
     */
    Optional<String> header(String name) {
        return all(name).stream().findFirst();
    }

    /**
     * @param name a field name (any case)
     * @return the values of every field of that name, in order
     */
    List<String> all(String name) {
        return headers.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).toList();
    }

    /**
     * @param prefix a name prefix (any case), e.g. {@code X-NDR-}
     * @return the fields whose name starts with it
     */
    List<Field> withPrefix(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return headers.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    }
}
