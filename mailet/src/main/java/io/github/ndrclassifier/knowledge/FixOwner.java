package io.github.ndrclassifier.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Who has to act to fix a delivery failure. */
public enum FixOwner {
    /** The person who sent the message (fix the address, shrink the message, ...). */
    SENDER,
    /** The administrator of the sending system (DNS, SPF/DKIM, IP reputation, configuration). */
    SENDER_ADMIN,
    /** The administrator of the receiving system. */
    RECIPIENT_ADMIN,
    /** The recipient (empty the mailbox, allow the sender, ...). */
    RECIPIENT,
    /** Nobody: the failure is transient and delivery is retried. */
    NOBODY;

    /** The lower-case, hyphenated name used in data files, JSON and headers. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FixOwner> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (FixOwner owner : values()) {
            if (owner.value().equalsIgnoreCase(value.strip())) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }
}
