package io.github.ndrclassifier.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of the project's {@code conf/} with its {@code mailetcontainer.xml} changed, for a test
 * that needs the pipeline configured otherwise (a small forwarding cap, a faulty knowledge file).
 * Each change must match the file once, so that a change to the project's configuration cannot
 * make a test silently run with the original.
 */
final class TestConf {
    private final Path dir;

    private TestConf(Path dir) {
        this.dir = dir;
    }

    /** A copy, in {@code dir}, of the project's conf/ (named by the system property {@code ndr.conf.dir}). */
    static TestConf copyOfProjectConf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(ServerSettings.projectConfFromSystemProperty())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new TestConf(dir);
    }

    /** Replaces the one occurrence of {@code text} in mailetcontainer.xml. */
    TestConf replace(String text, String replacement) throws IOException {
        Path mailets = dir.resolve("mailetcontainer.xml");
        String xml = Files.readString(mailets);
        int at = xml.indexOf(text);
        if (at < 0 || xml.indexOf(text, at + 1) >= 0) {
            throw new IllegalStateException("mailetcontainer.xml does not hold exactly one '" + text + "'");
        }
        Files.writeString(mailets, xml.replace(text, replacement));
        return this;
    }

    /** Writes a file beside mailetcontainer.xml. */
    TestConf write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
        return this;
    }

    Path dir() {
        return dir;
    }
}
