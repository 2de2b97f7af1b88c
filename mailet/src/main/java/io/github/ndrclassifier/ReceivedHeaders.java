package io.github.ndrclassifier;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.mime.HeaderBlock;

/** Reads hosts from {@code Received} header fields. */
final class ReceivedHeaders {
    private ReceivedHeaders() {
    }

    /**
     * The host named after {@code by} in the bottom (oldest) Received field: the first server that
     * handled the report, which is the server that generated it or the one it was handed to. The
     * topmost field names the last server, which is the reader's own (the James server the mailet
     * runs in, the mailbox host of a saved file), not the one that wrote the report.
     */
    static Optional<String> originatingHost(HeaderBlock headers) {
        List<String> received = headers.all("Received");
        if (received.isEmpty()) {
            return Optional.empty();
        }
        String value = received.get(received.size() - 1);
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
