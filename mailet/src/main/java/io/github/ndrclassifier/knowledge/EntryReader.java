package io.github.ndrclassifier.knowledge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.PhraseTable;

/**
 * Reads and validates the entries of one knowledge file. A file is a JSON object with up to two
 * arrays: {@code entries} (found by code, range or text) and {@code byReason} (found by the
 * classified reason). Anything malformed fails with the file, the line and what is wrong.
 */
final class EntryReader {
    private static final Set<String> TOP_LEVEL = Set.of("entries", "byReason");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "code", "codes", "range", "text", "summary", "cause",
            "fix", "fixOwner", "permanent", "reason", "generic", "source");
    private static final Set<String> REASON_FIELDS = Set.of("id", "reason", "permanent", "summary", "cause", "fix",
            "fixOwner", "source");
    private static final int MAX_SUMMARY = 200;

    private EntryReader() {
    }

    /**
     * The entries of one file, in file order.
     *
     * @throws DataFileException naming the file, the line and what is wrong
     */
    static List<KnowledgeEntry> read(InputStream in, String file) {
        JsonDataFile.Document document = JsonDataFile.read(in, file);
        Iterator<String> scalars = document.scalars().fieldNames();
        if (scalars.hasNext()) {
            String name = scalars.next();
            throw new DataFileException(file, 0, TOP_LEVEL.contains(name) ? "'" + name + "' must be an array"
                    : "unknown member '" + name + "' at the top level (expected the arrays " + TOP_LEVEL + ")");
        }
        for (String name : document.arrays().keySet()) {
            if (!TOP_LEVEL.contains(name)) {
                throw new DataFileException(file, 0, "unknown member '" + name
                        + "' at the top level (expected the arrays " + TOP_LEVEL + ")");
            }
        }
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (JsonDataFile.Entry entry : document.array("entries")) {
            entries.add(entry(file, entry));
        }
        for (JsonDataFile.Entry entry : document.array("byReason")) {
            entries.add(reasonEntry(file, entry));
        }
        return entries;
    }

    private static KnowledgeEntry entry(String file, JsonDataFile.Entry located) {
        Fields f = new Fields(file, located, ENTRY_FIELDS);
        String id = f.id();
        boolean hasCode = f.has("code");
        boolean hasCodes = f.has("codes");
        boolean hasRange = f.has("range");
        if ((hasCode ? 1 : 0) + (hasCodes ? 1 : 0) + (hasRange ? 1 : 0) > 1) {
            throw f.error("give only one of 'code', 'codes' and 'range'");
        }
        List<String> phrases = f.phrases();
        int[] codes = new int[0];
        StatusRange[] ranges = new StatusRange[0];
        KnowledgeEntry.Kind kind;
        if (hasCode || hasCodes) {
            List<String> written = hasCode ? List.of(f.string("code")) : f.strings("codes");
            List<Integer> keys = new ArrayList<>();
            for (String code : written) {
                try {
                    for (int key : StatusCodes.keys(code)) {
                        keys.add(key);
                    }
                } catch (IllegalArgumentException e) {
                    throw f.error(e.getMessage());
                }
            }
            codes = keys.stream().mapToInt(Integer::intValue).distinct().toArray();
            kind = KnowledgeEntry.Kind.CODE;
        } else if (hasRange) {
            try {
                ranges = StatusRange.parse(f.string("range"));
            } catch (IllegalArgumentException e) {
                throw f.error(e.getMessage());
            }
            kind = KnowledgeEntry.Kind.RANGE;
        } else if (!phrases.isEmpty()) {
            kind = KnowledgeEntry.Kind.TEXT;
        } else {
            throw f.error("says nothing about when it applies: give 'code', 'codes', 'range' or 'text'");
        }
        boolean permanent = f.bool("permanent");
        for (int key : codes) {
            checkClass(f, key / 1_000_000, permanent, StatusCodes.toString(key));
        }
        for (StatusRange range : ranges) {
            checkClass(f, range.codeClass(), permanent, range.toString());
        }
        boolean generic = f.has("generic") && f.bool("generic");
        if (generic && kind == KnowledgeEntry.Kind.TEXT) {
            throw f.error("'generic' applies to code and range entries only");
        }
        return new KnowledgeEntry(id, kind, codes, ranges, phrases, f.summary(), f.text("cause"), f.text("fix"),
                f.fixOwner(), f.reason(), permanent, generic, f.optionalString("source"), file, located.line());
    }

    private static KnowledgeEntry reasonEntry(String file, JsonDataFile.Entry located) {
        Fields f = new Fields(file, located, REASON_FIELDS);
        String id = f.id();
        return new KnowledgeEntry(id, KnowledgeEntry.Kind.REASON, new int[0], new StatusRange[0], List.of(),
                f.summary(), f.text("cause"), f.text("fix"), f.fixOwner(), f.reason(), f.bool("permanent"), false,
                f.optionalString("source"), file, located.line());
    }

    /** RFC 3463: class 5 is permanent, classes 2 and 4 are not; an entry must agree with its codes. */
    private static void checkClass(Fields f, int codeClass, boolean permanent, String code) {
        if ((codeClass == 5) != permanent) {
            throw f.error("'permanent' is " + permanent + " but " + code + " is a "
                    + (codeClass == 5 ? "permanent" : codeClass == 4 ? "transient" : "success") + " code");
        }
    }

    /** Typed access to one entry's fields, failing with the entry's location. */
    private static final class Fields {
        private final String file;
        private final JsonDataFile.Entry located;
        private final JsonNode node;
        private String id = "";

        Fields(String file, JsonDataFile.Entry located, Set<String> allowed) {
            this.file = file;
            this.located = located;
            this.node = located.node();
            if (!node.isObject()) {
                throw error("an entry must be a JSON object");
            }
            if (node.path("id").isTextual()) {
                id = node.get("id").asText().strip();
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error("unknown field '" + name + "' (allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        DataFileException error(String problem) {
            return new DataFileException(file, located.line(), (id.isEmpty() ? "entry" : "entry '" + id + "'")
                    + ": " + problem);
        }

        boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }

        String id() {
            String value = string("id");
            if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw error("'id' must be a non-empty name without spaces");
            }
            id = value;
            return value;
        }

        String string(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw error("missing '" + name + "'");
            }
            if (!value.isTextual()) {
                throw error("'" + name + "' must be a string");
            }
            return value.asText();
        }

        Optional<String> optionalString(String name) {
            return has(name) ? Optional.of(string(name)) : Optional.empty();
        }

        String text(String name) {
            String value = string(name).strip();
            if (value.isEmpty()) {
                throw error("'" + name + "' is empty");
            }
            return value;
        }

        String summary() {
            String value = text("summary");
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.length() > MAX_SUMMARY) {
                throw error("'summary' must be one line of at most " + MAX_SUMMARY + " characters");
            }
            return value;
        }

        List<String> strings(String name) {
            JsonNode value = node.get(name);
            if (value == null || !value.isArray() || value.isEmpty()) {
                throw error("'" + name + "' must be a non-empty list of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw error("'" + name + "' must be a non-empty list of strings");
                }
                out.add(item.asText());
            }
            return out;
        }

        /** The {@code text} phrases, each checked to be a valid phrase-table pattern. */
        List<String> phrases() {
            if (!has("text")) {
                return List.of();
            }
            List<String> phrases = node.get("text").isTextual() ? List.of(string("text")) : strings("text");
            PhraseTable.Builder<Boolean> check = PhraseTable.builder();
            for (String phrase : phrases) {
                try {
                    check.add(phrase, Boolean.TRUE);
                } catch (IllegalArgumentException e) {
                    throw error("bad text pattern: " + e.getMessage()
                            + " (write lower-case words; '*' is a short gap inside a phrase, '|' at an end a word boundary)");
                }
            }
            return List.copyOf(phrases);
        }

        boolean bool(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw error("missing '" + name + "'");
            }
            if (!value.isBoolean()) {
                throw error("'" + name + "' must be true or false");
            }
            return value.asBoolean();
        }

        FixOwner fixOwner() {
            String value = string("fixOwner");
            return FixOwner.of(value).orElseThrow(() -> error("unknown fixOwner '" + value + "' (one of "
                    + Arrays.stream(FixOwner.values()).map(FixOwner::value).toList() + ")"));
        }

        Reason reason() {
            String value = string("reason");
            return Reason.of(value).orElseThrow(() -> error("unknown reason '" + value + "'"));
        }
    }
}
