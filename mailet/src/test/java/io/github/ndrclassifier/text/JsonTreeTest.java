package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonTreeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[{\"emailAddress\":\"a@example.org\"}]}}",
        "{\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890,\"d\":1.5e3,\"e\":-0.0}",
        "{\"a\":true,\"b\":false,\"c\":null,\"d\":[],\"e\":{},\"f\":[1,[2,[3]],{\"g\":\"\\u00e9\\n\"}]}",
        "{\"dup\":1,\"dup\":{\"x\":2}}",
        "{\"a\":1} trailing text is ignored",
        "[1,2,3]",
        "\"a string\"",
        "42",
        "null",
        "",
        "   "
    })
    void readsWhatObjectMapperReadsTheSame(String json) throws JacksonException {
        JsonNode expected = MAPPER.readTree(json);
        JsonNode actual = JsonTree.parse(json);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.getNodeType()).isEqualTo(expected.getNodeType());
        assertThat(actual.toString()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1", "{\"a\":}", "{// comment\n\"a\":1}", "{\"a\":1,}", "{'a':1}", "[1,2"})
    void rejectsWhatObjectMapperRejects(String json) {
        assertThatThrownBy(() -> MAPPER.readTree(json)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JsonTree.parse(json)).isInstanceOf(JacksonException.class);
    }
}
