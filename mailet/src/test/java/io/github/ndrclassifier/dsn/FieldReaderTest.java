package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldReaderTest {
    private static List<String> read(String content) {
        FieldReader reader = new FieldReader(content);
        List<String> out = new ArrayList<>();
        while (reader.advance()) {
            out.add(reader.atBlankLine() ? "<blank>" : reader.name() + "=" + reader.value());
        }
        return out;
    }

    @Test
    void readsFieldsUnfoldedAndBlankLines() {
        assertThat(read("A: one\n  two\n\tthree\n\nB:four\r\n\r\nC: five")).containsExactly(
                "A=one two three", "<blank>", "B=four", "<blank>", "C=five");
    }

    @Test
    void skipsLinesThatAreNotFields() {
        assertThat(read("no colon here\n: empty name\nhas space: no\nGood-Name: yes\n")).containsExactly("Good-Name=yes");
    }

    @Test
    void collapsesRunsOfSpacesAndTabsAndTrimsTheValue() {
        assertThat(read("A:  one  two\tthree \t \nB:\tx y \nC:\t \nD: a\t\n  \t b  \rE : 5.0.0\r"))
                .containsExactly("A=one two three", "B=x y", "C=", "D=a b", "E=5.0.0");
    }

    @Test
    void treatsWhiteSpaceOnlyLinesAsBlank() {
        assertThat(read("A: 1\n   \nB: 2\n")).containsExactly("A=1", "<blank>", "B=2");
    }

    @Test
    void asACursorTellsNamesApartIgnoringCaseAndCutsOutOnlyWhatIsAskedFor() {
        FieldReader reader = new FieldReader("Final-RECIPIENT : rfc822; a@example.org\r\n\r\nX-Note: x\r\n  y\ty\r\n");
        assertThat(reader.advance()).isTrue();
        assertThat(reader.atBlankLine()).isFalse();
        assertThat(reader.nameIs("final-recipient")).isTrue();
        assertThat(reader.nameIs("final-recipien")).isFalse();
        assertThat(reader.nameIs("original-recipient")).isFalse();
        assertThat(reader.name()).isEqualTo("Final-RECIPIENT");
        assertThat(reader.value()).isEqualTo("rfc822; a@example.org");
        assertThat(reader.advance()).isTrue();
        assertThat(reader.atBlankLine()).isTrue();
        assertThat(reader.advance()).isTrue();
        assertThat(reader.nameIs("x-note")).isTrue();
        assertThat(reader.value()).isEqualTo("x y y");
        assertThat(reader.advance()).isFalse();
    }

    @Test
    void joinsFoldedLinesWhateverTheLineEnds() {
        assertThat(read("A:\r  one\r\n\ttwo\n three \nB: x")).containsExactly("A=one two three", "B=x");
    }
}
