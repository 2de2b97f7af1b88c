package io.github.ndrclassifier.format.mta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.LineCursor;
import io.github.ndrclassifier.format.SmtpText;

/**
 * The text Sendmail (and MTAs that imitate it) writes into a bounce: a list of the failed
 * addresses ({@code ----- The following addresses had permanent fatal errors -----}, each with
 * an indented {@code (reason: ...)} and {@code (expanded from: ...)}), and the
 * {@code ----- Transcript of session follows -----}: {@code ... while talking to host:},
 * the commands sent ({@code >>> RCPT To:<...>}), the replies received ({@code <<< 550 ...}) and
 * Sendmail's own summary per address ({@code 550 5.1.1 <rcpt>... User unknown}) or per host
 * ({@code 421 example.org (smtp)... Deferred: ...}), or without a code when it gave up on its own
 * ({@code <rcpt>... Deferred: Connection refused by mx.example.org.}). A reply received before any
 * command was sent answered the connection (the greeting); a reply to {@code RCPT To:<rcpt>}
 * belongs to that recipient even when no summary line follows. Version 5 Sendmail writes only the
 * transcript, followed by {@code ----- Unsent message follows -----}, whose header then names
 * the recipient when the transcript does not.
 *
 * <p>A bounce forwarded as quoted text ({@code > }) is read the same way.
 */
final class SendmailTranscript {
    private static final String ADDRESSES = "----- the following addresses had";
    private static final String TRANSCRIPT = "----- transcript of session follows -----";
    private static final String[] ORIGINAL = {"----- unsent message follows -----", "----- original message follows -----",
        "----- message header follows -----", "----- returned message follows -----"};
    private static final int MAX_RECIPIENTS = 100;
    /** Stands for the command of a reply received before any was sent: the greeting. */
    private static final String GREETING = "connect";

    /** What the text says: the recipients, and a failure reply that names no address. */
    record Result(List<RecipientFacts> recipients, Optional<String> looseReply) {
    }

    private SendmailTranscript() {
    }

    /** A failure reply of the remote server, the command it answered and the host that gave it. */
    private record Attempt(String reply, String command, String host) {
    }

    private static final class Recipient {
        private final String address;
        private String reason;
        private String summary;
        private String reply;
        private String command;
        private String host;

        Recipient(String address) {
            this.address = address;
        }
    }

    static Result read(String body, boolean delayed) {
        LineCursor lines = LineCursor.of(body);
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        String looseReply = null;
        String host = null;
        String command = null;
        String pendingReply = null;
        String pendingCommand = null;
        String pendingHost = null;
        Map<String, Attempt> rcptReplies = new LinkedHashMap<>();
        int section = 0;
        boolean quoted = false;
        List<String> originalTo = new ArrayList<>();
        Recipient last = null;
        while (lines.hasNext()) {
            String raw = lines.next();
            String unquoted = unquote(raw);
            String unquotedText = unquoted.strip();
            String probe = lowerIfKeyword(unquotedText);
            if (probe.startsWith(ADDRESSES) || probe.startsWith(TRANSCRIPT)) {
                quoted = raw.stripLeading().startsWith(">");
                section = probe.startsWith(ADDRESSES) ? 1 : 2;
                continue;
            }
            String line = quoted ? unquoted : raw;
            // Most lines are not quoted: the line is then the one just stripped and probed.
            String text = line == unquoted ? unquotedText : line.strip();
            String lower = line == unquoted ? probe : lowerIfKeyword(text);
            if (isOriginalMarker(lower)) {
                readOriginalTo(lines, originalTo);
                break;
            }
            if (section == 1) {
                last = listedAddress(line, lower, recipients, last);
            } else if (section == 2) {
                if (lower.startsWith("... while talking to ") || lower.startsWith("while talking to ")) {
                    host = SmtpText.hostAt(text, lower.indexOf("talking to ") + 11).orElse(null);
                    command = null;
                    pendingReply = null;
                } else if (text.startsWith(">>> ")) {
                    command = text.substring(4);
                } else if (text.startsWith("<<< ")) {
                    String reply = text.substring(4).strip();
                    if (SmtpText.startsWithFailureReply(reply) && pendingReply == null) {
                        pendingReply = reply;
                        pendingCommand = command == null ? GREETING : command;
                        pendingHost = host;
                        Optional<String> rcpt = rcptAddress(command);
                        if (rcpt.isPresent() && rcptReplies.size() < MAX_RECIPIENTS) {
                            rcptReplies.putIfAbsent(key(rcpt.get()), new Attempt(reply, command, host));
                        }
                    }
                } else if (SmtpText.startsWithFailureReply(text) || isUncodedSummary(text, recipients)) {
                    boolean coded = SmtpText.startsWithFailureReply(text);
                    Optional<String> address = summaryAddress(text);
                    if (address.isPresent() && recipients.size() < MAX_RECIPIENTS) {
                        Recipient recipient = recipients.computeIfAbsent(key(address.get()),
                                k -> new Recipient(address.get()));
                        if (recipient.summary == null) {
                            recipient.summary = coded ? summaryText(text)
                                    : text.substring(text.indexOf("... ") + 4).strip();
                            if (pendingReply != null) {
                                recipient.reply = pendingReply;
                                recipient.command = pendingCommand;
                                recipient.host = host;
                            } else if (rcptAddress(command).filter(address.get()::equalsIgnoreCase).isPresent()) {
                                recipient.command = command;
                                recipient.host = host;
                            }
                        }
                        pendingReply = null;
                    } else if (looseReply == null) {
                        looseReply = text;
                    }
                }
            }
        }
        completeFromSession(recipients, rcptReplies,
                pendingReply == null ? null : new Attempt(pendingReply, pendingCommand, pendingHost));
        List<RecipientFacts> facts = new ArrayList<>();
        Action action = delayed ? Action.DELAYED : Action.FAILED;
        for (Recipient recipient : recipients.values()) {
            facts.add(facts(recipient, action, looseReply));
        }
        if (facts.isEmpty()) {
            for (String address : originalTo) {
                RecipientFacts.Builder builder = RecipientFacts.builder(address).action(action);
                if (looseReply != null) {
                    builder.diagnostic(looseReply);
                }
                facts.add(builder.build());
            }
        }
        return new Result(facts, Optional.ofNullable(looseReply));
    }

    private static RecipientFacts facts(Recipient recipient, Action action, String looseReply) {
        RecipientFacts.Builder builder = RecipientFacts.builder(recipient.address).action(action);
        String diagnostic = recipient.reply != null ? recipient.reply
                : recipient.summary != null ? recipient.summary
                : recipient.reason != null && SmtpText.startsWithFailureReply(recipient.reason) ? recipient.reason
                : looseReply != null ? looseReply : recipient.reason;
        if (diagnostic != null) {
            builder.diagnostic(diagnostic);
        }
        if (recipient.command != null) {
            SmtpText.commandAt(recipient.command, 0).ifPresent(builder::command);
        }
        if (recipient.host != null) {
            builder.remoteMta(recipient.host);
        }
        return builder.build();
    }

    /**
     * Gives the recipients that no summary line tied to a reply the reply to their own RCPT
     * command; and a reply no summary claimed (a refused greeting) to the one recipient left
     * without any reply or summary of its own.
     */
    private static void completeFromSession(Map<String, Recipient> recipients, Map<String, Attempt> rcptReplies,
                                            Attempt unclaimed) {
        List<Recipient> without = new ArrayList<>();
        for (Recipient recipient : recipients.values()) {
            if (recipient.reply != null || recipient.command != null) {
                continue;
            }
            Attempt attempt = rcptReplies.get(key(recipient.address));
            if (attempt != null) {
                recipient.reply = attempt.reply();
                recipient.command = attempt.command();
                recipient.host = attempt.host();
            } else if (recipient.summary == null) {
                without.add(recipient);
            }
        }
        if (unclaimed != null && without.size() == 1) {
            Recipient recipient = without.get(0);
            recipient.reply = unclaimed.reply();
            recipient.command = unclaimed.command();
            recipient.host = unclaimed.host();
        }
    }

    /**
     * A listed recipient's line that Sendmail writes without a code when it gave up on its own or
     * relays the reply after a word of its own ({@code <rcpt>... Deferred: ...}).
     */
    private static boolean isUncodedSummary(String text, Map<String, Recipient> recipients) {
        Optional<String> address = text.startsWith("<") ? summaryAddress(text) : Optional.empty();
        return address.filter(a -> recipients.containsKey(key(a))).isPresent();
    }

    /** The address of a {@code RCPT To:<rcpt>} command, if {@code command} is one. */
    private static Optional<String> rcptAddress(String command) {
        if (command == null || !command.regionMatches(true, 0, "RCPT", 0, 4)) {
            return Optional.empty();
        }
        return SmtpText.address(command).filter(SmtpText::isAddress);
    }

    /** A line of the failed-address list: an address, or an indented note about the one above. */
    private static Recipient listedAddress(String line, String lower, Map<String, Recipient> recipients,
                                           Recipient last) {
        String text = line.strip();
        if (text.isEmpty()) {
            return last;
        }
        if (Character.isWhitespace(line.charAt(0)) && last != null) {
            if (lower.startsWith("(reason: ")) {
                last.reason = text.substring(9, text.endsWith(")") ? text.length() - 1 : text.length());
            } else if (lower.startsWith("(expanded from: ")) {
                Optional<String> expanded = SmtpText.address(text);
                if (expanded.isPresent() && !SmtpText.isAddress(last.address)) {
                    recipients.remove(key(last.address));
                    Recipient real = new Recipient(expanded.get());
                    real.reason = last.reason;
                    recipients.putIfAbsent(key(real.address), real);
                    return recipients.get(key(real.address));
                }
            }
            return last;
        }
        String listed = text.startsWith(">>> ") ? text.substring(4) : text;
        Optional<String> address = SmtpText.address(listed).filter(SmtpText::isAddress);
        if (address.isEmpty() && !isLocalDelivery(listed)) {
            return last;
        }
        String name = address.orElse(listed);
        if (recipients.size() >= MAX_RECIPIENTS) {
            return last;
        }
        return recipients.computeIfAbsent(key(name), k -> new Recipient(name));
    }

    /** A pipe or a file that an alias expanded to ({@code "|/usr/bin/procmail"}, {@code /var/mail/box}). */
    private static boolean isLocalDelivery(String listed) {
        String s = listed.startsWith("\"") ? listed.substring(1) : listed;
        return s.startsWith("|") || s.startsWith("/");
    }

    /** The address of a summary line {@code 550 5.1.1 <rcpt>... text}. */
    private static Optional<String> summaryAddress(String text) {
        int dots = text.indexOf("... ");
        int end = dots < 0 ? (text.endsWith("...") ? text.length() - 3 : -1) : dots;
        if (end < 0) {
            return Optional.empty();
        }
        return SmtpText.address(text.substring(0, end)).filter(SmtpText::isAddress);
    }

    /**
     * The summary's text: after the address when that is itself a reply relayed from the remote
     * server ({@code 554 <rcpt>... 550 Host unknown}), else the whole line.
     */
    private static String summaryText(String text) {
        int dots = text.indexOf("... ");
        if (dots > 0 && SmtpText.startsWithFailureReply(text.substring(dots + 4))) {
            return text.substring(dots + 4).strip();
        }
        return text;
    }

    private static boolean isOriginalMarker(String lower) {
        for (String marker : ORIGINAL) {
            if (lower.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code To} of the header block that follows the unsent-message marker. */
    private static void readOriginalTo(LineCursor lines, List<String> to) {
        while (lines.hasNext() && !lines.peek().isBlank()) {
            String line = lines.next();
            if (line.regionMatches(true, 0, "To:", 0, 3)) {
                SmtpText.address(line.substring(3)).ifPresent(to::add);
                return;
            }
        }
    }

    /**
     * The stripped line in lower case when it may start with one of the markers and words looked
     * for ({@code -----}, {@code (reason: }, {@code ... while talking to }, {@code while talking
     * to }), else empty: lower-casing every line of a long text costs, and none of those first
     * characters is the lower case of any other.
     */
    private static String lowerIfKeyword(String stripped) {
        if (stripped.isEmpty() || "-(.wW".indexOf(stripped.charAt(0)) < 0) {
            return "";
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    private static String unquote(String line) {
        String s = line.stripLeading();
        if (!s.startsWith(">")) {
            return line;
        }
        s = s.substring(1);
        return s.startsWith(" ") ? s.substring(1) : s;
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
