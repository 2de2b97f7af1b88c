package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.OriginalMessageReader;
import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.text.EmailAddresses;

/**
 * The returned original as a report's last resort for its recipients: some notices state the
 * failure but not for whom (Postfix's {@code --- Delivery report unavailable ---}), and then the
 * original's {@code To} is who it was for.
 */
public final class ReturnedMessage {
    private static final int MAX_RECIPIENTS = 20;

    private ReturnedMessage() {
    }

    /** The addresses of the returned original's {@code To} field, in order; empty without one. */
    public static List<String> recipients(MessageView message) {
        Optional<HeaderBlock> headers = OriginalMessageReader.returnedHeaders(message.message());
        List<String> addresses = new ArrayList<>();
        headers.flatMap(h -> h.text("To")).ifPresent(to -> {
            for (EmailAddresses.Found found : EmailAddresses.findAll(to, MAX_RECIPIENTS)) {
                addresses.add(EmailAddresses.canonical(found.address()));
            }
        });
        return addresses;
    }
}
