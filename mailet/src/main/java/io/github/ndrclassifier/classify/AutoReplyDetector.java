package io.github.ndrclassifier.classify;

import java.util.Locale;

import io.github.ndrclassifier.format.MessageView;

/**
 * Tells automatic replies (RFC 3834: vacation notices, out-of-office replies) by their headers and
 * subject. A message from a mailer daemon or postmaster is never one: bounces often carry
 * {@code Auto-Submitted: auto-replied} too.
 */
public final class AutoReplyDetector {
    private static final String[] SUBJECT_MARKERS = {"auto:", "auto reply", "auto-reply", "autoreply",
        "auto response", "autoresponse", "automatic reply", "automatische antwort", "réponse automatique",
        "respuesta automática", "risposta automatica", "resposta automática", "out of office", "out of the office",
        "away from the office", "on vacation", "vacation", "abwesenheit", "absence", "автоответ"};
    private static final String[] DAEMONS = {"mailer-daemon", "postmaster", "mail delivery"};

    private AutoReplyDetector() {
    }

    public static boolean isAutoReply(MessageView message) {
        String from = message.from();
        for (String daemon : DAEMONS) {
            if (from.contains(daemon)) {
                return false;
            }
        }
        String autoSubmitted = message.header("Auto-Submitted").orElse("").toLowerCase(Locale.ROOT);
        if (autoSubmitted.startsWith("auto-replied")) {
            return true;
        }
        if (message.hasHeader("X-Autoreply") || message.hasHeader("X-Autorespond")
                || message.hasHeader("X-Autoresponder") || message.hasHeader("X-Vacation")) {
            return true;
        }
        String precedence = message.header("Precedence").orElse("").toLowerCase(Locale.ROOT);
        if (precedence.equals("auto_reply")) {
            return true;
        }
        String suppress = message.header("X-Auto-Response-Suppress").orElse("").toLowerCase(Locale.ROOT);
        boolean machine = autoSubmitted.startsWith("auto-") || suppress.contains("oof") || suppress.contains("autoreply")
                || message.header("X-Apple-Action").orElse("").toLowerCase(Locale.ROOT).contains("vacation");
        String subject = message.subject();
        for (String marker : SUBJECT_MARKERS) {
            if (subject.startsWith(marker) || machine && subject.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
