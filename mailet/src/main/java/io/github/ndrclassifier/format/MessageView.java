package io.github.ndrclassifier.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.Part;
import io.github.ndrclassifier.mime.ScannedMessage;
import io.github.ndrclassifier.text.NormalizedPhrase;
import io.github.ndrclassifier.text.NormalizedText;

/**
 * A scanned message as format recognisers read it: decoded header values and the human-readable
 * body text, computed once and shared by all recognisers.
 */
public final class MessageView {
    private final ScannedMessage message;
    private String body;
    private NormalizedText searchedBody;
    private String from;
    private String subject;

    public MessageView(ScannedMessage message) {
        this.message = message;
    }

    public ScannedMessage message() {
        return message;
    }

    public HeaderBlock headers() {
        return message.headers();
    }

    /** The decoded From, lower-case; empty when absent. */
    public String from() {
        if (from == null) {
            from = message.headers().text("From").orElse("").toLowerCase(Locale.ROOT);
        }
        return from;
    }

    /** The decoded Subject, lower-case; empty when absent. */
    public String subject() {
        if (subject == null) {
            subject = message.headers().text("Subject").orElse("").toLowerCase(Locale.ROOT);
        }
        return subject;
    }

    /** True when a header called {@code name} is present. */
    public boolean hasHeader(String name) {
        return message.headers().has(name);
    }

    /** The decoded value of header {@code name}. */
    public Optional<String> header(String name) {
        return message.headers().text(name);
    }

    /**
     * The human-readable text of the message: the text/plain parts (or, without any, the
     * text/html parts with tags removed) that are not attached originals, in order, joined by
     * blank lines. Line breaks are kept.
     */
    public String body() {
        if (body == null) {
            body = collectBody();
        }
        return body;
    }

    /**
     * True when {@link #body()} normalised for phrase matching (lower case, single spaces, see
     * {@link io.github.ndrclassifier.text.TextNormalizer}) contains the phrase.
     */
    public boolean bodyContains(NormalizedPhrase phrase) {
        return searchedBody().contains(phrase);
    }

    /** True when the normalised body contains any of the phrases. */
    public boolean bodyContainsAny(List<NormalizedPhrase> phrases) {
        NormalizedText text = searchedBody();
        for (NormalizedPhrase phrase : phrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** True when the normalised body starts with the phrase. */
    public boolean bodyStartsWith(NormalizedPhrase phrase) {
        return searchedBody().startsWith(phrase);
    }

    private NormalizedText searchedBody() {
        if (searchedBody == null) {
            searchedBody = new NormalizedText(body());
        }
        return searchedBody;
    }

    private String collectBody() {
        TextJoiner plain = new TextJoiner();
        TextJoiner html = new TextJoiner();
        for (Part part : message.parts()) {
            if (part.text().isEmpty()) {
                continue;
            }
            String type = part.contentType().mimeType();
            if (type.equals("text/plain")) {
                plain.add(part.text());
            } else if (type.equals("text/html") && plain.isEmpty()) {
                html.add(HtmlText.toText(part.text()));
            }
        }
        return plain.isEmpty() ? html.text() : plain.text();
    }

    /**
     * Texts joined by blank lines; a single text is kept as it is, since most reports have one
     * text part and copying it would only cost.
     */
    private static final class TextJoiner {
        private String first;
        private StringBuilder joined;

        void add(String text) {
            if (first == null) {
                first = text;
                return;
            }
            if (joined == null) {
                joined = new StringBuilder(first.length() + text.length() + 2).append(first);
            }
            joined.append("\n\n").append(text);
        }

        boolean isEmpty() {
            return first == null;
        }

        String text() {
            return first == null ? "" : joined == null ? first : joined.toString();
        }
    }
}
