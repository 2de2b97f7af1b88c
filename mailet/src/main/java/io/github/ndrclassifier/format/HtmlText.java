package io.github.ndrclassifier.format;

import java.util.Arrays;

/**
 * Reduces an HTML bounce (Office 365 and Exchange send them) to text for matching: tags removed,
 * block ends as line breaks, the few entities bounces use decoded. Not a renderer: matching only
 * needs the words in order.
 */
final class HtmlText {
    private static final String[] BLOCK_TAGS = {"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "td"};
    private static final int LONGEST_BLOCK_TAG = 5;
    /** {@link #BLOCK_TAGS} as {@link #key}s. */
    private static final long[] BLOCK_TAG_KEYS = Arrays.stream(BLOCK_TAGS).mapToLong(HtmlText::key).toArray();
    /** The characters not copied as they are ({@code < & CR LF}), as bits of a mask. */
    private static final long SPECIAL = 1L << '<' | 1L << '&' | 1L << '\r' | 1L << '\n';
    /** The entities decoded, as written between {@code &} and {@code ;}, and their text. */
    private static final String[][] ENTITIES = {{"nbsp", " "}, {"lt", "<"}, {"gt", ">"}, {"amp", "&"},
        {"quot", "\""}, {"apos", "'"}, {"#39", "'"}};

    private HtmlText() {
    }

    static String toText(String html) {
        int n = html.length();
        // Styles, attributes and indentation are most of a bounce's HTML: its text is far shorter.
        StringBuilder out = new StringBuilder(n / 4 + 16);
        int run = 0;
        int i = 0;
        while ((i = nextSpecial(html, i)) < n) {
            char c = html.charAt(i);
            if (run < i) {
                out.append(html, run, i);
            }
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    return out.toString();
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
                // A line end and the indentation after it (the most common text between tags) at once.
                int end = i + 1;
                while (end < n && isSpaceOrLineEnd(html.charAt(end))) {
                    end++;
                }
                out.repeat(' ', end - i);
                i = end;
            }
            run = i;
        }
        return out.append(html, run, n).toString();
    }

    private static boolean isSpaceOrLineEnd(char c) {
        return c == ' ' || c == '\r' || c == '\n';
    }

    /**
     * The position of the next character that is not copied as it is ({@code < & CR LF}), or the
     * end; a loop of its own, which the compiler makes several times faster than the same test inline.
     */
    private static int nextSpecial(String html, int from) {
        int n = html.length();
        for (int i = from; i < n; i++) {
            char c = html.charAt(i);
            if (c < Long.SIZE && (SPECIAL >>> c & 1) != 0) {
                return i;
            }
        }
        return n;
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
        long key = 0;
        while (end < html.length() && end - i <= LONGEST_BLOCK_TAG) {
            char c = html.charAt(end);
            if (c >= 128) {
                return isBlockTagInAnyScript(html, i);
            }
            if (!isAsciiLetterOrDigit(c)) {
                break;
            }
            key = key << Byte.SIZE | (c | 0x20);
            end++;
        }
        if (end - i > LONGEST_BLOCK_TAG) {
            return false;
        }
        for (long tag : BLOCK_TAG_KEYS) {
            if (tag == key) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name of ASCII letters and digits, lower case, as one number (a byte per character): block
     * tags are told by one comparison each.
     */
    private static long key(String name) {
        long key = 0;
        for (int k = 0; k < name.length(); k++) {
            key = key << Byte.SIZE | name.charAt(k);
        }
        return key;
    }

    /** {@link #isBlockTag} for a name with non-ASCII letters, some of which match ASCII ones ignoring case. */
    private static boolean isBlockTagInAnyScript(String html, int i) {
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

    private static boolean isAsciiLetterOrDigit(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }
}
