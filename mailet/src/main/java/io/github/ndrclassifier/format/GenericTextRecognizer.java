package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.text.EmailAddresses;

/**
 * The last resort for a report no specific recogniser knows: a message that presents itself as a
 * bounce (sent by a mailer daemon or postmaster, or titled as a delivery failure) and names
 * addresses in its text. Each address named before the returned original gets the lines that
 * follow it as its diagnostic.
 */
final class GenericTextRecognizer implements FormatRecognizer {
    private static final int MAX_RECIPIENTS = 100;
    private static final String[] SENDERS = {"mailer-daemon", "postmaster", "mail delivery", "mmdf", "mail.delivery",
        "maildelivery", "mailadmin", "bounce"};
    private static final String[] SUBJECTS = {"undeliver", "undelivered", "delivery fail", "delivery status",
        "returned mail", "failure notice", "failed delivery", "delivery failure", "non-delivery", "nondeliver",
        "not delivered", "could not be delivered", "delivery problem", "mail delivery", "rejected", "returned to sender",
        "unzustellbar", "nicht zustellbar", "non remis", "échec de la remise", "no se puede entregar",
        "no entregado", "non consegnato", "não entregue", "не доставлено", "недоставлен", "エラー", "不達"};
    private static final String[] END_MARKERS = {"original message", "this is a copy of the message",
        "below this line is a copy", "message headers follow", "original message headers", "received: from",
        "--- the header of the original message", "content-type: message/rfc822"};

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public boolean isLastResort() {
        return true;
    }

    @Override
    public boolean matches(MessageView message) {
        return containsAny(message.from(), SENDERS) || containsAny(message.subject(), SUBJECTS);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        String body = message.body();
        int end = endOfReport(body);
        Set<String> excluded = bounceAddresses(message);
        Set<String> seen = new LinkedHashSet<>();
        List<RecipientFacts> recipients = new ArrayList<>();
        for (EmailAddresses.Found found : EmailAddresses.findAll(body.subSequence(0, end), MAX_RECIPIENTS * 4)) {
            String address = EmailAddresses.canonical(found.address());
            String key = address.toLowerCase(Locale.ROOT);
            if (excluded.contains(key) || !seen.add(key) || recipients.size() >= MAX_RECIPIENTS) {
                continue;
            }
            recipients.add(RecipientFacts.builder(address)
                    .action(Action.FAILED)
                    .diagnostic(diagnosticAfter(body, found.end(), end))
                    .build());
        }
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), recipients));
    }

    private static Set<String> bounceAddresses(MessageView message) {
        Set<String> excluded = new LinkedHashSet<>();
        for (String header : new String[] {"From", "To", "Return-Path", "Reply-To", "Sender"}) {
            message.header(header).ifPresent(value -> EmailAddresses.findAll(value, 8)
                    .forEach(f -> excluded.add(f.address().toLowerCase(Locale.ROOT))));
        }
        return excluded;
    }

    static int endOfReport(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        int end = body.length();
        for (String marker : END_MARKERS) {
            int at = lower.indexOf(marker);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** The rest of the address's line and the following lines up to a blank line. */
    static String diagnosticAfter(String body, int from, int end) {
        int stop = from;
        int lines = 0;
        while (stop < end && lines < 6) {
            int nl = body.indexOf('\n', stop);
            if (nl < 0 || nl >= end) {
                stop = end;
                break;
            }
            int next = nl + 1;
            if (next < end && (body.startsWith("\n", next) || body.startsWith("\r\n", next))) {
                stop = nl;
                break;
            }
            stop = next;
            lines++;
        }
        return body.substring(from, Math.max(from, stop)).strip();
    }

    private static boolean containsAny(String text, String[] needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
