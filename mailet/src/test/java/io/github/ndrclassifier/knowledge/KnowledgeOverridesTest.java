package io.github.ndrclassifier.knowledge;

import static io.github.ndrclassifier.knowledge.Recipients.entry;
import static io.github.ndrclassifier.knowledge.Recipients.recipient;
import static io.github.ndrclassifier.knowledge.Recipients.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

class KnowledgeOverridesTest {
    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path file = dir.resolve("knowledge.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String oneEntry(String fields) {
        return """
                {
                  "entries": [
                    {
                %s
                    }
                  ]
                }
                """.formatted(fields);
    }

    private static final String TEXTS = """
                  "summary": "Site rule",
                  "cause": "Our gateway's rule.",
                  "fix": "Call the help desk.",
                  "fixOwner": "recipient-admin",
            """;

    @Test
    void addsAnEntryForANewCode() throws IOException {
        KnowledgeBase knowledge = KnowledgeBase.withOverrides(file(oneEntry("""
                  "id": "site-5.7.777",
                  "code": "5.7.777",
                %s
                  "permanent": true,
                  "reason": "policyviolation"
                """.formatted(TEXTS))));

        RecipientResult r = recipient("5.7.777", "550 5.7.777 Rejected by site rule 12", Reason.POLICYVIOLATION);
        Explanation e = knowledge.explain(r, report(Kind.DSN, "mail.example.net", r)).orElseThrow();

        assertThat(e.entry()).isEqualTo("site-5.7.777");
        assertThat(e.summary()).isEqualTo("Site rule");
        assertThat(e.fixOwner()).isEqualTo(FixOwner.RECIPIENT_ADMIN);
        assertThat(knowledge.size()).isEqualTo(KnowledgeBase.builtIn().size() + 1);
        assertThat(entry(KnowledgeBase.builtIn(), r)).as("the built-in knowledge is unchanged")
                .isEqualTo("reason-policyviolation");
    }

    @Test
    void replacesABuiltInEntryWithTheSameId() throws IOException {
        KnowledgeBase knowledge = KnowledgeBase.withOverrides(file(oneEntry("""
                  "id": "5.1.1",
                  "code": "5.1.1",
                  "summary": "No such colleague.",
                  "cause": "Our directory has no such address.",
                  "fix": "Look the colleague up in the intranet.",
                  "fixOwner": "sender",
                  "permanent": true,
                  "reason": "userunknown"
                """)));

        RecipientResult r = recipient("5.1.1", "550 5.1.1 unknown", Reason.USERUNKNOWN);

        assertThat(knowledge.explain(r, report(Kind.DSN, "mail.example.net", r)))
                .map(Explanation::summary).contains("No such colleague.");
        assertThat(knowledge.size()).isEqualTo(KnowledgeBase.builtIn().size());
    }

    @Test
    void newEntryWinsTheCodeRangeAndTextItSharesWithBuiltInOnes() throws IOException {
        KnowledgeBase knowledge = KnowledgeBase.withOverrides(file("""
                {
                  "entries": [
                    { "id": "site-5.2.2", "code": "5.2.2", %1$s "permanent": true, "reason": "mailboxfull" },
                    { "id": "site-4.7.650", "code": "4.7.650", %1$s "permanent": false, "reason": "badreputation" },
                    { "id": "site-range", "range": "5.7.600-699", %1$s "permanent": true, "reason": "blocked" },
                    { "id": "site-text", "text": ["[tss04]"], %1$s "permanent": false, "reason": "blocked" }
                  ]
                }
                """.formatted(TEXTS.replace("\n", " "))));

        assertThat(entry(knowledge, recipient("5.2.2", "552 5.2.2 full", Reason.MAILBOXFULL))).isEqualTo("site-5.2.2");
        assertThat(entry(knowledge, recipient("4.7.650", "451 4.7.650 Access denied", Reason.BLOCKED)))
                .as("an exact code beats a range").isEqualTo("site-4.7.650");
        assertThat(entry(knowledge, recipient("5.7.620", "550 5.7.620 banned", Reason.BLOCKED)))
                .as("the narrowest range wins").isEqualTo("exo-5.7.606-649");
        assertThat(entry(knowledge, recipient("5.7.660", "550 5.7.660 banned", Reason.BLOCKED))).isEqualTo("site-range");
        assertThat(entry(knowledge, recipient("4.7.0", "421 4.7.0 [TSS04] deferred", Reason.BLOCKED)))
                .isEqualTo("site-text");
    }

    @Test
    void theExampleOverrideFileInConfLoads() {
        Path example = Path.of("..", "conf", "knowledge-overrides.example.json");

        KnowledgeBase knowledge = KnowledgeBase.withOverrides(example);

        assertThat(knowledge.size()).isGreaterThan(KnowledgeBase.builtIn().size());
    }

    static Stream<Arguments> malformed() {
        String good = """
                      "summary": "s", "cause": "c", "fix": "f", "fixOwner": "sender",
                      "permanent": true, "reason": "userunknown"
                """;
        return Stream.of(
                Arguments.of("unknown field", oneEntry("""
                          "id": "a", "code": "5.1.1", "colour": "red",
                        %s""".formatted(good)), 3, "entry 'a': unknown field 'colour'"),
                Arguments.of("missing summary", oneEntry("""
                          "id": "a", "code": "5.1.1", "cause": "c", "fix": "f", "fixOwner": "sender",
                          "permanent": true, "reason": "userunknown"
                        """), 3, "entry 'a': missing 'summary'"),
                Arguments.of("invalid code", oneEntry("""
                          "id": "a", "code": "5.1",
                        %s""".formatted(good)), 3, "not a status code"),
                Arguments.of("invalid range", oneEntry("""
                          "id": "a", "range": "5.7.649-606",
                        %s""".formatted(good)), 3, "the end of a range must be above its start"),
                Arguments.of("unknown reason", oneEntry("""
                          "id": "a", "code": "5.1.1", "summary": "s", "cause": "c", "fix": "f",
                          "fixOwner": "sender", "permanent": true, "reason": "nosuchreason"
                        """), 3, "unknown reason 'nosuchreason'"),
                Arguments.of("unknown fixOwner", oneEntry("""
                          "id": "a", "code": "5.1.1", "summary": "s", "cause": "c", "fix": "f",
                          "fixOwner": "postmaster", "permanent": true, "reason": "userunknown"
                        """), 3, "unknown fixOwner 'postmaster'"),
                Arguments.of("bad text pattern", oneEntry("""
                          "id": "a", "code": "5.1.1", "text": ["* full"],
                        %s""".formatted(good)), 3, "bad text pattern"),
                Arguments.of("no key", oneEntry("""
                          "id": "a",
                        %s""".formatted(good)), 3, "give 'code', 'codes', 'range' or 'text'"),
                Arguments.of("two keys", oneEntry("""
                          "id": "a", "code": "5.1.1", "range": "5.1.100-200",
                        %s""".formatted(good)), 3, "only one of 'code', 'codes' and 'range'"),
                Arguments.of("class and permanence disagree", oneEntry("""
                          "id": "a", "code": "4.1.1",
                        %s""".formatted(good)), 3, "'permanent' is true but 4.1.1 is a transient code"),
                Arguments.of("wrong type", oneEntry("""
                          "id": "a", "code": "5.1.1", "summary": "s", "cause": "c", "fix": "f",
                          "fixOwner": "sender", "permanent": "yes", "reason": "userunknown"
                        """), 3, "'permanent' must be true or false"),
                Arguments.of("duplicate id", """
                        {
                          "entries": [
                            { "id": "a", "code": "5.1.1", %1$s },
                            { "id": "a", "code": "5.1.2", %1$s }
                          ]
                        }
                        """.formatted(good.replace("\n", " ")), 4, "entry 'a': its id is already taken by entry 'a'"),
                Arguments.of("duplicate code", """
                        {
                          "entries": [
                            { "id": "a", "code": "5.1.1", %1$s },
                            { "id": "b", "codes": ["5.1.2", "5.1.1"], %1$s }
                          ]
                        }
                        """.formatted(good.replace("\n", " ")), 4, "entry 'b': code 5.1.1 is already taken by entry 'a'"),
                Arguments.of("not JSON", """
                        {
                          "entries": [
                            { "id": "a" "code": "5.1.1" }
                          ]
                        }
                        """, 3, "not valid JSON"),
                Arguments.of("unknown top-level member", """
                        {
                          "entry": []
                        }
                        """, 0, "unknown member 'entry'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFileFailsWithFileLineAndProblem(String name, String json, int line, String problem)
            throws IOException {
        Path file = file(json);

        assertThatThrownBy(() -> KnowledgeBase.withOverrides(file))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(problem);
                });
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("absent.json");

        assertThatThrownBy(() -> KnowledgeBase.withOverrides(missing))
                .isInstanceOf(DataFileException.class)
                .hasMessage(missing + ": no such file");
    }
}
