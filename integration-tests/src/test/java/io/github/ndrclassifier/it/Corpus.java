package io.github.ndrclassifier.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared bounce corpus ({@code ../shared/corpus}, passed in as {@code corpus.dir}). */
final class Corpus {

    private Corpus() {
    }

    /**
     * A corpus message as text, for sending over SMTP.
     *
     * @param relative its path under {@code maildir/}, e.g. {@code bsd/lhost-postfix-04.eml}
     * @return its content (the chosen samples are ASCII)
     * @throws IOException if it cannot be read
     */
    static String message(String relative) throws IOException {
        String dir = System.getProperty("corpus.dir");
        if (dir == null) {
            throw new IllegalStateException("system property corpus.dir is not set (run the tests with Maven)");
        }
        return Files.readString(Path.of(dir, "maildir", relative), StandardCharsets.UTF_8);
    }
}
