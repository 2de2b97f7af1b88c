package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderBlockTest {
    private final HeaderBlock block = HeaderBlock.of(List.of(
            new HeaderField("Received", "from a"),
            new HeaderField("X-Failed-Recipients", "user@example.org"),
            new HeaderField("received", "from b"),
            new HeaderField("Subject", "\u00dcber")));

    @Test
    void findsFieldsIgnoringCase() {
        assertThat(block.first("RECEIVED")).contains("from a");
        assertThat(block.all("Received")).containsExactly("from a", "from b");
        assertThat(block.has("x-failed-recipients")).isTrue();
        assertThat(block.text("subject")).contains("\u00dcber");
    }

    @Test
    void findsNoFieldThatIsAbsent() {
        // Same length and last character as present names, and names that share nothing with them.
        assertThat(block.first("Deceived")).isEmpty();
        assertThat(block.all("X-Failed-Recipientz")).isEmpty();
        assertThat(block.has("X-Mimecast-Originator")).isFalse();
        assertThat(block.has("")).isFalse();
        assertThat(HeaderBlock.empty().first("Received")).isEmpty();
    }

    @Test
    void findsEachFieldAmongNamesThatShareItsSummaryBit() {
        // Same length and last character: the lookup starts at the first of them and walks on.
        HeaderBlock shared = HeaderBlock.of(List.of(
                new HeaderField("Subject", "s"),
                new HeaderField("X-Ab", "first"),
                new HeaderField("Date", "d"),
                new HeaderField("X-Cb", "second"),
                new HeaderField("x-ab", "third")));

        assertThat(shared.first("X-CB")).contains("second");
        assertThat(shared.all("X-AB")).containsExactly("first", "third");
        assertThat(shared.first("Subject")).contains("s");
        assertThat(shared.first("X-Db")).isEmpty();
        assertThat(shared.first("date")).contains("d");
    }
}
