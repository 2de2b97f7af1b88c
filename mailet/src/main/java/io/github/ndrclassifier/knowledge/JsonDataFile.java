package io.github.ndrclassifier.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ndrclassifier.text.JsonTree;

/**
 * Reads the classifier's JSON data files: a top-level object whose array members hold entries.
 * Every entry comes with the line it starts on, so validation errors can name it. Comments
 * ({@code //}, {@code /* *}{@code /}) are allowed, so administrators can annotate their overrides.
 *
 * <p>The tree is built from the streaming parser's tokens ({@link JsonTree}), without an
 * {@code ObjectMapper}: setting one up costs more of the tool's start-up than reading all the data
 * files.
 */
public final class JsonDataFile {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One entry of an array member, with the line it starts on. */
    public record Entry(JsonNode node, int line) {
    }

    /** The top-level object: scalar members as nodes, array members as located entries. */
    public record Document(String source, JsonNode scalars, Map<String, List<Entry>> arrays) {
        public List<Entry> array(String name) {
            return arrays.getOrDefault(name, List.of());
        }
    }

    private JsonDataFile() {
    }

    public static Document read(InputStream in, String source) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(source, line(parser), "expected a JSON object at the top");
            }
            ObjectNode scalars = NODES.objectNode();
            Map<String, List<Entry>> arrays = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    List<Entry> entries = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int line = line(parser);
                        entries.add(new Entry(JsonTree.read(parser), line));
                    }
                    arrays.put(name, entries);
                } else {
                    scalars.set(name, JsonTree.read(parser));
                }
            }
            return new Document(source, scalars, arrays);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DataFileException(source, line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataFileException(source, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
