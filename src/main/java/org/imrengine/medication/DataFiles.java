package org.imrengine.medication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the medication data files of the rule base (the drug vocabulary, the Drug Formulary) share:
 * loading the built-in copy from the class path, and the check for unknown keys. Stateless.
 */
final class DataFiles {
  private DataFiles() {}

  /** Compiles a parsed file, reporting every problem. */
  @FunctionalInterface
  interface Compiler<T> {
    T compile(JsonNode root, DrugCatalog.Problems problems);
  }

  /**
   * The built-in file at class-path {@code resource}, compiled.
   *
   * @throws IllegalStateException if it is missing or invalid (a packaging bug)
   * @throws UncheckedIOException if it cannot be read
   */
  static <T> T builtIn(String resource, String what, Compiler<T> compiler) {
    try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      List<String> problems = new ArrayList<>();
      T compiled = compiler.compile(new YAMLMapper().readTree(in), (path, message) -> problems.add(path + ": " + message));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("the built-in " + what + " is invalid: " + problems);
      }
      return compiled;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reports {@code node} if it is not a mapping, and each of its keys not among {@code keys}. */
  static void known(JsonNode node, String path, Set<String> keys, DrugCatalog.Problems problems) {
    if (!node.isObject()) {
      problems.add(path, "expected a mapping");
      return;
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!keys.contains(name)) {
        problems.add(path.isEmpty() ? name : path + "." + name,
            "unknown key (expected one of " + String.join(", ", new TreeSet<>(keys)) + ")");
      }
    });
  }
}
