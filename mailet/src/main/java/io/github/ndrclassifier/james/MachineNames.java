package io.github.ndrclassifier.james;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of the machine James runs on, as its SMTP server names itself by default after
 * {@code by} in the Received fields it adds: mail that passed through this server carries one.
 * {@code localhost} is left out, for any message can claim it.
 */
final class MachineNames {
    private static final Logger LOGGER = LoggerFactory.getLogger(MachineNames.class);

    /** How the local address is found; {@link InetAddress#getLocalHost()} outside tests. */
    @FunctionalInterface
    interface LocalHost {
        InetAddress get() throws UnknownHostException;
    }

    private MachineNames() {
    }

    /** The machine's short and canonical names; none when they cannot be had. */
    static List<String> of(LocalHost localHost) {
        Set<String> names = new LinkedHashSet<>();
        try {
            InetAddress address = localHost.get();
            names.add(address.getHostName().toLowerCase(Locale.ROOT));
            names.add(address.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException | SecurityException e) {
            LOGGER.warn("The name of this machine cannot be had ({}): set localHosts to the names this server"
                    + " writes in Received fields, or bounces of its own mail pass for backscatter", e.toString());
        }
        names.removeIf(name -> name.isEmpty() || name.equals("localhost") || isAddressLiteral(name));
        return List.copyOf(names);
    }

    /** An IP address, which {@link InetAddress#getCanonicalHostName()} gives when it finds no name. */
    private static boolean isAddressLiteral(String name) {
        return name.contains(":") || name.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
