package io.github.ndrclassifier.report;

import java.util.Locale;

/** What kind of message was classified. */
public enum Kind {
    /** A standard RFC 3464 / RFC 6533 delivery status notification. */
    DSN,
    /** A non-standard non-delivery report (an MTA's or provider's own format). */
    NDR,
    /** An ARF feedback report (RFC 5965): a complaint, not a bounce. */
    FEEDBACK,
    /** An automatic reply (RFC 3834): a vacation notice, not a bounce. */
    AUTOREPLY,
    /** Not a report at all. */
    NONE;

    /** The lower-case name used in JSON, headers and attributes. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the kinds that report a delivery problem (or success): DSN and NDR. */
    public boolean isBounce() {
        return this == DSN || this == NDR;
    }
}
