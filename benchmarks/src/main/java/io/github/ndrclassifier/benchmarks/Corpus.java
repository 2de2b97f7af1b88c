package io.github.ndrclassifier.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The messages of a corpus directory (one message per file), held in memory. */
final class Corpus {
    private Corpus() {
    }

    /**
     * Every regular file under {@code directory}, in name order.
     *
     * @throws IllegalArgumentException when the directory holds no file (a wrong path)
     */
    static byte[][] load(String directory) {
        List<byte[]> messages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(directory))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                messages.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("no message files under " + Path.of(directory).toAbsolutePath()
                    + "; give the corpus with -p corpus=DIR");
        }
        return messages.toArray(byte[][]::new);
    }
}
