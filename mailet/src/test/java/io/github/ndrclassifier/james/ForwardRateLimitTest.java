package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ForwardRateLimitTest {
    private final ExplainBounceTest.MutableClock clock = new ExplainBounceTest.MutableClock();

    private static int acquired(ForwardRateLimit limit, int attempts) {
        int acquired = 0;
        for (int i = 0; i < attempts; i++) {
            if (limit.tryAcquire()) {
                acquired++;
            }
        }
        return acquired;
    }

    @Test
    void allowsABurstOfTheRateThenRefillsOverTheMinute() {
        ForwardRateLimit limit = new ForwardRateLimit(60, clock);

        assertThat(acquired(limit, 100)).isEqualTo(60);
        clock.advance(Duration.ofMillis(999));
        assertThat(limit.tryAcquire()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limit.tryAcquire()).isTrue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(acquired(limit, 100)).isEqualTo(10);
    }

    @Test
    void neverHoldsMoreThanOneMinuteOfCopies() {
        ForwardRateLimit limit = new ForwardRateLimit(5, clock);

        clock.advance(Duration.ofHours(1));

        assertThat(acquired(limit, 100)).isEqualTo(5);
    }

    @Test
    void aClockThatGoesBackGivesNothingExtra() {
        ForwardRateLimit limit = new ForwardRateLimit(2, clock);
        acquired(limit, 2);

        clock.advance(Duration.ofMinutes(-5));

        assertThat(limit.tryAcquire()).isFalse();
    }

    @Test
    void refusesARateOutsideItsRange() {
        assertThatThrownBy(() -> new ForwardRateLimit(0, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForwardRateLimit(ForwardRateLimit.MAX_PER_MINUTE + 1, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
