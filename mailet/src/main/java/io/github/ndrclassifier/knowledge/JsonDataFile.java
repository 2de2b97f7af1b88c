package io.github.ndrclassifier.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the classifier's JSON data files: a top-level object whose array members hold entries.
 * Every entry comes with the line it starts on, so validation errors can name it. Comments
 * ({@code //}, {@code /* *}{@code /}) are allowed, so administrators can annotate their overrides.
 *
 * <p>The tree is built from the streaming parser's tokens, without an {@code ObjectMapper}: setting
 * one up costs more of the tool's start-up than reading all the data files.
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
                        entries.add(new Entry(tree(parser), line));
                    }
                    arrays.put(name, entries);
                } else {
                    scalars.set(name, tree(parser));
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

    /** The value starting at the parser's current token, read to its end. */
    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, tree(parser));
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw new JsonParseException(parser, "unexpected end of input in an object");
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
