package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldReaderTest {
    private static List<String> read(String content) {
        FieldReader reader = new FieldReader(content);
        List<String> out = new ArrayList<>();
        FieldReader.Field field;
        while ((field = reader.next()) != null) {
            out.add(field.isBlankLine() ? "<blank>" : field.name() + "=" + field.value());
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
}
