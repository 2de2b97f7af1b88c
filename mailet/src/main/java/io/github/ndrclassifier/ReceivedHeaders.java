package io.github.ndrclassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.HeaderField;

/** Reads hosts from {@code Received} header fields. */
public final class ReceivedHeaders {
    /** A message that passed through more servers than this is looping; the rest say nothing new. */
    private static final int MAX_HOSTS = 50;

    private ReceivedHeaders() {
    }

    /** The host named after {@code by} in each Received field that names one, topmost first (at most 50). */
    public static List<String> byHosts(HeaderBlock headers) {
        List<String> hosts = new ArrayList<>();
        for (String received : headers.all("Received")) {
            if (hosts.size() == MAX_HOSTS) {
                break;
            }
            byHost(received).ifPresent(hosts::add);
        }
        return hosts;
    }

    /**
     * The host named after {@code by} in the oldest Received field that names a host in a domain:
     * the first server that handled the report, which is the server that generated it or the one
     * it was handed to. The topmost field names the last server, which is the reader's own (the
     * James server the mailet runs in, the mailbox host of a saved file), not the one that wrote
     * the report. A name without a dot ({@code localhost}, a bare machine name) says nothing of
     * where the report comes from and is passed over.
     */
    static Optional<String> originatingHost(HeaderBlock headers) {
        // From the bottom, decoding a field's value only when it is reached: the oldest field usually names it.
        List<HeaderField> fields = headers.fields();
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (fields.get(i).is("Received")) {
                Optional<String> host = byHost(fields.get(i).value()).filter(ReceivedHeaders::isDomainName);
                if (host.isPresent()) {
                    return host;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> byHost(String value) {
        int by = indexOfWord(value, "by");
        if (by < 0) {
            return Optional.empty();
        }
        int start = by + 2;
        while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < value.length() && !Character.isWhitespace(value.charAt(end)) && value.charAt(end) != ';'
                && value.charAt(end) != '(') {
            end++;
        }
        return end > start ? Optional.of(value.substring(start, end)) : Optional.empty();
    }

    private static boolean isDomainName(String host) {
        int dot = host.indexOf('.');
        return dot > 0 && dot < host.length() - 1 && !host.toLowerCase(Locale.ROOT).startsWith("localhost.");
    }

    private static int indexOfWord(String s, String word) {
        int from = 0;
        while (true) {
            int at = s.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean before = at == 0 || Character.isWhitespace(s.charAt(at - 1));
            boolean after = at + word.length() < s.length() && Character.isWhitespace(s.charAt(at + word.length()));
            if (before && after) {
                return at;
            }
            from = at + 1;
        }
    }
}
