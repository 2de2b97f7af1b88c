package io.github.ndrclassifier.format;

/**
 * Reduces an HTML bounce (Office 365 and Exchange send them) to text for matching: tags removed,
 * block ends as line breaks, the few entities bounces use decoded. Not a renderer: matching only
 * needs the words in order.
 */
final class HtmlText {
    private static final String[] BLOCK_TAGS = {"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "td"};
    private static final int LONGEST_BLOCK_TAG = 5;
    /** The entities decoded, as written between {@code &} and {@code ;}, and their text. */
    private static final String[][] ENTITIES = {{"nbsp", " "}, {"lt", "<"}, {"gt", ">"}, {"amp", "&"},
        {"quot", "\""}, {"apos", "'"}, {"#39", "'"}};

    private HtmlText() {
    }

    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            int special = nextSpecial(html, i);
            out.append(html, i, special);
            if (special == n) {
                break;
            }
            i = special;
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    break;
                }
                String endTag = rawTextEnd(html, i + 1);
                if (endTag != null) {
                    int end = ReportText.indexOfIgnoreCase(html, endTag, close);
                    close = end < 0 ? n - 1 : Math.max(close, html.indexOf('>', end));
                } else if (isBlockTag(html, i + 1)) {
                    out.append('\n');
                }
                i = close + 1;
            } else if (c == '&') {
                i = appendEntity(html, i, out);
            } else {
                out.append(' ');
                i++;
            }
        }
        return out.toString();
    }

    /** The position of the next character that is not copied as it is ({@code < & CR LF}), or the end. */
    private static int nextSpecial(String html, int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' || c == '&' || c == '\r' || c == '\n') {
                return i;
            }
        }
        return html.length();
    }

    /** The end tag of a style or script element starting at {@code at}; null for any other tag. */
    private static String rawTextEnd(String html, int at) {
        // Any case of s (and the long s, which matches it ignoring case) can start those names.
        char c = at < html.length() ? html.charAt(at) : 0;
        if (c != 's' && c != 'S' && c < 128) {
            return null;
        }
        if (startsWithIgnoreCase(html, at, "style")) {
            return "</style";
        }
        return startsWithIgnoreCase(html, at, "script") ? "</script" : null;
    }

    /**
     * Appends the entity at {@code amp} decoded when it is one of those bounces use (its
     * {@code ;} at most 8 characters on), else the {@code &} alone; the position after what was
     * read.
     */
    private static int appendEntity(String html, int amp, StringBuilder out) {
        int limit = Math.min(html.length(), amp + 9);
        for (int semi = amp + 1; semi < limit; semi++) {
            if (html.charAt(semi) == ';') {
                String decoded = entity(html, amp + 1, semi);
                if (decoded == null) {
                    break;
                }
                out.append(decoded);
                return semi + 1;
            }
        }
        out.append('&');
        return amp + 1;
    }

    private static String entity(String html, int from, int to) {
        for (String[] entity : ENTITIES) {
            if (entity[0].length() == to - from && html.startsWith(entity[0], from)) {
                return entity[1];
            }
        }
        return null;
    }

    /**
     * True when the tag name at {@code at} (after a {@code /}) is a block tag's, ignoring case: its
     * letters and digits run as long as the tag's name, and match it.
     */
    private static boolean isBlockTag(String html, int at) {
        int i = at;
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        int end = i;
        while (end < html.length() && end - i <= LONGEST_BLOCK_TAG && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        for (String tag : BLOCK_TAGS) {
            if (tag.length() == end - i && startsWithIgnoreCase(html, i, tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }
}
