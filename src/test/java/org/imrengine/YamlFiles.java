package org.imrengine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the YAML test files beside the rules (rule tests, fact tests) with one error message. */
public final class YamlFiles {
  private YamlFiles() {}

  /**
   * {@return the document of {@code file}, read with {@code yaml}, or null for an empty file}
   * @param <T> the document type {@code yaml} reads
   * @param yaml the reader of the document type
   * @param file the file
   * @throws IllegalArgumentException naming the file and line when the YAML is not a valid document
   */
  public static <T> T read(ObjectReader yaml, Path file) {
    try {
      return yaml.readValue(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage() + " at line "
          + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
