package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.Refinement;
import io.github.ndrclassifier.format.ReturnedMessage;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.format.TextReportRecognizer;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Postfix's bounce and delay notices ({@code This is the mail system at host ...}, older
 * {@code This is the Postfix program at host ...}): one paragraph per recipient,
 * {@code <rcpt>: host mx[ip] said: 550 5.1.1 ... (in reply to RCPT TO command)}, wrapped with
 * indented lines. Also the postmaster's copy of a failed SMTP session
 * ({@code Postfix SMTP server: errors from ...}, an {@code In:}/{@code Out:} transcript) and the
 * notice whose report is {@code --- Delivery report unavailable ---}, where only the returned
 * message's {@code To} names the recipient.
 */
public final class Postfix extends TextReportRecognizer {
    private static final List<NormalizedPhrase> BODY_MARKERS = NormalizedPhrase.list("this is the mail system at host",
        "this is the postfix program at host");
    private static final NormalizedPhrase WARNING = NormalizedPhrase.of("this is a warning only");
    private static final NormalizedPhrase UNAVAILABLE = NormalizedPhrase.of("--- delivery report unavailable ---");
    private static final String[] SIGNATURES = {"the mail system", "the postfix program"};
    private static final String SAID = " said: ";

    @Override
    public String name() {
        return "postfix";
    }

    @Override
    public boolean matches(MessageView message) {
        String subject = message.subject();
        if (subject.startsWith("postfix smtp server: errors from")
                || subject.contains("undelivered mail returned to sender")
                || subject.startsWith("delayed mail (still being retried)")) {
            return true;
        }
        return message.bodyContainsAny(BODY_MARKERS);
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        List<RecipientFacts> unframed = new ArrayList<>(fromReport.size());
        for (RecipientFacts facts : fromReport) {
            unframed.add(unframe(facts));
        }
        return Refinement.merge(unframed, recipients(message));
    }

    /**
     * Postfix writes its own wording into the report's {@code Diagnostic-Code} too
     * ({@code X-Postfix; host mx[ip] said: 550 ... (in reply to DATA command)}): the remote
     * server's reply, its host and the command are taken out of it.
     */
    private static RecipientFacts unframe(RecipientFacts facts) {
        if (facts.diagnostic().isEmpty() || !facts.diagnostic().get().contains(SAID)) {
            return facts;
        }
        RecipientFacts read = fromDetail(facts.address(), facts.diagnostic().get(), false);
        if (read.command().isEmpty() && read.remoteMta().isEmpty()) {
            return facts;
        }
        RecipientFacts.Builder out = facts.toBuilder().diagnostic(read.diagnostic().orElse(null));
        if (facts.remoteMta().isEmpty()) {
            read.remoteMta().ifPresent(out::remoteMta);
        }
        read.command().ifPresent(out::command);
        return out.build();
    }

    @Override
    protected List<RecipientFacts> recipients(MessageView message) {
        String body = message.body();
        if (message.subject().startsWith("postfix smtp server: errors from")) {
            return SessionTranscript.failedRecipients(body);
        }
        List<RecipientFacts> facts = paragraphs(body, message.bodyContains(WARNING));
        if (facts.isEmpty() && message.bodyContains(UNAVAILABLE)) {
            return ReturnedMessage.recipients(message).stream()
                    .map(address -> RecipientFacts.builder(address).action(Action.FAILED).build())
                    .toList();
        }
        return facts;
    }

    /** The {@code <rcpt>: text} paragraphs after the notice's signature line. */
    private static List<RecipientFacts> paragraphs(String body, boolean warning) {
        LineCursor lines = LineCursor.of(body);
        int start = lines.position();
        boolean signed = false;
        while (lines.hasNext()) {
            if (isSignature(lines.next().strip())) {
                signed = true;
                break;
            }
        }
        if (!signed) {
            lines.seek(start);
        }
        List<RecipientFacts> facts = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.startsWith("<")) {
                continue;
            }
            List<String> more = new ArrayList<>();
            while (lines.hasNext() && !lines.peek().isBlank() && !startsParagraph(lines.peek())) {
                more.add(lines.next());
            }
            String paragraph = SmtpText.join(line, more);
            int close = paragraph.indexOf('>');
            Optional<String> address = SmtpText.address(paragraph.substring(0, close + 1));
            int colon = detailStart(paragraph, close);
            if (address.isPresent() && colon > 0) {
                facts.add(fromDetail(address.get(), paragraph.substring(colon).strip(), warning));
            }
        }
        return facts;
    }

    /**
     * True for the signature line, in any case. Lower case never shortens a line, and lengthens
     * one only with a character that no signature holds: lines of another length are not
     * lower-cased.
     */
    private static boolean isSignature(String stripped) {
        for (String signature : SIGNATURES) {
            if (stripped.length() == signature.length() && stripped.toLowerCase(Locale.ROOT).equals(signature)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for the first line of a recipient's paragraph. Postfix indents the lines it wraps and
     * ends each paragraph with a blank line, but a relay that re-wraps the notice may drop the
     * indentation: an unindented line then continues the paragraph unless it names the next
     * recipient ({@code <rcpt>:}, {@code <rcpt> (expanded from ...}).
     */
    private static boolean startsParagraph(String line) {
        if (!line.startsWith("<")) {
            return false;
        }
        int close = line.indexOf('>');
        return close > 0 && (line.startsWith(":", close + 1) || line.startsWith(" (expanded from ", close + 1));
    }

    /** Where the text after {@code <rcpt>:} or {@code <rcpt> (expanded from <alias>):} starts; -1 if neither. */
    private static int detailStart(String paragraph, int close) {
        if (close < 0) {
            return -1;
        }
        int i = close + 1;
        if (paragraph.startsWith(" (expanded from ", i)) {
            int end = paragraph.indexOf(')', i);
            if (end < 0) {
                return -1;
            }
            i = end + 1;
        }
        return paragraph.startsWith(":", i) ? i + 1 : -1;
    }

    /** Reads Postfix's wording of one failure: a remote reply, or Postfix's own error. */
    static RecipientFacts fromDetail(String address, String detail, boolean warning) {
        RecipientFacts.Builder facts = RecipientFacts.builder(address)
                .action(warning ? Action.DELAYED : Action.FAILED);
        int said = detail.indexOf(SAID);
        int host = detail.lastIndexOf("host ", said);
        if (said > 0 && host >= 0) {
            SmtpText.hostAt(detail, host + 5).ifPresent(facts::remoteMta);
            String reply = detail.substring(said + SAID.length());
            int inReply = reply.lastIndexOf("(in reply to ");
            if (inReply >= 0) {
                SmtpText.command(reply.substring(inReply)).ifPresent(facts::command);
                reply = reply.substring(0, inReply);
            }
            facts.diagnosticType("SMTP").diagnostic(reply.strip());
            return facts.build();
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        for (String frame : new String[] {"connect to ", "lost connection with ", "conversation with "}) {
            int at = lower.indexOf(frame);
            if (at >= 0) {
                SmtpText.hostAt(detail, at + frame.length()).ifPresent(facts::remoteMta);
                facts.command(frame.equals("connect to ") ? "CONN"
                        : SmtpText.command(detail.substring(at)).orElse(null));
                break;
            }
        }
        return facts.diagnostic(detail).build();
    }
}
