package io.github.ndrclassifier.format.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.format.NdrReport;
import io.github.ndrclassifier.format.ReportText;
import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.Part;
import io.github.ndrclassifier.text.EmailAddresses;

/**
 * Outlook.com's (Hotmail's) Junk Mail Reporting Program: a complaint sent by
 * {@code staff@hotmail.com} as "complaint about message from &lt;ip&gt;", with the complained-about
 * message attached; Outlook.com records the recipient who complained in the attached message's
 * {@code X-HmXmrOriginalRecipient} header. It is feedback (abuse), not a bounce. Outlook.com's
 * bounces are standard DSNs and need nothing from this class.
 */
public final class Outlook implements FormatRecognizer {
    private static final String RECIPIENT_HEADER = "X-HmXmrOriginalRecipient";
    private static final int MAX_RECIPIENTS = 100;

    @Override
    public String name() {
        return "outlook";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.from().contains("staff@hotmail.com") && message.subject().startsWith("complaint about message");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> recipients = new ArrayList<>();
        for (Part part : message.message().parts()) {
            Optional<HeaderBlock> attached = part.embeddedHeaders();
            if (attached.isEmpty()) {
                continue;
            }
            String header = attached.get().text(RECIPIENT_HEADER).or(() -> attached.get().text("To")).orElse("");
            for (EmailAddresses.Found found : EmailAddresses.findAll(header, MAX_RECIPIENTS)) {
                recipients.add(RecipientFacts.builder(EmailAddresses.canonical(found.address())).build());
            }
            break;
        }
        if (recipients.isEmpty()) {
            ReportText.headerAddresses(message, RECIPIENT_HEADER)
                    .forEach(a -> recipients.add(RecipientFacts.builder(a).build()));
        }
        return recipients.isEmpty() ? Optional.empty()
                : Optional.of(NdrReport.feedback(name(), Optional.empty(), recipients, "abuse"));
    }
}
