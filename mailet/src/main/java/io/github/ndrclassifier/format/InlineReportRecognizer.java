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

    private static int firstField(String body) {
        int first = -1;
        for (String field : FIRST_FIELDS) {
            int at = indexOfIgnoreCase(body, field);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first < 0 ? -1 : first + 1;
    }

    private static int indexOfIgnoreCase(String s, String what) {
        for (int i = s.indexOf('\n'); i >= 0 && i + what.length() <= s.length(); i = s.indexOf('\n', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
