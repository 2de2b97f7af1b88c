package io.github.ndrclassifier.it;

import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.modules.protocols.ImapGuiceProbe;
import org.apache.james.modules.protocols.SmtpGuiceProbe;
import org.apache.james.utils.DataProbeImpl;
import org.apache.james.utils.GuiceProbe;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;

/**
 * A real Apache James 3.8.1 server running in this JVM: James's own memory server (the Guice
 * modules of {@code MemoryJamesServerMain}, memory storage), with the project's {@code conf/}
 * (its mailet pipeline) and whatever mailets the classpath holds (here: the project's James 3.8
 * jar). Only SMTP and IMAP listen, on 127.0.0.1; no name outside this machine resolves (see
 * {@link LoopbackOnlyDns}). Used by the integration tests and the demo.
 */
public final class EmbeddedJames implements AutoCloseable {

    /** The local mail domain of the project's configuration. */
    public static final String DOMAIN = "example.local";

    private final GuiceJamesServer server;
    private final ServerDirectory directory;

    private EmbeddedJames(GuiceJamesServer server, ServerDirectory directory) {
        this.server = server;
        this.directory = directory;
    }

    /**
     * Starts a server and waits until it accepts connections.
     *
     * @param settings the project's conf/ and the ports
     * @return the running server; close it to stop it and delete its working directory
     * @throws Exception if James does not start (bad configuration, port in use, ...)
     */
    public static EmbeddedJames start(ServerSettings settings) throws Exception {
        ServerDirectory directory = ServerDirectory.create(settings);
        Module ownBindings = binder -> {
            binder.bind(DNSService.class).to(LoopbackOnlyDns.class);
            Multibinder.newSetBinder(binder, GuiceProbe.class).addBinding().to(MetricsProbe.class);
        };
        GuiceJamesServer server = MemoryJamesServerMain
                .createServer(MemoryJamesConfiguration.builder().workingDirectory(directory.root().toFile()).build())
                .overrideWith(ownBindings);
        EmbeddedJames james = new EmbeddedJames(server, directory);
        try {
            server.start();
            james.addDomainIfMissing(DOMAIN);
        } catch (Exception | Error e) {
            james.closeAfterFailedStart();
            throw e;
        }
        return james;
    }

    /** @return the SMTP port on 127.0.0.1 */
    public int smtpPort() {
        return server.getProbe(SmtpGuiceProbe.class).getSmtpPort().getValue();
    }

    /** @return the IMAP port on 127.0.0.1 */
    public int imapPort() {
        return server.getProbe(ImapGuiceProbe.class).getImapPort();
    }

    /**
     * Creates a mail account.
     *
     * @param address  the full address, e.g. {@code user@example.local}
     * @param password its password
     * @throws Exception if James refuses it (unknown domain, existing user)
     */
    public void addUser(String address, String password) throws Exception {
        server.getProbe(DataProbeImpl.class).addUser(address, password);
    }

    /** @return the server's metrics */
    public MetricsProbe metrics() {
        return server.getProbe(MetricsProbe.class);
    }

    /** Stops the server and deletes its working directory. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            directory.delete();
        }
    }

    private void addDomainIfMissing(String domain) throws Exception {
        DataProbeImpl data = server.getProbe(DataProbeImpl.class);
        if (!data.containsDomain(domain)) {
            data.addDomain(domain);
        }
    }

    private void closeAfterFailedStart() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // The start failure is what the caller needs to see.
        }
    }
}
