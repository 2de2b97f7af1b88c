package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCursorTest {
    @Test
    void walksLinesWithLookAheadAndWithoutLineEnds() {
        LineCursor lines = LineCursor.of("one\r\ntwo\n\nthree");

        assertThat(lines.peek(1)).isEqualTo("two");
        assertThat(lines.next()).isEqualTo("one");
        int mark = lines.position();
        assertThat(lines.next()).isEqualTo("two");
        lines.skipBlank();
        assertThat(lines.next()).isEqualTo("three");
        assertThat(lines.hasNext()).isFalse();
        assertThat(lines.next()).isEmpty();
        lines.seek(mark);
        assertThat(lines.next()).isEqualTo("two");
    }

    @Test
    void skipsPastAMarkerInAnyCaseOrStaysWhenThereIsNone() {
        LineCursor lines = LineCursor.of("head\n----- Transcript of session follows -----\nbody");

        assertThat(lines.skipPast("no such marker")).isFalse();
        assertThat(lines.peek()).isEqualTo("head");
        assertThat(lines.skipPast("TRANSCRIPT OF SESSION")).isTrue();
        assertThat(lines.next()).isEqualTo("body");
    }

    @Test
    void skipsPastAMarkerAsLowerCasingTheLineFindsIt() {
        LineCursor lines = LineCursor.of("Failed: INFO\n\u0130nfo here\n\u212Aelvin line\nend");

        // A dotted capital I lower-cases to two characters, the Kelvin sign to a plain k.
        assertThat(lines.skipPast("info h")).isFalse();
        assertThat(lines.skipPast("kelvin")).isTrue();
        assertThat(lines.next()).isEqualTo("end");
    }

    @Test
    void findsNoMarkerSpreadOverTwoLinesNorBeyondTheLastLineKept() {
        assertThat(LineCursor.of("one two\nthree").skipPast("two three")).isFalse();
        String longText = "line\n".repeat(LineCursor.MAX_LINES) + "marker";
        assertThat(LineCursor.of(longText).skipPast("marker")).isFalse();
        assertThat(LineCursor.of("line\n".repeat(LineCursor.MAX_LINES - 1) + "marker").skipPast("MARKER")).isTrue();
    }
}
