package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void removesTagsAndEndsBlocksWithLineBreaks() {
        assertThat(HtmlText.toText("<P>Delivery <b>has</b> failed<BR/>to <span>these</span></p><TD>x</td>"))
                .isEqualTo("\nDelivery has failed\nto these\n\nx\n");
    }

    @Test
    void tellsBlockTagsByTheirWholeName() {
        assertThat(HtmlText.toText("a<pre>b<tables>c<h4>d<h1 class=x>e<tr>f")).isEqualTo("abcd\ne\nf");
    }

    @Test
    void dropsStylesAndScripts() {
        assertThat(HtmlText.toText("a<style>p {color: red}</STYLE>b<SCRIPT>x < y</script >c")).isEqualTo("abc");
        assertThat(HtmlText.toText("a<style>never closed")).isEqualTo("a");
    }

    @Test
    void decodesTheEntitiesBouncesUse() {
        assertThat(HtmlText.toText("&lt;a@example.com&gt;&nbsp;&amp;&quot;&apos;&#39;")).isEqualTo("<a@example.com> &\"''");
        assertThat(HtmlText.toText("AT&T &copy; &amp &ampx; a&b;")).isEqualTo("AT&T &copy; &amp &ampx; a&b;");
    }

    @Test
    void turnsLineEndsIntoSpacesAndDropsAnUnclosedTag() {
        assertThat(HtmlText.toText("one\r\ntwo\nthree<a href=")).isEqualTo("one  two three");
    }

    @Test
    void tellsBlockTagsWhoseNamesMatchIgnoringCaseOutsideAscii() {
        // The dotless i upper-cases to I, so it matches the i of div and li.
        assertThat(HtmlText.toText("a<d\u0131v>b<L\u0131>c<d\u00edv>d")).isEqualTo("a\nb\ncd");
    }

    @Test
    void readsRandomHtmlAsTheCharacterByCharacterReading() {
        Random random = new Random(3);
        String[] pieces = {"<", ">", "/", "&", ";", "\r", "\n", " ", "p", "P", "br", "BR", "div", "d\u0131v", "tr",
            "td", "li", "table", "h1", "h4", "style", "STYLE", "script", "</style", "</script", "nbsp", "amp", "#39",
            "x", "\u00e9", "\u017f", "=", "\""};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(HtmlText.toText(html.toString())).as("reading %s", html).isEqualTo(Reference.toText(html.toString()));
        }
    }

    /** The reading HtmlText speeds up, character by character. */
    private static final class Reference {
        private static final String[] BLOCK_TAGS = {"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "td"};
        private static final String[][] ENTITIES = {{"nbsp", " "}, {"lt", "<"}, {"gt", ">"}, {"amp", "&"},
            {"quot", "\""}, {"apos", "'"}, {"#39", "'"}};

        static String toText(String html) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            int n = html.length();
            while (i < n) {
                char c = html.charAt(i);
                if (c == '<') {
                    int close = html.indexOf('>', i + 1);
                    if (close < 0) {
                        break;
                    }
                    String endTag = startsWith(html, i + 1, "style") ? "</style"
                            : startsWith(html, i + 1, "script") ? "</script" : null;
                    if (endTag != null) {
                        int end = ReportText.indexOfIgnoreCase(html, endTag, close);
                        close = end < 0 ? n - 1 : Math.max(close, html.indexOf('>', end));
                    } else if (isBlockTag(html, i + 1)) {
                        out.append('\n');
                    }
                    i = close + 1;
                } else if (c == '&') {
                    i = entity(html, i, out);
                } else {
                    out.append(c == '\r' || c == '\n' ? ' ' : c);
                    i++;
                }
            }
            return out.toString();
        }

        private static int entity(String html, int amp, StringBuilder out) {
            int semi = html.indexOf(';', amp + 1);
            if (semi > amp && semi < amp + 9) {
                for (String[] entity : ENTITIES) {
                    if (html.substring(amp + 1, semi).equals(entity[0])) {
                        out.append(entity[1]);
                        return semi + 1;
                    }
                }
            }
            out.append('&');
            return amp + 1;
        }

        private static boolean isBlockTag(String html, int at) {
            int i = at < html.length() && html.charAt(at) == '/' ? at + 1 : at;
            int end = i;
            while (end < html.length() && end - i <= 5 && Character.isLetterOrDigit(html.charAt(end))) {
                end++;
            }
            for (String tag : BLOCK_TAGS) {
                if (tag.length() == end - i && startsWith(html, i, tag)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWith(String html, int at, String prefix) {
            return html.regionMatches(true, at, prefix, 0, prefix.length());
        }
    }
}
