package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedPrintableTest {
    private static String decode(String encoded, int max) {
        byte[] in = encoded.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[QuotedPrintable.maxDecodedLength(in.length)];
        int length = QuotedPrintable.decode(in, in.length, out, max);
        return new String(out, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** The table writes line ends as \\r and \\n. */
    private static String lineEnds(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }

    private static byte[] mime4j(byte[] encoded, int max) throws IOException {
        return new QuotedPrintableInputStream(new ByteArrayInputStream(encoded), DecodeMonitor.SILENT).readNBytes(max);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "caf=C3=A9|caf\u00c3\u00a9",
        "soft=\\r\\nbreak|softbreak",
        "soft=\\nbreak|softbreak",
        "'trailing  \\r\\nblanks'|'trailing\\r\\nblanks'",
        "'bare\\nline'|'bare\\r\\nline'",
        "bad=ZZescape|bad=ZZescape",
        "'end='|'end='",
        "'kept= x'|'kept= x'"})
    void decodesLikeALenientReader(String encoded, String decoded) {
        assertThat(decode(lineEnds(encoded), Integer.MAX_VALUE)).isEqualTo(lineEnds(decoded));
    }

    @Test
    void stopsAtTheLimit() {
        assertThat(decode("abc=3D=3Ddef", 4)).isEqualTo("abc=");
    }

    @Test
    void decodesExactlyAsMime4jOnRandomInput() throws IOException {
        compareWithMime4j(new Random(7), "==AF3d \t\r\n\r\nx\u00e9\u001f", 80);
    }

    /** Long runs of text with a few escapes, blanks and line ends among them, as real bodies have. */
    @Test
    void decodesExactlyAsMime4jOnRandomTextWithLongRuns() throws IOException {
        compareWithMime4j(new Random(11), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ<>/;:\u00e9 =3D =\r\n\t \u000b", 300);
    }

    private static void compareWithMime4j(Random random, String letters, int maxLength) throws IOException {
        byte[] alphabet = letters.getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 50_000; round++) {
            byte[] encoded = new byte[random.nextInt(maxLength)];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = alphabet[random.nextInt(alphabet.length)];
            }
            int max = random.nextInt(4) == 0 ? random.nextInt(maxLength / 4) : Integer.MAX_VALUE;
            byte[] out = new byte[QuotedPrintable.maxDecodedLength(encoded.length)];
            int length = QuotedPrintable.decode(encoded, encoded.length, out, max);
            assertThat(Arrays.copyOf(out, length)).as("decoding %s", Arrays.toString(encoded))
                    .isEqualTo(mime4j(encoded, max));
        }
    }
}
