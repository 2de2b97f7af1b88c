package io.github.ndrclassifier.format.mta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.SmtpText;
import io.github.ndrclassifier.report.Reason;

/**
 * The fml mailing-list manager's refusals ({@code X-MLServer: fml ...}): the list did not
 * distribute the message, and says why in its own fixed wording, whose first line names the
 * list ({@code You are not a member of this mailing list <list@example.org>.},
 * {@code Duplicated Message-ID in <list@example.org>.}). The list is the recipient that failed.
 */
public final class Fml implements FormatRecognizer {
    /** fml's fixed notices and what each means. */
    private static final Object[][] NOTICES = {
        {"not a member", Reason.REJECTED},
        {"not member", Reason.REJECTED},
        {"you are not allowed to post", Reason.REJECTED},
        {"duplicated message-id", Reason.SYSTEMERROR},
        {"loop alert", Reason.SYSTEMERROR},
        {"exceeds the maximum size", Reason.MESGTOOBIG}};

    @Override
    public String name() {
        return "fml";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.header("X-MLServer").filter(v -> v.strip().toLowerCase(Locale.ROOT).startsWith("fml")).isPresent();
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        String body = message.body().strip();
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end).strip();
        Optional<String> list = SmtpText.address(first).filter(SmtpText::isAddress);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        RecipientFacts.Builder facts = RecipientFacts.builder(list.get()).action(Action.FAILED).diagnostic(first);
        String text = (message.subject() + " " + first).toLowerCase(Locale.ROOT);
        for (Object[] notice : NOTICES) {
            if (text.contains((String) notice[0])) {
                facts.reasonHint((Reason) notice[1]);
                break;
            }
        }
        return Optional.of(new NdrReport(name(), Optional.empty(), List.of(facts.build())));
    }
}
