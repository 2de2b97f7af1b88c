package io.github.ndrclassifier.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the embedded server needs to know: the project's configuration directory (its
 * {@code conf/}, above all {@code mailetcontainer.xml}) and the loopback ports to listen on
 * ({@code 0} picks a free port).
 *
 * @param projectConf the project's {@code conf/} directory
 * @param smtpPort    the SMTP port on 127.0.0.1, or 0 for any free port
 * @param imapPort    the IMAP port on 127.0.0.1, or 0 for any free port
 */
public record ServerSettings(Path projectConf, int smtpPort, int imapPort) {

    /** System property naming the project's {@code conf/} directory. */
    public static final String CONF_DIR_PROPERTY = "ndr.conf.dir";
    /** System property for the SMTP port. */
    public static final String SMTP_PORT_PROPERTY = "smtp.port";
    /** System property for the IMAP port. */
    public static final String IMAP_PORT_PROPERTY = "imap.port";

    public ServerSettings {
        Objects.requireNonNull(projectConf, "projectConf");
        checkPort(smtpPort, SMTP_PORT_PROPERTY);
        checkPort(imapPort, IMAP_PORT_PROPERTY);
        if (!Files.isDirectory(projectConf)) {
            throw new IllegalArgumentException("the project's configuration directory " + projectConf
                    + " does not exist (set -D" + CONF_DIR_PROPERTY + "=path/to/conf)");
        }
    }

    /**
     * Settings from the system properties {@code ndr.conf.dir}, {@code smtp.port} and
     * {@code imap.port}.
     *
     * @param defaultSmtpPort the SMTP port when {@code smtp.port} is not set
     * @param defaultImapPort the IMAP port when {@code imap.port} is not set
     * @return the settings
     * @throws IllegalArgumentException if a property is missing or not a port number
     */
    public static ServerSettings fromSystemProperties(int defaultSmtpPort, int defaultImapPort) {
        return new ServerSettings(projectConfFromSystemProperty(),
                port(SMTP_PORT_PROPERTY, defaultSmtpPort), port(IMAP_PORT_PROPERTY, defaultImapPort));
    }

    /**
     * @return the project's {@code conf/} directory named by the system property
     *         {@code ndr.conf.dir}
     * @throws IllegalArgumentException if the property is not set
     */
    public static Path projectConfFromSystemProperty() {
        String conf = System.getProperty(CONF_DIR_PROPERTY);
        if (conf == null || conf.isBlank()) {
            throw new IllegalArgumentException("system property " + CONF_DIR_PROPERTY
                    + " (the project's conf/ directory) is not set");
        }
        return Path.of(conf).toAbsolutePath().normalize();
    }

    private static int port(String property, int defaultPort) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " is not a port number: " + value, e);
        }
    }

    private static void checkPort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " out of range: " + port);
        }
    }
}
