package io.github.ndrclassifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTest {
    @ParameterizedTest
    @CsvSource({
        "userunknown, true, true",
        "userunknown, false, true",
        "hostunknown, true, true",
        "hostunknown, false, true",
        "hasmoved, true, true",
        "notaccept, true, true",
        "notaccept, false, false",
        "mailboxfull, true, false",
        "filtered, true, false",
        "suspend, true, false",
        "blocked, true, false",
        "undefined, true, false"})
    void hardWhenTheAddressItselfIsBad(String name, boolean permanentClass, boolean hard) {
        assertThat(Reason.of(name).orElseThrow().isHard(permanentClass)).isEqualTo(hard);
    }

    @ParameterizedTest
    @CsvSource({"UserUnknown, userunknown", " mailboxfull , mailboxfull"})
    void readsNamesInAnyCase(String name, String value) {
        assertThat(Reason.of(name).map(Reason::value)).contains(value);
    }

    @org.junit.jupiter.api.Test
    void unknownNamesAreEmpty() {
        assertThat(Reason.of("nosuchreason")).isEmpty();
        assertThat(Reason.of(null)).isEmpty();
    }
}
