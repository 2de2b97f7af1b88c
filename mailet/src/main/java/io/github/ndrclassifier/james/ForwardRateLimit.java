package io.github.ndrclassifier.james;

import java.time.Clock;

/**
 * A token bucket: up to {@code perMinute} copies at once, refilled at {@code perMinute} a minute.
 * It bounds what a flood of bounces (or a loop through other servers) can send to the
 * administrator. Thread-safe.
 */
final class ForwardRateLimit {
    /** The highest rate accepted: beyond it, a cap is no cap. */
    static final int MAX_PER_MINUTE = 1_000_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final Clock clock;
    private final int perMinute;
    private final long nanosPerToken;
    private double tokens;
    private long last;

    ForwardRateLimit(int perMinute, Clock clock) {
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("perMinute must be between 1 and " + MAX_PER_MINUTE);
        }
        this.clock = clock;
        this.perMinute = perMinute;
        this.nanosPerToken = NANOS_PER_MINUTE / perMinute;
        this.tokens = perMinute;
        this.last = nanos();
    }

    /** Takes a token; false when none is left. */
    synchronized boolean tryAcquire() {
        long now = nanos();
        if (now > last) {
            tokens = Math.min(perMinute, tokens + (double) (now - last) / nanosPerToken);
            last = now;
        }
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
