package org.imrengine.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small edit of a case file's JSON tree, applied before the case is read, so that a rule test
 * states its change in the words of the case format (docs/case-format.md) rather than in the Java
 * model. Four operations, one per list entry of a test's {@code patch}:
 *
 * <pre>{@code
 * - add: findings                  # append an item to a top-level list (created if missing)
 *   item: {id: test-reflex, ...}   # the item, with an id no item or request of the case has
 * - remove: dx-radiculopathy       # remove the item or request with this id
 * - set: req-pt-cervical           # set fields of the item or request with this id
 *   fields: {quantity: 8}          # each value replaces the field (or adds it)
 * - unset: req-pt-cervical         # remove fields of the item or request with this id
 *   fields: [frequency]            # each field must be present
 * }</pre>
 *
 * <p>An id the case does not have, an unset field the item does not have, a set of {@code id} or a
 * malformed operation fails with an {@link IllegalArgumentException} naming the operation's place;
 * a set field the case format does not know is left to the case reader, which rejects it by path.
 *
 * @param add the list to append to
 * @param item the item to append
 * @param remove the id to remove
 * @param set the id whose fields to set
 * @param unset the id whose fields to remove
 * @param fields the fields to set (an object) or to remove (a list of names)
 */
public record CasePatch(String add, JsonNode item, String remove, String set, String unset, JsonNode fields) {
  private static final ObjectReader CASE_JSON = JsonMapper.builder().build().readerFor(ObjectNode.class);

  /** Reads the base case at {@code file} as a JSON tree, for patching before the case reader sees it. */
  public static ObjectNode readCase(Path file) {
    try {
      JsonNode node = CASE_JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!node.isObject()) {
        throw new IllegalArgumentException(file + ": not a JSON object");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the base case " + file, e);
    }
  }


  /**
   * Applies {@code patches} in order to a copy of {@code caseJson}.
   *
   * @param where the place of the patch list in messages, such as {@code "tests[3].patch"}
   * @throws IllegalArgumentException naming the operation, if one does not apply
   */
  public static ObjectNode applyAll(ObjectNode caseJson, List<CasePatch> patches, String where) {
    ObjectNode out = caseJson.deepCopy();
    for (int i = 0; i < patches.size(); i++) {
      patches.get(i).apply(out, where + "[" + i + "]");
    }
    return out;
  }

  /** Applies this operation to {@code root} in place; {@code where} names it in messages. */
  void apply(ObjectNode root, String where) {
    int operations = (add != null ? 1 : 0) + (remove != null ? 1 : 0) + (set != null ? 1 : 0)
        + (unset != null ? 1 : 0);
    if (operations != 1) {
      throw problem(where, "needs exactly one of add, remove, set, unset; has " + operations);
    }
    if (item != null && add == null) {
      throw problem(where, "item belongs to add only");
    }
    if (fields != null && set == null && unset == null) {
      throw problem(where, "fields belongs to set and unset only");
    }
    if (add != null) {
      add(root, where);
    } else if (remove != null) {
      remove(root, where);
    } else if (set != null) {
      set(root, where);
    } else {
      unset(root, where);
    }
  }

  private void add(ObjectNode root, String where) {
    if (item == null || !item.isObject() || !item.path("id").isTextual()) {
      throw problem(where, "add needs an item with an id");
    }
    String id = item.get("id").asText();
    if (find(root, id) != null) {
      throw problem(where, "add: the case already has an item or request '" + id + "'");
    }
    JsonNode list = root.get(add);
    if (list == null) {
      list = root.putArray(add);
    } else if (!list.isArray()) {
      throw problem(where, "add: '" + add + "' is not a list of the case");
    }
    ((ArrayNode) list).add(item.deepCopy());
  }

  private void remove(ObjectNode root, String where) {
    Location at = locate(root, remove, where);
    at.list().remove(at.index());
  }

  private void set(ObjectNode root, String where) {
    if (fields == null || !fields.isObject() || fields.isEmpty()) {
      throw problem(where, "set needs fields: a map of field names to values");
    }
    ObjectNode target = (ObjectNode) locate(root, set, where).node();
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      if (field.getKey().equals("id")) {
        throw problem(where, "set: an id cannot be changed (remove the item and add another)");
      }
      if (field.getValue().isNull()) {
        throw problem(where, "set: " + field.getKey() + " is null (use unset to remove a field)");
      }
      target.set(field.getKey(), field.getValue().deepCopy());
    }
  }

  private void unset(ObjectNode root, String where) {
    if (fields == null || !fields.isArray() || fields.isEmpty()) {
      throw problem(where, "unset needs fields: a list of field names");
    }
    ObjectNode target = (ObjectNode) locate(root, unset, where).node();
    for (JsonNode name : fields) {
      if (name.asText().equals("id")) {
        throw problem(where, "unset: an id cannot be removed (use remove)");
      }
      if (!target.has(name.asText())) {
        throw problem(where, "unset: '" + unset + "' has no field '" + name.asText() + "'");
      }
      target.remove(name.asText());
    }
  }

  /** Where an item or request is: its list and index. */
  private record Location(ArrayNode list, int index) {
    JsonNode node() {
      return list.get(index);
    }
  }

  private static Location locate(ObjectNode root, String id, String where) {
    Location at = find(root, id);
    if (at == null) {
      throw problem(where, "the case has no item or request '" + id + "' (ids: "
          + String.join(", ", ids(root)) + ")");
    }
    return at;
  }

  // Every top-level list of objects with ids holds items or requests; the list names are the case
  // format's, so they are not repeated here.
  private static Location find(ObjectNode root, String id) {
    for (JsonNode list : root) {
      if (!list.isArray()) {
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).path("id").asText("").equals(id) && list.get(i).isObject()) {
          return new Location((ArrayNode) list, i);
        }
      }
    }
    return null;
  }

  private static List<String> ids(ObjectNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode list : root) {
      if (list.isArray()) {
        list.forEach(n -> {
          if (n.path("id").isTextual()) {
            out.add(n.get("id").asText());
          }
        });
      }
    }
    return out;
  }

  private static IllegalArgumentException problem(String where, String message) {
    return new IllegalArgumentException(where + ": " + message);
  }
}
