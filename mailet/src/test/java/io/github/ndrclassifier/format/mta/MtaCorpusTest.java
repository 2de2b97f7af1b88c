package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Every corpus bounce of the MTA families: each expected recipient is found at its position, with
 * the expected enhanced status code (for Sisimai's pseudo codes {@code X.0.9NN}, the class).
 * The corpus directory comes from the {@code corpus.dir} system property.
 */
class MtaCorpusTest {
    private static final Set<String> FAMILIES = Set.of("postfix", "exim", "sendmail", "v5sendmail", "qmail", "courier",
            "opensmtpd", "dragonfly", "exchange2003", "exchange2007", "office365", "domino", "notes",
            "messagingserver", "imailserver", "mfilter", "mailfoundry", "mailmarshal", "activehunter", "fml",
            "apachejames", "powermta", "biglobe", "bigfoot", "x1", "x2", "x3", "x4", "x5", "x6");

    /**
     * Rows where this classifier and the corpus's expectation differ on purpose, with the reason.
     * Keyed {@code file#index}.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "lhost-sendmail-56.eml#1", "the corpus takes the 421 answering QUIT; the failure is the 554 greeting",
            "lhost-opensmtpd-04.eml#1", "a delay notice ('only a temporary failure report') is class 4, not 5",
            "lhost-exchange2007-05.eml#1", "Exchange states 4.4.7 QUEUE.Expired; the corpus takes an earlier attempt's 4.4.1");

    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();

    @TestFactory
    Stream<DynamicTest> everyFamilyBounceHasItsRecipientsAndStatus() throws IOException {
        Path corpus = Path.of(System.getProperty("corpus.dir", "../../shared/corpus"));
        Path expected = corpus.resolve("expected.tsv");
        Assumptions.assumeTrue(Files.isReadable(expected), "corpus not found at " + corpus);
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(expected);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            String file = Path.of(columns[0]).getFileName().toString();
            if (isFamilyFile(file)) {
                rows.computeIfAbsent(columns[0], k -> new ArrayList<>()).add(columns);
            }
        }
        assertThat(rows).hasSizeGreaterThan(150);
        return rows.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(),
                () -> check(corpus.resolve(entry.getKey()), entry.getValue())));
    }

    private static void check(Path file, List<String[]> rows) throws IOException {
        BounceReport report = CLASSIFIER.classify(Files.readAllBytes(file));
        List<RecipientResult> recipients = report.recipients();
        for (String[] row : rows) {
            int index = Integer.parseInt(row[1]);
            String status = row[2];
            String key = file.getFileName() + "#" + index;
            assertThat(recipients).as(key + " recipients").hasSizeGreaterThanOrEqualTo(index);
            String got = recipients.get(index - 1).status().map(Object::toString).orElse("");
            if (KNOWN_DIFFERENCES.containsKey(key) || status.isEmpty()) {
                continue;
            }
            if (isPseudo(status)) {
                assertThat(got).as(key + " status class").startsWith(status.substring(0, 1));
            } else {
                assertThat(got).as(key + " status").isEqualTo(status);
            }
        }
    }

    private static boolean isFamilyFile(String file) {
        if (!file.startsWith("lhost-")) {
            return false;
        }
        int dash = file.lastIndexOf('-');
        return dash > 6 && FAMILIES.contains(file.substring(6, dash));
    }

    private static boolean isPseudo(String status) {
        return status.length() == 7 && status.startsWith(".0.9", 1);
    }
}
