package io.github.ndrclassifier.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.knowledge.JsonDataFile;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.PhraseTable;

/**
 * The data that turns a status code and a diagnostic text into a {@link Reason}: which codes
 * imply which reason, and which phrases, in which precedence, reveal one. Loaded from
 * {@code reasons.json}; immutable and thread-safe.
 */
public final class ReasonRules {
    private static final String BUILT_IN = "reasons.json";
    private static volatile ReasonRules builtIn;

    private final Map<String, Reason> exactCodes;
    private final Map<String, Reason> anyClassCodes;
    private final PhraseTable<Reason> phrases;

    private ReasonRules(Map<String, Reason> exactCodes, Map<String, Reason> anyClassCodes, PhraseTable<Reason> phrases) {
        this.exactCodes = Map.copyOf(exactCodes);
        this.anyClassCodes = Map.copyOf(anyClassCodes);
        this.phrases = phrases;
    }

    /** The rules shipped with the classifier, loaded once. */
    public static ReasonRules builtIn() {
        ReasonRules rules = builtIn;
        if (rules == null) {
            synchronized (ReasonRules.class) {
                rules = builtIn;
                if (rules == null) {
                    try (InputStream in = ReasonRules.class.getResourceAsStream(BUILT_IN)) {
                        if (in == null) {
                            throw new DataFileException(BUILT_IN, 0, "missing from the classpath");
                        }
                        rules = load(in, BUILT_IN);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = rules;
                }
            }
        }
        return rules;
    }

    /**
     * Loads rules from JSON.
     *
     * @throws DataFileException naming the source and line of what is malformed
     */
    public static ReasonRules load(InputStream in, String source) {
        JsonDataFile.Document document = JsonDataFile.read(in, source);
        Map<String, Reason> exact = new HashMap<>();
        Map<String, Reason> anyClass = new HashMap<>();
        JsonNode codes = document.scalars().path("statusCodes");
        for (Iterator<Map.Entry<String, JsonNode>> it = codes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Reason reason = reason(source, 0, entry.getValue().asText(), "statusCodes." + entry.getKey());
            String key = entry.getKey().strip();
            if (key.startsWith("x.")) {
                EnhancedStatusCode check = EnhancedStatusCode.parse("5" + key.substring(1))
                        .orElseThrow(() -> new DataFileException(source, 0, "not a status code: " + key));
                anyClass.put(check.withoutClass(), reason);
            } else {
                EnhancedStatusCode code = EnhancedStatusCode.parse(key)
                        .orElseThrow(() -> new DataFileException(source, 0, "not a status code: " + key));
                exact.put(code.toString(), reason);
            }
        }
        PhraseTable.Builder<Reason> table = PhraseTable.builder();
        for (JsonDataFile.Entry entry : document.array("phrases")) {
            Reason reason = reason(source, entry.line(), entry.node().path("reason").asText(""), "reason");
            JsonNode list = entry.node().path("phrases");
            if (!list.isArray() || list.isEmpty()) {
                throw new DataFileException(source, entry.line(), "'phrases' must be a non-empty list of strings");
            }
            for (JsonNode phrase : list) {
                try {
                    table.add(phrase.asText(), reason);
                } catch (IllegalArgumentException e) {
                    throw new DataFileException(source, entry.line(), e.getMessage());
                }
            }
        }
        return new ReasonRules(exact, anyClass, table.build());
    }

    private static Reason reason(String source, int line, String name, String where) {
        return Reason.of(name).orElseThrow(() -> new DataFileException(source, line,
                "unknown reason '" + name + "' in " + where));
    }

    /** The reason a status code implies on its own. */
    public Optional<Reason> forStatus(EnhancedStatusCode code) {
        Reason reason = exactCodes.get(code.toString());
        if (reason == null) {
            reason = anyClassCodes.get(code.withoutClass());
        }
        return Optional.ofNullable(reason);
    }

    /** The reason the highest-ranked phrase found in normalised text reveals. */
    public Optional<PhraseTable.Match<Reason>> forText(String normalizedText) {
        return phrases.firstMatch(normalizedText);
    }
}
