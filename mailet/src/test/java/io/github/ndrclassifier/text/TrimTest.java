package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimTest {
    @Test
    void removesRunsAtEitherEnd() {
        assertThat(Trim.trailing("mx.example.org...", ".")).isEqualTo("mx.example.org");
        assertThat(Trim.trailing("a@example.org\");", "'\"(),;.:")).isEqualTo("a@example.org");
        assertThat(Trim.leading("<\"a@example.org", "'\"(<")).isEqualTo("a@example.org");
        assertThat(Trim.trailing("...", ".")).isEmpty();
        assertThat(Trim.leading("", ".")).isEmpty();
    }

    @Test
    void removesLeadingPunctuationWithTheWhiteSpaceAroundIt() {
        assertThat(Trim.leadingWithSpace(": . :  550 denied  ", ":.")).isEqualTo("550 denied");
        assertThat(Trim.leadingWithSpace(" : 550", ":")).isEqualTo(" : 550");
        assertThat(Trim.leadingWithSpace("550 denied", ":")).isEqualTo("550 denied");
    }

    @Test
    void takesOnePassOverAMillionCharacters() {
        String dots = ".".repeat(1_000_000);
        assertThat(Trim.trailing("host" + dots, ".")).isEqualTo("host");
        assertThat(Trim.leading(dots + "host", ".")).isEqualTo("host");
        assertThat(Trim.leadingWithSpace(": ".repeat(500_000) + "x", ":")).isEqualTo("x");
    }
}
