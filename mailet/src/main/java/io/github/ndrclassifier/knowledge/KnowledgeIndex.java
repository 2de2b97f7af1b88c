package io.github.ndrclassifier.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.PhraseTable;

/**
 * The entries arranged for lookup: maps by code, ranges sorted narrowest first, entries by
 * reason, and one phrase table holding every entry's text and the remote-reply markers, so that a
 * lookup scans the diagnostic once at most. Built once; a lookup is a few map reads and a walk
 * over the (few) phrases found.
 *
 * <p>Entries come in origins, highest precedence first (an administrator's file, then the
 * built-in files). Inside one origin an id, an exact code without text, a range or a reason may be
 * claimed only once; across origins the earlier origin wins.
 */
final class KnowledgeIndex {
    private record RangeEntry(StatusRange range, KnowledgeEntry entry) {
    }

    private final PhraseTable<PhraseHit> phrases;
    /** The keys of the codes that entries with text explain, sorted: looked up without boxing. */
    private final int[] codesWithText;
    private final List<StatusRange> rangesWithText;
    /** The keys of the codes that entries without text explain, sorted, and those entries. */
    private final int[] codeKeys;
    private final KnowledgeEntry[] codeEntries;
    private final List<RangeEntry> ranges;
    private final Map<Reason, KnowledgeEntry> permanentByReason;
    private final Map<Reason, KnowledgeEntry> transientByReason;
    private final int size;

    private KnowledgeIndex(PhraseTable<PhraseHit> phrases, Set<Integer> codesWithText,
                           List<StatusRange> rangesWithText, Map<Integer, KnowledgeEntry> byCode,
                           List<RangeEntry> ranges, Map<Reason, KnowledgeEntry> permanentByReason,
                           Map<Reason, KnowledgeEntry> transientByReason, int size) {
        this.phrases = phrases;
        this.codesWithText = codesWithText.stream().mapToInt(Integer::intValue).sorted().toArray();
        this.rangesWithText = rangesWithText;
        this.codeKeys = byCode.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.codeEntries = new KnowledgeEntry[codeKeys.length];
        for (int i = 0; i < codeKeys.length; i++) {
            codeEntries[i] = byCode.get(codeKeys[i]);
        }
        this.ranges = ranges;
        this.permanentByReason = permanentByReason;
        this.transientByReason = transientByReason;
        this.size = size;
    }

    /**
     * Validates each origin and merges them: an entry of an earlier origin replaces a later
     * origin's entry of the same id, and wins any code, range, text or reason both claim.
     *
     * @param remoteReplyMarkers the phrases that show a diagnostic quotes another server
     * @throws DataFileException when an origin claims an id, code, range or reason twice
     */
    static KnowledgeIndex build(List<List<KnowledgeEntry>> origins, List<String> remoteReplyMarkers) {
        Map<String, KnowledgeEntry> merged = new LinkedHashMap<>();
        for (List<KnowledgeEntry> origin : origins) {
            checkOrigin(origin);
            for (KnowledgeEntry entry : origin) {
                merged.putIfAbsent(entry.id(), entry);
            }
        }
        List<KnowledgeEntry> entries = new ArrayList<>(merged.values());

        PhraseTable.Builder<PhraseHit> phrases = PhraseTable.builder();
        Set<Integer> codesWithText = new HashSet<>();
        List<StatusRange> rangesWithText = new ArrayList<>();
        Map<Integer, KnowledgeEntry> byCode = new HashMap<>();
        List<RangeEntry> ranges = new ArrayList<>();
        Map<Reason, KnowledgeEntry> permanent = new EnumMap<>(Reason.class);
        Map<Reason, KnowledgeEntry> transientOnes = new EnumMap<>(Reason.class);
        for (KnowledgeEntry entry : entries) {
            if (entry.hasPhrases()) {
                PhraseHit hit = PhraseHit.of(entry);
                entry.phrases().forEach(p -> phrases.add(p, hit));
            }
            switch (entry.kind()) {
                case CODE -> {
                    for (int key : entry.codes()) {
                        if (entry.hasPhrases()) {
                            codesWithText.add(key);
                        } else {
                            byCode.putIfAbsent(key, entry);
                        }
                    }
                }
                case RANGE -> {
                    for (StatusRange range : entry.ranges()) {
                        if (entry.hasPhrases()) {
                            rangesWithText.add(range);
                        } else {
                            ranges.add(new RangeEntry(range, entry));
                        }
                    }
                }
                case TEXT -> {
                    // found through the phrase table only
                }
                case REASON -> (entry.permanent() ? permanent : transientOnes).putIfAbsent(entry.reason(), entry);
            }
        }
        remoteReplyMarkers.forEach(p -> phrases.add(p, PhraseHit.REMOTE_REPLY));
        // Narrowest range first: the most specific one explains; equal widths keep precedence order.
        ranges.sort(Comparator.comparingInt(r -> r.range().width()));
        return new KnowledgeIndex(phrases.build(), codesWithText, List.copyOf(rangesWithText), byCode,
                List.copyOf(ranges), permanent, transientOnes, entries.size());
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

    /** A diagnostic to look up, scanned with this index's phrases on first use. */
    Diagnostic diagnostic(Optional<String> text) {
        return new Diagnostic(text, phrases);
    }

    /**
     * The most specific entry for a status code: an exact code with matching text, a range with
     * matching text (the narrowest), the exact code, the narrowest range, the subject code x.y.0,
     * the class code x.0.0.
     */
    KnowledgeEntry byCode(EnhancedStatusCode code, Diagnostic text) {
        int key = code.key();
        if (Arrays.binarySearch(codesWithText, key) >= 0) {
            for (PhraseHit hit : text.hits()) {
                if (hit.kind() == PhraseHit.Kind.CODE_TEXT && hit.entry().orElseThrow().covers(code)) {
                    return hit.entry().get();
                }
            }
        }
        KnowledgeEntry entry = byRangeText(code, text);
        if (entry != null) {
            return entry;
        }
        entry = entryFor(key);
        if (entry != null) {
            return entry;
        }
        for (RangeEntry range : ranges) {
            if (range.range().contains(code)) {
                return range.entry();
            }
        }
        if (code.detail() != 0) {
            entry = entryFor(EnhancedStatusCode.key(code.codeClass(), code.subject(), 0));
            if (entry != null) {
                return entry;
            }
        }
        return entryFor(EnhancedStatusCode.key(code.codeClass(), 0, 0));
    }

    /** The entry without text for the code of {@code key}, or null. */
    private KnowledgeEntry entryFor(int key) {
        int at = Arrays.binarySearch(codeKeys, key);
        return at >= 0 ? codeEntries[at] : null;
    }

    private KnowledgeEntry byRangeText(EnhancedStatusCode code, Diagnostic text) {
        boolean inRange = false;
        for (StatusRange range : rangesWithText) {
            inRange |= range.contains(code);
        }
        if (!inRange) {
            return null;
        }
        KnowledgeEntry best = null;
        int bestWidth = Integer.MAX_VALUE;
        for (PhraseHit hit : text.hits()) {
            if (hit.kind() == PhraseHit.Kind.RANGE_TEXT) {
                for (StatusRange range : hit.entry().orElseThrow().ranges()) {
                    if (range.contains(code) && range.width() < bestWidth) {
                        best = hit.entry().get();
                        bestWidth = range.width();
                    }
                }
            }
        }
        return best;
    }

    /** The first text-only entry whose phrase occurs in the diagnostic. */
    KnowledgeEntry byText(Diagnostic text) {
        for (PhraseHit hit : text.hits()) {
            if (hit.kind() == PhraseHit.Kind.TEXT_ONLY) {
                return hit.entry().orElseThrow();
            }
        }
        return null;
    }

    /** The entry that explains a reason, preferring the one of the same permanence. */
    KnowledgeEntry byReason(Reason reason, boolean permanent) {
        KnowledgeEntry entry = (permanent ? permanentByReason : transientByReason).get(reason);
        return entry != null ? entry : (permanent ? transientByReason : permanentByReason).get(reason);
    }
}
