package io.github.ndrclassifier.knowledge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;
import io.github.ndrclassifier.text.PhraseTable;

/**
 * Tells where in the mail flow a failure was generated, from what the report shows. The rule, in
 * order:
 * <ol>
 * <li>A feedback report or an auto-reply comes from the recipient's side: {@code recipient-server}.</li>
 * <li>The recipient has a Remote-MTA (the server whose reply is quoted) that is not the
 *     reporting MTA itself: {@code recipient-server} when it is in the recipient's domain or
 *     named after it (a hosted MX such as {@code example-com.mail.protection.outlook.com});
 *     {@code next-hop} when it is in the reporting MTA's domain instead (a relay, gateway or
 *     smart host of the sending organisation passed the rejection on); otherwise
 *     {@code recipient-server} (the server the reporting MTA delivered to: the recipient's MX, as
 *     far as the report can tell).</li>
 * <li>The diagnostic quotes another server's reply ("host ... said:", "Remote host said",
 *     "SMTP error from remote mail server", "&lt;&lt;&lt; 550", ...): {@code recipient-server}.</li>
 * <li>The Reporting-MTA is in the recipient's domain (it accepted the message, then could not
 *     deliver it locally): {@code recipient-server}.</li>
 * <li>The failure is one a sending server decides by itself (no answer, DNS failure, null MX,
 *     unable to route, expired in the queue: the codes x.4.1-x.4.4, x.4.7, x.1.2, x.1.10 and the
 *     reasons expired, networkerror, hostunknown, notaccept): {@code own-server}, the server that
 *     wrote the report.</li>
 * <li>Otherwise {@code unknown}.</li>
 * </ol>
 * "In a domain" compares organisational domains: the last two labels of a host name, or three
 * when the second-level label is a common registry label such as {@code co} or {@code ne}
 * ({@code mx.example.co.jp} is {@code example.co.jp}). The markers, codes, reasons and labels are
 * data ({@code generated-by.json}); the markers are searched in the same single scan of the
 * diagnostic as the knowledge entries' texts ({@link Diagnostic}). Immutable and thread-safe.
 */
final class MailFlow {
    private final List<String> remoteReplyMarkers;
    /** The keys of the codes, sorted: looked up without boxing. */
    private final int[] ownServerCodes;
    private final List<StatusRange> ownServerRanges;
    private final Set<Reason> ownServerReasons;
    private final Set<String> secondLevelLabels;

    private MailFlow(List<String> remoteReplyMarkers, Set<Integer> ownServerCodes,
                     List<StatusRange> ownServerRanges, Set<Reason> ownServerReasons, Set<String> secondLevelLabels) {
        this.remoteReplyMarkers = List.copyOf(remoteReplyMarkers);
        this.ownServerCodes = ownServerCodes.stream().mapToInt(Integer::intValue).sorted().toArray();
        this.ownServerRanges = List.copyOf(ownServerRanges);
        this.ownServerReasons = ownServerReasons;
        this.secondLevelLabels = Set.copyOf(secondLevelLabels);
    }

    /**
     * Loads the rules' data.
     *
     * @throws DataFileException naming the file, the line and what is wrong
     */
    static MailFlow load(InputStream in, String file) {
        JsonDataFile.Document document = JsonDataFile.read(in, file);
        List<String> markers = new ArrayList<>();
        PhraseTable.Builder<Boolean> check = PhraseTable.builder();
        for (JsonDataFile.Entry entry : strings(document, "remoteReplyMarkers")) {
            try {
                check.add(entry.node().asText(), Boolean.TRUE);
            } catch (IllegalArgumentException e) {
                throw new DataFileException(file, entry.line(), "bad text pattern: " + e.getMessage());
            }
            markers.add(entry.node().asText());
        }
        Set<Integer> codes = new HashSet<>();
        List<StatusRange> ranges = new ArrayList<>();
        for (JsonDataFile.Entry entry : strings(document, "ownServerCodes")) {
            String value = entry.node().asText();
            try {
                if (value.indexOf('-') >= 0) {
                    ranges.addAll(List.of(StatusRange.parse(value)));
                } else {
                    for (int key : StatusCodes.keys(value)) {
                        codes.add(key);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new DataFileException(file, entry.line(), e.getMessage());
            }
        }
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (JsonDataFile.Entry entry : strings(document, "ownServerReasons")) {
            String value = entry.node().asText();
            reasons.add(Reason.of(value).orElseThrow(() -> new DataFileException(file, entry.line(),
                    "unknown reason '" + value + "'")));
        }
        Set<String> labels = new HashSet<>();
        for (JsonDataFile.Entry entry : strings(document, "secondLevelLabels")) {
            labels.add(entry.node().asText().strip().toLowerCase(Locale.ROOT));
        }
        return new MailFlow(markers, codes, ranges, reasons, labels);
    }

    private static List<JsonDataFile.Entry> strings(JsonDataFile.Document document, String name) {
        List<JsonDataFile.Entry> entries = document.array(name);
        if (entries.isEmpty()) {
            throw new DataFileException(document.source(), 0, "missing the array '" + name + "'");
        }
        for (JsonDataFile.Entry entry : entries) {
            if (!entry.node().isTextual() || entry.node().asText().isBlank()) {
                throw new DataFileException(document.source(), entry.line(), "'" + name + "' holds non-empty strings");
            }
        }
        return entries;
    }

    /** The phrases that show a diagnostic quotes another server's reply. */
    List<String> remoteReplyMarkers() {
        return remoteReplyMarkers;
    }

    GeneratedBy locate(RecipientResult recipient, BounceReport report, Diagnostic text) {
        if (report.kind() == Kind.FEEDBACK || report.kind() == Kind.AUTOREPLY) {
            return GeneratedBy.RECIPIENT_SERVER;
        }
        String reporting = report.reportingMta().isPresent() ? hostOf(report.reportingMta().get()) : "";
        String reportingDomain = organisation(reporting);
        String remote = recipient.remoteMta().isPresent() ? hostOf(recipient.remoteMta().get()) : "";
        if (!remote.isEmpty() && !remote.equals(reporting)) {
            String remoteDomain = organisation(remote);
            // Only a relay in the reporting MTA's own domain can be the next hop: the recipient's
            // domain is looked at for that one alone.
            if (remoteDomain.isEmpty() || !remoteDomain.equals(reportingDomain)) {
                return GeneratedBy.RECIPIENT_SERVER;
            }
            String recipientDomain = organisation(domainOf(recipient.address()));
            boolean recipientSide = remoteDomain.equals(recipientDomain) || namedAfter(remote, recipientDomain);
            return recipientSide ? GeneratedBy.RECIPIENT_SERVER : GeneratedBy.NEXT_HOP;
        }
        // Both rules name the recipient's server; the domains are compared first because the
        // diagnostic may not have been scanned yet, and then need not be.
        if (!reportingDomain.isEmpty() && reportingDomain.equals(organisation(domainOf(recipient.address())))) {
            return GeneratedBy.RECIPIENT_SERVER;
        }
        if (text.quotesRemoteReply()) {
            return GeneratedBy.RECIPIENT_SERVER;
        }
        if (ownServerReasons.contains(recipient.reason())
                || recipient.status().isPresent() && isOwnServerCode(recipient.status().get())) {
            return GeneratedBy.OWN_SERVER;
        }
        return GeneratedBy.UNKNOWN;
    }

    private boolean isOwnServerCode(EnhancedStatusCode code) {
        if (Arrays.binarySearch(ownServerCodes, code.key()) >= 0) {
            return true;
        }
        for (StatusRange range : ownServerRanges) {
            if (range.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a label of {@code host} is, or starts with, the name of {@code domain} followed by
     * a hyphen: hosted MX servers are named so ({@code example.mx.aol.com},
     * {@code example-com.mail.protection.outlook.com} for {@code example.com}).
     */
    private static boolean namedAfter(String host, String domain) {
        int dot = domain.indexOf('.');
        if (dot < 3) {
            return false;
        }
        String name = domain.substring(0, dot);
        for (int i = host.indexOf(name); i >= 0; i = host.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean starts = i == 0 || host.charAt(i - 1) == '.';
            boolean ends = end == host.length() || host.charAt(end) == '.' || host.charAt(end) == '-';
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : hostOf(address.substring(at + 1));
    }

    /** A host name as written in a report, lower case, without brackets, a trailing dot or a comment. */
    private static String hostOf(String written) {
        String s = written.strip();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        if (s.startsWith("[") || s.endsWith(">")) {
            s = s.replace("[", "").replace("]", "").replace(">", "");
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** The organisational domain of a host name; empty for an IP address or a single label. */
    String organisation(String host) {
        if (host.isEmpty() || host.indexOf(':') >= 0 || isIpv4(host)) {
            return "";
        }
        int last = host.lastIndexOf('.');
        if (last <= 0) {
            return "";
        }
        int second = host.lastIndexOf('.', last - 1);
        if (second < 0) {
            return host;
        }
        boolean countryCode = host.length() - last - 1 == 2;
        if (countryCode && secondLevelLabels.contains(host.substring(second + 1, last))) {
            int third = host.lastIndexOf('.', second - 1);
            return host.substring(third + 1);
        }
        return host.substring(second + 1);
    }

    private static boolean isIpv4(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
