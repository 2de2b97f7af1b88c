package io.github.ndrclassifier.knowledge;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Reason;

/**
 * One validated entry of a knowledge file.
 *
 * <p>An entry is found in one of four ways, its {@link Kind}: by exact status code (one or
 * several aliases), by a range of codes, by text alone, or by the reason the classifier decided.
 * Code and range entries may also carry {@code phrases}: then they apply only when one of them
 * occurs in the diagnostic.
 *
 * @param id        unique name; an administrator's entry with the same id replaces this one
 * @param codes     the exact codes (keys of {@link StatusCodes}) of a {@link Kind#CODE} entry
 * @param ranges    the ranges of a {@link Kind#RANGE} entry
 * @param phrases   lower-case phrases of which one must occur in the diagnostic, if any
 * @param reason    the reason the entry maps to; for {@link Kind#REASON} entries, the one it explains
 * @param permanent whether the failure it describes is permanent
 * @param generic   true for catch-all codes (x.0.0, x.y.0, 5.7.1): a matching text-only entry or
 *                  the entry of a different classified reason says more than they do
 * @param source    where the facts come from (a registry, a vendor), for the reader
 * @param file      the file the entry was read from
 * @param line      the line the entry starts on
 */
record KnowledgeEntry(String id, Kind kind, int[] codes, StatusRange[] ranges, List<String> phrases, String summary,
                      String cause, String fix, FixOwner fixOwner, Reason reason, boolean permanent, boolean generic,
                      Optional<String> source, String file, int line) {

    /** How an entry is found. */
    enum Kind {
        CODE, RANGE, TEXT, REASON
    }

    boolean hasPhrases() {
        return !phrases.isEmpty();
    }

    /** True when the entry is written for {@code code}: one of its codes, or in one of its ranges. */
    boolean covers(EnhancedStatusCode code) {
        int key = code.key();
        for (int c : codes) {
            if (c == key) {
                return true;
            }
        }
        for (StatusRange range : ranges) {
            if (range.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** Where the entry is written, for error messages. */
    String location() {
        return file + ", line " + line;
    }

    Explanation explanation(GeneratedBy generatedBy) {
        return new Explanation(id, summary, cause, fix, fixOwner, generatedBy);
    }
}
