package io.github.ndrclassifier.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the classifier's JSON data files: a top-level object whose array members hold entries.
 * Every entry comes with the line it starts on, so validation errors can name it. Comments
 * ({@code //}, {@code /* *}{@code /}) are allowed, so administrators can annotate their overrides.
 */
public final class JsonDataFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** One entry of an array member, with the line it starts on. */
    public record Entry(JsonNode node, int line) {
    }

    /** The top-level object: scalar members as nodes, array members as located entries. */
    public record Document(String source, JsonNode scalars, java.util.Map<String, List<Entry>> arrays) {
        public List<Entry> array(String name) {
            return arrays.getOrDefault(name, List.of());
        }
    }

    private JsonDataFile() {
    }

    public static Document read(InputStream in, String source) {
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(source, line(parser), "expected a JSON object at the top");
            }
            com.fasterxml.jackson.databind.node.ObjectNode scalars = MAPPER.createObjectNode();
            java.util.Map<String, List<Entry>> arrays = new java.util.LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    List<Entry> entries = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int line = line(parser);
                        entries.add(new Entry(MAPPER.readTree(parser), line));
                    }
                    arrays.put(name, entries);
                } else {
                    scalars.set(name, MAPPER.readTree(parser));
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
