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
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * The DragonFly Mail Agent's (dma) bounces: {@code This is the DragonFly Mail Agent ...},
 * {@code There was an error delivering your mail to <rcpt>.}, then the error up to the returned
 * message ({@code Message headers follow.}, or {@code Original message follows.} when dma returns
 * the whole message): a remote reply after {@code host [ip] did not like our RCPT TO:}, or dma's
 * own words, among them its queue timeout {@code Could not deliver for the last N seconds. Giving up.}
 */
public final class DragonFly implements FormatRecognizer {
    private static final String INTRO = "there was an error delivering your mail to ";
    private static final NormalizedPhrase AGENT = NormalizedPhrase.of("this is the dragonfly mail agent");
    private static final NormalizedPhrase INTRO_PHRASE = NormalizedPhrase.of(INTRO);
    private static final String DID_NOT_LIKE = " did not like our ";
    private static final String GAVE_UP = "could not deliver for the last ";
    /** What dma writes before the returned message: its header alone, or all of it. */
    private static final List<String> RETURNED = List.of("message headers follow", "original message follows");

    @Override
    public String name() {
        return "dragonfly";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(AGENT) || message.bodyContains(INTRO_PHRASE);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        List<RecipientFacts> facts = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (startsReturnedMessage(line)) {
                break;
            }
            if (!startsWithIgnoringCase(line, INTRO)) {
                continue;
            }
            Optional<String> address = SmtpText.address(line);
            List<String> detail = new ArrayList<>();
            while (lines.hasNext() && !startsReturnedMessage(lines.peek()) && !startsWithIgnoringCase(lines.peek(), INTRO)) {
                detail.add(lines.next());
            }
            address.ifPresent(a -> facts.add(fromDetail(a, SmtpText.join("", detail))));
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    private static boolean startsReturnedMessage(String line) {
        for (String marker : RETURNED) {
            if (startsWithIgnoringCase(line, marker)) {
                return true;
            }
        }
        return false;
    }

    /** True when the line, leading white space aside, starts with {@code prefix}, ignoring case. */
    private static boolean startsWithIgnoringCase(String line, String prefix) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return line.regionMatches(true, start, prefix, 0, prefix.length());
    }

    static RecipientFacts fromDetail(String address, String detail) {
        RecipientFacts.Builder facts = RecipientFacts.builder(address).action(Action.FAILED);
        String lower = detail.toLowerCase(Locale.ROOT);
        int like = lower.indexOf(DID_NOT_LIKE);
        if (like > 0) {
            SmtpText.hostAt(detail, 0).ifPresent(facts::remoteMta);
            SmtpText.commandAt(detail, like + DID_NOT_LIKE.length()).ifPresent(facts::command);
            int colon = detail.indexOf(':', like);
            String reply = colon < 0 ? detail : detail.substring(colon + 1).strip();
            return facts.diagnosticType("SMTP").diagnostic(reply).build();
        }
        if (lower.startsWith(GAVE_UP)) {
            facts.reasonHint(Reason.EXPIRED);
        }
        return facts.diagnostic(detail).build();
    }
}
