package io.github.ndrclassifier.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command-line tool on files that are not messages, cannot be read or are huge: each gets a
 * message on stderr naming it, the others are still processed, and the exit code is 2. Runs are
 * bounded in time, so a tool that blocked on a FIFO would fail rather than hang the build.
 */
class NdrClassifyBadInputTest {
    private static final String BOUNCE = """
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.net
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; a@example.org
            Action: failed
            Status: 5.1.1
            --B--
            """;
    private static final Duration TIME_BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return assertTimeoutPreemptively(TIME_BOUND,
                () -> NdrClassify.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.eml"), BOUNCE, UTF_8);
    }

    private long classified() {
        return out.toString().lines().count();
    }

    @Test
    void aBinaryFileIsReportedAsNoMessage() throws IOException {
        byte[] garbage = new byte[100_000];
        new Random(1).nextBytes(garbage);
        Path binary = Files.write(dir.resolve("binary.bin"), garbage);
        Path good = good();
        assertThat(run("--json", binary.toString(), good.toString())).isEqualTo(2);
        assertThat(classified()).isEqualTo(1);
        assertThat(err.toString()).contains(binary + ": no header fields");
    }

    @Test
    void aBrokenSymbolicLinkInADirectoryIsReportedAndTheOthersRead() throws IOException {
        good();
        Path link = Files.createSymbolicLink(dir.resolve("dangling.eml"), dir.resolve("no-such-target"));
        assertThat(run("--json", dir.toString())).isEqualTo(2);
        assertThat(classified()).isEqualTo(1);
        assertThat(err.toString()).contains(link + ": broken symbolic link");
    }

    @Test
    void aBrokenSymbolicLinkOnTheCommandLineIsReported() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.eml"), dir.resolve("no-such-target"));
        Path good = good();
        assertThat(run("--json", link.toString(), good.toString())).isEqualTo(2);
        assertThat(classified()).isEqualTo(1);
        assertThat(err.toString()).contains(link + ": broken symbolic link");
    }

    @Test
    void aFifoIsNotReadSoTheToolCannotBlockOnIt() throws Exception {
        Path fifo = dir.resolve("pipe.eml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Path good = good();
        assertThat(run("--json", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(fifo + ": not a regular file");
        assertThat(classified()).isEqualTo(1);

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("--json", fifo.toString(), good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(fifo + ": not a regular file");
        assertThat(classified()).isEqualTo(1);
    }

    @Test
    void aFileOverTwoGigabytesIsRefusedWithItsSize() throws IOException {
        // Sparse: the file system stores no more than its first bytes.
        Path huge = dir.resolve("huge.mbox");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(("From MAILER-DAEMON Thu Apr 29 23:45:41 2021\n" + BOUNCE).getBytes(UTF_8));
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        Path good = good();
        assertThat(run("--json", huge.toString(), good.toString())).isEqualTo(2);
        assertThat(classified()).isEqualTo(1);
        assertThat(err.toString()).contains(huge + ": cannot be read: too large: 3221225472 bytes");
    }

    @Test
    void anMboxOfTwentyThousandMessagesIsReadWhole() throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            mbox.append("From MAILER-DAEMON Thu Apr 29 23:45:41 2021\n")
                    .append(BOUNCE.replace("a@example.org", "user" + i + "@example.org")).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.mbox"), mbox, UTF_8);
        assertThat(run("--json", file.toString())).isZero();
        assertThat(classified()).isEqualTo(20_000);
        assertThat(out.toString().lines().reduce((a, b) -> b).map(NdrClassifyBadInputTest::firstAddress))
                .contains("user19999@example.org");
    }

    @Test
    void aBadMessageInsideAnMboxDoesNotHideTheOthers() throws IOException {
        String envelope = "From MAILER-DAEMON Thu Apr 29 23:45:41 2021\n";
        Path file = Files.writeString(dir.resolve("mixed.mbox"), envelope + BOUNCE + "\n" + envelope + "\n\n"
                + envelope + BOUNCE.replace("a@example.org", "third@example.org"), UTF_8);
        assertThat(run("--json", file.toString())).isEqualTo(2);
        assertThat(out.toString().lines().map(NdrClassifyBadInputTest::firstAddress))
                .containsExactly("a@example.org", "third@example.org");
        assertThat(err.toString()).contains(file + " (message 2): empty input");
    }

    private static String firstAddress(String line) {
        try {
            return new ObjectMapper().readTree(line).get("recipients").get(0).get("address").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
