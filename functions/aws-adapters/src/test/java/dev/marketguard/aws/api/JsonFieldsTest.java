package dev.marketguard.aws.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.core.validation.FieldError;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void collectsEveryProblemWithItsFieldName() throws Exception {
        JsonNode body = json("{\"postingId\":\"\",\"title\":\"a\\u0007b\",\"workStyle\":\"freelance\",\"extra\":1,"
                + "\"reward\":{\"amount\":-5}}");
        JsonFields fields = new JsonFields();
        fields.rejectUnknown(body, "", Set.of("postingId", "title", "workStyle", "reward"));
        fields.requiredId(body, "", "postingId");
        fields.requiredText(body, "", "title", 200, false);
        fields.requiredText(body, "", "body", 100, true);
        fields.code(body, "", "workStyle", WorkStyle::fromCode, WorkStyle.PROJECT, "project, competition, task");
        fields.optionalLong(fields.optionalObject(body, "", "reward"), "reward.", "amount", 0, 1_000_000_000L);

        assertThat(fields.errors()).extracting(FieldError::field)
                .containsExactly("extra", "postingId", "title", "body", "workStyle", "reward.amount");
        assertThatThrownBy(fields::throwIfInvalid).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void acceptsGoodValuesAndDefaults() throws Exception {
        JsonNode body = json("{\"postingId\":\"p-1\",\"body\":\"改行\\nあり\\tタブ\"}");
        JsonFields fields = new JsonFields();
        assertThat(fields.requiredId(body, "", "postingId")).isEqualTo("p-1");
        assertThat(fields.requiredText(body, "", "body", 10, true)).isEqualTo("改行\nあり\tタブ");
        assertThat(fields.code(body, "", "workStyle", WorkStyle::fromCode, WorkStyle.PROJECT, "…")).isEqualTo(WorkStyle.PROJECT);
        assertThat(fields.errors()).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() throws Exception {
        JsonNode body = json("{\"t\":\"𠮷𠮷\"}");
        JsonFields fields = new JsonFields();
        assertThat(fields.requiredText(body, "", "t", 2, false)).isEqualTo("𠮷𠮷");
        assertThat(fields.requiredText(body, "", "t", 1, false)).isNull();
        assertThat(fields.errors()).hasSize(1);
    }
}
