package io.github.ndrclassifier.it;

import java.util.concurrent.CountDownLatch;

/**
 * The demo: an embedded James 3.8.1 with the project's configuration on 127.0.0.1 (SMTP 2525,
 * IMAP 2143 unless {@code -Dsmtp.port} / {@code -Dimap.port} say otherwise), with the accounts
 * {@code user@example.local} and {@code postmaster@example.local} (password {@code secret}).
 * Prints one {@code ready: ...} line once it accepts mail; stops on Ctrl-C.
 */
public final class DemoServer {

    /** Password of the demo accounts. */
    static final String PASSWORD = "secret";

    private DemoServer() {
    }

    /**
     * Starts the demo server and runs until the JVM is stopped.
     *
     * @param args ignored
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        ServerSettings settings = ServerSettings.fromSystemProperties(2525, 2143);
        EmbeddedJames james;
        try {
            james = EmbeddedJames.start(settings);
        } catch (Exception e) {
            System.err.println("demo: James did not start: " + e);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                james.close();
                System.out.println("stopped");
            } finally {
                stopped.countDown();
            }
        }, "demo-shutdown"));
        james.addUser("user@" + EmbeddedJames.DOMAIN, PASSWORD);
        james.addUser("postmaster@" + EmbeddedJames.DOMAIN, PASSWORD);
        System.out.println("ready: smtp=127.0.0.1:" + james.smtpPort() + " imap=127.0.0.1:" + james.imapPort());
        System.out.flush();
        stopped.await();
    }
}
