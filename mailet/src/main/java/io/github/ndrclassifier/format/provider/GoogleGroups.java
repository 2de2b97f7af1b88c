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
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * Google Groups' refusal of a post: a letter from {@code mailer-daemon@googlemail.com}, in the
 * sender's language, saying the group may not exist or the sender may not post to it, with the
 * group in X-Failed-Recipients and a link to groups.google.com. The notice is always that the
 * group refused the sender, so the reason is stated: rejected.
 */
public final class GoogleGroups implements FormatRecognizer {
    private static final NormalizedPhrase GROUPS_SITE = NormalizedPhrase.of("groups.google.com");

    @Override
    public String name() {
        return "googlegroups";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.from().contains("mailer-daemon@googlemail.com") && message.hasHeader("X-Failed-Recipients")
                && (message.header("X-Failed-Recipients").orElse("").contains("@googlegroups.com")
                    || message.bodyContains(GROUPS_SITE));
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> groups = ReportText.headerAddresses(message, "X-Failed-Recipients");
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        String notice = notice(ReportText.lines(message.body()));
        List<RecipientFacts> recipients = new ArrayList<>();
        for (String group : groups) {
            recipients.add(RecipientFacts.builder(group)
                    .action(Action.FAILED)
                    .diagnostic(notice)
                    .reasonHint(Reason.REJECTED)
                    .build());
        }
        return Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    /** The paragraph after the greeting ("Hello kijitora@example.jp,"), which states the refusal. */
    private static String notice(List<String> lines) {
        int greeting = ReportText.nextNonBlank(lines, 0);
        if (greeting < 0) {
            return "";
        }
        int end = greeting;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        int notice = ReportText.nextNonBlank(lines, end);
        return notice < 0 ? "" : ReportText.paragraph(lines, notice, 10);
    }
}
