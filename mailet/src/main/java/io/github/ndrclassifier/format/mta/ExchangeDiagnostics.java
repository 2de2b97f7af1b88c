package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.SmtpText;

/**
 * The {@code Diagnostic information for administrators:} section that Exchange 2007 and later
 * and Office 365 write: {@code Generating server: ...}, then per recipient the address, the host
 * that answered when another one did, and the reply, as {@code #550 5.1.1 RESOLVER...; ... ##}
 * or {@code Remote Server returned '550 5.1.1 ...'}.
 */
final class ExchangeDiagnostics {
    private static final String SECTION = "diagnostic information for administrators:";
    private static final String RETURNED = "returned '";
    private static final String AT = "remote server at ";

    private ExchangeDiagnostics() {
    }

    static List<RecipientFacts> read(String body) {
        LineCursor lines = LineCursor.of(body);
        List<RecipientFacts> facts = new ArrayList<>();
        if (!lines.skipPast(SECTION)) {
            return facts;
        }
        RecipientFacts.Builder current = null;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("original message headers")) {
                break;
            }
            if (line.isEmpty() || lower.startsWith("generating server:") || lower.startsWith("receiving server:")) {
                continue;
            }
            if (SmtpText.isAddress(line)) {
                add(facts, current);
                current = RecipientFacts.builder(line);
            } else if (current != null && !current.hasDiagnostic()) {
                reply(current, line, lower);
            }
        }
        add(facts, current);
        return facts;
    }

    private static void reply(RecipientFacts.Builder current, String line, String lower) {
        int returned = lower.indexOf(RETURNED);
        if (returned >= 0 && lower.contains("remote server")) {
            int at = lower.indexOf(AT);
            if (at >= 0 && at < returned) {
                SmtpText.hostAt(line, at + AT.length()).ifPresent(current::remoteMta);
            }
            int end = line.lastIndexOf('\'');
            current.diagnostic(line.substring(returned + RETURNED.length(), end > returned + RETURNED.length()
                    ? end : line.length()));
        } else if (line.startsWith("#")) {
            String reply = line.substring(1);
            if (reply.endsWith("##")) {
                reply = reply.substring(0, reply.length() - 2);
            }
            current.diagnostic(reply.strip());
        } else if (line.indexOf(' ') < 0 && line.indexOf('.') > 0) {
            current.remoteMta(line);
        }
    }

    private static void add(List<RecipientFacts> facts, RecipientFacts.Builder current) {
        if (current != null) {
            facts.add(current.build());
        }
    }
}
