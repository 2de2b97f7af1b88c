package io.github.ndrclassifier.james;

import java.util.EnumMap;
import java.util.Map;

import org.apache.james.metrics.api.Metric;
import org.apache.james.metrics.api.MetricFactory;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * The counters of {@link ExplainBounce}: {@code ndr.kind.<kind>} per classified mail,
 * {@code ndr.reason.<reason>} per classified recipient, {@code ndr.failed} per mail that could
 * not be classified, {@code ndr.forwarded}, {@code ndr.forward.suppressed} (over the rate cap)
 * and {@code ndr.forward.failed} for the copies to the administrator, {@code ndr.backscatter}
 * per report judged to be for mail this server did not send.
 */
final class BounceMetrics {
    static final String KIND_PREFIX = "ndr.kind.";
    static final String REASON_PREFIX = "ndr.reason.";
    static final String FAILED = "ndr.failed";
    static final String FORWARDED = "ndr.forwarded";
    static final String FORWARD_SUPPRESSED = "ndr.forward.suppressed";
    static final String FORWARD_FAILED = "ndr.forward.failed";
    static final String BACKSCATTER = "ndr.backscatter";

    private final Map<Kind, Metric> kinds = new EnumMap<>(Kind.class);
    private final Map<Reason, Metric> reasons = new EnumMap<>(Reason.class);
    private final Metric failed;
    private final Metric forwarded;
    private final Metric forwardSuppressed;
    private final Metric forwardFailed;
    private final Metric backscatter;

    BounceMetrics(MetricFactory factory) {
        for (Kind kind : Kind.values()) {
            kinds.put(kind, factory.generate(KIND_PREFIX + kind.value()));
        }
        for (Reason reason : Reason.values()) {
            reasons.put(reason, factory.generate(REASON_PREFIX + reason.value()));
        }
        failed = factory.generate(FAILED);
        forwarded = factory.generate(FORWARDED);
        forwardSuppressed = factory.generate(FORWARD_SUPPRESSED);
        forwardFailed = factory.generate(FORWARD_FAILED);
        backscatter = factory.generate(BACKSCATTER);
    }

    void classified(BounceReport report) {
        kinds.get(report.kind()).increment();
        for (RecipientResult recipient : report.recipients()) {
            reasons.get(recipient.reason()).increment();
        }
    }

    void failed() {
        failed.increment();
    }

    void forwarded() {
        forwarded.increment();
    }

    void forwardSuppressed() {
        forwardSuppressed.increment();
    }

    void forwardFailed() {
        forwardFailed.increment();
    }

    void backscatter() {
        backscatter.increment();
    }
}
