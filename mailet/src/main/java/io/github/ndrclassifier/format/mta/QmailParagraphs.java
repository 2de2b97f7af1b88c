package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.SmtpText;

/**
 * qmail's layout, which its derivatives keep: one paragraph per recipient, {@code <rcpt>:} alone
 * on its line and the error on the lines below, up to a blank line; the returned message after
 * a {@code --- Below this line is a copy of the message.} line. qmail-remote's wording tells the
 * stage that failed: {@code does not like recipient} (RCPT), {@code failed after I sent the
 * message} (DATA), {@code but sender was rejected} (MAIL), {@code but my name was rejected}
 * (HELO), {@code wasn't able to establish an SMTP connection} (the connection); the remote
 * reply follows {@code Remote host said:}.
 */
final class QmailParagraphs {
    private static final String[] ORIGINAL = {"--- below this line is a copy of the message", "--- enclosed is a copy of the message",
        "--- original message follows", "--- below this line is the original message"};
    private static final String[][] STAGES = {
        {"does not like recipient", "RCPT"},
        {"most progress was rcpt to response", "RCPT"},
        {"failed after i sent the message", "DATA"},
        {"failed on data command", "DATA"},
        {"but sender was rejected", "MAIL"},
        {"failed on mail from command", "MAIL"},
        {"but my name was rejected", "HELO"},
        {"wasn't able to establish an smtp connection", "CONN"},
        {"greeting failed", "CONN"},
        {"but greeting failed", "CONN"}};
    private static final String REMOTE_SAID = "remote host said:";
    private static final String[] TRAILERS = {"giving up on ", "i'm not going to try again"};
    private static final int MAX_RECIPIENTS = 100;

    private QmailParagraphs() {
    }

    static List<RecipientFacts> read(String body) {
        LineCursor lines = LineCursor.of(body);
        List<RecipientFacts> facts = new ArrayList<>();
        while (lines.hasNext() && facts.size() < MAX_RECIPIENTS) {
            String line = lines.next();
            if (isOriginal(line)) {
                break;
            }
            if (!line.startsWith("<") || !line.strip().endsWith(">:")) {
                continue;
            }
            var address = SmtpText.address(line).filter(SmtpText::isAddress);
            if (address.isEmpty()) {
                continue;
            }
            List<String> paragraph = new ArrayList<>();
            while (lines.hasNext() && !lines.peek().isBlank() && !lines.peek().startsWith("<")
                    && !isOriginal(lines.peek())) {
                paragraph.add(lines.next());
            }
            facts.add(fromParagraph(address.get(), SmtpText.join("", paragraph)));
        }
        return facts;
    }

    static RecipientFacts fromParagraph(String address, String detail) {
        RecipientFacts.Builder facts = RecipientFacts.builder(address).action(Action.FAILED);
        String lower = detail.toLowerCase(Locale.ROOT);
        for (String[] stage : STAGES) {
            if (lower.contains(stage[0])) {
                facts.command(stage[1]);
                break;
            }
        }
        int said = lower.indexOf(REMOTE_SAID);
        int sep = said >= 0 ? said + REMOTE_SAID.length() : lower.indexOf(" said: ");
        if (sep >= 0 && said < 0) {
            sep += " said: ".length();
        }
        remoteHost(detail, lower).ifPresent(facts::remoteMta);
        if (sep >= 0) {
            String reply = detail.substring(sep).strip();
            String replyLower = reply.toLowerCase(Locale.ROOT);
            for (String trailer : TRAILERS) {
                int at = replyLower.indexOf(trailer);
                if (at > 0) {
                    reply = reply.substring(0, at).strip();
                    replyLower = replyLower.substring(0, at);
                }
            }
            return facts.diagnosticType("SMTP").diagnostic(reply).build();
        }
        return facts.diagnostic(detail).build();
    }

    /** The host named as {@code 192.0.2.1 does not like ...}, {@code Connected to 192.0.2.1 but ...} or {@code remote host 192.0.2.1 said}. */
    private static java.util.Optional<String> remoteHost(String detail, String lower) {
        for (String frame : new String[] {"connected to ", "remote host "}) {
            int at = lower.indexOf(frame);
            if (at >= 0 && !lower.startsWith("said", at + frame.length())) {
                return SmtpText.hostAt(detail, at + frame.length());
            }
        }
        int space = detail.indexOf(' ');
        if (space > 0 && (lower.startsWith(" does not like", space) || lower.startsWith(" failed ", space))) {
            return SmtpText.hostAt(detail, 0);
        }
        int rcpt = lower.indexOf("rcpt: <");
        if (rcpt >= 0) {
            int close = detail.indexOf('>', rcpt);
            int next = close < 0 ? -1 : detail.indexOf(' ', close + 2);
            if (close > 0 && next > 0 && (lower.startsWith(" does not like", next) || lower.startsWith(" failed ", next))) {
                return SmtpText.hostAt(detail, close + 2);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * True for the line that introduces the returned message, in any case. Every marker starts
     * with {@code -}, which is the lower case of no other character: other lines are not
     * lower-cased (every line of a report is tested).
     */
    private static boolean isOriginal(String line) {
        String stripped = line.strip();
        if (!stripped.startsWith("-")) {
            return false;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        for (String marker : ORIGINAL) {
            if (lower.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }
}
