package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.letters.Letter;
import org.imrengine.letters.LetterDecision;
import org.imrengine.letters.LetterParser;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;

/**
 * The sample letters and case files under {@code samples/}, paired: each letter's disputed items
 * matched to the case file's requests by their wording. Expectations come from the letters.
 */
public final class Samples {
  public static final Path DIR = Path.of("samples");
  /** The five sample letters hold eight disputed items. */
  public static final int LETTERS = 5;
  public static final int ITEMS = 8;

  private Samples() {}

  /** One disputed item: the letter's decision and the case request it is about. */
  public record Item(String letter, CaseFile caseFile, Request request, LetterDecision decision) {
    @Override
    public String toString() {
      return letter.substring(0, 3) + " " + decision.service();
    }
  }

  /** Every sample case file, sorted by name. */
  public static List<CaseFile> cases() {
    try (Stream<Path> files = Files.list(DIR.resolve("cases"))) {
      List<CaseFile> out = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        out.add(CaseFileReader.read(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every disputed item of every sample letter, in letter order. */
  public static List<Item> items() {
    try (Stream<Path> files = Files.list(DIR.resolve("letters"))) {
      List<Path> letters = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
      assertThat(letters).as("sample letters").hasSize(LETTERS);
      List<Item> out = new ArrayList<>();
      for (Path letterFile : letters) {
        String name = letterFile.getFileName().toString().replaceFirst("\\.txt$", "");
        Letter letter = LetterParser.read(letterFile);
        CaseFile caseFile = CaseFileReader.read(DIR.resolve("cases").resolve(name + ".json"));
        assertThat(caseFile.requests()).as("requests of " + name).hasSameSizeAs(letter.decisions());
        for (LetterDecision decision : letter.decisions()) {
          Request request = caseFile.requests().stream()
              .filter(r -> normal(r.description()).equals(normal(decision.service())))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + ": no request for '" + decision.service() + "'"));
          out.add(new Item(name, caseFile, request, decision));
        }
      }
      assertThat(out).as("disputed items").hasSize(ITEMS);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String normal(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
