package io.github.ndrclassifier.james;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.ndrclassifier.report.OriginalMessage;

/**
 * Whether a bounce relates to mail this server sent, judged from the returned original's header:
 * it does when the original's Message-ID was made in one of the server's local domains, or when
 * its Received chain names one of the server's hosts (a host of a local domain, or one listed in
 * {@code localHosts}). Otherwise the bounce is backscatter: the reply to mail someone else sent in
 * this server's name. Without a Message-ID or Received field to judge by, it is unknown.
 *
 * <p>The original's From is not looked at: a forged From address in one of this server's domains
 * is precisely what backscatter is made of.
 */
final class Backscatter {
    /** The verdict, as written in the header field and the attribute. */
    enum Verdict {
        /** The bounce is for mail this server did not send. */
        YES,
        /** The bounce is for mail this server sent. */
        NO,
        /** The report returns nothing to judge by. */
        UNKNOWN;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Predicate<String> localDomain;
    private final Set<String> localHosts;

    /**
     * @param localDomain whether a domain is one of the server's own (the mailet context's)
     * @param localHosts  further host names of this server, in any case
     */
    Backscatter(Predicate<String> localDomain, List<String> localHosts) {
        this.localDomain = localDomain;
        this.localHosts = localHosts.stream().map(Backscatter::lower).collect(Collectors.toUnmodifiableSet());
    }

    Verdict judge(OriginalMessage original) {
        Optional<String> idDomain = original.messageId().flatMap(Backscatter::domainOf);
        if (idDomain.isEmpty() && original.receivedBy().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        if (idDomain.filter(this::inLocalDomain).isPresent()
                || original.receivedBy().stream().anyMatch(this::isOwnHost)) {
            return Verdict.NO;
        }
        return Verdict.YES;
    }

    private boolean isOwnHost(String host) {
        return localHosts.contains(lower(host)) || inLocalDomain(host);
    }

    /** The name or one of its parent domains (of at least two labels) is local. */
    private boolean inLocalDomain(String name) {
        String domain = lower(name);
        while (domain.indexOf('.') > 0) {
            if (localDomain.test(domain)) {
                return true;
            }
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return false;
    }

    /** The part after the last {@code @} of a Message-ID, without the closing {@code >}. */
    private static Optional<String> domainOf(String messageId) {
        int at = messageId.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        int end = messageId.indexOf('>', at);
        String domain = messageId.substring(at + 1, end < 0 ? messageId.length() : end).strip();
        return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
    }

    /** Lower case, without the trailing dot of a fully qualified name. */
    private static String lower(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
