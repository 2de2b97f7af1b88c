package io.github.ndrclassifier.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Every row of the Exchange Online seed table, read from the seed file itself: a DSN carrying the
 * row's code (each code of a range's ends and middle, each alias) with the seed's own wording as
 * diagnostic goes through the whole classifier and must get that row's entry.
 */
class ExchangeOnlineSeedTest {
    /** The entry each row must get, keyed by the row's code column (5.7.1 also by its description). */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("4.4.316", "exo-4.4.316"),
            Map.entry("4.4.7", "exo-4.4.7"),
            Map.entry("4.5.3", "exo-4.5.3"),
            Map.entry("4.7.26", "exo-4.7.26"),
            Map.entry("4.7.500-699", "exo-4.7.500-699"),
            Map.entry("4.7.850-899", "exo-4.7.850-899"),
            Map.entry("5.0.350", "exo-5.0.350"),
            Map.entry("5.1.0", "exo-5.1.0"),
            Map.entry("5.1.1", "exo-5.1.1"),
            Map.entry("5.1.8", "exo-5.1.8"),
            Map.entry("5.2.2", "exo-5.2.2"),
            Map.entry("5.2.121", "exo-5.2.121"),
            Map.entry("5.2.122", "exo-5.2.122"),
            Map.entry("5.3.190", "exo-5.3.190"),
            Map.entry("5.4.1", "exo-5.4.1"),
            Map.entry("5.4.6 or 5.4.14", "exo-5.4.6-5.4.14"),
            Map.entry("5.6.11", "exo-5.6.11"),
            Map.entry("5.7.1 Delivery not authorized", "exo-5.7.1-not-authorized"),
            Map.entry("5.7.1 Unable to relay", "exo-5.7.1-relay"),
            Map.entry("5.7.1 Client was not authenticated", "exo-5.7.1-not-authenticated"),
            Map.entry("5.7.12", "exo-5.7.12"),
            Map.entry("5.7.23", "exo-5.7.23"),
            Map.entry("5.7.57", "exo-5.7.57"),
            Map.entry("5.7.64", "exo-5.7.64"),
            Map.entry("5.7.124", "exo-5.7.124"),
            Map.entry("5.7.133", "exo-5.7.133"),
            Map.entry("5.7.134", "exo-5.7.134"),
            Map.entry("5.7.13 or 135", "exo-5.7.13-5.7.135"),
            Map.entry("5.7.136", "exo-5.7.136"),
            Map.entry("5.7.25", "exo-5.7.25"),
            Map.entry("5.7.501", "exo-5.7.501"),
            Map.entry("5.7.502", "exo-5.7.502"),
            Map.entry("5.7.503", "exo-5.7.503"),
            Map.entry("5.7.504", "exo-5.7.504"),
            Map.entry("5.7.505", "exo-5.7.505"),
            Map.entry("5.7.506", "exo-5.7.506"),
            Map.entry("5.7.507", "exo-5.7.507"),
            Map.entry("5.7.508", "exo-5.7.508"),
            Map.entry("5.7.509", "exo-5.7.509"),
            Map.entry("5.7.510", "exo-5.7.510"),
            Map.entry("5.7.511", "exo-5.7.511"),
            Map.entry("5.7.512", "exo-5.7.512"),
            Map.entry("5.7.513", "exo-5.7.513"),
            Map.entry("5.7.606-649", "exo-5.7.606-649"),
            Map.entry("5.7.700-749", "exo-5.7.700-749"),
            Map.entry("5.7.750", "exo-5.7.750"),
            Map.entry("n/a", "exo-submission-quota"));

    private static final BounceClassifier CLASSIFIER =
            BounceClassifier.builder().explainer(KnowledgeBase.builtIn()).build();

    /** One row of the seed table. */
    record Row(String key, String codeColumn, String description) {
    }

    static Path seedFile() {
        String corpus = System.getProperty("corpus.dir");
        Path file = corpus != null
                ? Path.of(corpus).resolveSibling("seed").resolve("exchange-online-ndr-codes.txt")
                : Path.of("..", "..", "shared", "seed", "exchange-online-ndr-codes.txt");
        assertThat(file).as("the seed table (set -Dcorpus.dir=.../shared/corpus)").isRegularFile();
        return file;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] columns = line.split("\\|");
            if (columns.length < 3) {
                continue;
            }
            String code = columns[0].strip();
            if (!(code.equals("n/a") || Character.isDigit(code.isEmpty() ? 'x' : code.charAt(0)))) {
                continue;
            }
            seen.merge(code, 1, Integer::sum);
            rows.add(new Row(code, code, columns[1].strip()));
        }
        List<Row> keyed = new ArrayList<>();
        for (Row row : rows) {
            boolean shared = seen.get(row.codeColumn()) > 1;
            keyed.add(new Row(shared ? row.codeColumn() + " " + row.description() : row.codeColumn(),
                    row.codeColumn(), row.description()));
        }
        return keyed;
    }

    /** The codes a row's code column stands for: one, both aliases, or a range's ends and middle. */
    static List<String> codes(String column) {
        if (column.equals("n/a")) {
            return List.of();
        }
        if (column.contains(" or ")) {
            String first = column.substring(0, column.indexOf(" or ")).strip();
            String second = column.substring(column.indexOf(" or ") + 4).strip();
            if (!second.contains(".")) {
                second = first.substring(0, first.lastIndexOf('.') + 1) + second;
            }
            return List.of(first, second);
        }
        if (column.contains("-")) {
            String start = column.substring(0, column.indexOf('-'));
            String prefix = start.substring(0, start.lastIndexOf('.') + 1);
            int from = Integer.parseInt(start.substring(start.lastIndexOf('.') + 1));
            int to = Integer.parseInt(column.substring(column.indexOf('-') + 1));
            return List.of(start, prefix + (from + to) / 2, prefix + to);
        }
        return List.of(column);
    }

    /** A DSN for one recipient with this status and diagnostic, as Exchange Online writes them. */
    static byte[] dsn(String status, String diagnostic) {
        String message = """
                From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>
                To: sender@example.org
                Subject: Undeliverable: Test
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Delivery has failed to these recipients or groups.

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns;AM6PR07MB1234.eurprd07.prod.outlook.com

                Final-Recipient: rfc822;user@contoso.com
                Action: failed
                Status: %s
                Diagnostic-Code: smtp;%s

                --b1--
                """.formatted(status, diagnostic);
        return message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static RecipientResult classify(String code, String description) {
        String status = code == null ? "5.0.0" : code;
        String reply = status.startsWith("4") ? "451" : "550";
        String diagnostic = reply + " " + (code == null ? "" : code + " ") + description;
        BounceReport report;
        try {
            report = CLASSIFIER.classify(dsn(status, diagnostic));
        } catch (MessageParseException e) {
            throw new AssertionError("the test DSN must parse", e);
        }
        assertThat(report.recipients()).hasSize(1);
        return report.recipients().get(0);
    }

    @Test
    void everyRowOfTheSeedHasAnExpectation() throws IOException {
        assertThat(rows().stream().map(Row::key).collect(Collectors.toSet())).isEqualTo(EXPECTED.keySet());
        assertThat(rows()).hasSize(EXPECTED.size());
    }

    @TestFactory
    List<DynamicTest> everySeedRowGetsItsEntry() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            List<String> codes = codes(row.codeColumn());
            List<String> cases = codes.isEmpty() ? Collections.singletonList(null) : codes;
            for (String code : cases) {
                tests.add(DynamicTest.dynamicTest(row.key() + " as " + (code == null ? "text only" : code), () -> {
                    RecipientResult r = classify(code, row.description());

                    if (code != null) {
                        assertThat(r.status()).map(Object::toString).contains(code);
                    }
                    assertThat(r.explanation()).as("explanation").isPresent();
                    assertThat(r.explanation().get().entry()).isEqualTo(EXPECTED.get(row.key()));
                }));
            }
        }
        return tests;
    }

    @Test
    void threeMeaningsOf571GetThreeEntries() throws IOException {
        Set<String> entries = rows().stream().filter(row -> row.codeColumn().equals("5.7.1"))
                .map(row -> classify("5.7.1", row.description()).explanation().orElseThrow().entry())
                .collect(Collectors.toSet());

        assertThat(entries).hasSize(3);
    }

    @Test
    void aliasesGetTheSameEntry() throws IOException {
        for (Row row : rows()) {
            if (row.codeColumn().contains(" or ")) {
                Set<String> entries = codes(row.codeColumn()).stream()
                        .map(code -> classify(code, row.description()).explanation().orElseThrow().entry())
                        .collect(Collectors.toSet());
                assertThat(entries).as(row.codeColumn()).hasSize(1);
            }
        }
    }

    @Test
    void everyRowHasAnEntryOfItsOwn() throws IOException {
        Map<String, String> entryByRow = new LinkedHashMap<>();
        for (Row row : rows()) {
            List<String> codes = codes(row.codeColumn());
            String code = codes.isEmpty() ? null : codes.get(0);
            entryByRow.put(row.key(), classify(code, row.description()).explanation().orElseThrow().entry());
        }
        assertThat(Set.copyOf(entryByRow.values())).hasSize(entryByRow.size());
        assertThat(entryByRow.values()).allMatch(id -> id.startsWith("exo-"));
    }
}
