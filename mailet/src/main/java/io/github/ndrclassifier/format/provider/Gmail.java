package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.Refinement;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.report.Reason;

/**
 * Gmail and Google Workspace ({@code mailer-daemon@googlemail.com}). Two text layouts:
 * <ul>
 * <li>the classic one: "Delivery to the following recipient failed permanently:" (or "has been
 * delayed:"), the indented addresses, then "Technical details of permanent failure:" with "The
 * error that the other server returned was: 550 550 5.1.1 ... (state 14)."</li>
 * <li>the current one: a "** Address not found **" style heading, a sentence naming the
 * recipient, and "The response from the remote server was:" (or "The response was:") followed by
 * the reply. It comes with a delivery-status part, which is sometimes left empty.</li>
 * </ul>
 * X-Failed-Recipients lists the failed recipients in both. When Gmail's own explanation cites one
 * of its help topics ({@code support.google.com/mail/?p=CustomFromDenied}), the topic states the
 * reason, whatever reply the response quotes (for "Send mail as", the reply of the sender's own
 * SMTP server).
 */
public final class Gmail implements FormatRecognizer {
    private static final String[] END_MARKERS = {"----- Original message -----", "----- Message header follows -----"};
    private static final String[] RESPONSE_MARKERS = {"The error that the other server returned was:",
        "The response from the remote server was:", "The response was:"};
    /** Google's SMTP client states ("(state 14)") and the command each answers. */
    private static final String[][] STATES = {{"13", "MAIL"}, {"14", "RCPT"}, {"15", "DATA"}, {"17", "DATA"},
        {"18", "DATA"}};
    private static final int MAX_RECIPIENTS = 100;
    private static final String HELP_TOPIC = "support.google.com/mail/?p=";
    /** Google's help topics that name a reason: the topic, and the reason. */
    private static final Object[][] TOPICS = {{"CustomFromDenied", Reason.REJECTED},
        {"NoSuchUser", Reason.USERUNKNOWN}, {"DisabledUser", Reason.SUSPEND}, {"OverQuotaPerm", Reason.MAILBOXFULL},
        {"OverQuotaTemp", Reason.MAILBOXFULL}, {"BadRcptDomain", Reason.HOSTUNKNOWN}};

    @Override
    public String name() {
        return "gmail";
    }

    @Override
    public boolean matches(MessageView message) {
        String from = message.from();
        return from.contains("mailer-daemon@googlemail.com") || from.contains("mailer-daemon@google.com");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<String> lines = reportLines(message);
        List<String> addresses = classicRecipients(lines);
        if (addresses.isEmpty()) {
            addresses = ReportText.headerAddresses(message, "X-Failed-Recipients");
        }
        if (addresses.isEmpty()) {
            addresses = headingRecipient(lines).map(List::of).orElse(List.of());
        }
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        Details details = details(lines);
        Reason topic = helpTopic(lines);
        List<RecipientFacts> recipients = new ArrayList<>();
        for (String address : addresses) {
            recipients.add(RecipientFacts.builder(address)
                    .action(details.action())
                    .diagnostic(details.diagnostic())
                    .remoteMta(details.remoteMta())
                    .command(details.command())
                    .reasonHint(topic)
                    .build());
        }
        return Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return Refinement.merge(fromReport, read(message).map(NdrReport::recipients).orElse(List.of()));
    }

    private static List<String> reportLines(MessageView message) {
        List<String> lines = ReportText.lines(message.body());
        int end = ReportText.findAny(lines, 0, END_MARKERS);
        return end < 0 ? lines : lines.subList(0, end);
    }

    /** The classic layout's indented addresses after "Delivery to the following recipient(s) ...:". */
    private static List<String> classicRecipients(List<String> lines) {
        List<String> addresses = new ArrayList<>();
        int at = ReportText.find(lines, 0, "Delivery to the following recipient");
        if (at < 0) {
            return addresses;
        }
        int i = ReportText.nextNonBlank(lines, at + 1);
        while (i >= 0 && i < lines.size() && !lines.get(i).isBlank() && addresses.size() < MAX_RECIPIENTS) {
            ReportText.address(lines.get(i)).ifPresent(addresses::add);
            i++;
        }
        return addresses;
    }

    /** The address named in the sentence under a "** ... **" heading. */
    private static Optional<String> headingRecipient(List<String> lines) {
        int heading = headingLine(lines);
        if (heading < 0) {
            return Optional.empty();
        }
        int sentence = ReportText.nextNonBlank(lines, heading + 1);
        return sentence < 0 ? Optional.empty() : ReportText.address(ReportText.paragraph(lines, sentence, 10));
    }

    private static int headingLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.length() > 4 && line.startsWith("**") && line.endsWith("**")) {
                return i;
            }
        }
        return -1;
    }

    private record Details(Action action, String diagnostic, String remoteMta, String command) {
    }

    private static Details details(List<String> lines) {
        Action action = isDelay(lines) ? Action.DELAYED : Action.FAILED;
        int technical = ReportText.findAny(lines, 0, "Technical details of permanent failure",
                "Technical details of temporary failure");
        String diagnostic = null;
        String remoteMta = null;
        if (technical >= 0) {
            String text = joined(lines, technical + 1);
            remoteMta = ReportText.hostAfter(ReportText.after(text, "for the recipient domain "), " by ").orElse(null);
            String reply = text;
            for (String marker : RESPONSE_MARKERS) {
                if (ReportText.contains(text, marker)) {
                    reply = ReportText.after(text, marker);
                    break;
                }
            }
            diagnostic = reply;
        } else {
            int response = ReportText.findAny(lines, 0, RESPONSE_MARKERS);
            if (response >= 0) {
                String rest = ReportText.after(lines.get(response), ":");
                int next = ReportText.nextNonBlank(lines, response + 1);
                diagnostic = !rest.isEmpty() ? rest : next < 0 ? null : ReportText.paragraph(lines, next, 20);
            } else {
                int heading = headingLine(lines);
                int sentence = heading < 0 ? -1 : ReportText.nextNonBlank(lines, heading + 1);
                diagnostic = sentence < 0 ? null : ReportText.paragraph(lines, sentence, 10);
            }
        }
        String state = diagnostic == null ? null : stateOf(diagnostic);
        return new Details(action, diagnostic == null ? null : cleanReply(diagnostic), remoteMta, commandOf(state));
    }

    /**
     * The reason of the help topic Gmail's explanation cites, before the quoted response (a topic
     * cited inside the response is the remote server's); null when it cites none of those known.
     */
    private static Reason helpTopic(List<String> lines) {
        int response = ReportText.findAny(lines, 0, RESPONSE_MARKERS);
        int end = response < 0 ? lines.size() : response;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            int at = line.indexOf(HELP_TOPIC);
            if (at < 0) {
                continue;
            }
            int from = at + HELP_TOPIC.length();
            int to = from;
            while (to < line.length() && Character.isLetterOrDigit(line.charAt(to))) {
                to++;
            }
            String topic = line.substring(from, to);
            for (Object[] entry : TOPICS) {
                if (entry[0].equals(topic)) {
                    return (Reason) entry[1];
                }
            }
        }
        return null;
    }

    private static boolean isDelay(List<String> lines) {
        return ReportText.findAny(lines, 0, "has been delayed", "Technical details of temporary failure",
                "** Delivery incomplete **", "There was a temporary problem") >= 0;
    }

    /** The paragraphs from {@code from} to the end, on one line. */
    private static String joined(List<String> lines, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(line);
            }
        }
        return out.toString();
    }

    /** The number in a trailing "(state 14)." of the classic layout. */
    private static String stateOf(String diagnostic) {
        int at = diagnostic.lastIndexOf("(state ");
        if (at < 0) {
            return null;
        }
        int end = diagnostic.indexOf(')', at);
        return end < 0 ? null : diagnostic.substring(at + 7, end).strip();
    }

    private static String commandOf(String state) {
        if (state != null) {
            for (String[] entry : STATES) {
                if (entry[0].equals(state)) {
                    return entry[1];
                }
            }
        }
        return null;
    }

    /**
     * The remote reply without Google's framing: the trailing "(state N)." goes, and the reply
     * code Google writes again in front of the reply ("550 550 5.1.1 ...") is written once.
     */
    static String cleanReply(String reply) {
        String s = reply.strip();
        int state = s.lastIndexOf("(state ");
        if (state > 0 && s.indexOf(')', state) >= s.length() - 2) {
            s = s.substring(0, state).strip();
        }
        if (s.length() > 8 && isCode(s, 0) && s.charAt(3) == ' ' && s.startsWith(s.substring(0, 3), 4)
                && (s.length() == 7 || s.charAt(7) == ' ' || s.charAt(7) == '-')) {
            s = s.substring(4);
        }
        return s;
    }

    private static boolean isCode(String s, int at) {
        return Character.isDigit(s.charAt(at)) && Character.isDigit(s.charAt(at + 1))
                && Character.isDigit(s.charAt(at + 2));
    }
}
