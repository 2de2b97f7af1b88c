package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Audits every regular expression of the main sources. Text from mail is matched with linear
 * code (Aho-Corasick tables, hand-written scanners); where a regular expression is used, it must
 * be a literal listed in {@link #AUDITED}, so that a new one cannot be added without being
 * checked here: it may not nest quantifiers, and it must run in linear time on long runs of the
 * characters it repeats and on near misses.
 */
class RegexSafetyTest {
    /** Every regular expression the main sources use, with where it is applied. */
    private static final Map<String, String> AUDITED = Map.of(
            "\\s+", "PhraseTable (phrase data), NdrClassify (a data file's error message): white space collapsed",
            "\\*", "PhraseTable: a phrase's gap markers (data)",
            ",", "X6: a list of addresses in a report; InitParameters: a mailet parameter list");

    /** A call that takes a regular expression: Pattern.compile/matches, String.split/replaceAll/replaceFirst/matches. */
    private static final Pattern REGEX_CALL = Pattern.compile(
            "Pattern\\.(?:compile|matches)\\(|\\.(?:split|replaceAll|replaceFirst|matches)\\(\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Duration TIME_BOUND = Duration.ofSeconds(1);
    private static final int RUN = 200_000;

    @Test
    void everyRegularExpressionOfTheSourcesIsAudited() throws IOException {
        Map<String, List<String>> found = regexesInSources();
        assertThat(found).as("regular expressions in the main sources (file:line)").isNotEmpty();
        assertThat(found.keySet()).as("regular expressions not yet audited in RegexSafetyTest.AUDITED: %s", found)
                .isSubsetOf(AUDITED.keySet());
        assertThat(AUDITED.keySet()).as("audited expressions no longer used: remove them")
                .isSubsetOf(found.keySet());
    }

    @Test
    void noAuditedExpressionNestsQuantifiers() {
        for (String regex : AUDITED.keySet()) {
            assertThat(nestsQuantifiers(regex)).as(regex).isFalse();
        }
        // The check itself finds the classic catastrophic shapes.
        assertThat(nestsQuantifiers("(a+)+")).isTrue();
        assertThat(nestsQuantifiers("(\\s*x?)*y")).isTrue();
        assertThat(nestsQuantifiers("(?:ab|a){2,}")).isFalse();
    }

    @Test
    void everyAuditedExpressionIsLinearOnAdversarialText() {
        for (String regex : AUDITED.keySet()) {
            Pattern pattern = Pattern.compile(regex);
            for (String input : adversarialInputs(regex)) {
                long start = System.nanoTime();
                pattern.split(input, -1);
                pattern.matcher(input).replaceAll(" ");
                pattern.matcher(input).matches();
                Matcher m = pattern.matcher(input);
                while (m.find()) {
                    // every match, as split and replaceAll go through them
                }
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as("%s on %d chars", regex, input.length()).isLessThan(TIME_BOUND);
            }
        }
    }

    /** Long runs of every character the expression names, of white space, and each followed by a miss. */
    private static List<String> adversarialInputs(String regex) {
        TreeSet<Character> chars = new TreeSet<>();
        for (char c : regex.toCharArray()) {
            if (c != '\\') {
                chars.add(c);
            }
        }
        chars.addAll(List.of(' ', '\t', '\n', '\r', '\u00a0', 'a', '0', '!'));
        List<String> inputs = new ArrayList<>();
        for (char c : chars) {
            String run = String.valueOf(c).repeat(RUN);
            inputs.add(run);
            inputs.add(run + "!");
            inputs.add((c + " ").repeat(RUN / 2) + "\u0000");
        }
        return inputs;
    }

    /** True when a quantified group holds a quantifier: {@code (a+)+}, {@code (x*y)*}. */
    static boolean nestsQuantifiers(String regex) {
        List<Integer> open = new ArrayList<>();
        List<Boolean> quantified = new ArrayList<>();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> {
                    open.add(i);
                    quantified.add(false);
                }
                case ')' -> {
                    boolean inner = quantified.remove(quantified.size() - 1);
                    open.remove(open.size() - 1);
                    boolean outer = i + 1 < regex.length() && "*+{".indexOf(regex.charAt(i + 1)) >= 0;
                    if (inner && outer) {
                        return true;
                    }
                    if ((inner || outer) && !quantified.isEmpty()) {
                        quantified.set(quantified.size() - 1, true);
                    }
                }
                case '*', '+', '{' -> {
                    if (!quantified.isEmpty()) {
                        quantified.set(quantified.size() - 1, true);
                    }
                }
                default -> {
                    // a literal
                }
            }
        }
        return false;
    }

    /** The literal regular expressions the main sources pass to a regex call, with where. */
    private static Map<String, List<String>> regexesInSources() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        Path sources = Path.of("src/main/java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                Matcher call = REGEX_CALL.matcher(lines.get(n));
                while (call.find()) {
                    int argument = call.group().endsWith("\"") ? call.end() - 1 : call.end();
                    Matcher literal = LITERAL.matcher(lines.get(n)).region(argument, lines.get(n).length());
                    String where = sources.relativize(file) + ":" + (n + 1);
                    String regex = literal.lookingAt() ? unescape(literal.group(1)) : "<not a literal at " + where + ">";
                    found.computeIfAbsent(regex, k -> new ArrayList<>()).add(where);
                }
            }
        }
        return found;
    }

    private static String unescape(String javaLiteral) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaLiteral.length(); i++) {
            char c = javaLiteral.charAt(i);
            if (c == '\\' && i + 1 < javaLiteral.length()) {
                char next = javaLiteral.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
