package io.github.ndrclassifier.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedded server's working directory: a {@code conf/} made of the project's own
 * configuration, with only what a server on a developer's machine must change taken from this
 * module: where it listens (loopback, no TLS), how it resolves names and which domains are
 * local. Files the project does not provide (storage, users) get in-memory defaults.
 */
final class ServerDirectory {

    /** Files this module always supplies, whatever the project's conf/ holds. */
    static final List<String> OWN_FILES = List.of(
            "smtpserver.xml", "imapserver.xml", "dnsservice.xml", "domainlist.xml");

    /** Files taken from this module only when the project's conf/ lacks them. */
    static final List<String> DEFAULT_FILES = List.of(
            "mailrepositorystore.xml", "usersrepository.xml", "recipientrewritetable.xml", "listeners.xml",
            "healthcheck.properties", "deletedMessageVault.properties", "blob.properties", "jmap.properties",
            "pop3server.xml");

    private static final String RESOURCES = "/io/github/ndrclassifier/it/conf/";

    private final Path root;

    private ServerDirectory(Path root) {
        this.root = root;
    }

    /**
     * Creates a fresh working directory for one server run.
     *
     * @param settings the project's conf/ and the ports to write into smtpserver.xml and
     *                 imapserver.xml
     * @return the directory
     * @throws IOException if it cannot be written
     */
    static ServerDirectory create(ServerSettings settings) throws IOException {
        Path projectMailets = settings.projectConf().resolve("mailetcontainer.xml");
        if (!Files.isRegularFile(projectMailets)) {
            throw new IllegalArgumentException(settings.projectConf() + " has no mailetcontainer.xml");
        }
        ServerDirectory directory = new ServerDirectory(Files.createTempDirectory("ndr-james-"));
        Path conf = Files.createDirectory(directory.root.resolve("conf"));
        for (String name : DEFAULT_FILES) {
            Files.writeString(conf.resolve(name), resource(name));
        }
        try (Stream<Path> files = Files.list(settings.projectConf())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!OWN_FILES.contains(name)) {
                    Files.copy(file, conf.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String name : OWN_FILES) {
            String text = resource(name)
                    .replace("@SMTP_PORT@", Integer.toString(settings.smtpPort()))
                    .replace("@IMAP_PORT@", Integer.toString(settings.imapPort()));
            Files.writeString(conf.resolve(name), text);
        }
        return directory;
    }

    /** @return the working directory (holding {@code conf/}) */
    Path root() {
        return root;
    }

    /** Deletes the directory and everything the server wrote into it. */
    void delete() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ServerDirectory.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
