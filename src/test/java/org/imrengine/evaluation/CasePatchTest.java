package org.imrengine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The patch operations of rule tests, on a small case tree. */
final class CasePatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static ObjectNode base() throws JsonProcessingException {
    return (ObjectNode) JSON.readTree("{\"caseId\": \"c\", \"findings\": [{\"id\": \"f1\", \"type\": \"motor\"}],"
        + " \"requests\": [{\"id\": \"r1\", \"quantity\": 12, \"addOns\": [\"iv_sedation\"]}]}");
  }

  private static ObjectNode apply(String yaml) throws JsonProcessingException {
    List<CasePatch> patches = List.of(YAML.readValue(yaml, CasePatch[].class));
    return CasePatch.applyAll(base(), patches, "t.patch");
  }

  @Test
  void add_appendsToAListAndCreatesAMissingOne() throws JsonProcessingException {
    ObjectNode out = apply("- {add: findings, item: {id: f2, type: reflex}}\n"
        + "- {add: redFlags, item: {id: rf1, kind: trauma, present: true}}\n");

    assertThat(out.at("/findings/1/id").asText()).isEqualTo("f2");
    assertThat(out.at("/redFlags/0/kind").asText()).isEqualTo("trauma");
  }

  @Test
  void applyAll_leavesTheBaseUnchanged() throws JsonProcessingException {
    ObjectNode base = base();
    CasePatch.applyAll(base, List.of(YAML.readValue("- {remove: f1}\n", CasePatch[].class)), "t");

    assertThat(base).isEqualTo(base());
  }

  @Test
  void remove_set_unset_editItemsAndRequestsById() throws JsonProcessingException {
    ObjectNode out = apply("- {remove: f1}\n"
        + "- {set: r1, fields: {quantity: 8, levels: [L4-L5]}}\n"
        + "- {unset: r1, fields: [addOns]}\n");

    assertThat(out.get("findings")).isEmpty();
    JsonNode request = out.at("/requests/0");
    assertThat(request.get("quantity").asInt()).isEqualTo(8);
    assertThat(request.get("levels").get(0).asText()).isEqualTo("L4-L5");
    assertThat(request.has("addOns")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "- {remove: f9} | t.patch[0]: the case has no item or request 'f9' (ids: f1, r1)",
      "- {set: f9, fields: {type: reflex}} | t.patch[0]: the case has no item or request 'f9'",
      "- {unset: r1, fields: [frequency]} | t.patch[0]: unset: 'r1' has no field 'frequency'",
      "- {add: findings, item: {id: r1}} | t.patch[0]: add: the case already has an item or request 'r1'",
      "- {add: caseId, item: {id: x}} | t.patch[0]: add: 'caseId' is not a list of the case",
      "- {add: findings, item: {type: reflex}} | t.patch[0]: add needs an item with an id",
      "- {set: r1, fields: {id: r2}} | t.patch[0]: set: an id cannot be changed",
      "- {set: r1, fields: {quantity: null}} | t.patch[0]: set: quantity is null (use unset",
      "- {set: r1, fields: [quantity]} | t.patch[0]: set needs fields: a map",
      "- {unset: r1, fields: {quantity: 1}} | t.patch[0]: unset needs fields: a list",
      "- {remove: f1, set: r1} | t.patch[0]: needs exactly one of add, remove, set, unset; has 2",
      "- {fields: [quantity]} | t.patch[0]: needs exactly one of add, remove, set, unset; has 0",
      "- {remove: f1, item: {id: x}} | t.patch[0]: item belongs to add only",
      "- {remove: f1}\\n- {remove: f1} | t.patch[1]: the case has no item or request 'f1'",
  })
  void apply_brokenOperation_failsNamingItsPlace(String yaml, String message) {
    assertThatThrownBy(() -> apply(yaml.replace("\\n", "\n"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message.strip());
  }

  @Test
  void read_unknownOperation_isRejected() {
    assertThatThrownBy(() -> YAML.readValue("- {replace: f1}\n", CasePatch[].class))
        .hasMessageContaining("replace");
  }
}
