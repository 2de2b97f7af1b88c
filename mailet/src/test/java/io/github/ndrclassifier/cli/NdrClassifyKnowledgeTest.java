package io.github.ndrclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command-line tool explains with the built-in knowledge, or with an administrator's file. */
class NdrClassifyKnowledgeTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Path corpusFile(String name) {
        Path file = Path.of(System.getProperty("corpus.dir", "../../shared/corpus"), "maildir", "bsd", name);
        assertThat(file).as("corpus file").isRegularFile();
        return file;
    }

    private int run(String... args) {
        return NdrClassify.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode explanation() throws IOException {
        JsonNode report = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        return report.path("recipients").path(0).path("explanation");
    }

    @Test
    void explainsWithTheBuiltInKnowledge() throws IOException {
        int exit = run("--json", corpusFile("rhost-microsoft-01.eml").toString());

        assertThat(exit).isZero();
        JsonNode explanation = explanation();
        assertThat(explanation.path("entry").asText()).isEqualTo("exo-5.7.606-649");
        assertThat(explanation.path("fixOwner").asText()).isEqualTo("sender-admin");
        assertThat(explanation.path("generatedBy").asText()).isEqualTo("recipient-server");
        assertThat(explanation.path("summary").asText()).isNotBlank();
        assertThat(explanation.path("cause").asText()).isNotBlank();
        assertThat(explanation.path("fix").asText()).isNotBlank();
    }

    @Test
    void explainsWithAnAdministratorsFile() throws IOException {
        Path knowledge = dir.resolve("site.json");
        Files.writeString(knowledge, """
                { "entries": [ { "id": "site-ban", "range": "5.7.600-699", "summary": "Banned by Microsoft.",
                  "cause": "c", "fix": "Open a ticket.", "fixOwner": "sender-admin", "permanent": true,
                  "reason": "blocked" },
                  { "id": "exo-5.7.606-649", "range": "5.7.606-649", "summary": "Our wording.", "cause": "c",
                  "fix": "f", "fixOwner": "sender-admin", "permanent": true, "reason": "blocked" } ] }
                """, StandardCharsets.UTF_8);

        int exit = run("--json", "--knowledge", knowledge.toString(), corpusFile("rhost-microsoft-01.eml").toString());

        assertThat(exit).isZero();
        assertThat(explanation().path("entry").asText()).isEqualTo("exo-5.7.606-649");
        assertThat(explanation().path("summary").asText()).isEqualTo("Our wording.");
    }

    @Test
    void malformedKnowledgeFileStopsWithOneLineNamingFileAndLine() throws IOException {
        Path knowledge = dir.resolve("broken.json");
        Files.writeString(knowledge, """
                {
                  "entries": [
                    { "id": "x", "code": "5.1.1", "summary": "s", "cause": "c", "fix": "f",
                      "fixOwner": "sender", "permanent": true, "reason": "nonsense" }
                  ]
                }
                """, StandardCharsets.UTF_8);

        int exit = run("--json", "--knowledge", knowledge.toString(), corpusFile("rhost-microsoft-01.eml").toString());

        assertThat(exit).isEqualTo(NdrClassify.EXIT_FAILED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "ndr-classify: " + knowledge + ", line 3: entry 'x': unknown reason 'nonsense'");
    }
}
