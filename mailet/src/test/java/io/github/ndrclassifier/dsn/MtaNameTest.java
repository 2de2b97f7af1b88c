package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MtaNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dns; mx.example.com|dns|mx.example.com|mx.example.com",
        "DNS; mx.example.com.|dns|mx.example.com.|mx.example.com",
        "dns; mx.example.com [192.0.2.1]|dns|mx.example.com [192.0.2.1]|mx.example.com",
        "dns; [192.0.2.1]|dns|[192.0.2.1]|192.0.2.1",
        "mx.example.com|dns|mx.example.com|mx.example.com",
        "X-Unix; localhost|x-unix|localhost|localhost"})
    void parsesTypeNameAndHost(String value, String type, String name, String host) {
        MtaName mta = MtaName.parse(value).orElseThrow();
        assertThat(mta.type()).isEqualTo(type);
        assertThat(mta.name()).isEqualTo(name);
        assertThat(mta.host()).isEqualTo(host);
    }

    @org.junit.jupiter.api.Test
    void hasNoNameWhenEmpty() {
        assertThat(MtaName.parse("dns;")).isEmpty();
    }
}
