package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class MachineNamesTest {

    @Test
    void theShortNameCountsAndAnAddressWithoutNameDoesNot() throws Exception {
        InetAddress address = InetAddress.getByAddress("MX1", new byte[] {(byte) 192, 0, 2, 1});

        assertThat(MachineNames.of(() -> address)).contains("mx1").allSatisfy(name ->
                assertThat(name).isNotEqualTo("192.0.2.1"));
    }

    @Test
    void localhostIsNoNameOfThisServer() throws Exception {
        InetAddress address = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});

        assertThat(MachineNames.of(() -> address)).doesNotContain("localhost", "127.0.0.1");
    }

    @Test
    void noNameAtAllWhenTheMachineHasNone() {
        assertThat(MachineNames.of(() -> {
            throw new UnknownHostException("no name");
        })).isEmpty();
    }
}
