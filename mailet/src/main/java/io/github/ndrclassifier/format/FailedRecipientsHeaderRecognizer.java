package io.github.ndrclassifier.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.text.EmailAddresses;

/**
 * A report whose header {@code X-Failed-Recipients} lists the failed recipients (Exim introduced
 * it; Google's and other mailers write it too) when no specific recogniser read the text: each
 * listed address, with the text that follows it in the report as its diagnostic.
 */
final class FailedRecipientsHeaderRecognizer implements FormatRecognizer {
    private static final int MAX_RECIPIENTS = 100;

    @Override
    public String name() {
        return "x-failed-recipients";
    }

    @Override
    public boolean isLastResort() {
        return true;
    }

    @Override
    public boolean matches(MessageView message) {
        return message.hasHeader("X-Failed-Recipients");
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        String body = message.body();
        int end = GenericTextRecognizer.endOfReport(body);
        String report = body.substring(0, end);
        List<RecipientFacts> facts = new ArrayList<>();
        String header = message.header("X-Failed-Recipients").orElse("");
        for (EmailAddresses.Found found : EmailAddresses.findAll(header, MAX_RECIPIENTS)) {
            String address = EmailAddresses.canonical(found.address());
            RecipientFacts.Builder builder = RecipientFacts.builder(address).action(Action.FAILED);
            int at = report.indexOf(found.address());
            if (at >= 0) {
                builder.diagnostic(GenericTextRecognizer.diagnosticAfter(body, at + found.address().length(), end));
            }
            facts.add(builder.build());
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }
}
