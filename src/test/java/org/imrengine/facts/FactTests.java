package org.imrengine.facts;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.evaluation.CasePatch;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Request;
import org.imrengine.model.Service;

/**
 * The fact tests kept beside the fact files, in {@code rules/tests/facts/<fact file>.yaml} (the
 * format is in docs/rule-format.md, "Fact tests"): one table row per outcome of a fact
 * definition, each a patched case, a request and the value the fact must take.
 */
final class FactTests {
  /** The directory of the built-in fact tests. */
  static final Path DIR = Path.of("rules", "tests", "facts");

  private static final ObjectReader YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build()
      .readerFor(TestFile.class);

  private FactTests() {}

  /**
   * A test file: the case its rows start from unless they name another, its rows, and the
   * outcomes of its facts that no case can reach, with why.
   */
  record TestFile(String base, List<Row> tests, List<Unreachable> unreachable) {
    TestFile {
      tests = tests == null ? List.of() : List.copyOf(tests);
      unreachable = unreachable == null ? List.of() : List.copyOf(unreachable);
    }
  }

  /**
   * One row.
   *
   * @param name how the row is shown; unique over all fact test files
   * @param fact the fact id
   * @param base the case file it starts from, relative to the repository (default: the file's)
   * @param request the id of the request the fact is derived for
   * @param service a service id to re-aim the request at, or null
   * @param patch the edits of the case, in order (empty: the case as it is)
   * @param expect the outcome and value the fact must have
   */
  record Row(String name, String fact, String base, String request, String service, List<CasePatch> patch,
      Expect expect) {
    Row {
      patch = patch == null ? List.of() : List.copyOf(patch);
    }
  }

  /**
   * What a row expects.
   *
   * @param outcome the outcome of the definition that decides ({@link Definition#outcomes()})
   * @param value {@code present}, {@code absent}, {@code not_documented} or a number
   * @param evidence the ids of the items cited, in order, or null when not checked
   * @param reason the not-documented reason, or null when not checked
   */
  record Expect(String outcome, String value, List<String> evidence, String reason) {}

  /**
   * An outcome a definition names but no case can produce, exempt from the coverage check.
   *
   * @param fact the fact id
   * @param outcome the outcome
   * @param why why no case reaches it
   */
  record Unreachable(String fact, String outcome, String why) {}

  /** A row with the file it comes from and its index there. */
  record Located(Path file, int index, Row row) {
    /** The row's place, as failure messages name it: {@code "rules/tests/facts/x.yaml tests[2] 'name'"}. */
    String where() {
      return file + " tests[" + index + "] '" + row.name() + "'";
    }

    /** The base case with the row's patch applied, read as a case file. */
    CaseFile caseFile() {
      ObjectNode patched = CasePatch.applyAll(CasePatch.readCase(Path.of(row.base())), row.patch(), where() + " patch");
      return CaseFileReader.parse(patched.toString(), where());
    }

    /** The row's request of {@code file}, re-aimed at the row's service if it names one. */
    Request request(CaseFile file) {
      Request r = file.request(row.request())
          .orElseThrow(() -> new IllegalArgumentException(where() + ": the case has no request '" + row.request() + "'"));
      if (row.service() == null) {
        return r;
      }
      try {
        return r.withService(Service.of(row.service()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where() + ": service: " + e.getMessage(), e);
      }
    }
  }

  /** Every test file of {@code dir}, sorted by name. */
  static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file {@code file}, its rows checked for the required keys. */
  static TestFile readFile(Path file) {
    TestFile doc = org.imrengine.YamlFiles.read(YAML, file);
    if (doc == null || doc.tests().isEmpty()) {
      throw new IllegalArgumentException(file + ": no tests");
    }
    for (int i = 0; i < doc.tests().size(); i++) {
      Row t = doc.tests().get(i);
      String where = file + " tests[" + i + "]";
      require(t.name() != null && !t.name().isBlank(), where + ": missing name");
      where += " '" + t.name() + "'";
      require(t.fact() != null, where + ": missing fact");
      require(t.base() != null || doc.base() != null, where + ": missing base (a case file)");
      require(t.request() != null, where + ": missing request");
      require(t.expect() != null && t.expect().outcome() != null, where + ": missing expect.outcome");
      require(t.expect().value() != null, where + ": missing expect.value");
    }
    for (int i = 0; i < doc.unreachable().size(); i++) {
      Unreachable u = doc.unreachable().get(i);
      require(u.fact() != null && u.outcome() != null && u.why() != null && !u.why().isBlank(),
          file + " unreachable[" + i + "]: needs fact, outcome and why");
    }
    return doc;
  }

  /** The rows of {@code file}, in order. */
  static List<Located> read(Path file) {
    TestFile doc = readFile(file);
    List<Row> rows = doc.tests();
    List<Located> out = new ArrayList<>();
    String base = doc.base();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.add(new Located(file, i, r.base() != null ? r
          : new Row(r.name(), r.fact(), base, r.request(), r.service(), r.patch(), r.expect())));
    }
    return out;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
