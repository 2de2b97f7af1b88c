package io.github.ndrclassifier.format.mta;

import java.nio.charset.StandardCharsets;

import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.mime.MessageScanner;

/** Builds the message views the format tests read, from messages written in the tests. */
final class Messages {
    private static final MessageScanner SCANNER = new MessageScanner();

    private Messages() {
    }

    static MessageView view(String raw) {
        try {
            return new MessageView(SCANNER.scan(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (MessageParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A plain-text message with the given header lines and body. */
    static MessageView plain(String from, String subject, String body) {
        return view("From: " + from + "\nTo: sender@example.org\nSubject: " + subject
                + "\nContent-Type: text/plain; charset=utf-8\n\n" + body);
    }
}
