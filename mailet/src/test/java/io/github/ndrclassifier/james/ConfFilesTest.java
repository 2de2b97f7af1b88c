package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The configuration files in {@code conf/} name this package's matcher and mailet with
 * parameters they accept, in the order the protection against forged fields needs.
 */
class ConfFilesTest {
    private static final Path CONF = Path.of("..", "conf");
    private static final String PACKAGE = "io.github.ndrclassifier.james.";

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new java.io.StringReader(xml)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element processor(Document conf, String state) {
        Element processors = children(conf.getDocumentElement(), "processors").get(0);
        return children(processors, "processor").stream().filter(p -> p.getAttribute("state").equals(state))
                .findFirst().orElseThrow(() -> new AssertionError("no processor " + state));
    }

    /** Initialises the matcher and mailet of {@code mailet} as James would, with its parameters. */
    private static ExplainBounce initialise(Element mailet) throws Exception {
        String match = mailet.getAttribute("match");
        String matcherClass = match.contains("=") ? match.substring(0, match.indexOf('=')) : match;
        assertThat(matcherClass).isEqualTo(PACKAGE + "IsBounce");
        new IsBounce(new RecordingMetricFactory()).init(FakeMatcherConfig.builder().matcherName("IsBounce")
                .condition(match.contains("=") ? match.substring(match.indexOf('=') + 1) : null).build());

        assertThat(mailet.getAttribute("class")).isEqualTo(PACKAGE + "ExplainBounce");
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("ExplainBounce")
                .mailetContext(FakeMailContext.defaultContext());
        for (Node node = mailet.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element parameter) {
                config.setProperty(parameter.getTagName(), parameter.getTextContent().strip());
            }
        }
        ExplainBounce explainBounce = new ExplainBounce(new RecordingMetricFactory());
        explainBounce.init(config.build());
        return explainBounce;
    }

    @Test
    void theServerConfigurationStripsForgedFieldsFirstThenExplainsBouncesBeforeTransport() throws Exception {
        Document conf = parse(Files.readString(CONF.resolve("mailetcontainer.xml")));
        List<Element> root = children(processor(conf, "root"), "mailet");

        Element first = root.get(0);
        assertThat(first.getAttribute("match")).isEqualTo("All");
        assertThat(first.getAttribute("class")).isEqualTo("RemoveMimeHeaderByPrefix");
        assertThat(children(first, "prefix").get(0).getTextContent()).isEqualTo("X-NDR-");

        Element second = root.get(1);
        assertThat(second.getAttribute("match")).isEqualTo("All");
        assertThat(second.getAttribute("class")).isEqualTo("RemoveMimeHeader");
        assertThat(children(second, "name").get(0).getTextContent().split(",")).as("every field, in any case")
                .containsExactlyInAnyOrderElementsOf(BounceHeaders.SUFFIXES.stream().map(s -> "X-NDR-" + s).toList());

        int explain = indexOfClass(root, PACKAGE + "ExplainBounce");
        int transport = indexOfClass(root, "ToProcessor");
        assertThat(explain).isPositive().isLessThan(transport);
        ExplainBounce mailet = initialise(root.get(explain));

        Element parameters = root.get(explain);
        assertThat(children(parameters, "forwardTo").get(0).getTextContent()).isEqualTo("postmaster@example.local");
        assertThat(children(parameters, "forwardPermanentOnly").get(0).getTextContent()).isEqualTo("true");
        for (var state : mailet.requiredProcessingState()) {
            assertThat(processor(conf, state.getValue())).isNotNull();
        }
        assertThat(children(conf.getDocumentElement(), "context").get(0).getTextContent())
                .contains("postmaster@example.local");
    }

    @Test
    void theSnippetIsTheStripperAndTheMailet() throws Exception {
        String snippet = Files.readString(CONF.resolve("mailetcontainer-snippet.xml"));
        Document fragment = parse("<processor state=\"root\">" + snippet + "</processor>");
        List<Element> mailets = children(fragment.getDocumentElement(), "mailet");

        assertThat(mailets).hasSize(2);
        assertThat(mailets.get(0).getAttribute("class")).isEqualTo("RemoveMimeHeaderByPrefix");
        assertThat(children(mailets.get(0), "prefix").get(0).getTextContent()).isEqualTo("X-NDR-");
        initialise(mailets.get(1));
    }

    @Test
    void theSieveScriptFilesByTheFieldsTheMailetWrites() throws Exception {
        String script = Files.readString(CONF.resolve("sieve").resolve("file-bounces.sieve"));

        assertThat(script).contains("require [\"fileinto\"];", "fileinto \"Bounces\";",
                "\"X-NDR-" + BounceHeaders.HARD_BOUNCE + "\"", "\"X-NDR-" + BounceHeaders.KIND + "\"",
                "\"X-NDR-" + BounceHeaders.PERMANENT + "\"");
    }

    private static int indexOfClass(List<Element> mailets, String className) {
        for (int i = 0; i < mailets.size(); i++) {
            if (mailets.get(i).getAttribute("class").equals(className)) {
                return i;
            }
        }
        return -1;
    }
}
