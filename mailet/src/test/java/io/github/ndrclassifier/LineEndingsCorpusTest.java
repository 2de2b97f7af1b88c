package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.cli.MessageFile;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.report.BounceReport;

/**
 * Every corpus message gives the same report whether stored with LF, CRLF or old Mac (CR-only)
 * line endings. The converted copies are made here, from the corpus files as they are.
 */
class LineEndingsCorpusTest {
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();

    static Stream<Path> corpusFiles() throws IOException {
        Path maildir = Path.of(System.getProperty("corpus.dir", "../../shared/corpus")).resolve("maildir");
        assumeTrue(Files.isDirectory(maildir), "the corpus is not available at " + maildir);
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"bsd", "not", "err"}) {
            try (Stream<Path> list = Files.list(maildir.resolve(dir))) {
                list.sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void givesTheSameReportForAnyLineEnding(Path file) throws IOException {
        byte[] lf = toLf(Files.readAllBytes(file));
        List<String> expected = classify(lf);
        assertThat(classify(convert(lf, new byte[] {'\r', '\n'}))).as("CRLF").isEqualTo(expected);
        assertThat(classify(convert(lf, new byte[] {'\r'}))).as("CR only").isEqualTo(expected);
    }

    private static List<String> classify(byte[] content) throws IOException {
        List<String> reports = new ArrayList<>();
        for (InputStream message : MessageFile.messages(ByteBuffer.wrap(content))) {
            try (message) {
                BounceReport report = CLASSIFIER.classify(message);
                reports.add(report.toString());
            } catch (MessageParseException e) {
                reports.add("not a message: " + e.getMessage());
            }
        }
        return reports;
    }

    /** The corpus is stored with LF; a stray CRLF is brought to LF first so each copy is uniform. */
    private static byte[] toLf(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
                continue;
            }
            out.write(content[i]);
        }
        return out.toByteArray();
    }

    private static byte[] convert(byte[] lf, byte[] lineEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lf.length + lf.length / 20);
        for (byte b : lf) {
            if (b == '\n') {
                out.writeBytes(lineEnd);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
