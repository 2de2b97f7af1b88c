package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.SmtpText;

/**
 * An SMTP session written as {@code In:} (client) and {@code Out:} (server) lines, as Postfix
 * copies a failed session to the postmaster. The recipients are those of the {@code RCPT TO}
 * commands; each failed with the failure reply to its own command, else with the session's last
 * failure reply and the command it answered.
 */
final class SessionTranscript {
    private static final String IN = "In:";
    private static final String OUT = "Out:";

    private SessionTranscript() {
    }

    static List<RecipientFacts> failedRecipients(String body) {
        List<String[]> turns = turns(body);
        List<RecipientFacts.Builder> recipients = new ArrayList<>();
        List<Boolean> answered = new ArrayList<>();
        String lastCommand = null;
        String lastFailure = null;
        String failedCommand = null;
        for (String[] turn : turns) {
            if (turn[0].equals(IN)) {
                lastCommand = turn[1];
                if (turn[1].regionMatches(true, 0, "RCPT", 0, 4)) {
                    SmtpText.address(turn[1]).ifPresent(address -> {
                        recipients.add(RecipientFacts.builder(address).action(Action.FAILED));
                        answered.add(false);
                    });
                }
                continue;
            }
            if (SmtpText.startsWithFailureReply(turn[1])) {
                String command = lastCommand == null ? "CONN"
                        : SmtpText.commandAt(lastCommand, 0).orElse(null);
                if ("RCPT".equals(command) && !recipients.isEmpty() && !answered.get(answered.size() - 1)) {
                    recipients.get(recipients.size() - 1).diagnostic(turn[1]).command(command);
                    answered.set(answered.size() - 1, true);
                } else {
                    lastFailure = turn[1];
                    failedCommand = command;
                }
            } else if (lastCommand != null && lastCommand.toUpperCase(Locale.ROOT).startsWith("RCPT")
                    && !answered.isEmpty()) {
                answered.set(answered.size() - 1, true);
            }
        }
        List<RecipientFacts> facts = new ArrayList<>();
        for (RecipientFacts.Builder recipient : recipients) {
            if (!recipient.hasDiagnostic() && lastFailure != null) {
                recipient.diagnostic(lastFailure).command(failedCommand);
            }
            if (recipient.hasDiagnostic()) {
                facts.add(recipient.diagnosticType("SMTP").build());
            }
        }
        return facts;
    }

    /** The session's turns: {@code {"In:" or "Out:", text}} with wrapped lines joined. */
    private static List<String[]> turns(String body) {
        LineCursor lines = LineCursor.of(body);
        List<String[]> turns = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next().strip();
            String side = line.startsWith(IN) ? IN : line.startsWith(OUT) ? OUT : null;
            if (side == null) {
                continue;
            }
            StringBuilder text = new StringBuilder(line.substring(side.length()).strip());
            while (lines.hasNext() && lines.peek().startsWith("    ") && !lines.peek().strip().startsWith(IN)
                    && !lines.peek().strip().startsWith(OUT)) {
                text.append(' ').append(lines.next().strip());
            }
            turns.add(new String[] {side, text.toString()});
        }
        return turns;
    }
}
