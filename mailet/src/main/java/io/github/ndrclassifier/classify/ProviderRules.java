package io.github.ndrclassifier.classify;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import io.github.ndrclassifier.text.Trim;

/**
 * Reasons that large mailbox providers state in their own way: their documented rejection texts
 * and codes (Gmail's 5.7.26, Microsoft's 5.7.606-649, Yahoo's [TSS04], Orange's LPN007_416, ...).
 * A provider is selected by the host that rejected the message, by a marker of the provider in
 * the diagnostic (its help page, its own code), or by the host that reported the failure, in that
 * order; its rules are tried in their listed order. Loaded from {@code providers.json}; immutable
 * and thread-safe.
 */
public final class ProviderRules {
    private static final String BUILT_IN = "providers.json";
    private static final BuiltInData<ProviderRules> BUILT_IN_RULES =
            new BuiltInData<>(() -> BuiltInData.readResource(ProviderRules.class, BUILT_IN, ProviderRules::load));

    /** What a provider's rule decided. */
    public record Verdict(String provider, Reason reason) {
    }

    /** The facts a provider rule may test. */
    public record Query(Optional<String> remoteMta, Optional<String> reportingMta, String normalizedText,
                        Optional<EnhancedStatusCode> status, Optional<Integer> replyCode, Optional<String> command) {
    }

    private record CodeRange(int codeClass, int subject, int fromDetail, int toDetail) {
        boolean contains(EnhancedStatusCode code) {
            return (codeClass == 0 || code.codeClass() == codeClass) && code.subject() == subject
                    && code.detail() >= fromDetail && code.detail() <= toDetail;
        }
    }

    private record Rule(Reason reason, List<CodeRange> codes, Set<Integer> replyCodes, Set<String> commands,
                        boolean needsPhrase) {
        /** True when the query meets every condition but the phrases. */
        boolean admits(Query query) {
            if (!codes.isEmpty() && (query.status().isEmpty() || !inRanges(query.status().get()))) {
                return false;
            }
            if (!replyCodes.isEmpty() && (query.replyCode().isEmpty() || !replyCodes.contains(query.replyCode().get()))) {
                return false;
            }
            return commands.isEmpty() || query.command().isPresent() && commands.contains(query.command().get());
        }

        private boolean inRanges(EnhancedStatusCode code) {
            for (CodeRange range : codes) {
                if (range.contains(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Provider {
        final String name;
        final List<Rule> rules = new ArrayList<>();
        final PhraseTable.Builder<Integer> phraseBuilder = PhraseTable.builder();
        PhraseTable<Integer> phrases;

        Provider(String name) {
            this.name = name;
        }

        Optional<Reason> decide(Query query) {
            // The text is searched only once a rule needing a phrase meets its other conditions.
            List<Integer> matched = null;
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (!rule.admits(query)) {
                    continue;
                }
                if (rule.needsPhrase()) {
                    if (matched == null) {
                        matched = phrases.allValues(query.normalizedText());
                    }
                    if (!matched.contains(i)) {
                        continue;
                    }
                }
                return Optional.of(rule.reason());
            }
            return Optional.empty();
        }
    }

    private final Map<String, Provider> byHost;
    /**
     * The last {@link #endingLabels} labels of every provider host: a host that does not end so
     * belongs to no provider, which most hosts are told with one look-up.
     */
    private final Set<String> hostEndings;
    /** Two, or one when a provider host is a single label. */
    private final int endingLabels;
    private final PhraseTable<Provider> markers;

    private ProviderRules(Map<String, Provider> byHost, PhraseTable<Provider> markers) {
        this.byHost = Map.copyOf(byHost);
        this.markers = markers;
        int labels = 2;
        for (String host : byHost.keySet()) {
            labels = Math.min(labels, host.indexOf('.') < 0 ? 1 : 2);
        }
        this.endingLabels = labels;
        Set<String> endings = new HashSet<>();
        for (String host : byHost.keySet()) {
            endings.add(lastLabels(host, labels));
        }
        this.hostEndings = Set.copyOf(endings);
    }

    /** The provider rules shipped with the classifier, loaded once. */
    public static ProviderRules builtIn() {
        return BUILT_IN_RULES.get();
    }

    /** Rules that know no provider. */
    public static ProviderRules none() {
        return new ProviderRules(Map.of(), PhraseTable.<Provider>builder().build());
    }

    /**
     * Loads provider rules from JSON: {@code providers} (name, hosts, markers) and {@code rules}
     * (provider, reason, and at least one of codes, replyCodes, phrases; commands optional).
     *
     * @throws DataFileException naming the source and line of what is malformed
     */
    public static ProviderRules load(InputStream in, String source) {
        JsonDataFile.Document document = JsonDataFile.read(in, source);
        Map<String, Provider> byName = new LinkedHashMap<>();
        Map<String, Provider> byHost = new HashMap<>();
        PhraseTable.Builder<Provider> markers = PhraseTable.builder();
        for (JsonDataFile.Entry entry : document.array("providers")) {
            String name = entry.node().path("name").asText("").strip();
            if (name.isEmpty() || byName.containsKey(name)) {
                throw new DataFileException(source, entry.line(), "a provider needs a unique 'name'");
            }
            Provider provider = new Provider(name);
            byName.put(name, provider);
            for (String host : ReasonRules.strings(source, entry, "hosts")) {
                byHost.put(host.strip().toLowerCase(Locale.ROOT), provider);
            }
            if (!entry.node().path("markers").isMissingNode()) {
                ReasonRules.addAll(markers, provider, ReasonRules.strings(source, entry, "markers"), source,
                        entry.line());
            }
        }
        for (JsonDataFile.Entry entry : document.array("rules")) {
            JsonNode node = entry.node();
            Provider provider = byName.get(node.path("provider").asText(""));
            if (provider == null) {
                throw new DataFileException(source, entry.line(), "unknown provider '"
                        + node.path("provider").asText("") + "'");
            }
            Reason reason = ReasonRules.reason(source, entry.line(), node.path("reason").asText(""), "reason");
            List<CodeRange> codes = new ArrayList<>();
            if (!node.path("codes").isMissingNode()) {
                for (String code : ReasonRules.strings(source, entry, "codes")) {
                    codes.add(codeRange(code, source, entry.line()));
                }
            }
            List<Integer> replies = new ArrayList<>();
            if (!node.path("replyCodes").isMissingNode()) {
                for (String reply : ReasonRules.strings(source, entry, "replyCodes")) {
                    replies.add(replyCode(reply, source, entry.line()));
                }
            }
            List<String> commands = new ArrayList<>();
            if (!node.path("commands").isMissingNode()) {
                for (String command : ReasonRules.strings(source, entry, "commands")) {
                    commands.add(command.strip().toUpperCase(Locale.ROOT));
                }
            }
            boolean needsPhrase = !node.path("phrases").isMissingNode();
            if (needsPhrase) {
                ReasonRules.addAll(provider.phraseBuilder, provider.rules.size(),
                        ReasonRules.strings(source, entry, "phrases"), source, entry.line());
            }
            if (codes.isEmpty() && replies.isEmpty() && !needsPhrase) {
                throw new DataFileException(source, entry.line(), "a rule needs 'codes', 'replyCodes' or 'phrases'");
            }
            provider.rules.add(new Rule(reason, List.copyOf(codes), Set.copyOf(replies), Set.copyOf(commands),
                    needsPhrase));
        }
        for (Provider provider : byName.values()) {
            provider.phrases = provider.phraseBuilder.build();
        }
        return new ProviderRules(byHost, markers.build());
    }

    private static CodeRange codeRange(String value, String source, int line) {
        String code = value.strip();
        int dash = code.indexOf('-');
        String first = dash < 0 ? code : code.substring(0, dash);
        boolean anyClass = first.startsWith("x.");
        EnhancedStatusCode parsed = EnhancedStatusCode.parse(anyClass ? "5" + first.substring(1) : first)
                .orElseThrow(() -> new DataFileException(source, line, "not a status code: " + value));
        int to = parsed.detail();
        if (dash >= 0) {
            try {
                to = Integer.parseInt(code.substring(dash + 1).strip());
            } catch (NumberFormatException e) {
                throw new DataFileException(source, line, "not a status code range: " + value);
            }
            if (to < parsed.detail()) {
                throw new DataFileException(source, line, "empty status code range: " + value);
            }
        }
        return new CodeRange(anyClass ? 0 : parsed.codeClass(), parsed.subject(), parsed.detail(), to);
    }

    private static int replyCode(String value, String source, int line) {
        try {
            int code = Integer.parseInt(value.strip());
            if (code >= 200 && code <= 599) {
                return code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFileException(source, line, "not an SMTP reply code: " + value);
    }

    /** The reason the first provider concerned states, if any of its rules applies. */
    public Optional<Verdict> decide(Query query) {
        List<Provider> tried = new ArrayList<>(3);
        Provider remote = query.remoteMta().isPresent() ? forHost(query.remoteMta().get()) : null;
        Optional<Verdict> verdict = tryProvider(remote, query, tried);
        if (verdict.isPresent()) {
            return verdict;
        }
        List<Provider> marked = markers.allValues(query.normalizedText());
        for (int i = 0; i < marked.size(); i++) {
            verdict = tryProvider(marked.get(i), query, tried);
            if (verdict.isPresent()) {
                return verdict;
            }
        }
        Provider reporting = query.reportingMta().isPresent() ? forHost(query.reportingMta().get()) : null;
        return tryProvider(reporting, query, tried);
    }

    /** The verdict of {@code provider} (none when null or already tried). */
    private static Optional<Verdict> tryProvider(Provider provider, Query query, List<Provider> tried) {
        if (provider == null || tried.contains(provider)) {
            return Optional.empty();
        }
        tried.add(provider);
        Optional<Reason> reason = provider.decide(query);
        return reason.isPresent() ? Optional.of(new Verdict(provider.name, reason.get())) : Optional.empty();
    }

    /** The provider owning {@code mta} or one of its parent domains, or null. */
    private Provider forHost(String mta) {
        String host = hostOf(mta);
        if (!hostEndings.contains(lastLabels(host, endingLabels))) {
            return null;
        }
        int from = 0;
        while (from >= 0 && from < host.length()) {
            Provider provider = byHost.get(from == 0 ? host : host.substring(from));
            if (provider != null) {
                return provider;
            }
            int dot = host.indexOf('.', from);
            from = dot < 0 ? -1 : dot + 1;
        }
        return null;
    }

    /** The last {@code labels} (one or two) labels of {@code host}, or the host when it has no more. */
    private static String lastLabels(String host, int labels) {
        int start = host.lastIndexOf('.');
        if (labels == 2 && start > 0) {
            start = host.lastIndexOf('.', start - 1);
        }
        return start < 0 ? host : host.substring(start + 1);
    }

    /** The host name of an MTA field such as {@code "dns; mx.example.com. (192.0.2.1)"}, lower case. */
    static String hostOf(String mta) {
        String s = mta.strip().toLowerCase(Locale.ROOT);
        int semicolon = s.indexOf(';');
        if (semicolon >= 0 && semicolon < 8) {
            s = s.substring(semicolon + 1).strip();
        }
        int end = 0;
        while (end < s.length() && !endsHost(s.charAt(end))) {
            end++;
        }
        return Trim.trailing(s.substring(0, end), ".");
    }

    private static boolean endsHost(char c) {
        return c == ' ' || c == '(' || c == '[' || c == ']' || c == '<' || c == '>' || c == ':' || c == ',';
    }
}
