package io.github.ndrclassifier.it;

import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.utils.GuiceProbe;

import com.codahale.metrics.Counting;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;

/**
 * Reads the server's metrics registry (the one behind James's {@code MetricFactory}), so a test
 * sees exactly what a metrics reporter of that server would.
 */
public final class MetricsProbe implements GuiceProbe {

    private final MetricRegistry registry;

    @Inject
    MetricsProbe(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * The count of a counter (James 3.8 keeps them as meters) or of a timer (how many times it
     * was recorded).
     *
     * @param name the metric's name, e.g. {@code ndr.kind.dsn}
     * @return its count, or empty if nothing was ever recorded under that name
     */
    public Optional<Long> count(String name) {
        Metric metric = registry.getMetrics().get(name);
        return metric instanceof Counting counting ? Optional.of(counting.getCount()) : Optional.empty();
    }
}
