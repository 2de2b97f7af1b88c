package io.github.ndrclassifier.format;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;

/**
 * A family whose report is its own text: the failed recipients read from the text make a
 * non-standard report, and complete, recipient by recipient, what a delivery-status part of the
 * same family states.
 */
public abstract class TextReportRecognizer implements FormatRecognizer {
    /** The failed recipients this family's text names, in order; empty when it names none. */
    protected abstract List<RecipientFacts> recipients(MessageView message);

    @Override
    public Optional<NdrReport> read(MessageView message) {
        List<RecipientFacts> facts = recipients(message);
        return facts.isEmpty() ? Optional.empty() : Optional.of(new NdrReport(name(), Optional.empty(), facts));
    }

    @Override
    public List<RecipientFacts> refine(MessageView message, List<RecipientFacts> fromReport) {
        return Refinement.merge(fromReport, recipients(message));
    }
}
