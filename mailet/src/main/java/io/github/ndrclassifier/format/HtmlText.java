package io.github.ndrclassifier.format;

/**
 * Reduces an HTML bounce (Office 365 and Exchange send them) to text for matching: tags removed,
 * block ends as line breaks, the few entities bounces use decoded. Not a renderer: matching only
 * needs the words in order.
 */
final class HtmlText {
    private static final String[] BLOCK_TAGS = {"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "td"};

    private HtmlText() {
    }

    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    break;
                }
                if (startsWithIgnoreCase(html, i + 1, "style") || startsWithIgnoreCase(html, i + 1, "script")) {
                    String endTag = startsWithIgnoreCase(html, i + 1, "style") ? "</style" : "</script";
                    int end = indexOfIgnoreCase(html, endTag, close);
                    close = end < 0 ? n - 1 : Math.max(close, html.indexOf('>', end));
                    if (close < 0) {
                        break;
                    }
                } else if (isBlockTag(html, i + 1)) {
                    out.append('\n');
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    String entity = html.substring(i + 1, semi);
                    String decoded = switch (entity) {
                        case "nbsp" -> " ";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        case "apos", "#39" -> "'";
                        default -> null;
                    };
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
                out.append(c);
                i++;
            } else {
                out.append(c == '\r' || c == '\n' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isBlockTag(String html, int at) {
        int i = at;
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        for (String tag : BLOCK_TAGS) {
            if (startsWithIgnoreCase(html, i, tag)) {
                int after = i + tag.length();
                if (after >= html.length() || !Character.isLetterOrDigit(html.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
