package io.github.ndrclassifier.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * The knowledge of status codes and rejection texts that explains a classified recipient: what
 * happened, the likely cause, the fix, who must act, and where in the mail flow the failure was
 * generated ({@link MailFlow}).
 *
 * <p>The knowledge is data: the JSON files next to this class (the IANA registry of enhanced
 * status codes, Exchange Online's codes, other providers' codes and texts, one entry per reason),
 * optionally extended and overridden by an administrator's file. Lookup for a recipient, most
 * specific first:
 * <ol>
 * <li>an entry for the exact code whose text occurs in the diagnostic (a vendor's meaning of a
 *     code: Exchange Online's three meanings of 5.7.1), then a range entry with matching text;</li>
 * <li>the entry for the exact code; the narrowest range holding it; its subject code x.y.0; its
 *     class code x.0.0;</li>
 * <li>if that entry is generic (a catch-all: x.0.0, x.y.0, 5.7.1) or there is none: a text-only
 *     entry whose text occurs in the diagnostic (not for success codes); else the entry for the
 *     classified reason, when the classifier found a reason other than the one the generic code
 *     implies; else the generic entry itself.</li>
 * </ol>
 * A recipient without a status code (feedback reports, auto-replies) is explained by text, else
 * by its reason. Everything is precomputed at load time; a lookup does a few map reads and at most
 * one linear scan of the diagnostic (all entries' texts are in one phrase table),
 * without regular expressions.
 *
 * <p>Immutable and thread-safe.
 */
public final class KnowledgeBase implements Explainer {
    /** The built-in files, highest precedence first (a vendor's text beats the registry's code). */
    static final List<String> BUILT_IN_FILES =
            List.of("providers.json", "exchange-online.json", "codes.json", "by-reason.json");
    static final String MAIL_FLOW_FILE = "generated-by.json";

    private static final BuiltInData<KnowledgeBase> BUILT_IN = new BuiltInData<>(KnowledgeBase::loadBuiltIn);

    private final List<KnowledgeEntry> builtInEntries;
    private final KnowledgeIndex index;
    private final MailFlow flow;

    private KnowledgeBase(List<KnowledgeEntry> builtInEntries, KnowledgeIndex index, MailFlow flow) {
        this.builtInEntries = builtInEntries;
        this.index = index;
        this.flow = flow;
    }

    /**
     * The knowledge shipped with the classifier, loaded and validated once.
     *
     * @throws DataFileException when a built-in file is malformed (a packaging defect)
     */
    public static KnowledgeBase builtIn() {
        return BUILT_IN.get();
    }

    private static KnowledgeBase loadBuiltIn() {
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (String file : BUILT_IN_FILES) {
            entries.addAll(BuiltInData.readResource(KnowledgeBase.class, file, EntryReader::read));
        }
        List<KnowledgeEntry> frozen = List.copyOf(entries);
        MailFlow flow = BuiltInData.readResource(KnowledgeBase.class, MAIL_FLOW_FILE, MailFlow::load);
        return new KnowledgeBase(frozen, KnowledgeIndex.build(List.of(frozen), flow.remoteReplyMarkers()), flow);
    }

    /**
     * The built-in knowledge extended and overridden by an administrator's file: an entry with the
     * id of a built-in entry replaces it; an entry with a new id is added and wins any code, range,
     * text or reason it shares with a built-in entry.
     *
     * @throws DataFileException naming the file, the line and what is wrong: unreadable, not JSON,
     *                           an unknown field, a missing summary, an invalid code or range, an
     *                           unknown reason or fixOwner, a duplicate id, a bad text pattern
     */
    public static KnowledgeBase withOverrides(Path file) {
        String name = file.toString();
        List<KnowledgeEntry> overrides;
        try (InputStream in = Files.newInputStream(file)) {
            overrides = EntryReader.read(in, name);
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, 0, "no such file");
        } catch (IOException e) {
            throw new DataFileException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
        KnowledgeBase base = builtIn();
        return new KnowledgeBase(base.builtInEntries,
                KnowledgeIndex.build(List.of(List.copyOf(overrides), base.builtInEntries),
                        base.flow.remoteReplyMarkers()), base.flow);
    }

    /** The number of entries in use. */
    public int size() {
        return index.size();
    }

    @Override
    public Optional<Explanation> explain(RecipientResult recipient, BounceReport report) {
        Diagnostic text = index.diagnostic(recipient.diagnostic());
        KnowledgeEntry entry = find(recipient, text);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(entry.explanation(flow.locate(recipient, report, text)));
    }

    private KnowledgeEntry find(RecipientResult recipient, Diagnostic text) {
        Optional<EnhancedStatusCode> status = recipient.status();
        KnowledgeEntry byCode = status.isPresent() ? byCode(recipient, status.get(), text) : null;
        if (byCode != null && !byCode.generic()) {
            return byCode;
        }
        if (status.isEmpty() || !status.get().isSuccess()) {
            KnowledgeEntry byText = index.byText(text);
            if (byText != null) {
                return byText;
            }
        }
        if (byCode == null || recipient.reason() != byCode.reason()) {
            KnowledgeEntry byReason = index.byReason(recipient.reason(), recipient.permanent());
            if (byReason != null) {
                return byReason;
            }
        }
        return byCode;
    }

    /**
     * The entry of the code; for a temporary code in a failure the sending server gave up on
     * (Action: failed, a qmail "I'm not going to try again"), the entry of its permanent
     * counterpart (4.4.1 gives 5.4.1) when one explains exactly that code: the temporary entry
     * says delivery is being retried, which no longer holds. An entry found by the diagnostic's
     * text stays, being specific to what the server said.
     */
    private KnowledgeEntry byCode(RecipientResult recipient, EnhancedStatusCode code, Diagnostic text) {
        KnowledgeEntry entry = index.byCode(code, text);
        if (!recipient.permanent() || !code.isTransient() || entry == null || entry.permanent()
                || entry.hasPhrases()) {
            return entry;
        }
        EnhancedStatusCode givenUp = new EnhancedStatusCode(5, code.subject(), code.detail());
        KnowledgeEntry counterpart = index.byCode(givenUp, text);
        return counterpart != null && counterpart.permanent() && counterpart.covers(givenUp) ? counterpart : entry;
    }
}
