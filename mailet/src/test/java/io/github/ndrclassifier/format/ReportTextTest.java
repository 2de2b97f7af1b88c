package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTextTest {
    @Test
    void splitsLinesWithAnyLineEnd() {
        assertThat(ReportText.lines("a\r\nb\nc")).containsExactly("a", "b", "c");
        assertThat(ReportText.lines("")).containsExactly("");
    }

    @Test
    void findsMarkersIgnoringCase() {
        List<String> lines = List.of("Intro", "The following ADDRESS failed:", "", "x@example.com");
        assertThat(ReportText.find(lines, 0, "following address")).isEqualTo(1);
        assertThat(ReportText.findAny(lines, 2, "nothing", "EXAMPLE")).isEqualTo(3);
        assertThat(ReportText.find(lines, 2, "intro")).isEqualTo(-1);
        assertThat(ReportText.nextNonBlank(lines, 2)).isEqualTo(3);
    }

    @Test
    void findsANeedleIgnoringCaseAsRegionMatchesDoes() {
        assertThat(ReportText.indexOfIgnoreCase("Mail SYSTEM, mail system", "system", 0)).isEqualTo(5);
        assertThat(ReportText.indexOfIgnoreCase("Mail SYSTEM, mail system", "system", 6)).isEqualTo(18);
        assertThat(ReportText.indexOfIgnoreCase("--- Below this line", "--- below", 0)).isZero();
        assertThat(ReportText.indexOfIgnoreCase("\u212Aelvin", "kelvin", 0)).isZero();
        assertThat(ReportText.indexOfIgnoreCase("\u0130nterscan", "interscan", 0)).isZero();
        assertThat(ReportText.indexOfIgnoreCase("Ki", "\u212Ai", 0)).isZero();
        assertThat(ReportText.indexOfIgnoreCase("abc", "", 1)).isEqualTo(1);
        assertThat(ReportText.indexOfIgnoreCase("abc", "", 4)).isEqualTo(-1);
        assertThat(ReportText.indexOfIgnoreCase("abc", "abcd", 0)).isEqualTo(-1);
    }

    @Test
    void findsWhatAPositionByPositionSearchFinds() {
        char[] alphabet = {'a', 'A', 'b', 'B', 'i', 'I', 'k', 'K', 's', 'S', '-', ' ', '<', '\u0130', '\u0131',
            '\u212A', '\u017F', '\u00e9', '\u00c9', '\u30e1'};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, alphabet, random.nextInt(12));
            String needle = randomText(random, alphabet, random.nextInt(4));
            int from = random.nextInt(4) - 1;
            assertThat(ReportText.indexOfIgnoreCase(text, needle, from))
                    .as("\"%s\" in \"%s\" from %d", needle, text, from)
                    .isEqualTo(indexOfAtEachPosition(text, needle, from));
        }
    }

    @Test
    void findsUpToAnEndWhatAPositionByPositionSearchFinds() {
        char[] alphabet = {'a', 'A', 'b', 'B', 'k', 'K', '\u212A', '-', ' '};
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, alphabet, random.nextInt(12));
            String needle = randomText(random, alphabet, 1 + random.nextInt(3));
            int from = random.nextInt(4) - 1;
            int end = random.nextInt(text.length() + 1);
            assertThat(ReportText.indexOfIgnoreCase(text, needle, from, end))
                    .as("\"%s\" in \"%s\" from %d to %d", needle, text, from, end)
                    .isEqualTo(indexOfAtEachPosition(text.substring(0, end), needle, from));
        }
    }

    @Test
    void findsInTheLinesOfATextWhatALineByLineSearchFinds() {
        char[] alphabet = {'a', 'B', 'k', '\u212A', ' ', '\n', '\r'};
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            List<String> lines = ReportText.lines(randomText(random, alphabet, random.nextInt(16)));
            List<String> text = random.nextBoolean() ? lines : lines.subList(0, random.nextInt(lines.size() + 1));
            List<String> copy = List.copyOf(text);
            String[] needles = {randomText(random, alphabet, 1 + random.nextInt(2)),
                randomText(random, alphabet, 1 + random.nextInt(2))};
            int from = random.nextInt(4) - 1;
            assertThat(ReportText.find(text, from, needles[0])).isEqualTo(ReportText.find(copy, from, needles[0]));
            assertThat(ReportText.findAny(text, from, needles)).isEqualTo(ReportText.findAny(copy, from, needles));
        }
    }

    private static String randomText(Random random, char[] alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return out.toString();
    }

    private static int indexOfAtEachPosition(String text, String needle, int from) {
        for (int i = Math.max(0, from); i <= text.length() - needle.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void joinsAParagraph() {
        List<String> lines = List.of("  first line", "\tsecond line ", "", "next paragraph");
        assertThat(ReportText.paragraph(lines, 0, 10)).isEqualTo("first line second line");
        assertThat(ReportText.paragraph(lines, 0, 1)).isEqualTo("first line");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SMTP error from remote mail server after RCPT TO:<a@b.example>: | RCPT
            Remote host said: 550 5.1.1 User Unknown [RCPT_TO]                | RCPT
            SMTP error from remote server for TEXT command, host: mx.example  | DATA
            SMTP error from remote mail server after end of data:            | DATA
            (in reply to MAIL FROM command)                                  | MAIL
            >>> DATA                                                         | DATA
            Sent <<< RCPT TO:<a@b.example>                                   | RCPT
            Connection timed out in connect                                  | CONN
            """)
    void namesTheSmtpCommand(String framing, String command) {
        assertThat(ReportText.smtpCommand(framing)).contains(command);
    }

    @Test
    void namesNoCommandWhenTheTextSaysNone() {
        assertThat(ReportText.smtpCommand("Mailbox Full")).isEmpty();
    }

    @Test
    void readsAHostAfterAMarker() {
        assertThat(ReportText.hostAfter("example.org by mx.example.org. [192.0.2.1]", " by "))
                .isEqualTo(Optional.of("mx.example.org"));
        assertThat(ReportText.hostAfter("host: MX.Example.JP (192.0.2.1)", "host:")).contains("mx.example.jp");
        assertThat(ReportText.hostAfter("host: localhost", "host:")).isEmpty();
    }

    @Test
    void takesAddressesFromText() {
        assertThat(ReportText.address("   <Kiji@Example.ORG>:")).contains("Kiji@example.org");
        assertThat(ReportText.address("no address here")).isEmpty();
        assertThat(ReportText.after("Remote host said: 550 Nope", "remote HOST said:")).isEqualTo("550 Nope");
        assertThat(ReportText.after("nothing", "marker")).isEmpty();
    }
}
