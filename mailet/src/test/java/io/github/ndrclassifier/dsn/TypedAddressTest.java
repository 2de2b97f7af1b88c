package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rfc822; user@example.com|rfc822|user@example.com",
        "RFC822;<user@example.com>|rfc822|user@example.com",
        "rfc822; user+2Btag@example.com|rfc822|user+tag@example.com",
        "rfc822; \"user@example.com\"|rfc822|user@example.com",
        "user@example.com|rfc822|user@example.com",
        "utf-8; \\x{7528}\\x{6237}@example.com|utf-8|用户@example.com",
        "utf-8; 用户@例子.中国|utf-8|用户@例子.中国",
        "rfc822; user@example.com (Kijitora)|rfc822|user@example.com"})
    void decodesTheAddress(String value, String type, String address) {
        assertThat(TypedAddress.parse(value)).contains(new TypedAddress(type, address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rfc822;", "rfc822; <>", "  "})
    void hasNoAddressWhenEmpty(String value) {
        assertThat(TypedAddress.parse(value)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keepsInvalidXtextAsWritten() {
        assertThat(TypedAddress.parse("rfc822; a+zz@example.com")).map(TypedAddress::address).contains("a+zz@example.com");
    }
}
