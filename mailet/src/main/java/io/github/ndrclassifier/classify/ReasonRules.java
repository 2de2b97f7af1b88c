package io.github.ndrclassifier.classify;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.BuiltInData;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.knowledge.JsonDataFile;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.PhraseTable;

/**
 * The data that turns a status code and a diagnostic text into a {@link Reason}: which codes
 * imply which reason, which text reasons may overrule a code's, which phrases, in which
 * precedence, reveal a reason, and which phrases tell the SMTP command a reply answered.
 * Loaded from {@code reasons.json}; immutable and thread-safe.
 */
public final class ReasonRules {
    private static final String BUILT_IN = "reasons.json";
    private static final BuiltInData<ReasonRules> BUILT_IN_RULES =
            new BuiltInData<>(() -> BuiltInData.readResource(ReasonRules.class, BUILT_IN, ReasonRules::load));

    /** By {@link EnhancedStatusCode#key()}: a lookup neither boxes nor builds a string. */
    private final CodeTable exactCodes;
    /** By {@link EnhancedStatusCode#key()} with class 0: the codes written {@code x.subject.detail}. */
    private final CodeTable anyClassCodes;
    /** Enum maps and sets, never changed after loading: a lookup is an array read and a bit test. */
    private final EnumMap<Reason, EnumSet<Reason>> yieldsTo;
    private final EnumMap<Reason, EnumSet<Reason>> hintYieldsTo;
    private final PhraseTable<Evidence> phrases;
    private final PhraseTable<String> commands;

    private ReasonRules(Map<Integer, Reason> exactCodes, Map<Integer, Reason> anyClassCodes,
                        EnumMap<Reason, EnumSet<Reason>> yieldsTo, EnumMap<Reason, EnumSet<Reason>> hintYieldsTo,
                        PhraseTable<Evidence> phrases, PhraseTable<String> commands) {
        this.exactCodes = CodeTable.of(exactCodes);
        this.anyClassCodes = CodeTable.of(anyClassCodes);
        this.yieldsTo = yieldsTo;
        this.hintYieldsTo = hintYieldsTo;
        this.phrases = phrases;
        this.commands = commands;
    }

    /** Reasons by code key, in sorted arrays: a lookup neither boxes the key nor hashes. */
    private static final class CodeTable {
        private final int[] keys;
        private final Reason[] reasons;

        private CodeTable(int[] keys, Reason[] reasons) {
            this.keys = keys;
            this.reasons = reasons;
        }

        static CodeTable of(Map<Integer, Reason> byKey) {
            int[] keys = new int[byKey.size()];
            int n = 0;
            for (int key : byKey.keySet()) {
                keys[n++] = key;
            }
            Arrays.sort(keys);
            Reason[] reasons = new Reason[keys.length];
            for (int i = 0; i < keys.length; i++) {
                reasons[i] = byKey.get(keys[i]);
            }
            return new CodeTable(keys, reasons);
        }

        /** The reason of {@code key}, or null. */
        Reason get(int key) {
            int at = Arrays.binarySearch(keys, key);
            return at >= 0 ? reasons[at] : null;
        }
    }

    /**
     * What a phrase found in the text says: a reason; whether the phrase is weak evidence that
     * only counts when the status code implies no reason; and whether it is a directory's own
     * verdict ("not listed in Domino Directory"), which no SMTP command can turn into a filter's
     * refusal.
     */
    public record Evidence(Reason reason, boolean weak, boolean directory) {
    }

    /** The rules shipped with the classifier, loaded once. */
    public static ReasonRules builtIn() {
        return BUILT_IN_RULES.get();
    }

    /**
     * Loads rules from JSON.
     *
     * @throws DataFileException naming the source and line of what is malformed
     */
    public static ReasonRules load(InputStream in, String source) {
        JsonDataFile.Document document = JsonDataFile.read(in, source);
        Map<Integer, Reason> exact = new HashMap<>();
        Map<Integer, Reason> anyClass = new HashMap<>();
        JsonNode codes = document.scalars().path("statusCodes");
        for (Iterator<Map.Entry<String, JsonNode>> it = codes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Reason reason = reason(source, 0, entry.getValue().asText(), "statusCodes." + entry.getKey());
            String key = entry.getKey().strip();
            if (key.startsWith("x.")) {
                EnhancedStatusCode check = EnhancedStatusCode.parse("5" + key.substring(1))
                        .orElseThrow(() -> new DataFileException(source, 0, "not a status code: " + key));
                anyClass.put(EnhancedStatusCode.key(0, check.subject(), check.detail()), reason);
            } else {
                EnhancedStatusCode code = EnhancedStatusCode.parse(key)
                        .orElseThrow(() -> new DataFileException(source, 0, "not a status code: " + key));
                exact.put(code.key(), reason);
            }
        }
        EnumMap<Reason, EnumSet<Reason>> yields = yieldMap(source, document.array("codeYieldsTo"));
        EnumMap<Reason, EnumSet<Reason>> hintYields = yieldMap(source, document.array("hintYieldsTo"));
        PhraseTable.Builder<Evidence> table = PhraseTable.builder();
        for (JsonDataFile.Entry entry : document.array("phrases")) {
            Reason reason = reason(source, entry.line(), entry.node().path("reason").asText(""), "reason");
            boolean weak = flag(source, entry, "weak");
            boolean directory = flag(source, entry, "directory");
            addAll(table, new Evidence(reason, weak, directory), strings(source, entry, "phrases"), source,
                    entry.line());
        }
        PhraseTable.Builder<String> commandTable = PhraseTable.builder();
        for (JsonDataFile.Entry entry : document.array("commands")) {
            String command = entry.node().path("command").asText("").strip().toUpperCase(Locale.ROOT);
            if (command.isEmpty()) {
                throw new DataFileException(source, entry.line(), "'command' must name an SMTP command");
            }
            addAll(commandTable, command, strings(source, entry, "phrases"), source, entry.line());
        }
        return new ReasonRules(exact, anyClass, yields, hintYields, table.build(), commandTable.build());
    }

    private static EnumMap<Reason, EnumSet<Reason>> yieldMap(String source, List<JsonDataFile.Entry> entries) {
        EnumMap<Reason, EnumSet<Reason>> yields = new EnumMap<>(Reason.class);
        for (JsonDataFile.Entry entry : entries) {
            Reason reason = reason(source, entry.line(), entry.node().path("reason").asText(""), "reason");
            EnumSet<Reason> to = EnumSet.noneOf(Reason.class);
            for (String name : strings(source, entry, "yieldsTo")) {
                to.add(reason(source, entry.line(), name, "yieldsTo"));
            }
            yields.put(reason, to);
        }
        return yields;
    }

    /** The non-empty list of strings an entry holds under {@code name}. */
    static List<String> strings(String source, JsonDataFile.Entry entry, String name) {
        JsonNode list = entry.node().path(name);
        if (!list.isArray() || list.isEmpty()) {
            throw new DataFileException(source, entry.line(), "'" + name + "' must be a non-empty list of strings");
        }
        List<String> values = new ArrayList<>(list.size());
        for (JsonNode value : list) {
            if (!value.isTextual()) {
                throw new DataFileException(source, entry.line(), "'" + name + "' must hold strings only");
            }
            values.add(value.asText());
        }
        return values;
    }

    private static boolean flag(String source, JsonDataFile.Entry entry, String name) {
        JsonNode value = entry.node().path(name);
        if (!value.isMissingNode() && !value.isBoolean()) {
            throw new DataFileException(source, entry.line(), "'" + name + "' must be true or false");
        }
        return value.asBoolean(false);
    }

    static <T> void addAll(PhraseTable.Builder<T> table, T value, Iterable<String> phrases, String source, int line) {
        for (String phrase : phrases) {
            try {
                table.add(phrase, value);
            } catch (IllegalArgumentException e) {
                throw new DataFileException(source, line, e.getMessage());
            }
        }
    }

    static Reason reason(String source, int line, String name, String where) {
        return Reason.of(name).orElseThrow(() -> new DataFileException(source, line,
                "unknown reason '" + name + "' in " + where));
    }

    /** The reason a status code implies on its own. */
    public Optional<Reason> forStatus(EnhancedStatusCode code) {
        Reason reason = exactCodes.get(code.key());
        if (reason == null) {
            reason = anyClassCodes.get(EnhancedStatusCode.key(0, code.subject(), code.detail()));
        }
        return Optional.ofNullable(reason);
    }

    /** What the highest-ranked phrase found in normalised text reveals. */
    public Optional<Evidence> forText(String normalizedText) {
        return phrases.first(normalizedText);
    }

    /**
     * True when text revealing {@code textReason} overrules a status code implying
     * {@code codeReason}: a specific code usually wins, except over the reasons listed for it.
     */
    public boolean textOverrules(Reason codeReason, Reason textReason) {
        return yields(yieldsTo, codeReason, textReason);
    }

    /**
     * True when text may overrule a status code implying {@code codeReason}: some reason is
     * listed for it. A code no text overrules decides whatever the text says.
     */
    public boolean mayBeOverruled(Reason codeReason) {
        return yieldsToAny(yieldsTo, codeReason);
    }

    /**
     * True when evidence for {@code found} overrules a format's hint {@code hint}: a format that
     * knows delivery expired still leaves room for the reason the remote server gave.
     */
    public boolean overrulesHint(Reason hint, Reason found) {
        return yields(hintYieldsTo, hint, found);
    }

    /**
     * True when evidence may overrule a format's hint {@code hint}: some reason is listed for it.
     * A hint no evidence overrules decides whatever the report says.
     */
    public boolean hintMayBeOverruled(Reason hint) {
        return yieldsToAny(hintYieldsTo, hint);
    }

    /** True when {@code table} lists {@code other} among the reasons {@code reason} yields to. */
    private static boolean yields(EnumMap<Reason, EnumSet<Reason>> table, Reason reason, Reason other) {
        Set<Reason> overruling = table.get(reason);
        return overruling != null && overruling.contains(other);
    }

    /** True when {@code table} lists some reason {@code reason} yields to. */
    private static boolean yieldsToAny(EnumMap<Reason, EnumSet<Reason>> table, Reason reason) {
        Set<Reason> overruling = table.get(reason);
        return overruling != null && !overruling.isEmpty();
    }

    /** The SMTP command (upper case, e.g. RCPT, DATA) that normalised text says a reply answered. */
    public Optional<String> commandIn(String normalizedText) {
        return commands.first(normalizedText);
    }
}
