package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.text.EmailAddresses;
import io.github.ndrclassifier.text.NormalizedPhrase;
import io.github.ndrclassifier.text.Trim;

/**
 * The report layout Exim made common and several providers kept (Mail.ru, GMX, 1&amp;1, MXLogic):
 * "... The following address(es) failed:", then each failed address on its own line, indented
 * less than the lines of its reason that follow; a reason from a remote server is framed as
 * "SMTP error from remote (mail) server after RCPT TO:&lt;...&gt;: host mx.example.com
 * [192.0.2.1]: 550 ..." (or "for TEXT command, host: ... reason: ...", or with "host: ..." on its
 * own line). The report ends at the copy of the original.
 */
final class EximStyleReport {
    private static final NormalizedPhrase ADDRESS_LIST = NormalizedPhrase.of("the following address");
    private static final String[] END_MARKERS = {"------ This is a copy of", "--- The header of the original message",
        "Included is a copy of the message header", "------ This is a copy of your message"};
    private static final String[] REASON_LABELS = {"For the following reason:", "Reason:"};
    private static final String REMOTE_ERROR = "SMTP error from remote";
    private static final int MAX_RECIPIENTS = 100;
    private static final int MAX_REASON_LINES = 20;

    /** A failed address and the lines of its reason, joined. */
    record Block(String address, String reason) {
    }

    private EximStyleReport() {
    }

    /**
     * True when the text holds the layout ("The following address(es) failed"): a provider that
     * also sends standard DSNs from another MTA is then left to that MTA's reader.
     */
    static boolean looksLike(MessageView message) {
        return message.bodyContains(ADDRESS_LIST);
    }

    /**
     * Reads the report: the listed addresses with their reasons, or, without a list, the addresses
     * of X-Failed-Recipients (which Exim adds) without a diagnostic.
     */
    static Optional<NdrReport> read(String format, MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        Action action = ReportText.find(lines, 0, "This is a permanent error") < 0
                && ReportText.findAny(lines, 0, "has not yet been delivered", "delivery delayed") >= 0
                ? Action.DELAYED : Action.FAILED;
        List<RecipientFacts> recipients = new ArrayList<>();
        for (Block block : blocks(lines)) {
            recipients.add(facts(block, action));
        }
        if (recipients.isEmpty()) {
            for (String address : ReportText.headerAddresses(message, "X-Failed-Recipients")) {
                recipients.add(RecipientFacts.builder(address).action(action).build());
            }
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(format, Optional.empty(), recipients));
    }

    /** The failed addresses and their reasons, empty when the body has no such list. */
    static List<Block> blocks(List<String> lines) {
        int intro = ReportText.find(lines, 0, "following address");
        int start = -1;
        for (int i = Math.max(0, intro); intro >= 0 && i < Math.min(lines.size(), intro + 3); i++) {
            if (lines.get(i).strip().endsWith("failed:")) {
                start = i + 1;
                break;
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (start < 0) {
            return blocks;
        }
        int end = ReportText.findAny(lines, start, END_MARKERS);
        end = end < 0 ? lines.size() : end;
        int indent = -1;
        String address = null;
        StringBuilder reason = new StringBuilder();
        int reasonLines = 0;
        for (int i = start; i < end && blocks.size() < MAX_RECIPIENTS; i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            int lineIndent = line.length() - line.stripLeading().length();
            String recipient = (indent < 0 || lineIndent <= indent) ? recipientOf(stripped) : null;
            if (recipient != null) {
                if (address != null) {
                    blocks.add(new Block(address, reason.toString()));
                }
                indent = lineIndent;
                address = recipient;
                reason.setLength(0);
                reasonLines = 0;
                stripped = restOf(stripped);
            }
            if (address != null && !stripped.isEmpty() && !isLabel(stripped) && reasonLines++ < MAX_REASON_LINES) {
                reason.append(reason.isEmpty() ? "" : " ").append(stripped);
            }
        }
        if (address != null) {
            blocks.add(new Block(address, reason.toString()));
        }
        return merged(blocks);
    }

    /** One block per address: some servers list an address again after its reason. */
    private static List<Block> merged(List<Block> blocks) {
        List<Block> merged = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            int same = -1;
            for (int i = 0; i < merged.size() && same < 0; i++) {
                if (merged.get(i).address().equalsIgnoreCase(block.address())) {
                    same = i;
                }
            }
            if (same < 0) {
                merged.add(block);
            } else if (merged.get(same).reason().isBlank()) {
                merged.set(same, block);
            }
        }
        return merged;
    }

    /** The facts of one block: the remote reply without Exim's framing, the command and the host. */
    static RecipientFacts facts(Block block, Action action) {
        String reason = block.reason().strip();
        RecipientFacts.Builder builder = RecipientFacts.builder(block.address()).action(action);
        int framing = ReportText.indexOfIgnoreCase(reason, REMOTE_ERROR, 0);
        if (framing < 0) {
            return builder.diagnostic(reason).build();
        }
        String remote = reason.substring(framing);
        int hostAt = hostWord(remote);
        String head = hostAt < 0 ? remote : remote.substring(0, hostAt);
        builder.command(ReportText.smtpCommand(head).orElse(null));
        if (hostAt < 0) {
            return builder.diagnostic(ReportText.after(remote, ":")).build();
        }
        String hostPart = remote.substring(hostAt + 4);
        String host = ReportText.hostAfter(hostPart.startsWith(":") ? hostPart.substring(1) : hostPart, "")
                .orElse(null);
        builder.remoteMta(host);
        return builder.diagnostic(replyAfterHost(hostPart, host)).build();
    }

    /** Where the word "host" (followed by a space or a colon) starts after the framing, or -1. */
    private static int hostWord(String remote) {
        for (int at = ReportText.indexOfIgnoreCase(remote, "host", REMOTE_ERROR.length()); at >= 0;
             at = ReportText.indexOfIgnoreCase(remote, "host", at + 4)) {
            boolean before = remote.charAt(at - 1) == ' ';
            boolean after = at + 4 < remote.length() && (remote.charAt(at + 4) == ' ' || remote.charAt(at + 4) == ':');
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    /** The reply after "host mx [ip]: ", "host: mx (ip) reason: " or "host: mx ". */
    private static String replyAfterHost(String hostPart, String host) {
        int reasonAt = ReportText.indexOfIgnoreCase(hostPart, "reason:", 0);
        if (reasonAt >= 0) {
            return hostPart.substring(reasonAt + 7).strip();
        }
        int bracket = hostPart.indexOf("]:");
        if (bracket >= 0) {
            return hostPart.substring(bracket + 2).strip();
        }
        int at = host == null ? -1 : ReportText.indexOfIgnoreCase(hostPart, host, 0);
        String rest = at < 0 ? hostPart : hostPart.substring(at + host.length());
        return Trim.leadingWithSpace(rest.strip(), ":.");
    }

    /** The address when the line starts with one ("addr", "&lt;addr&gt;:", "\"addr\":"), else null. */
    private static String recipientOf(String line) {
        EmailAddresses.Found found = EmailAddresses.find(line, 0);
        if (found == null || found.start() > 1) {
            return null;
        }
        String rest = line.substring(found.end());
        if (!rest.isEmpty() && (rest.charAt(0) == '>' || rest.charAt(0) == '"')) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() || rest.charAt(0) == ':' || rest.charAt(0) == ' '
                ? EmailAddresses.canonical(found.address()) : null;
    }

    /** What follows the address on its line ("&lt;addr&gt;: 550 ..." gives "550 ..."). */
    private static String restOf(String line) {
        EmailAddresses.Found found = EmailAddresses.find(line, 0);
        String rest = line.substring(found.end());
        if (!rest.isEmpty() && (rest.charAt(0) == '>' || rest.charAt(0) == '"')) {
            rest = rest.substring(1);
        }
        rest = rest.strip();
        return rest.startsWith(":") ? rest.substring(1).strip() : rest;
    }

    private static boolean isLabel(String line) {
        for (String label : REASON_LABELS) {
            if (line.equalsIgnoreCase(label)) {
                return true;
            }
        }
        return false;
    }
}
