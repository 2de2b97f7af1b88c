package io.github.ndrclassifier.it;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.james.dnsservice.api.DNSService;

/**
 * A resolver for a server that must not reach the outside world: only {@code localhost} and
 * IP literals resolve, every other name does not exist (as if the DNS said NXDOMAIN). Remote
 * delivery therefore fails at once and permanently, and James answers with its own DSN, which
 * is exactly what the tests and the demo want to show classified. Nothing is ever sent off
 * this machine.
 */
final class LoopbackOnlyDns implements DNSService {

    @Override
    public Collection<String> findMXRecords(String hostname) {
        return List.of();
    }

    @Override
    public Collection<String> findTXTRecords(String hostname) {
        return List.of();
    }

    @Override
    public Collection<InetAddress> getAllByName(String host) throws UnknownHostException {
        return List.of(getByName(host));
    }

    @Override
    public InetAddress getByName(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        if (isIpLiteral(name)) {
            // With an IP literal, InetAddress does no lookup at all.
            return InetAddress.getByName(name);
        }
        throw new UnknownHostException(host + ": no such host (this server resolves no outside name)");
    }

    @Override
    public InetAddress getLocalHost() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public String getHostName(InetAddress address) {
        return address.isLoopbackAddress() ? "localhost" : address.getHostAddress();
    }

    private static boolean isIpLiteral(String name) {
        if (name.indexOf(':') >= 0) {
            return true;
        }
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
