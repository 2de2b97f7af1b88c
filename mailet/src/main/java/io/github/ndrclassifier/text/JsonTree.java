package io.github.ndrclassifier.text;

import java.io.IOException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Jackson trees from the streaming parser's tokens, without an {@code ObjectMapper}:
 * setting one up loads some 400 classes, about 0.3 s of a cold JVM's CPU, more than all the rest
 * of the command-line tool's start-up.
 */
public final class JsonTree {
    private static final JsonFactory STRICT = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /**
     * The first JSON value of {@code json}, read as {@code ObjectMapper.readTree} reads it with
     * its defaults: standard JSON only, a repeated member keeps its last value, whatever follows
     * the value is ignored, and empty input gives a missing node.
     *
     * @throws JacksonException when the text is not JSON
     */
    public static JsonNode parse(String json) throws JacksonException {
        try (JsonParser parser = STRICT.createParser(json)) {
            return parser.nextToken() == null ? NODES.missingNode() : read(parser);
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            // A string is read without I/O.
            throw new IllegalStateException(e);
        }
    }

    /** The value starting at the parser's current token, read to its end. */
    public static JsonNode read(JsonParser parser) throws IOException {
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
                    object.set(name, read(parser));
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw new JsonParseException(parser, "unexpected end of input in an object");
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
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
}
