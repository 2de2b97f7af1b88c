package io.github.ndrclassifier.report;

import java.util.Locale;
import java.util.Optional;

/**
 * Why delivery failed, in the vocabulary bounce analysers share (Sisimai's). The order is only
 * alphabetical inside groups; precedence between reasons is data, not this enum.
 */
public enum Reason {
    USERUNKNOWN, HOSTUNKNOWN, HASMOVED, MAILBOXFULL, EXCEEDLIMIT, MESGTOOBIG, SUSPEND, FILTERED, REJECTED,
    BLOCKED, BADREPUTATION, SPAMDETECTED, VIRUSDETECTED, POLICYVIOLATION, AUTHFAILURE, REQUIREPTR,
    SECURITYERROR, FAILEDSTARTTLS, NORELAYING, NOTACCEPT, NOTCOMPLIANTRFC, CONTENTERROR, SYNTAXERROR,
    TOOMANYCONN, SPEEDING, SYSTEMERROR, SYSTEMFULL, NETWORKERROR, EXPIRED, MAILERERROR, SUPPRESSED, ONHOLD,
    UNDEFINED, DELIVERED, VACATION, FEEDBACK;

    /** The lower-case name used in JSON, headers and attributes. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason called {@code name} (any case). */
    public static Optional<Reason> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the reason says the address itself is bad, so the sender should stop using it:
     * the mailbox or the domain does not exist, or the mailbox moved, whatever the class of the
     * failure (a 4xx "user unknown" still names a missing mailbox); a host that accepts no mail
     * at all only when the failure is permanent ({@code permanentClass}), since a temporary
     * refusal may be lifted.
     */
    public boolean isHard(boolean permanentClass) {
        return switch (this) {
            case USERUNKNOWN, HOSTUNKNOWN, HASMOVED -> true;
            case NOTACCEPT -> permanentClass;
            default -> false;
        };
    }
}
