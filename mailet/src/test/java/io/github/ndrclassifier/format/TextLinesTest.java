package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void splitsAtLineEndsKeepingALoneCarriageReturn() {
        assertThat(TextLines.of("a\r\nb\rc\n\nd\n", 10)).containsExactly("a", "b\rc", "", "d", "");
        assertThat(TextLines.of("", 10)).containsExactly("");
    }

    @Test
    void keepsAtMostTheLinesAskedFor() {
        assertThat(TextLines.of("1\n2\n3\n4", 2)).containsExactly("1", "2");
    }

    @Test
    void tellsBlankLines() {
        TextLines lines = TextLines.of("x\n \t\n\n\u00a0", 10);

        assertThat(lines.isBlank(0)).isFalse();
        assertThat(lines.isBlank(1)).isTrue();
        assertThat(lines.isBlank(2)).isTrue();
        assertThat(lines.isBlank(3)).isEqualTo("\u00a0".isBlank());
    }

    @Test
    void findsTheLineHoldingANeedleIgnoringCase() {
        TextLines lines = TextLines.of("head\nThe Mail System\nsystem\nmail\nsystem", 10);

        assertThat(lines.findIgnoringCase(0, "mail system")).isEqualTo(1);
        assertThat(lines.findIgnoringCase(2, "SYSTEM")).isEqualTo(2);
        assertThat(lines.findIgnoringCase(3, "mail system")).isEqualTo(lines.size());
        assertThat(lines.findIgnoringCase(0, "system\nmail")).isEqualTo(lines.size());
    }

    @Test
    void findsTheLineHoldingANeedleAmongTheLinesBeforeALimit() {
        TextLines lines = TextLines.of("head\nThe Mail System\nsystem\nmail system", 10);

        assertThat(lines.findIgnoringCase(0, 3, "mail system")).isEqualTo(1);
        assertThat(lines.findIgnoringCase(2, 3, "mail system")).isEqualTo(3);
        assertThat(lines.findIgnoringCase(2, 4, "mail system")).isEqualTo(3);
        assertThat(lines.findIgnoringCase(0, 1, "head\nthe")).isEqualTo(1);
        assertThat(lines.findIgnoringCase(3, 3, "head")).isEqualTo(3);
    }

    @Test
    void theFirstLinesAreLinesOfTheSameText() {
        TextLines lines = TextLines.of("a\nb\nc\nb", 10);
        List<String> first = lines.subList(0, 2);

        assertThat(first).isInstanceOf(TextLines.class).containsExactly("a", "b");
        assertThat(((TextLines) first).findIgnoringCase(0, "c")).isEqualTo(2);
        assertThat(((TextLines) first).findIgnoringCase(0, "B")).isEqualTo(1);
        assertThat(lines.subList(1, 3)).containsExactly("b", "c");
        assertThatThrownBy(() -> first.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lines.subList(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void cannotBeChanged() {
        assertThatThrownBy(() -> TextLines.of("a", 10).add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
