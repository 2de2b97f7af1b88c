package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class LoopbackOnlyDnsTest {

    private final LoopbackOnlyDns dns = new LoopbackOnlyDns();

    @Test
    void localhostAndIpLiteralsResolve() throws Exception {
        assertThat(dns.getByName("LocalHost")).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(dns.getByName("127.0.0.1").getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(dns.getAllByName("::1")).singleElement()
                .satisfies(address -> assertThat(address.isLoopbackAddress()).isTrue());
    }

    @Test
    void noOtherNameExists() {
        assertThatThrownBy(() -> dns.getByName("nowhere.example")).isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> dns.getAllByName("example.com")).isInstanceOf(UnknownHostException.class);
        assertThat(dns.findMXRecords("example.com")).isEmpty();
        assertThat(dns.findTXTRecords("example.com")).isEmpty();
    }

    @Test
    void thisHostIsLocalhost() {
        assertThat(dns.getHostName(dns.getLocalHost())).isEqualTo("localhost");
    }
}
