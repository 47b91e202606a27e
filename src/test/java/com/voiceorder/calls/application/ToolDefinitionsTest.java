package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voiceorder.calls.application.tools.CancelReservationTool;
import com.voiceorder.calls.application.tools.CheckAvailabilityTool;
import com.voiceorder.calls.application.tools.CheckDeliveryAddressTool;
import com.voiceorder.calls.application.tools.ConfirmOrderTool;
import com.voiceorder.calls.application.tools.ConfirmReservationTool;
import com.voiceorder.calls.application.tools.EndCallTool;
import com.voiceorder.calls.application.tools.TransferToStaffTool;
import com.voiceorder.calls.application.tools.FindReservationTool;
import com.voiceorder.calls.application.tools.LogNewFaqTool;
import com.voiceorder.calls.application.tools.ModifyReservationTool;
import com.voiceorder.calls.application.tools.SaveCustomerInfoTool;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tools' JSON Schemas are strict: the model must send every field, nothing else, and knows what each means. */
class ToolDefinitionsTest {

    @Test
    void every_schema_is_strict_and_every_property_is_described() {
        ToolDefinition definition = new EndCallTool().definition();
        ObjectNode json = definition.toJson();

        assertThat(json.get("type").asText()).isEqualTo("function");
        assertThat(json.get("name").asText()).isEqualTo("end_call");
        assertStrict(json.get("parameters"));
    }

    @Test
    void all_eleven_tools_have_strict_schemas() {
        List<AgentTool> tools = List.of(
                new CheckAvailabilityTool(Port.missing(), Port.<OrderTiming>missing()),
                new CheckDeliveryAddressTool(Port.<DeliveryChecks>missing(), null, null),
                new ConfirmOrderTool(null, null, null, Port.<OrderTiming>missing()),
                new ConfirmReservationTool(null, null, null, Port.<ReservationAvailability>missing()),
                new FindReservationTool(null, null),
                new ModifyReservationTool(null, null, null, Port.<ReservationAvailability>missing(), null),
                new CancelReservationTool(null, null),
                new SaveCustomerInfoTool(null),
                new LogNewFaqTool(null, null),
                new EndCallTool(),
                new TransferToStaffTool(null));

        assertThat(tools).extracting(AgentTool::name).doesNotHaveDuplicates().hasSize(11);
        tools.forEach(tool -> {
            assertThat(tool.definition().description()).isNotBlank();
            assertStrict(tool.definition().parameters());
        });
    }

    @Test
    void an_optional_property_accepts_null_and_an_enum_lists_its_values() {
        ObjectNode schema = ToolSchema.object()
                .enumeration("type", "What", List.of("pickup", "delivery"), true)
                .string("note", "A note", false)
                .build();

        assertThat(schema.at("/properties/type/enum").toString()).isEqualTo("[\"pickup\",\"delivery\"]");
        assertThat(schema.at("/properties/note/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertStrict(schema);
    }

    static void assertStrict(JsonNode schema) {
        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(name -> required.add(name.asText()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(properties);
        schema.get("properties").forEach(property -> {
            assertThat(property.path("description").asText()).isNotBlank();
            if (property.path("items").path("type").asText().equals("object")) {
                assertStrict(property.get("items"));
            }
        });
    }
}
