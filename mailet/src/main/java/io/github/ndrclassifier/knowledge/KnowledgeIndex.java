package io.github.ndrclassifier.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.PhraseTable;

/**
 * The entries arranged for lookup: maps by code, ranges sorted narrowest first, and one phrase
 * table per code that has text entries. Built once; every lookup is a few map reads and at most a
 * few linear phrase scans of the diagnostic.
 *
 * <p>Entries come in origins, highest precedence first (an administrator's file, then the
 * built-in files). Inside one origin an id, an exact code without text, a range or a reason may be
 * claimed only once; across origins the earlier origin wins.
 */
final class KnowledgeIndex {
    private record RangeText(StatusRange range, PhraseTable<KnowledgeEntry> phrases) {
    }

    private record RangeEntry(StatusRange range, KnowledgeEntry entry) {
    }

    private final Map<Integer, PhraseTable<KnowledgeEntry>> textByCode;
    private final List<RangeText> textRanges;
    private final Map<Integer, KnowledgeEntry> byCode;
    private final List<RangeEntry> ranges;
    private final PhraseTable<KnowledgeEntry> textOnly;
    private final Map<Reason, KnowledgeEntry> permanentByReason;
    private final Map<Reason, KnowledgeEntry> transientByReason;
    private final int size;

    private KnowledgeIndex(Map<Integer, PhraseTable<KnowledgeEntry>> textByCode, List<RangeText> textRanges,
                           Map<Integer, KnowledgeEntry> byCode, List<RangeEntry> ranges,
                           PhraseTable<KnowledgeEntry> textOnly, Map<Reason, KnowledgeEntry> permanentByReason,
                           Map<Reason, KnowledgeEntry> transientByReason, int size) {
        this.textByCode = textByCode;
        this.textRanges = textRanges;
        this.byCode = byCode;
        this.ranges = ranges;
        this.textOnly = textOnly;
        this.permanentByReason = permanentByReason;
        this.transientByReason = transientByReason;
        this.size = size;
    }

    /**
     * Validates each origin and merges them: an entry of an earlier origin replaces a later
     * origin's entry of the same id, and wins any code, range or reason both claim.
     *
     * @throws DataFileException when an origin claims an id, code, range or reason twice
     */
    static KnowledgeIndex build(List<List<KnowledgeEntry>> origins) {
        Map<String, KnowledgeEntry> merged = new LinkedHashMap<>();
        for (List<KnowledgeEntry> origin : origins) {
            checkOrigin(origin);
            for (KnowledgeEntry entry : origin) {
                merged.putIfAbsent(entry.id(), entry);
            }
        }
        List<KnowledgeEntry> entries = new ArrayList<>(merged.values());

        Map<Integer, PhraseTable.Builder<KnowledgeEntry>> codeText = new HashMap<>();
        List<RangeEntry> textRangeEntries = new ArrayList<>();
        Map<Integer, KnowledgeEntry> byCode = new HashMap<>();
        List<RangeEntry> ranges = new ArrayList<>();
        PhraseTable.Builder<KnowledgeEntry> textOnly = PhraseTable.builder();
        Map<Reason, KnowledgeEntry> permanent = new EnumMap<>(Reason.class);
        Map<Reason, KnowledgeEntry> transientOnes = new EnumMap<>(Reason.class);
        for (KnowledgeEntry entry : entries) {
            switch (entry.kind()) {
                case CODE -> {
                    for (int key : entry.codes()) {
                        if (entry.hasPhrases()) {
                            PhraseTable.Builder<KnowledgeEntry> table =
                                    codeText.computeIfAbsent(key, k -> PhraseTable.builder());
                            entry.phrases().forEach(p -> table.add(p, entry));
                        } else {
                            byCode.putIfAbsent(key, entry);
                        }
                    }
                }
                case RANGE -> {
                    for (StatusRange range : entry.ranges()) {
                        (entry.hasPhrases() ? textRangeEntries : ranges).add(new RangeEntry(range, entry));
                    }
                }
                case TEXT -> entry.phrases().forEach(p -> textOnly.add(p, entry));
                case REASON -> (entry.permanent() ? permanent : transientOnes).putIfAbsent(entry.reason(), entry);
            }
        }
        Map<Integer, PhraseTable<KnowledgeEntry>> textByCode = new HashMap<>();
        codeText.forEach((key, table) -> textByCode.put(key, table.build()));
        // Narrowest range first: the most specific one explains; equal widths keep precedence order.
        Comparator<RangeEntry> narrowest = Comparator.comparingInt(r -> r.range().width());
        ranges.sort(narrowest);
        textRangeEntries.sort(narrowest);
        List<RangeText> textRanges = new ArrayList<>();
        for (RangeEntry r : textRangeEntries) {
            PhraseTable.Builder<KnowledgeEntry> table = PhraseTable.builder();
            r.entry().phrases().forEach(p -> table.add(p, r.entry()));
            textRanges.add(new RangeText(r.range(), table.build()));
        }
        return new KnowledgeIndex(Map.copyOf(textByCode), List.copyOf(textRanges), Map.copyOf(byCode),
                List.copyOf(ranges), textOnly.build(), permanent, transientOnes, entries.size());
    }

    private static void checkOrigin(List<KnowledgeEntry> origin) {
        Map<String, KnowledgeEntry> ids = new HashMap<>();
        Map<Integer, KnowledgeEntry> codes = new HashMap<>();
        List<RangeEntry> ranges = new ArrayList<>();
        Map<String, KnowledgeEntry> reasons = new HashMap<>();
        for (KnowledgeEntry entry : origin) {
            KnowledgeEntry same = ids.putIfAbsent(entry.id(), entry);
            if (same != null) {
                throw duplicate(entry, "its id", same);
            }
            if (entry.hasPhrases()) {
                continue;
            }
            for (int key : entry.codes()) {
                same = codes.putIfAbsent(key, entry);
                if (same != null && same != entry) {
                    throw duplicate(entry, "code " + StatusCodes.toString(key), same);
                }
            }
            for (StatusRange range : entry.ranges()) {
                for (RangeEntry other : ranges) {
                    boolean nested = range.encloses(other.range()) || other.range().encloses(range);
                    if (range.equals(other.range()) || range.overlaps(other.range()) && !nested) {
                        throw duplicate(entry, "range " + range + " (overlapping " + other.range() + ")",
                                other.entry());
                    }
                }
                ranges.add(new RangeEntry(range, entry));
            }
            if (entry.kind() == KnowledgeEntry.Kind.REASON) {
                same = reasons.putIfAbsent(entry.reason().value() + "/" + entry.permanent(), entry);
                if (same != null) {
                    throw duplicate(entry, "reason " + entry.reason().value() + " (permanent " + entry.permanent()
                            + ")", same);
                }
            }
        }
    }

    private static DataFileException duplicate(KnowledgeEntry entry, String what, KnowledgeEntry first) {
        return new DataFileException(entry.file(), entry.line(), "entry '" + entry.id() + "': " + what
                + " is already taken by entry '" + first.id() + "' (" + first.location() + ")");
    }

    int size() {
        return size;
    }

    /**
     * The most specific entry for a status code: an exact code with matching text, a range with
     * matching text, the exact code, the narrowest range, the subject code x.y.0, the class code
     * x.0.0.
     *
     * @param text the recipient's diagnostic, normalised on first use
     */
    KnowledgeEntry byCode(EnhancedStatusCode code, Diagnostic text) {
        int key = StatusCodes.key(code);
        PhraseTable<KnowledgeEntry> phrases = textByCode.get(key);
        if (phrases != null && text.present()) {
            KnowledgeEntry entry = phrases.first(text.normalized()).orElse(null);
            if (entry != null) {
                return entry;
            }
        }
        for (RangeText range : textRanges) {
            if (range.range().contains(code) && text.present()) {
                KnowledgeEntry entry = range.phrases().first(text.normalized()).orElse(null);
                if (entry != null) {
                    return entry;
                }
            }
        }
        KnowledgeEntry entry = byCode.get(key);
        if (entry != null) {
            return entry;
        }
        for (RangeEntry range : ranges) {
            if (range.range().contains(code)) {
                return range.entry();
            }
        }
        if (code.detail() != 0) {
            entry = byCode.get(StatusCodes.key(code.codeClass(), code.subject(), 0));
            if (entry != null) {
                return entry;
            }
        }
        return byCode.get(StatusCodes.key(code.codeClass(), 0, 0));
    }

    /** The first text-only entry whose phrase occurs in the diagnostic. */
    KnowledgeEntry byText(Diagnostic text) {
        return text.present() ? textOnly.first(text.normalized()).orElse(null) : null;
    }

    /** The entry that explains a reason, preferring the one of the same permanence. */
    KnowledgeEntry byReason(Reason reason, boolean permanent) {
        KnowledgeEntry entry = (permanent ? permanentByReason : transientByReason).get(reason);
        return entry != null ? entry : (permanent ? transientByReason : permanentByReason).get(reason);
    }
}
