package io.github.ndrclassifier.knowledge;

import java.util.Locale;

/** Where in the mail flow a failure was generated. */
public enum GeneratedBy {
    /** The sender's own server (it never reached another server, or gave up itself). */
    OWN_SERVER,
    /** A relay between the sender's server and the recipient's (a gateway, a smart host). */
    NEXT_HOP,
    /** The recipient's server rejected it. */
    RECIPIENT_SERVER,
    /** The report does not say. */
    UNKNOWN;

    /** The lower-case, hyphenated name used in JSON and headers. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
