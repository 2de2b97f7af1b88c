package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.text.Trim;

/**
 * Zoho Mail ({@code mailer-daemon@mail.zoho.com}): one line per recipient, either
 * {@code address Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <...>... User Unknown} (the
 * reply code, then the rest of the reply) or, in delay warnings,
 * {@code [Status: Error, Address: <address>, ResponseCode 421, , Host not reachable.]}. The
 * original's header follows inline.
 */
public final class Zoho implements FormatRecognizer {
    private static final String ERROR_CODE = "ERROR_CODE :";
    private static final String RESPONSE_CODE = "ResponseCode ";
    private static final int MAX_RECIPIENTS = 100;

    @Override
    public String name() {
        return "zoho";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("mailer-daemon@") && from.contains("zoho");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        Action action = message.subject().contains("(delay)") || ReportText.find(lines, 0, "WARNING MESSAGE ONLY") >= 0
                ? Action.DELAYED : Action.FAILED;
        List<RecipientFacts> recipients = new ArrayList<>();
        for (int i = 0; i < lines.size() && recipients.size() < MAX_RECIPIENTS; i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("Received:")) {
                break;
            }
            String reply = line.startsWith("[Status:") ? statusLine(line) : errorCodeLine(line);
            if (reply == null) {
                continue;
            }
            Optional<String> address = ReportText.address(line);
            address.ifPresent(a -> recipients.add(RecipientFacts.builder(a).action(action).diagnostic(reply).build()));
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    /** {@code ... ERROR_CODE :550, ERROR_CODE :5.2.1 text} as {@code 550 5.2.1 text}; null for other lines. */
    private static String errorCodeLine(String line) {
        int first = line.indexOf(ERROR_CODE);
        if (first < 0) {
            return null;
        }
        String rest = line.substring(first + ERROR_CODE.length());
        int comma = rest.indexOf(',');
        String code = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        int second = rest.indexOf(ERROR_CODE);
        String text = second < 0 ? "" : rest.substring(second + ERROR_CODE.length()).strip();
        return joined(code, text);
    }

    /** {@code [Status: Error, Address: <a>, ResponseCode 421, , Host not reachable.]} as {@code 421 Host not reachable.}. */
    private static String statusLine(String line) {
        int at = line.indexOf(RESPONSE_CODE);
        if (at < 0) {
            return null;
        }
        String rest = line.substring(at + RESPONSE_CODE.length());
        if (rest.endsWith("]")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int comma = rest.indexOf(',');
        String code = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        return joined(code, comma < 0 ? "" : rest.substring(comma + 1));
    }

    private static String joined(String code, String text) {
        String reply = Trim.leadingWithSpace(text.strip(), ",");
        if (reply.startsWith(code)) {
            return reply;
        }
        return (code + " " + reply).strip();
    }
}
