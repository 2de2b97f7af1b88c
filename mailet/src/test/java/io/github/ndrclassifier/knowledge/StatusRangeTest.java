package io.github.ndrclassifier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;

class StatusRangeTest {
    @Test
    void rangeHoldsBothEndsAndNothingOutside() {
        StatusRange range = StatusRange.parse("5.7.606-649")[0];

        assertThat(range).isEqualTo(new StatusRange(5, 7, 606, 649));
        assertThat(range.contains(new EnhancedStatusCode(5, 7, 606))).isTrue();
        assertThat(range.contains(new EnhancedStatusCode(5, 7, 649))).isTrue();
        assertThat(range.contains(new EnhancedStatusCode(5, 7, 650))).isFalse();
        assertThat(range.contains(new EnhancedStatusCode(4, 7, 620))).isFalse();
        assertThat(range.contains(new EnhancedStatusCode(5, 6, 620))).isFalse();
    }

    @Test
    void bothClassesRangeGivesTwoRanges() {
        assertThat(StatusRange.parse("x.7.500-699"))
                .containsExactly(new StatusRange(4, 7, 500, 699), new StatusRange(5, 7, 500, 699));
    }

    @Test
    void codesKeyBothClassesForX() {
        assertThat(StatusCodes.keys("x.1.1"))
                .containsExactly(EnhancedStatusCode.key(4, 1, 1), EnhancedStatusCode.key(5, 1, 1));
        assertThat(StatusCodes.toString(EnhancedStatusCode.key(5, 7, 606))).isEqualTo("5.7.606");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.7.649-606", "5.7.606", "5.7.606-1000", "5.7-649", "5.7.606-abc", "3.7.1-5",
            "5.7.606-607-608"})
    void malformedRangesAreRefused(String value) {
        assertThatThrownBy(() -> StatusRange.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.1", "5.01.1", "6.1.1", "5.1.1 x", "", "x.1", "5.1.1000"})
    void malformedCodesAreRefused(String value) {
        assertThatThrownBy(() -> StatusCodes.keys(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
