package io.github.ndrclassifier.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.BounceClassifier;

/**
 * A message leaves nothing behind that changes how the next one on the same thread is read. A
 * James spool thread classifies mail after mail, and the scan keeps buffers per thread (its own
 * and Mime4j's recyclers): a buffer handed to two users at once would let one stranger's
 * malformed bounce corrupt the classification of the mail after it. Every corpus message, and
 * variants broken the ways bounces break (lines that are no header field, cut parts, stray
 * boundaries and types), is classified alone on a fresh thread, then all of them one after the
 * other on one thread in shuffled orders, and by four threads at once; each must give the same
 * report every way.
 */
class ScanIsolationTest {
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();
    private static final int VARIANTS_PER_MESSAGE = 4;
    private static final int ROUNDS = 10;
    private static final int THREADS = 4;
    private static final String[] INSERTED = {
        "this line is no field\n",
        "boundary=\"x\"\n",
        "--\n",
        "Content-Type: multipart/mixed; boundary=\"q\"\n",
        "\n",
        "Content-Type: message/rfc822\n\n",
        ":::\n",
        "--q\n",
        "Content-Transfer-Encoding: base64\n",
        "Content-Transfer-Encoding: quoted-printable\n",
    };

    private static List<byte[]> inputs;
    /** Each input's report when it is the first message its thread classifies. */
    private static List<String> alone;

    @BeforeAll
    static void classifyEachAlone() throws Exception {
        inputs = corpusAndVariants(new Random(7));
        alone = new ArrayList<>();
        for (byte[] input : inputs) {
            alone.add(onFreshThread(() -> classify(input)));
        }
    }

    @Test
    void eachMessageIsReadAsIfItWereTheFirst() throws Exception {
        List<String> mismatches = onFreshThread(() -> mismatchesInShuffledRounds(new Random(11), ROUNDS));

        assertThat(inputs).hasSizeGreaterThan(1000);
        assertThat(mismatches).isEmpty();
    }

    /** A classifier is shared by James's spool threads: threads classifying at once change nothing either. */
    @Test
    void threadsClassifyingAtOnceReadEachMessageAsIfItWereAlone() throws Exception {
        List<FutureTask<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(100 + t);
            FutureTask<List<String>> thread = new FutureTask<>(() -> mismatchesInShuffledRounds(random, 1));
            threads.add(thread);
            new Thread(thread).start();
        }
        List<String> mismatches = new ArrayList<>();
        for (FutureTask<List<String>> thread : threads) {
            mismatches.addAll(thread.get());
        }

        assertThat(mismatches).isEmpty();
    }

    private static List<String> mismatchesInShuffledRounds(Random random, int rounds) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        List<String> found = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                if (!classify(inputs.get(i)).equals(alone.get(i))) {
                    found.add("input " + i + " in round " + round);
                }
            }
        }
        return found;
    }

    private static List<byte[]> corpusAndVariants(Random random) throws IOException {
        Path maildir = Path.of(System.getProperty("corpus.dir", "../../shared/corpus")).resolve("maildir");
        assumeTrue(Files.isDirectory(maildir), "the corpus is not available at " + maildir);
        List<byte[]> messages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(maildir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                messages.add(Files.readAllBytes(file));
            }
        }
        List<byte[]> inputs = new ArrayList<>(messages);
        for (byte[] message : messages) {
            for (int i = 0; i < VARIANTS_PER_MESSAGE; i++) {
                inputs.add(broken(new String(message, ISO_8859_1), random).getBytes(ISO_8859_1));
            }
        }
        return inputs;
    }

    /** The message with one to three lines inserted, a cut from a line to the end, or a run of bytes removed. */
    private static String broken(String message, Random random) {
        String text = message;
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = text.isEmpty() ? 0 : text.lastIndexOf('\n', random.nextInt(text.length())) + 1;
            text = switch (random.nextInt(3)) {
                case 0 -> text.substring(0, at) + INSERTED[random.nextInt(INSERTED.length)] + text.substring(at);
                case 1 -> text.substring(0, at);
                default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(400)));
            };
        }
        return text;
    }

    private static String classify(byte[] input) {
        try {
            return CLASSIFIER.classify(input).toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static <T> T onFreshThread(Callable<T> task) throws Exception {
        FutureTask<T> result = new FutureTask<>(task);
        Thread thread = new Thread(result);
        thread.start();
        return result.get();
    }
}
