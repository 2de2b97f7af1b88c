package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

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
}
