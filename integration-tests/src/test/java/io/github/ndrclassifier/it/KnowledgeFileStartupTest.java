package io.github.ndrclassifier.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knowledge file that is missing or malformed stops James at start-up, with a message naming
 * the file (and the line), instead of letting it run without the administrator's explanations.
 * (The surefire configuration sets {@code james.exit.on.startup.error=false}, so that James
 * throws instead of ending the test JVM.)
 */
class KnowledgeFileStartupTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedKnowledgeFileStopsStartUpNamingTheFileAndTheLine() throws Exception {
        Path file = dir.resolve("knowledge-overrides.json");
        Files.writeString(file, """
                {
                  "entries": [
                    { "id": "local-5.1.1", "code": "5.1.1", "summary": "Gone."
                  ]
                }
                """);

        List<String> messages = startFailure(file);

        assertThat(messages).anySatisfy(message -> assertThat(message)
                .contains("ExplainBounce").contains(file.toString() + ", line 4"));
    }

    @Test
    void aMissingKnowledgeFileStopsStartUpNamingTheFile() throws Exception {
        Path file = dir.resolve("no-such-file.json");

        List<String> messages = startFailure(file);

        assertThat(messages).anySatisfy(message -> assertThat(message)
                .contains("knowledgeFile " + file).contains("does not exist"));
    }

    /** The messages of the exception James's start ends with, and of its causes. */
    private List<String> startFailure(Path knowledgeFile) throws Exception {
        Path conf = TestConf.copyOfProjectConf(Files.createDirectory(dir.resolve("conf")))
                .replace("<forwardProcessor>transport</forwardProcessor>", "<forwardProcessor>transport</forwardProcessor>"
                        + "<knowledgeFile>" + knowledgeFile + "</knowledgeFile>")
                .dir();

        Throwable failure = catchThrowable(() -> EmbeddedJames.start(new ServerSettings(conf, 0, 0)).close());

        assertThat(failure).as("James must not start").isNotNull();
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
