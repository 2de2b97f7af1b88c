package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.SmtpText;

/**
 * m-FILTER's bounces ({@code X-Mailer: m-FILTER}, written in Japanese): the failed addresses
 * after {@code 以下のメールアドレスへの送信に失敗しました。}, then sections
 * {@code -------server message} (the remote reply) and {@code -------SMTP command}, up to
 * {@code -------original message} or {@code -------original mail info}.
 */
public final class MFilter implements FormatRecognizer {
    private static final String RECIPIENTS = "以下のメールアドレスへの送信に失敗しました";
    private static final String SECTION = "-------";

    @Override
    public String name() {
        return "mfilter";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.header("X-Mailer").filter(v -> v.strip().equalsIgnoreCase("m-FILTER")).isPresent()
                || message.body().contains(RECIPIENTS) && message.body().contains("-------server message");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        LineCursor lines = LineCursor.of(message.body());
        if (!lines.skipPast(RECIPIENTS)) {
            return Optional.empty();
        }
        List<String> addresses = new ArrayList<>();
        String reply = null;
        String command = null;
        String section = "";
        while (lines.hasNext()) {
            String line = lines.next().strip();
            if (line.startsWith(SECTION)) {
                section = line.substring(SECTION.length()).strip().toLowerCase(java.util.Locale.ROOT);
                if (section.startsWith("original")) {
                    break;
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (section.isEmpty()) {
                SmtpText.address(line).filter(SmtpText::isAddress).ifPresent(addresses::add);
            } else if (section.equals("server message") && reply == null) {
                reply = line;
            } else if (section.equals("smtp command") && command == null) {
                command = SmtpText.commandAt(line, 0).orElse(null);
            }
        }
        List<RecipientFacts> facts = new ArrayList<>();
        for (String address : addresses) {
            RecipientFacts.Builder builder = RecipientFacts.builder(address).action(Action.FAILED).diagnostic(reply)
                    .command(command);
            if (reply != null && SmtpText.startsWithFailureReply(reply)) {
                builder.diagnosticType("SMTP");
            }
            facts.add(builder.build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
