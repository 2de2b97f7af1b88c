package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CharsetResolverTest {
    /**
     * A label is looked up with {@code Charset.forName} until the first unknown one, and in the
     * table of installed charsets after it: both must give the same charset for every name and
     * alias, or a run's output would depend on the labels of the messages before.
     */
    @Test
    void forNameAndTheTableAgreeOnEveryInstalledNameAndAlias() {
        Map<String, Charset> table = CharsetResolver.byName();
        assertThat(table).hasSizeGreaterThan(500);
        table.forEach((label, charset) -> assertThat(Charset.forName(label)).as(label).isEqualTo(charset));
    }

    @Test
    void resolvesKnownLabelsInAnyCase() {
        assertThat(CharsetResolver.resolve(" ISO-2022-JP ")).isEqualTo(Charset.forName("ISO-2022-JP"));
        assertThat(CharsetResolver.resolve("windows-1252")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(CharsetResolver.resolve("Shift_JIS")).isEqualTo(Charset.forName("Shift_JIS"));
        assertThat(CharsetResolver.resolve("unicode-1-1-utf-7").name()).isEqualTo("UTF-7");
    }

    @Test
    void unknownIllegalAndMissingLabelsGiveUtf8AndKnownOnesStillResolveAfterThem() {
        assertThat(CharsetResolver.resolve("x-no-such-charset-1")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetResolver.resolve("not a charset name!")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetResolver.resolve("")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetResolver.resolve(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetResolver.resolve("koi8-r")).isEqualTo(Charset.forName("KOI8-R"));
        assertThat(CharsetResolver.resolve("CP1251")).isEqualTo(Charset.forName("windows-1251"));
    }
}
