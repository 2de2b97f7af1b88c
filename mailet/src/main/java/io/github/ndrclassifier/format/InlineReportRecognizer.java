package io.github.ndrclassifier.format;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.DsnReader;
import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.DeliveryStatus;
import io.github.ndrclassifier.dsn.MtaName;
import io.github.ndrclassifier.text.NormalizedPhrase;

/**
 * A delivery-status report written into the text instead of its own part: gateways that flatten
 * MIME, and bounces forwarded inline, keep the RFC 3464 fields ({@code Final-Recipient:},
 * {@code Status:}) as lines of text. The fields are read from the first such line to the next
 * MIME boundary line.
 */
final class InlineReportRecognizer implements FormatRecognizer {
    private static final NormalizedPhrase FIELD = NormalizedPhrase.of("final-recipient:");
    private static final String[] FIRST_FIELDS = {"\nReporting-MTA:", "\nFinal-Recipient:", "\nOriginal-Recipient:"};

    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    public boolean matches(MessageView message) {
        return message.bodyContains(FIELD);
    }

    @Override
    public Optional<NdrReport> read(MessageView message) {
        String body = message.body();
        int start = firstField(body);
        if (start < 0) {
            return Optional.empty();
        }
        int end = body.indexOf("\n--", start);
        DeliveryStatus status = DsnReader.parse(body.subSequence(start, end < 0 ? body.length() : end));
        List<RecipientFacts> facts = DsnReader.facts(status);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NdrReport(name(), status.perMessage().reportingMta().map(MtaName::host), facts));
    }

    /**
     * Where the first line starting with one of the first fields starts (after its line end), or
     * -1: the lines are walked once, each tested against all the fields, instead of once per field.
     */
    private static int firstField(String body) {
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            for (String field : FIRST_FIELDS) {
                if (body.regionMatches(true, i, field, 0, field.length())) {
                    return i + 1;
                }
            }
        }
        return -1;
    }
}
