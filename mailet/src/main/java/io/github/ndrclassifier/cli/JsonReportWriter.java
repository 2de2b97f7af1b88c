package io.github.ndrclassifier.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import io.github.ndrclassifier.knowledge.Explanation;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Writes reports as JSON Lines: one object per message. Every documented field is present,
 * {@code null} when the report does not tell.
 */
final class JsonReportWriter implements ReportWriter {
    /**
     * Closing a report's generator neither closes nor flushes the writer: it is buffered for the
     * whole run (a flush per report was a write to the terminal or pipe per message).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();
    private final Writer out;

    JsonReportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(String file, BounceReport report) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("kind", report.kind().value());
            json.writeStringField("format", report.format());
            string(json, "reportingMta", report.reportingMta());
            string(json, "receivedFromMta", report.receivedFromMta());
            string(json, "arrivalDate", report.arrivalDate());
            string(json, "originalEnvelopeId", report.originalEnvelopeId());
            string(json, "originalMessageId", report.original().messageId());
            json.writeObjectFieldStart("original");
            string(json, "subject", report.original().subject());
            string(json, "from", report.original().from());
            string(json, "to", report.original().to());
            string(json, "date", report.original().date());
            json.writeEndObject();
            string(json, "feedbackType", report.feedbackType());
            string(json, "problem", report.problem());
            json.writeArrayFieldStart("recipients");
            for (RecipientResult r : report.recipients()) {
                recipient(json, r);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void recipient(JsonGenerator json, RecipientResult r) throws IOException {
        json.writeStartObject();
        json.writeStringField("address", r.address());
        string(json, "originalRecipient", r.originalRecipient());
        string(json, "action", r.action().map(a -> a.value()));
        string(json, "status", r.status().map(Object::toString));
        if (r.replyCode().isPresent()) {
            json.writeNumberField("replyCode", r.replyCode().get());
        } else {
            json.writeNullField("replyCode");
        }
        json.writeStringField("reason", r.reason().value());
        json.writeBooleanField("permanent", r.permanent());
        json.writeBooleanField("hardBounce", r.hardBounce());
        string(json, "remoteMta", r.remoteMta());
        string(json, "diagnosticType", r.diagnosticType());
        string(json, "diagnostic", r.diagnostic());
        string(json, "command", r.command());
        string(json, "lastAttemptDate", r.lastAttemptDate());
        string(json, "willRetryUntil", r.willRetryUntil());
        if (r.explanation().isPresent()) {
            Explanation e = r.explanation().get();
            json.writeObjectFieldStart("explanation");
            json.writeStringField("entry", e.entry());
            json.writeStringField("summary", e.summary());
            json.writeStringField("cause", e.cause());
            json.writeStringField("fix", e.fix());
            json.writeStringField("fixOwner", e.fixOwner().value());
            json.writeStringField("generatedBy", e.generatedBy().value());
            json.writeEndObject();
        } else {
            json.writeNullField("explanation");
        }
        json.writeEndObject();
    }

    private static void string(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }
}
