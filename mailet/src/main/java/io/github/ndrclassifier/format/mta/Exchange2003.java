package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Microsoft Exchange 2003 and older (Internet Mail Service) non-delivery reports: {@code Your
 * message ... did not reach the following recipient(s):} (or {@code The following recipient(s)
 * could not be reached:}), then per recipient {@code rcpt on <date>} and, indented below, the
 * reason and Exchange's error code ({@code MSEXCH:IMS:...}).
 */
public final class Exchange2003 implements FormatRecognizer {
    private static final String[] LISTS = {"did not reach the following recipient(s):",
        "the following recipient(s) could not be reached:"};
    private static final List<NormalizedPhrase> LIST_PHRASES = NormalizedPhrase.list(LISTS);

    @Override
    public String name() {
        return "exchange2003";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContainsAny(LIST_PHRASES);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        boolean listing = false;
        List<RecipientFacts> facts = new ArrayList<>();
        String address = null;
        List<String> detail = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (!listing) {
                listing = lower.endsWith(LISTS[0]) || lower.endsWith(LISTS[1]);
                continue;
            }
            int on = lower.indexOf(" on ");
            String first = on > 0 ? line.strip().substring(0, on) : line.strip();
            if (on > 0 && SmtpText.isAddress(first) && !line.startsWith("        ")) {
                add(facts, address, detail);
                address = first;
                detail = new ArrayList<>();
            } else if (address != null && !lower.isEmpty()) {
                detail.add(line);
            } else if (address != null && !facts.isEmpty() && lower.isEmpty() && lines.peek().isBlank()) {
                break;
            }
        }
        add(facts, address, detail);
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    private static void add(List<RecipientFacts> facts, String address, List<String> detail) {
        if (address != null) {
            facts.add(RecipientFacts.builder(address).action(Action.FAILED).diagnostic(SmtpText.join("", detail)).build());
        }
    }
}
